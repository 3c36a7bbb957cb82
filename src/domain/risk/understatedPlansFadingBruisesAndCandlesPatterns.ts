// A fifth red-teamer: risk said indirectly, understated, buried in job talk. A hand bandaged, "did it
// myself"; a cigarette put out on my hand, "not proud"; a beam that'll hold; a date in the calendar with
// just the word "done"; a day, a reservoir, and nobody goes up there; what he did to me when I was little;
// the bruises fading in time for the interview; no credit, sat in the dark with candles. And the concern
// said in passing: nearly strangled him with my CV (a joke, but someone should ask); who'd hire a loser
// like me; a couple of extra codeine so I don't care as much; I eat alone, watch telly alone, apply alone.
// The same words fill everyday messages (a hand bandaged from the kitchen, I did the tiling myself; a
// cigarette burn by accident; the beam will hold the loft boards; a deadline in the calendar marked done;
// a run at the reservoir, nobody about; bruises from football; a power cut, candles; smothered her with
// kisses; even a loser like me could use the portal; extra codeine for my back; a lone-worker job), so each set
// rests on the words that carry the risk together and shuts on the everyday uses, on someone else's
// trouble and on fiction.
// Crisis: a hand / arm / wrist bandaged, cut or burnt and "I did it (to) myself" (DIY, accidents, first
// aid and bandaging it myself shut it); a cigarette, fag or lighter put out / pressed on my hand or arm,
// or burning myself with one (accidents, lighting the hob shut it); a beam, rafter, banister, hook or
// loft hatch that will hold (me / my weight), as the message's last words (loft boards, shelves, swings,
// pull-up bars, building work shut it); a date in my calendar / diary with just the word "done", "the end"
// or "goodbye" (ticking tasks off, a deadline, a streak shut it); a day or time, a reservoir, bridge,
// cliff, quarry or railway, and nobody goes / will be up there (walks, runs, swims, the dog, fishing,
// photos shut it); he did stuff / things to me when I was little / a kid; my bruises fading / healing
// with "I'll be fine for" something, or hiding the bruises (sport, falls, blood tests shut it); no credit
// / can't top up / no electric with sat in the dark, candles or a torch (a power cut, the street, a phone
// with no credit shut it).
// Concern: nearly / almost / about to smother, strangle or throttle him / her with my CV, lanyard, tie;
// flipping / throwing the table, a plate or the laptop on / at him, her or my mum (a joke, but someone
// should ask); a loser / failure / waste of space like me (not "even a loser like me could ..."); extra /
// a couple of codeine, pills or cans so I don't care / feel, or to numb it (back or tooth pain, what the GP said shut it);
// three things done alone / on my own / by myself in one message (lone working, liking my own company,
// pride in doing the CV and the call on my own shut it).
// Look-alikes of our own are in test/domain/riskHundredAndThirtyThirdForms.test.ts. Normalised words
// ("i am" for "I'm", "no one" for "nobody", "do not" for "don't", "ill" for "I'll", "going to" for "gonna").
import { pattern } from '../riskPatterns.ts';
import { group, LAUGH, unless, WEEKDAY } from './wholeMessageSets.ts';

const FICTION = String.raw`film|movie|book|novel|series|episode|character|soap|song|lyrics|documentary|podcast|poem|storyline|script|game|games|gaming|netflix|drama|play|rehearsal|theatre|season`;
const PERSON = String.raw`(?:mum|mom|mam|dad|mother|father|brother|sister|friend|son|daughter|nan|gran|grandad|grandma|uncle|aunt|auntie|cousin|nephew|niece|neighbour|flatmate|housemate|colleague|client|patient|student|husband|wife|partner|boyfriend|girlfriend|pal|lad|sibling|child|kid)`;
/** Someone else's trouble, said of them. */
const THIRD = String.raw`\b(?:my|his|her|their|a) ${PERSON}s? (?:says|said|keeps saying|told me|texted|messaged|posted|wrote)\b|\bone of the other\b`;
const LIMB = String.raw`(?:hand|hands|arm|arms|wrist|wrists|forearm|forearms|leg|legs|thigh|thighs|fingers?|knuckles?|palm|palms|skin|stomach|chest)`;
const ACCIDENT = String.raw`accident|accidentally|by mistake|not on purpose|did not mean|tripped|slipped|fell|fall|stairs`;
const SPORT = String.raw`football|rugby|sunday league|five a side|boxing|kickboxing|mma|judo|karate|martial arts|hockey|netball|cricket|climbing|bouldering|gym|training session|match|game`;

