// A red-teamer's set: risk said as errands, cover stories and cheerful asides. The errands of an ending
// told as a to-do list ("booked the cremation and paid the deposit, I'm 34", "updating my will instead of
// my CV", "paid off the catalogue so nobody gets lumbered with them after", "left a note on my laptop for
// whoever finds it", "post the letter, then the bridge at dusk"); a method checked in passing ("the lead
// is strong enough, I checked", "my insulin could do a lot more than sort my sugars if I let it");
// euphemisms ("the quiet exit idea keeps floating back", "planning my own funeral in my head", "I won't
// let myself get that far", "don't really want to be around for next year", "finally go through with
// it"); an injury put down to a partner with a laugh, or the story told to cover it; a boss who gropes
// and threatens the shifts; a partner who goes mental if they're late home; danger now (an ex kicking
// the door in, a man following them from the bus stop). The same words fill everyday messages (a will
// made for the new baby, a note for whoever finds the lost wallet, a lead strong enough for the husky,
// a black eye from sparring, a friend following me on Instagram, the boss grabbing me a coffee), so
// each set rests on the words that carry the risk together and shuts on the everyday uses, on someone
// else's trouble and on fiction. A laugh does not shut the sets for the client's own ending, nor for an
// injury or threat they are laughing off: those messages came with "lol" and "haha" in them.
// Crisis: an injury off my boyfriend; that's what I tell people, he's got a temper; the boss grabs me
// and says I'll lose my shifts; he goes mental if I'm not home; kicking the door in; following me right
// now; meds that could do more if I let them; strong enough, I checked; finally go through with it; the
// quiet exit idea; planning my own funeral; my own cremation booked; then the bridge; my will instead;
// debts paid so no one is left with them after; a note for whoever finds me; don't want to be around for
// next year; won't let myself get that far.
// Concern: a drink makes the applications bearable; flat, didn't want to do anything; sat in the dark for
// hours; could happily chuck him off a cliff haha; I'd reject me too; is there actually any point.
// Look-alikes of our own are in test/domain/riskHundredAndTenthForms.test.ts. Normalised words ("i am"
// for "I'm", "he is" for "he's", "no one" for "nobody", "ill" for "I'll", "honestly" for "tbh").
import { pattern } from '../riskPatterns.ts';
import { group, LAUGH, NOT_BEFORE, unless, WEEKDAY } from './wholeMessageSets.ts';

const FICTION = String.raw`film|movie|book|novel|series|episode|character|soap|song|lyrics|documentary|podcast|poem|storyline|script|sims|minecraft|gta|fortnite|roblox|zelda|pokemon|anime|manga|fanfic|game|gaming|squid game|call of duty|netflix|telly|tv show|drama`;
/** Someone else's trouble, said of them. */
const THIRD = String.raw`\b(?:my (?:mum|mom|mam|dad|mother|father|brother|sister|friend|son|daughter|nan|gran|grandad|uncle|aunt|auntie|cousin|neighbour|flatmate|colleague|client|patient|student)s?|a friend|(?:he|she|they|hes|shes|theyre)) (?:says|said|keeps saying|told me|texted|messaged|posted|wrote)\b|\bone of the other\b|\b(?:my|a) (?:friend|sister|cousin|mate|neighbour|colleague|client|niece|daughter)s (?:boyfriend|husband|partner|ex|fella|girlfriend|wife|boss|manager)\b`;
/** The client's own partner, or "he" and "him" said of one. */
const PARTNER = String.raw`(?:my (?:boyfriend|girlfriend|husband|wife|partner|fella|ex|ex partner|ex husband|ex boyfriend|man|bloke|other half|missus|mrs|fiance|fiancee)|the (?:boyfriend|husband|other half|ex)|him|he)`;
const INJURY = String.raw`(?:black eye|black eyes|split lip|fat lip|busted lip|bust lip|cut lip|bloody nose|broken nose|bruised (?:face|arm|arms|ribs|neck|cheek|eye|wrist|wrists)|bruises|bruise|broken (?:rib|ribs|wrist|arm|finger|fingers|tooth|teeth|jaw)|cracked ribs?|finger marks|marks on my (?:neck|arms?|face|wrists?))`;
const SPORT = String.raw`boxing|sparring|spar|kickboxing|kick boxing|mma|martial arts|judo|karate|jiu jitsu|bjj|wrestling|rugby|football|hockey|cricket|netball|basketball|squash|training|gym|play fight\w*|playing|pillow fight|accident|accidentally|by mistake|in (?:his|her|their) sleep|headbutted me by`;

// --- Crisis: a black eye off my boyfriend -----------------------------------------------------------------
const INJURY_OFF_PARTNER = pattern`\b${INJURY} (?:off|from|courtesy of|thanks to|by|because of|care of) ${PARTNER}\b|\b${PARTNER} (?:gave|give|gives|has given|left|leaves|has left) me (?:a |another |these |those |this |the )?${INJURY}\b`;
const INJURY_OFF_OUT = String.raw`\b(?:${SPORT}|${FICTION}|makeup|make up artist|sfx|halloween|costume|fancy dress|film set)\b|${THIRD}`;