// --- Crisis: hand bandaged, I did it myself -------------------------------------------------------------
const HURT_LIMB = pattern`^(?=.*\b(?:my )?${LIMB} (?:is |are |has been |have been |is all |all |still |now )?(?:bandaged|bandaged up|strapped|strapped up|wrapped|wrapped up|taped|taped up|stitched|stitched up|in a bandage|in bandages|in a dressing|dressed|bleeding|cut|cut up|burnt|burned|in a sling|a mess|messed up)\b|.*\b(?:bandage|bandages|plasters?|stitches|steri strips|dressings?) on my ${LIMB}\b)(?=.*\b(?:i )?(?:did|done|have done) (?:it|this|that|them) (?:to )?myself\b)`;
const HURT_LIMB_OUT = String.raw`\b(?:${ACCIDENT}|${SPORT}|so i (?:did|had to do) it myself|had to do it myself|(?:bandaged|dressed|strapped|wrapped|taped|stitched|cleaned|patched) (?:it|them|my \w+)(?: up)? myself|first aid|nurse was|diy|refit|decorat\w*|painting|tiling|tiled|plastering|fitted|built|install\w*|assembl\w*|flat ?pack|fence|garden\w*|(?:hand|circular|tile|mitre|chain|jig) ?saw|sawing|drill|chisel|stanley knife|knife slipped|chef|kitchen (?:porter|job|shift|work)|cooking|oven|chopping|bike|cycling|crash|burst|blister\w*|${FICTION}|${LAUGH})\b|${THIRD}`;

// --- Crisis: a cigarette put out on my hand ----------------------------------------------------------------
const SMOKE = String.raw`(?:cigarette|cigarettes|cig|cigs|ciggie|ciggy|fag|fags|rollie|roll up|joint|spliff|lighter|match|matches)`;
const CIG_BURN = pattern`\b(?:stubbed|stub|stubbing|put|putting|pressed|pressing|press|held|holding|hold) (?:a |my |the |out a |out my )?(?:lit )?${SMOKE}(?: end| ends)? (?:out )?(?:on|into|against|to) my (?:own )?${LIMB}\b|\bburn(?:ed|t|ing|s)? (?:myself|my ${LIMB}|my own ${LIMB}) (?:again |on purpose |deliberately )?with (?:a |my |the )?(?:lit )?${SMOKE}\b`;
const CIG_BURN_OUT = String.raw`\b(?:${ACCIDENT}|nearly|almost|dropped|ash|lighting|light the|lit the|hob|bbq|barbecue|candles?|campfire|fire pit|bonfire|fireworks?|sparkler|${FICTION}|${LAUGH})\b|${THIRD}`;

// --- Crisis: the loft hatch has a beam that'll hold ---------------------------------------------------------
const ANCHOR = String.raw`(?:beam|beams|rafter|rafters|banister|bannister|banisters|bannisters|loft hatch|hatch|hook|pipe|railing|railings|branch|door frame|curtain rail|clothes rail|light fitting|stair rail|tree)`;
const BEAM_HOLDS = pattern`\b${ANCHOR}\b(?: \w+){0,3} (?:that will|thatll|which will|that would|that should|that can|will|would|should|can|is strong enough to|strong enough to|that is strong enough to) (?:hold|take)(?: (?:me|my weight|the weight|a person|someone|a body))?$|\b${ANCHOR}\b(?: \w+){0,4} (?:hold|take|holds|takes|took|held) my weight\b`;
const BEAM_HOLDS_OUT = String.raw`\b(?:shelf|shelves|shelving|tv|telly|boxes|storage|plasterboard|loft boards?|boarding|boarded|conversion|insulation|solar|panels?|roof tiles|builder|builders|building|joiner|joinery|carpenter|carpentry|site|scaffold\w*|surveyor|structural|engineer|swing|hammock|punch ?bag|boxing|gym|pull ?ups?|chin ?ups?|exercise|workout|climbing|trx|yoga|aerial|silks|plants?|basket|lights|fairy lights|decorations|bikes?|kayak|load|tonnes?|kg|kilos?|weights|curtains|washing|coats|hoist|tree ?house|rope swing|${FICTION}|${LAUGH})\b|${THIRD}`;

// --- Crisis: it's in my calendar, just the word "done" -------------------------------------------------------
const CALENDAR_DONE = pattern`^(?=.*\b(?:(?:in|on|into) (?:my|the) (?:phone )?(?:calendar|diary|planner)|(?:calendar|diary) (?:says|just says|entry|reads))\b)(?=.*\b(?:just|only|simply|nothing but|nothing else but) (?:the word |the words |written |says |a |an |reads )?(?:done|the end|goodbye|bye|over|finished|gone|end|no more|final|rip|exit|out)$)`;
const CALENDAR_DONE_OUT = String.raw`\b(?:tick|ticked|ticking|crossed off|cross off|mark(?:ed)? (?:it |them )?(?:as )?done|to do|todo|tasks?|checklist|deadline|deadlines|dry january|sober|sobriety|challenge|streak|diet|exam|exams|course|coursework|assignment|dissertation|project|contract|probation|training|${FICTION}|${LAUGH})\b|${THIRD}`;

// --- Crisis: Sunday, at the reservoir, nobody goes up there ---------------------------------------------------
const HIGH_OR_WATER = String.raw`(?:reservoir|bridge|viaduct|cliff|cliffs|cliff top|clifftop|quarry|multi storey|car park roof|rooftop|railway|railway line|tracks|train line|level crossing|pier|river|canal|lake|dam|weir|woods|forest|flyover|tower block|headland|estuary|marsh)`;
const WHEN = String.raw`(?:${WEEKDAY}|tomorrow|tonight|this weekend|next week|the weekend|early|first thing|at dawn|before dawn|before light|sunrise|\d+ ?am|the \d+(?:st|nd|rd|th))`;
const NOBODY_THERE = pattern`^(?=.*\b${WHEN}\b)(?=.*\b(?:at|off|from|to|up|by|near|on|into|in) the (?:\w+ )?${HIGH_OR_WATER}\b)(?=.*\b(?:no one|nobody|no body|not a soul|not anyone) (?:goes|will be|would be|is ever|ever goes|comes|will see|would see|sees|will find|would find|will stop|would stop|to stop me|about|around|up there|down there|out there|there)\b)`;
const NOBODY_THERE_OUT = String.raw`\b(?:(?:a|for a|go for a|going for a|dog|morning|evening|long|nice|lovely|quiet|${WEEKDAY}) walk|walks|walking (?:group|club|the dog|my dog|our dog)|walk(?:ed)? the dog|hike|hiking|ramble|run|runs|running|ran|jog|jogging|parkrun|swim|swims|swimming|paddle\w*|kayak\w*|canoe\w*|fish|fishing|dogs?|cycle|cycling|bike|biking|bike ride|horse ride|riding|photo|photos|photograph\w*|camera|picnic|birds?|bird ?watching|volunteer\w*|litter|clean up|peaceful|peace and quiet|quiet spot|meditat\w*|yoga|sailing|rowing|boat|cafe|(?:with|meet|meeting) (?:my |the )?(?:friends|mates)|drone|sunrise photos|wild camping|camping|stargazing|(?:a|the|my|new) (?:job|shift|site|placement) (?:at|by|near|on)|work(?:ing)? (?:at|by|near|on) the|${FICTION}|${LAUGH})\b|${THIRD}`;

// --- Crisis: he did stuff to me when I was little ----------------------------------------------------------------
const DID_STUFF_TO_ME = pattern`\b(?:he|she|they|my (?:\w+ )?(?:uncle|dad|stepdad|step dad|father|brother|stepbrother|cousin|grandad|grandfather|granddad|nan|neighbour|mum|stepmum|mother|babysitter|family friend|teacher|coach|priest|carer|foster \w+|mums (?:boyfriend|partner|ex))) (?:did|done|used to do|would do|has done|had done|tried) (?:stuff|things|something|some things|bad things|bad stuff|horrible things|horrible stuff|things he should not have|stuff he should not have|what he did|sexual things|sexual stuff) (?:to|with) me (?:when i was|as a|growing up|as a child|as a kid|from when|since i was|from (?:the age of )?\d+)\b`;
const DID_STUFF_TO_ME_OUT = String.raw`\b(?:lovely|fun|amazing|brilliant|magic|tricks|fishing|camping|${FICTION}|${LAUGH})\b`;