// --- Crisis: tripped over nothing again, that's what I tell people; he's got a temper -----------------------
const FALL_STORY = String.raw`(?:tripped|trip|fell|fall|falling|walked into|walk into|slipped|clumsy|door|stairs|cupboard|bruise|bruises|black eye|${INJURY})`;
const COVER_STORY = pattern`^(?=.*\b${FALL_STORY}\b)(?=.*(?:\b(?:that is|that was|which is|this is|is|was) what i (?:tell|told|say|said to|have to tell|have to say|keep telling|always tell) (?:people|everyone|everybody|them|work|the doctor|the gp|the nurse|my mum|my family|folk|others|the school|my friends|the interviewer|anyone who asks)\b|\b(?:he|she|my (?:boyfriend|girlfriend|husband|wife|partner|fella|ex|man|other half)) (?:is|has) got (?:a |such a |a bit of a |a real |a bad |a nasty |a short )?(?:temper|fuse|short fuse)\b))`;
const COVER_STORY_OUT = String.raw`\b(?:toddler|baby|my (?:son|daughter|kid|boy|girl|dog|cat|nan|gran|mum|dad) (?:tripped|fell|slipped)|temperature|${FICTION})\b|${THIRD}`;

// --- Crisis: the boss grabs me and says I'll lose my shifts if I make a fuss ----------------------------------
const TOUCH_BODY = String.raw`my (?:bum|arse|ass|backside|bottom|boobs|breasts|chest|thigh|thighs|leg|legs|waist|hips|body|crotch)`;
const GROPED = pattern`\b(?:boss|manager|supervisor|gaffer|owner|chef|head chef|landlord|foreman|team leader|shift leader|line manager|assistant manager|he|someone at work|a customer|customer|colleague|driver|agency driver|bloke|man|guy)(?: \w+){0,6}? (?:gropes|groped|keeps groping|touches me up|touched me up|feels me up|felt me up|(?:grabs|grabbed|keeps grabbing|touches|touched|keeps touching|pinches|pinched|pins|pinned) ${TOUCH_BODY}|(?:grabs|grabbed|keeps grabbing|pins|pinned|keeps touching|touches|touched) me\b(?! (?:a|an|some|for|to|from|at the|when|after|before|quickly|lunch|coffee|tea|a drink|drinks|sandwich|the|my (?:cv|coat|bag|keys)|on the (?:shoulder|arm|back|elbow))\b)(?=.*\b(?:lose|sacked|sack me|fired|fire me|out of a job|no more shifts|cut my hours|if i (?:make a fuss|say anything|tell|complain|report|say no|scream)|says? (?:no one|nobody) will believe)\b))`;
const GROPED_OUT = String.raw`\b(?:${FICTION}|${LAUGH}|hug|hugs|handshake|pat|patted|on (?:my|the) shoulder|physio\w*|massage|fire drill|first aid|cpr|manual handling)\b|${THIRD}`;

// --- Crisis: if I'm not home 20 mins after, he goes mental ---------------------------------------------------
const RAGE = String.raw`(?:(?:goes|will go|is going to go|go|gets|will get) (?:mental|mad|ballistic|crazy|nuts|psycho|off on one|spare|nasty|violent|angry|aggressive)|kicks off|will kick off|kick off|loses it|will lose it|loses his temper|loses her temper|flips|flips out|will flip|explodes|hits the roof)`;
const LATE = String.raw`if i am (?:not (?:home|back|in)|late(?: home| back)?|\d+ (?:mins|minutes|min) late|any later|not home on time|not back on time|a minute late|five minutes late|ten minutes late)`;
const LATE_HOME = pattern`\b${LATE}\b(?: \w+){0,10}? (?:he|she|my (?:boyfriend|girlfriend|husband|wife|partner|fella|man|other half)|the (?:husband|boyfriend|other half)) ${RAGE}\b|\b(?:he|she|my (?:boyfriend|girlfriend|husband|wife|partner|fella|man|other half)) ${RAGE} (?:\w+ ){0,2}?${LATE}\b`;
const LATE_HOME_OUT = String.raw`\b(?:boss|manager|supervisor|gaffer|teacher|tutor|coach|trainer|landlord|landlady|foreman|team leader|late (?:for|to) (?:work|my shift|the shift|school|class|college|training|practice|tea|dinner|pick up)|${FICTION}|${LAUGH})\b|\bmy (?:mum|mam|mom|dad|nan|gran|mother|father|parents)\b(?= (?:goes|will|gets|kicks|is going|loses|flips))|${THIRD}`;

// --- Crisis: my ex has just turned up and is kicking the door in ------------------------------------------
const ATTACKER = String.raw`(?:my ex|ex|my ex partner|my ex husband|my ex boyfriend|he|she|they|someone|somebody|a man|a guy|a bloke|some (?:man|guy|bloke|lads|guys|men|blokes|people)|two (?:men|lads|guys)|a group of (?:lads|men|guys|people)|my (?:partner|husband|boyfriend|dad|stepdad|brother)|people|this (?:man|guy|bloke))`;
const DOOR_IN = pattern`\b${ATTACKER} (?:is|are|has|have|has been|have been|keeps|keep|is still|are still)(?: just)?(?: outside| here| back| turned up| turned up and is| turned up and)?(?: (?:and|now|right now|again))? (?:kicking|banging|hammering|pounding|smashing|booting|trying to (?:kick|break|get|smash|force|barge)) (?:in |on |down |at |through )?(?:the|my|our) (?:front |back |bedroom |bathroom |flat |house |kitchen )?(?:door|doors|window|windows)\b`;
const DOOR_IN_OUT = String.raw`\b(?:postman|delivery|deliveries|parcel|courier|amazon|locked out|keys|locksmith|wind|storm|dog|cat|woodpecker|bird|party|music|${FICTION}|${LAUGH})\b|${THIRD}`;

// --- Crisis: there's a man following me from the bus stop right now -----------------------------------------
const FOLLOWER = String.raw`(?:a man|a guy|a bloke|a lad|some (?:man|guy|bloke|lads|guys|men|bloke|fella|weirdo|creep)|someone|somebody|a car|a van|my ex|he|a group(?: of \w+)?|two (?:men|lads|guys)|this (?:man|guy|bloke|car|van)|a stranger)`;
const FOLLOWED = pattern`\b${FOLLOWER}(?: who is| whos| that is| that has| who has| has| is| keeps| have| are| was)?(?: been| still| just)* (?:following|followed|tailing|stalking) me\b(?! (?:up|back|on|online|around the house|about)\b)(?=.*\b(?:right now|now|still|i am (?:walking|running|hiding|scared|in|at|on)|since|from the|home|down the|all the way|every day|again|outside|behind me)\b)`;
const FOLLOWED_OUT = String.raw`\b(?:instagram|insta|twitter|tiktok|social media|socials|online|linkedin|facebook|snapchat|snap|youtube|followers?|follow back|dog|cat|puppy|kitten|toddler|baby|duck|ducks|geese|goose|seagulls?|pigeons?|bee|wasp|cloud|debt|record|past|reputation|bad luck|rain|sat nav|satnav|gps|${FICTION}|${LAUGH})\b|${THIRD}`;

// --- Crisis: my insulin could do a lot more than sort my sugars out if I let it -------------------------------
const MEDS = String.raw`(?:insulin|pills|tablets|meds|medication|medicine|prescription|paracetamol|painkillers|antidepressants|sleeping (?:pills|tablets)|methadone|morphine|oramorph|codeine|lithium|amitriptyline|sertraline|co codamol|beta blockers|propranolol|diazepam)`;
const MEDS_MORE = pattern`\b${MEDS}(?: stash| supply| stockpile)? (?:could|would|can|might) (?:do|sort|fix|solve|end|finish) (?:a lot |a whole lot |so much |way |loads |much )?(?:more|everything|it all|all of it|the lot|things|a lot)\b(?=.*\bif i (?:let (?:it|them)|wanted|want|used|use|took all|take all|decided|chose)\b)`;
const MEDS_MORE_OUT = String.raw`\b(?:properly|regularly|on time|as prescribed|every day|remembered|(?:gp|doctor|nurse|pharmacist|consultant) (?:says|said|thinks|reckons)|dose|dosage|review|${FICTION})\b|${THIRD}`;

// --- Crisis: the dog's lead is strong enough, I checked --------------------------------------------------------
const LIGATURE = String.raw`(?:lead|belt|rope|cable|cord|flex|scarf|tie|washing line|dressing gown cord|extension lead|charger cable|banister|bannister|beam|hook|loft hatch|curtain pole|rail|pipe|bar|door hinge|hinge|tree branch|branch|noose)`;
const STRONG_ENOUGH = pattern`\b${LIGATURE} (?:is|was|will be|should be|seems|looks|feels|are|were)(?: definitely| plenty| more than)? (?:strong|sturdy|thick|solid|long|high) enough\b(?=.*\b(?:i checked|i have checked|checked it|i tested|tested it|i have tested|i made sure|made sure|i tried it|tried it|i pulled on it|pulled on it|to (?:take|hold|bear) (?:my |the )?weight|to hold me|for me)\b)`;
const STRONG_ENOUGH_OUT = String.raw`\b(?:tent|hammock|swing|trailer|tow|towing|climb\w*|abseil\w*|boat|mooring|washing|shelf|shelves|tv|mirror|picture|bracket|ladder|harness|puppy|pulls|pulling|puller|for a walk|dog walk\w*|walk the dog|walks|walker|tug|husky|staffie|bully|cargo|load|scaffold\w*|crane|lifting|forklift|pallet|strap|straps|ratchet|pull ups?|weights|rig|rigging|sail|kite|bike|car|van|${FICTION}|${LAUGH})\b|${THIRD}`;