// --- Crisis: the bruises are fading, I'll be fine for the interview -----------------------------------------------
const BRUISES_FADING = pattern`^(?=.*\b(?:the |my |these )?bruis(?:e|es|ing) (?:on my (?:\w+ ){1,2})?(?:is |are |have |has |should be |will be )?(?:fading|faded|healing|healed|going down|gone down|nearly gone|almost gone|going yellow|turning yellow|gone yellow|yellow now|less obvious|hardly show|barely show|hardly showing|barely showing|not showing|covered)\b|.*\b(?:hide|hiding|hid|cover|covering|covered|conceal\w*) (?:up )?(?:the |my |these )?bruis(?:e|es|ing)\b)(?=.*\b(?:(?:ill|i will|i should|should|will|i will be|i should be) (?:be )?(?:fine|ok|okay|alright|presentable|good|right)|(?:no one|nobody) (?:will|would|should) (?:notice|see|know|ask)|make ?up|concealer|foundation|long sleeves|polo neck|turtle neck|scarf|sunglasses|for the (?:interview|assessment|appointment|meeting|first day|trial shift|induction)|by (?:the interview|${WEEKDAY}|monday|the weekend))\b)`;
const BRUISES_FADING_OUT = String.raw`\b(?:${ACCIDENT}|${SPORT}|blood tests?|bloods|injection|jab|vaccine|drip|cannula|iv|surgery|operation|op|biopsy|tattoo|dentist|dental|wisdom tooth|wisdom teeth|teeth|tooth out|extraction|bike|cycling|crash|car accident|bump|banged|walked into|door|shin|bruised easily|bruise easily|anaemi\w*|anemi\w*|blood thinners|warfarin|kids? (?:kicked|climbed)|fruit|banana|apples?|peach|${FICTION}|${LAUGH})\b|${THIRD}`;

// --- Crisis: no credit, sat in the dark with candles ----------------------------------------------------------------
const DARK_NO_CREDIT = pattern`^(?=.*\b(?:no credit(?! (?:on|for|in) (?:my |the )?(?:phone|mobile|sim))|out of credit|credit (?:has )?(?:ran|run|gone|went) out|(?:emergency|the) credit (?:is |has )?(?:gone|used up|run out|ran out)|can not (?:afford to )?top (?:it |the meter |up the meter )?up|no (?:money|cash) (?:for|to top up|on) the (?:meter|gas|electric|electricity|leccy|key|card)|meter (?:has )?(?:ran|run|gone) (?:out|off)|(?:electric|electricity|leccy|gas) (?:is |has )?(?:gone off|gone|run out|ran out|cut off|been cut off)|no (?:electric|electricity|gas|power|leccy)\b))(?=.*\b(?:(?:sat|sitting|sit|are|were|we are|i am|been|living|in|here) in the dark|by candle ?light|candles|candle|(?:a |the )?torch(?:es)?|phone torch|under (?:blankets|duvets|the duvet|a duvet)|coats on|can not see)\b)`;
const DARK_NO_CREDIT_OUT = String.raw`\b(?:power cut|powercut|outage|storm|whole (?:street|road|estate|area|village)|street lights|(?:our|the) street|national grid|in the dark about|kept (?:me )?in the dark|left in the dark|keeping me in the dark|credit (?:score|check|card|history|rating|union|report)|romantic|birthday|bath|meditat\w*|camping|tent|festival|power (?:is )?back|back on now|sorted now|topped (?:it )?up|${FICTION}|${LAUGH})\b|${THIRD}`;

// --- Concern: nearly smothered him with my CV -------------------------------------------------------------------------
const TARGET = String.raw`(?:him|her|them|the (?:\w+ ){0,2}(?:guy|bloke|man|woman|lad|girl|fella|lady|manager|interviewer|recruiter|boss|driver|customer|receptionist|adviser|advisor|coach)|my (?:\w+ )?${PERSON}|my (?:boss|manager|supervisor|work coach|landlord))`;
const SMOTHER_WITH = pattern`\b(?:nearly|almost|could have|could|about to|going to|wanted to|want to|ready to|tempted to|i will|ill|i am going to|i swear i will|came close to) (?:smother|smothered|strangle|strangled|throttle|throttled|choke|choked|suffocate|suffocated|garrotte|garrotted|garotte|brain|brained|bludgeon|bludgeoned|batter|battered|whack|whacked|clobber|clobbered) ${TARGET} with (?:my|a|the|his|her|their|this|that) (?:\w+ )?\w+`;
const SMOTHER_WITH_OUT = String.raw`\b(?:kisses|love|hugs|affection|attention|cuddles|compliments|praise|questions|emails|paperwork|kindness|cream|sauce|gravy|butter|blanket|duvet|hug|accidentally|by accident|${FICTION})\b|${THIRD}`;

// --- Concern: flipping the table on her -------------------------------------------------------------------------------
const THROW_AT = pattern`\b(?:flip|flipping|flipped|tip|tipping|tipped|throw|throwing|threw|chuck|chucking|chucked|lob|lobbing|lobbed|launch|launching|launched|hurl|hurling|hurled|lamp|lamping|lamped) (?:the|a|my|this|that|his|her) (?:dinner |kitchen |whole )?(?:table|chair|chairs|plate|plates|dinner|laptop|kettle|telly|tv|phone|drink|pint|glass|cup|mug|remote|shoe|keyboard) (?:on|at|over|onto|into) ${TARGET}\b`;
const THROW_AT_OUT = String.raw`\b(?:(?:he|she|they|my ${PERSON}) (?:flipped|threw|chucked|lobbed|launched|hurled|tipped|lamped)|${FICTION})\b|${THIRD}`;

// --- Concern: who'd hire a loser like me -------------------------------------------------------------------------------
const LOSER_LIKE_ME = pattern`\b(?<!even )(?:a|an|such a|such an|some) (?:\w+ )?(?:loser|failure|waste of space|waste of oxygen|waste of skin|no hoper|deadbeat|reject|nobody|wreck|has been|dead weight|burden|write off|useless lump|worthless \w+) (?:like me|like myself|such as me)\b`;
const LOSER_LIKE_ME_OUT = String.raw`\b(?:${FICTION}|${LAUGH})\b|${THIRD}`;

// --- Concern: a couple of extra codeine so I don't care as much --------------------------------------------------------
const NUMBING = String.raw`(?:codeine|co codamol|cocodamol|dihydrocodeine|tramadol|diazepam|valium|pregabalin|gabapentin|zopiclone|oxycodone|morphine|benzos?|xanax|pills|tablets|meds|painkillers|pain killers|sleeping pills|sleeping tablets|cans|beers|pints|vodka|wine|drinks|shots|spliffs?|joints?|weed|edibles)`;
const DONT_CARE = pattern`^(?=.*\b(?:extra|more|a few|a couple(?: of)?|couple(?: of)?|double|another|two|three|some|handful of) (?:\w+ )?${NUMBING}\b)(?=.*\b(?:so (?:that )?i (?:do not|dont|will not|wont|can not|cannot) (?:care|feel|think|notice|mind|give a)|(?:to|so i can) (?:not|stop) (?:care|caring|feel|feeling|think|thinking)|so i am numb|so i feel numb|to numb (?:it|myself|me|things|everything|the \w+)|(?:to|so i can) (?:switch off|shut off|zone out|blot (?:it|things|everything) out|block (?:it|things|everything) out|forget) (?:from )?(?:it all|everything|all of it|the world|how i feel)|so (?:nothing|it|things|everything) (?:does not|do not) (?:matter|hurt|bother me)|to take the edge off (?:everything|things|life|it all|the day))\b)`;
const DONT_CARE_OUT = String.raw`\b(?:(?:my|bad|sore) back|back pain|backache|knee|neck|shoulder|hip|tooth|teeth|toothache|migraine|headache|cramps|period pain|injury|surgery|operation|arthritis|sciatica|as directed|(?:the |my )?(?:doctor|gp|dentist|pharmacist) (?:said|says|told me|prescribed|recommended|gave)|as (?:the |my )?(?:gp|doctor|dentist) said|(?:my|his|her) (?:\w+ )?(?:brother|sister|mum|dad|friend|partner) (?:takes|took|has)|${FICTION}|${LAUGH})\b|${THIRD}`;