// --- Crisis: goal for this week? Finally go through with it ----------------------------------------------------
const GO_THROUGH = pattern`${NOT_BEFORE}\b(?:finally|actually|really|properly|at last) (?:go|going|get|getting|to go|gonna go) through with it\b`;
const GO_THROUGH_OUT = String.raw`\b(?:divorce|wedding|marriage|proposal|propose|tattoo|piercing|surgery|operation|haircut|hair|dye|smoking|vape|vaping|diet|marathon|skydive|bungee|mortgage|house sale|adoption|ivf|apply for|applied for|applying for|sign(?:ed)? up|enrol\w*|hand(?:ed|ing)? (?:in )?my notice|resign\w*|driving test|complaint|tribunal|appeal|${FICTION})\b|${THIRD}|\b(?:never|would not|will not|could not|did not|not going to|wouldnt) (?:\w+ )?(?:go|going) through with it\b`;

// --- Crisis: the whole quiet exit idea keeps floating back into my head --------------------------------------
const EXIT_WORDS = String.raw`(?:quiet exit|final exit|permanent exit|early exit|permanent way out|permanent checkout|checking out early|checking out for good|check out for good|clocking out for good|logging off for good|log off for good|logging out of life|log out of life|permanent sleep)`;
const EXIT_IDEA = pattern`^(?=.*\b${EXIT_WORDS}\b)(?=.*\b(?:idea|thought|thoughts|option|fantasy|daydream)?(?: \w+)? ?(?:keeps?|kept|has been|have been|is|are)? ?(?:floating|coming|creeping|popping|drifting|sneaking|sliding|slipping|crawling|circling|wandering|running|going round) (?:back )?(?:into|in|up|round|around|through|to)\b|\b(?:on my mind|in my head|crosses my mind|crossed my mind|cross my mind|been thinking about|keep thinking about|thinking about|think about|appeals|appealing|tempting|sounds good|sounds nice)\b)`;
const EXIT_IDEA_OUT = String.raw`\bexit (?:interview|strategy|plan|route|fee|from|out of|of)\b|\b(?:brexit|company|business|franchise|investor|shares|motorway|junction|fire exit|emergency exit|world cup|euros|tournament|competition|league|cup|penalties|match|airport|gate|${FICTION})\b|${THIRD}`;

// --- Crisis: I spend more time planning my own funeral in my head -----------------------------------------------
const OWN_FUNERAL = pattern`\b(?:picturing|picture|pictured|imagining|imagine|imagined|daydreaming about|rehearsing) my own funeral\b|\b(?:planning|plan|planned|picturing|picture|pictured|imagining|imagine|imagined|rehearsing|organising|organizing) my (?:own )?funeral in my head\b|\b(?:planning|plan|planned|organising|organizing) my own funeral\b(?=.*\b(?:more time|than|instead of|while i|when i should|on the bus|at night|every night)\b)`;
const OWN_FUNERAL_OUT = String.raw`\b(?:co op|coop|paid for|all paid|paid up|hospice|chaplain|terminal|diagnosis|palliative|funeral plans?|prepaid|pre paid|insurance|policy|over 50s?|funeral director|undertaker|${FICTION})\b|${THIRD}|\b(?:never|would not|will not|could not|not going to|wouldnt) (?:\w+ )?(?:go through with it|do it|act on it)\b`;

// --- Crisis: booked the cheapest cremation and paid the deposit, I'm 34 -----------------------------------------
const OWN_CREMATION = pattern`^(?=.*\b(?:booked|paid for|paid a deposit on|paid the deposit on|paid the deposit for|arranged|sorted|chosen|chose|picked|bought|ordered|reserved|priced up|costed)\b(?: \w+){0,3}? (?:cremation|direct cremation|burial plot|grave plot|plot|coffin|headstone|funeral|urn)\b)(?=.*(?:\bi am (?:only |just )?\d\d(?: years old| year old)?(?: honestly| by the way)? ?$|\bmy own (?:cremation|funeral|burial|coffin|headstone|plot|urn)\b|\bfor myself\b|\bbefore i go\b|\bready for me\b|\bfor when i am gone\b))`;
const OWN_CREMATION_OUT = String.raw`\b(?:funeral plans?|prepaid|pre paid|insurance|policy|over 50s?|hospice|terminal|diagnosis|palliative|cancer|crematorium|undertaker|funeral director|funeral home|${FICTION})\b|\b(?:for|of) (?:my|our|his|her|their) (?:nan|nana|gran|granny|grandad|grandma|mum|mam|mom|dad|father|mother|husband|wife|partner|brother|sister|uncle|aunt|auntie|son|daughter|baby|friend|dog|cat|pet)\b|\b(?:my|our|his|her) (?:nan|nana|gran|granny|grandad|grandma|mum|mam|mom|dad|father|mother|husband|wife|partner|brother|sister|uncle|aunt|auntie|son|daughter|baby|friend|dog|cat|pet)s (?:funeral|cremation|burial|coffin|headstone|plot|urn|ashes)\b|${THIRD}`;

// --- Crisis: finish the letter, post it, then the bridge at dusk ----------------------------------------------
const PLACE = String.raw`(?:bridge|quarry|railway|railway line|tracks|train tracks|river|cliff|cliffs|cliff edge|viaduct|multi storey|top of the multi storey|pier|motorway bridge|canal|reservoir)`;
const THEN_THE_BRIDGE = pattern`\b(?:then|and then|after that|after) (?:the|that) ${PLACE}(?= ?$| (?:at (?:dusk|dawn|sunset|sunrise|midnight|night|\d+)|on (?:the \d+\w*|${WEEKDAY}|sunday)|this (?:evening|weekend|week)|tonight|tomorrow|after|when|once|by|before|first thing|at least|that is|and that is|${WEEKDAY})\b)`;
const THEN_THE_BRIDGE_OUT = String.raw`\b(?:photos?|photograph\w*|camera|walk|walks|walking|run|running|jog|parkrun|cycle|cycling|bike|boat|cruise|ferry|fishing|swim|swimming|paddle|kayak|canoe|picnic|meet|meeting|date|friends|mates|park|museum|castle|cathedral|market|shops|shopping|pub|cafe|lunch|dinner|ice cream|chippy|tour|sightseeing|visit|view|views|fireworks|festival|parade|gig|concert|beach|bus|train|station|drive|driving|route|directions|turn left|turn right|on the left|on the right|roundabout|junction|sat nav|postcode|delivery|deliveries|drops|van|parcel|bridge club|play bridge|${FICTION}|${LAUGH})\b|${THIRD}`;

// --- Crisis: updating my CV? I've been updating my will instead -------------------------------------------------
const WILL_INSTEAD = pattern`\b(?:updating|updated|update|writing|wrote|written|write|making|made|make|doing|did|done|sorting|sorted|finishing|finished|drafting|drafted)(?: out)? my will\b(?=.*\b(?:instead|more useful|more important|more point|more sense|more worthwhile|more urgent|than (?:my|the|a|that|any) (?:cv|job|application|applications|career|plan|cover letter|job search)|rather than|better use of (?:my )?time)\b)|\binstead of (?:my|the|a|that) (?:cv|job search|applications?|cover letter|career plan)\b(?=.*\bmy will\b)`;
const WILL_INSTEAD_OUT = String.raw`\b(?:bab(?:y|ys|ies)|newborn|pregnan\w*|mortgage|bought a house|buying the house|new house|married|wedding|divorce|(?:solicitor|bank|adviser|advisor) (?:says|said|suggested|recommended)|paralegal|will writ\w*|assignment|probate|power of attorney|life insurance|everyone should|sensible|grown up|terminal|diagnosis|hospice|${FICTION}|${LAUGH})\b|${THIRD}|\bwill to live\b`;

// --- Crisis: paid off the catalogue so nobody gets lumbered with them after -------------------------------------
const LEFT_WITH = String.raw`(?:gets?|is|are|will be|ends? up|has to|have to|will have to|is not|are not|will not be|does not get|do not get|will not get|is never|never gets?)(?: left| stuck| lumbered| saddled| landed| burdened| left paying| paying)? (?:with|for|paying|picking up|sorting)`;
const DEBTS_AFTER = pattern`\b(?:paid off|paid back|paid up|paid|cleared|settled|closed|cancelled|sorted)\b(?: \w+){0,8}? so (?:that )?(?:no one|no one else|my (?:family|mum|mam|kids|partner|sister|brother|son|daughter|flatmate|wife|husband)|the kids|mum|mam|family|she|he|they) ${LEFT_WITH}\b(?: \w+){0,3}? (?:after|afterwards|later|when i am gone|once i am gone|after i am gone|when i go|after i go)\b(?! (?:the|my|christmas|the move|i move|i leave|we|payday|that)\b)|\b(?:paid off|paid back|cleared|settled)\b(?: \w+){0,8}? so (?:that )?(?:no one|no one else) ${LEFT_WITH}\b(?=.*\b(?:clean slate|loose ends|all tidy|tidy now|affairs in order|nothing left owing)\b)`;
const DEBTS_AFTER_OUT = String.raw`\b(?:move|moving|moved|move out|tenancy|divorce|split|separation|break up|broke up|selling|sold|new job|holiday|abroad|emigrat\w*|wedding|baby|mortgage|debt relief|iva|bankrupt\w*|insolvency|business|company|joint account|${FICTION}|${LAUGH})\b|${THIRD}`;

// --- Crisis: left a note on my laptop for whoever finds it -------------------------------------------------------
const NOTE_FINDER = pattern`\b(?:left|leave|leaving|wrote|written|write|writing|put|typed|pinned|stuck|recorded)\b(?: \w+){0,2}? (?:a |the |my )?(?:note|letter|message|notes|letters|video|voice note)\b(?: \w+){0,5}? (?:for|to) (?:whoever|who ever|the person who|anyone who|whoever it is that) (?:finds|find|comes across|walks in on) (?:it|me|them|this|my)\b`;
const NOTE_FINDER_OUT = String.raw`\b(?:lost|found|wallet|purse|keys|windscreen|parked|dent\w*|scratch\w*|bump\w*|parcel|delivery|postman|lost property|geocach\w*|time capsule|kindness|free to a good home|library book|bench|book crossing|treasure hunt|hunt|clue|puzzle|escape room|bike|${FICTION})\b|${THIRD}`;