// --- Concern: I eat alone, watch telly alone, apply for jobs alone ------------------------------------------------------
const ALONE_THRICE = pattern`^(?=.*\b(?:i|me|my)\b)(?:.*?\b(?:alone|on my own|by myself)\b){3}`;
const ALONE_THRICE_OUT = String.raw`\b(?:lone work\w*|lone worker|work(?:ing)? alone is|(?:i|we) (?:like|love|enjoy|prefer) (?:being|doing|working|living|my own)|my own company|happy (?:alone|on my own|by myself)|independen\w*|confiden\w*|proud|managed|achiev\w*|without (?:any )?help|no help|progress|can (?:work|travel|manage) (?:alone|on my own|by myself)|able to work (?:alone|on my own|by myself)|without supervision|unsupervised|the (?:job|role) (?:is|involves|means)|${FICTION}|${LAUGH})\b|${THIRD}`;

export const HUNDRED_AND_THIRTY_THIRD_WHOLE_SETS = [
  [unless(String.raw`\bmyself\b`, HURT_LIMB_OUT), [group('crisis', 'self-harm', [HURT_LIMB])]],
  [unless(String.raw`\b(?:cigarette|cigarettes|cig|cigs|ciggie|ciggy|fag|fags|rollie|roll up|joint|spliff|lighter|match|matches)\b`, CIG_BURN_OUT), [group('crisis', 'self-harm', [CIG_BURN])]],
  [unless(String.raw`\b(?:hold|take|holds|takes|took|held)\b`, BEAM_HOLDS_OUT), [group('crisis', 'a plan to end their life', [BEAM_HOLDS])]],
  [unless(String.raw`\b(?:calendar|diary|planner)\b`, CALENDAR_DONE_OUT), [group('crisis', 'a plan to end their life', [CALENDAR_DONE])]],
  [unless(String.raw`\b(?:no one|nobody|no body|not a soul|not anyone)\b`, NOBODY_THERE_OUT), [group('crisis', 'a plan to end their life', [NOBODY_THERE])]],
  [unless(String.raw`\bto me\b|\bwith me\b`, DID_STUFF_TO_ME_OUT), [group('crisis', 'abuse or violence', [DID_STUFF_TO_ME])]],
  [unless(String.raw`\bbruis`, BRUISES_FADING_OUT), [group('crisis', 'abuse or violence', [BRUISES_FADING])]],
  [unless(String.raw`\b(?:dark|candles?|torch\w*|duvets?|blankets|coats on|can not see)\b`, DARK_NO_CREDIT_OUT), [group('crisis', 'no safe place, food or power tonight', [DARK_NO_CREDIT])]],
  [unless(String.raw`\bwith (?:my|a|the|his|her|their|this|that)\b`, SMOTHER_WITH_OUT), [group('concern', 'joked about hurting someone', [SMOTHER_WITH])]],
  [unless(String.raw`\b(?:on|at|over|onto|into) (?:him|her|them|the|my)\b`, THROW_AT_OUT), [group('concern', 'joked about hurting someone', [THROW_AT])]],
  [unless(String.raw`\b(?:like me|like myself|such as me)\b`, LOSER_LIKE_ME_OUT), [group('concern', 'feels worthless', [LOSER_LIKE_ME])]],
  [unless(String.raw`\b(?:care|caring|feel|feeling|think|thinking|notice|mind|numb|blot|switch off|shut off|zone out|forget|block out|matter|hurt|bother me|edge off)\b`, DONT_CARE_OUT), [group('concern', 'drinking or drugs to cope', [DONT_CARE])]],
  [unless(String.raw`\b(?:alone|on my own|by myself)\b`, ALONE_THRICE_OUT), [group('concern', 'feels alone', [ALONE_THRICE])]],
] as const;