// --- Crisis: be honest, I don't really want to be around for next year ------------------------------------------
const NOT_AROUND = pattern`\b(?:do not|not sure i|not sure if i|no longer|not really sure i|do not even|do not think i|not convinced i) (?:really |even |honestly |actually |particularly )?(?:want|wish|fancy|care) to (?:be|still be|stay) (?:around|alive|on this earth|on this planet)\b(?! (?:for|to help|to support|to see|with|near|when) (?:her|him|them|you|my|the kids|people|everyone|anyone)\b)(?=(?: \w+){0,4} (?:next year|christmas|new year|the new year|my birthday|much longer|long|summer|another year|the future|next month|next week|it|that|then|by then|the end of (?:the )?(?:year|month|week))\b|(?: anymore| any more| much longer)?(?: honestly| to be honest| really)? ?$)`;
const NOT_AROUND_OUT = String.raw`\b(?:in laws|inlaws|relatives|visit|visiting|family (?:do|dinner|party|gathering|drama|row)|christmas dinner|party|drama|row|argument|wedding|abroad|holiday|away|travel|trip|shift|rota|moving|restructure|redundanc\w*|closure|takeover|office|when (?:he|she|they)|while (?:he|she|they)|${FICTION})\b|${THIRD}`;

// --- Crisis: what's the point of a five year plan, I won't let myself get that far -------------------------------
const THAT_FAR = pattern`\b(?:will not|would not|never|not going to|do not think (?:i will|ill|i would|id)|doubt (?:i will|ill|i would|id)) (?:ever )?let myself (?:get|make it|live|reach|see|grow|last|go on|get to)\b(?: \w+){0,2}? (?:that far|that long|that old|old|older|to \d+|to (?:thirty|forty|fifty|sixty|next year|christmas|my birthday)|there)\b|\b(?:do not|not) (?:really )?(?:think|expect|reckon|plan|intend) (?:ill|i will|i would|id|to|on) (?:still )?(?:live|survive|be alive|stick around|hang around|make it) (?:that long|that far|to (?:\d+|thirty|forty|fifty|next year|christmas|my birthday|see (?:next year|christmas|it))|till (?:next year|christmas|my birthday)|until (?:next year|christmas|my birthday)|long enough)\b`;
const THAT_FAR_OUT = String.raw`\b(?:process|rounds?|stage|finals?|shortlist|competition|league|cup|quiz|race|marathon|pension|retire\w*|${FICTION})\b|\b(?:at|in|with) (?:this|the|that|my) (?:job|place|company|shop|warehouse|role|hostel|flat|agency|contract|placement)\b|${THIRD}`;

// --- Concern: day drinking while I do applications makes it bearable ------------------------------------------
const SUBSTANCE = String.raw`(?:drink|drinking|day drinking|a drink|drinks|a few drinks|cans|a few cans|a can|a bottle|wine|vodka|cider|beer|lager|gin|rum|whisky|booze|being drunk|getting drunk|half cut|tipsy|being high|getting high|stoned|weed|a spliff|spliffs|a joint|joints|edibles|valium|diazepam|coke|ket|a line|lines)`;
const BEARABLE = pattern`\b${SUBSTANCE}\b(?: \w+){0,8}? (?:makes?|making|made|is what makes|is the only thing that makes|only thing that makes|only way to make|the only way i can make|keeps?) (?:it|them|this|things|life|everything|the day|the days|the afternoons?|the evenings?|(?:the |my )?(?:applications|job search|job hunt|rejections|search|post|forms|calls|shifts?|week|weekends?|nights?))(?: \w+){0,2}? (?:bearable|tolerable|survivable|less (?:awful|painful|shit|grim|horrible|bad|depressing)|easier to (?:face|bear|get through|cope with|deal with))\b`;
const BEARABLE_OUT = String.raw`\b(?:coffee|tea|cuppa|chocolate|cake|biscuits|music|podcast|radio|playlist|snacks|sweets|energy drinks?|red bull|monster|water|squash|hot chocolate|milkshake|smoothie|cold drink|fizzy drink|soft drink|heat|hot|sun|sunshine|weather|summer|fan|air con|festival|wedding|party|bbq|barbecue|${FICTION})\b|${THIRD}`;

// --- Concern: bit flat today, didn't do much, didn't want to ----------------------------------------------------
const FLAT_NO_WANT = pattern`\b(?:bit|a bit|feeling|feel|felt|been|pretty|quite|very|really|so|just|proper|all) flat\b(?! out\b)(?=.*\b(?:did not (?:want|feel like|fancy|have it in me|have the energy|see the point)|can not be bothered|could not be bothered|no energy|no motivation|not wanting|nothing (?:interests|matters|helps|feels)|did not do (?:much|anything))\b)|\bdid not do (?:much|anything)(?: \w+){0,2}? (?:did not want to|did not feel like it|did not fancy it|did not have it in me|did not see the point|could not be bothered)(?: honestly| really| to be honest)? ?$`;
const FLAT_NO_WANT_OUT = String.raw`\b(?:flat out|tyre|tire|battery|tablets|phone|beer|lager|pint|coke|cake|bread|voice|singing|notes?|feet|footed|ramadan|fasting|but (?:ok|okay|fine|i am (?:ok|okay|fine|good))|onwards|flu|covid|hangover|hungover|migraine|operation|surgery|physio|injury|injured|sprained|resting|rest day|recovery|after the (?:rejection|weekend)|${FICTION}|${LAUGH})\b|${THIRD}`;

// --- Concern: came home and sat in the dark for hours not wanting anything -----------------------------------------
const IN_THE_DARK = pattern`\b(?:sat|sit|sitting|sits|lay|lie|lying|laid|stayed|stay|staying|hid|hide|hiding|curled up)(?: here| there| alone| on my own| by myself| on the sofa| in bed| in my room)? in the dark\b(?=.*\b(?:for hours|all (?:day|night|evening|afternoon|weekend)|most (?:days|of the day|nights|evenings)|hours|again|not wanting|doing nothing|staring|curtains|crying|on my own|alone|every (?:night|evening|day)|most of)\b| ?$)`;
const IN_THE_DARK_OUT = String.raw`\b(?:power cut|powercut|outage|electric|electricity|meter|top up|bulb|fuse|storm|blackout|candle|candles|cinema|theatre|stars|stargazing|telescope|eclipse|meteor|northern lights|aurora|meditat\w*|yoga|ghost stor\w*|campfire|camping|tent|migraine|night feed|feeding|feed|bats?|owls?|wildlife|badgers?|photograph\w*|${FICTION}|${LAUGH})\b|${THIRD}`;

// --- Concern: could happily chuck the hold music guy off a cliff haha -----------------------------------------------
const TARGET = String.raw`(?:him|her|them|the (?:\w+ ){0,3}?(?:guy|man|bloke|woman|lady|lad|girl|fella|person|people|lot|boss|manager|recruiter|recruiters|interviewer|receptionist|adviser|advisor|driver|neighbour|neighbours|flatmate|landlord|landlady|customer|customers|caller|inventor|designer|assessor|coach|supervisor|colleague|team|panel|developer|idiot|clown|muppet|lady)|my (?:\w+ ){0,2}?(?:boss|manager|flatmate|housemate|ex|neighbour|landlord|supervisor|colleague|brother|sister|partner|husband|wife|boyfriend|girlfriend|coach|adviser|advisor))`;
const THROW_OFF = pattern`\b(?:chuck|throw|push|shove|drop|launch|lob|punt|boot|kick|fling|toss|dropkick|drop kick|yeet)(?:ing)? ${TARGET}(?: \w+){0,3}? (?:off|out of|in front of|into|under|down|over) (?:a|an|the) (?:cliff|bridge|window|bus|train|river|canal|sea|lake|roof|balcony|volcano|stairs|pond|skip|ocean|building|tower|car park|motorway)\b(?=.*\b(?:happily|gladly|cheerfully|${LAUGH}|joke|jokes|mostly|obviously|not really|in my head|metaphorically)\b)`;
const THROW_OFF_OUT = String.raw`\b(?:${FICTION})\b|${THIRD}`;

// --- Concern: I'd reject me too if I was them ----------------------------------------------------------------------
const REJECT_ME = pattern`\b(?:id|i would|i had)(?: \w+)? (?:reject|bin|ignore|turn down|pass on|sack|fire|dump|swipe left on) (?:me|myself)\b(?= ?$| (?:too|either|as well|aswell|and all|if i (?:was|were) (?:them|him|her|the (?:\w+ )?(?:employer|manager|boss|company|recruiter|panel))|honestly|to be fair|tbf)\b)|\b(?:id|i would) (?:not|never) (?:hire|employ|pick|choose|shortlist|want|take on|interview|trust) (?:me|myself)\b(?! (?:with|for|to|if i)\b)`;
const REJECT_ME_OUT = String.raw`\b(?:if i (?:was|were) you|in your shoes|${FICTION}|${LAUGH})\b|${THIRD}`;

// --- Concern: be honest with me, is there actually any point ----------------------------------------------------
const ANY_POINT = pattern`\bis there (?:actually |really |even |honestly |genuinely |truly )?any point(?: (?:anymore|any more|at all|trying|in trying|carrying on|in carrying on|in me trying|me trying|to any of (?:it|this)|to it|in any of it|going on|in going on|to me))?(?: honestly| really| though| to be honest)? ?$`;
const ANY_POINT_OUT = String.raw`\b(?:${LAUGH})\b|${THIRD}`;

export const HUNDRED_AND_TENTH_WHOLE_SETS = [
  [unless(String.raw`\b(?:eye|eyes|lip|nose|bruised|bruises|bruise|broken|cracked|marks)\b`, INJURY_OFF_OUT), [group('crisis', 'abuse or violence', [INJURY_OFF_PARTNER])]],
  [unless(String.raw`\b(?:what i (?:tell|told|say|said|have to|keep|always)|got (?:a |such a |a bit of a |a real |a bad |a nasty |a short )?(?:temper|fuse|short fuse))\b`, COVER_STORY_OUT), [group('crisis', 'abuse or violence', [COVER_STORY])]],
  [unless(String.raw`\b(?:gropes|groped|groping|grabs|grabbed|grabbing|touches|touched|touching|feels me|felt me|pinches|pinched|pins|pinned)\b`, GROPED_OUT), [group('crisis', 'abuse or violence', [GROPED])]],
  [unless(String.raw`\bif i am (?:not|late|\d+|any|a minute|five|ten)\b`, LATE_HOME_OUT), [group('crisis', 'coercive control', [LATE_HOME])]],
  [unless(String.raw`\b(?:door|doors|window|windows)\b`, DOOR_IN_OUT), [group('crisis', 'no safe place, food or power tonight', [DOOR_IN])]],
  [unless(String.raw`\b(?:following|followed|tailing|stalking) me\b`, FOLLOWED_OUT), [group('crisis', 'no safe place, food or power tonight', [FOLLOWED])]],
  [unless(String.raw`\bif i\b`, MEDS_MORE_OUT), [group('crisis', 'thinking about a way to end their life', [MEDS_MORE])]],
  [unless(String.raw`\benough\b`, STRONG_ENOUGH_OUT), [group('crisis', 'thinking about a way to end their life', [STRONG_ENOUGH])]],
  [unless(String.raw`\bthrough with it\b`, GO_THROUGH_OUT), [group('crisis', 'intends to end their life', [GO_THROUGH])]],
  [unless(EXIT_WORDS, EXIT_IDEA_OUT), [group('crisis', 'thoughts of suicide', [EXIT_IDEA])]],
  [unless(String.raw`\bmy (?:own )?funeral\b`, OWN_FUNERAL_OUT), [group('crisis', 'thoughts of suicide', [OWN_FUNERAL])]],
  [unless(String.raw`\b(?:cremation|burial plot|grave plot|plot|coffin|headstone|funeral|urn)\b`, OWN_CREMATION_OUT), [group('crisis', 'preparing to end their life, or a past attempt', [OWN_CREMATION])]],
  [unless(String.raw`\b(?:then|after) (?:the|that) ${PLACE}\b`, THEN_THE_BRIDGE_OUT), [group('crisis', 'a plan to end their life', [THEN_THE_BRIDGE])]],
  [unless(String.raw`\bmy will\b`, WILL_INSTEAD_OUT), [group('crisis', 'preparing to end their life, or a past attempt', [WILL_INSTEAD])]],
  [unless(String.raw`\bso (?:that )?(?:no one|my|the kids|mum|mam|family|she|he|they)\b`, DEBTS_AFTER_OUT), [group('crisis', 'preparing to end their life, or a past attempt', [DEBTS_AFTER])]],
  [unless(String.raw`\b(?:whoever|who ever|the person who|anyone who)\b`, NOTE_FINDER_OUT), [group('crisis', 'preparing to end their life, or a past attempt', [NOTE_FINDER])]],
  [unless(String.raw`\bto (?:be|still be|stay) (?:around|alive|on this)\b`, NOT_AROUND_OUT), [group('crisis', 'wishes to be dead', [NOT_AROUND])]],
  [unless(String.raw`\b(?:let myself|live|survive|be alive|stick around|hang around|make it)\b`, THAT_FAR_OUT), [group('crisis', 'thoughts of suicide', [THAT_FAR])]],
  [unless(String.raw`\b(?:bearable|tolerable|survivable|less|easier)\b`, BEARABLE_OUT), [group('concern', 'drinking or drugs to cope', [BEARABLE])]],
  [unless(String.raw`\b(?:flat|did not do)\b`, FLAT_NO_WANT_OUT), [group('concern', 'low mood', [FLAT_NO_WANT])]],
  [unless(String.raw`\bin the dark\b`, IN_THE_DARK_OUT), [group('concern', 'low mood', [IN_THE_DARK])]],
  [unless(String.raw`\b(?:off|out of|in front of|into|under|down|over) (?:a|an|the) (?:cliff|bridge|window|bus|train|river|canal|sea|lake|roof|balcony|volcano|stairs|pond|skip|ocean|building|tower|car park|motorway)\b`, THROW_OFF_OUT), [group('concern', 'joked about hurting someone', [THROW_OFF])]],
  [unless(String.raw`\b(?:me|myself)\b`, REJECT_ME_OUT), [group('concern', 'feels worthless', [REJECT_ME])]],
  [unless(String.raw`\bany point\b`, ANY_POINT_OUT), [group('concern', 'hopelessness', [ANY_POINT])]],
] as const;
