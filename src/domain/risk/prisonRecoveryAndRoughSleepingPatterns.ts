// People out of prison or on probation, in recovery from drink or drugs, sleeping rough or in hostels:
// risk said in the words of that life. Gate money spent on enough gear to go over; walking onto the
// tracks before an appointment; smashing a hostel manager's face in; staring at the canal by the lock,
// it's deep there; doing it in the shower room when the staff change shift; doing it at the end of the
// month, got it all worked out; the hostel turned me away and it's ten at night; one day at a time but I
// don't want any more days; back on the pipe; missed my meeting and went to the offy instead; topping up
// on top of my script; thirty-five and can't hold down a job, pathetic; the hostel funding ends and no
// move-on place, might be back out; I'll never get a job; the black cloud's back.
// The same words fill everyday messages of that life (naloxone training, a track-safety card for a rail
// job, the boats going through the lock, doing the CV in my room when everyone's out, the hostel full but
// the council placed me, a youth hostel full on a trip, days off, cutting down on the drink, cans at a
// barbecue, the team meeting and the pub, topping up the phone, the black dog back from the groomers), so
// each set rests on the words that carry the risk together and shuts on the everyday uses, on someone
// else's trouble and on fiction. A laugh does not shut the sets of the client's own suicide wishes, plans
// or ways (going over, the tracks, the water, no more days); it shuts the bare "I'll do it", which a laugh
// shows is about something else.
// Crisis: enough gear to go over; walking onto the tracks; smash his face in; looked at the canal a long
// time, it's deep; doing it in the shower room when the staff change; I'll do it, got it all worked out;
// the hostel refused me, it's 10pm; don't want any more days.
// Concern: back on the pipe; skipped my meeting for the offy; street valium on top of my script; can't
// hold down a job, pathetic; funding ends, no move-on, might be back out; I'll never get a job; the black
// cloud's back.
// Look-alikes of our own are in test/domain/riskHundredAndThirteenthForms.test.ts. Normalised words ("i am"
// for "I'm", "going to" for "gonna", "can not" for "can't", "friend" for "mate", "ill" for "I'll").
import { pattern } from '../riskPatterns.ts';
import { group, LAUGH, NOT_BEFORE, unless } from './wholeMessageSets.ts';

const FICTION = String.raw`film|movie|book|novel|series|episode|character|soap|song|lyrics|documentary|podcast|poem|storyline|script for|play we|sims|minecraft|gta|fortnite|roblox|game|gaming|anime|manga|fanfic`;
/** Someone else's trouble, said of them. */
const THIRD = String.raw`\b(?:my (?:mum|mom|dad|mother|father|brother|sister|friend|son|daughter|nan|gran|grandad|uncle|aunt|auntie|cousin|neighbour|flatmate|colleague|kid|boy|girl|client|patient|husband|wife|partner|boyfriend|girlfriend|sponsor|roommate|cellmate|padmate|pad mate)s?|a friend|the (?:lad|guy|bloke|woman|girl|man|fella) (?:in|next|from|upstairs|downstairs)|(?:he|she|they|hes|shes|theyre)) (?:says|said|keeps saying|told me|texted|messaged|posted|wrote)\b|\bone of the other\b|\b(?:someone|somebody|a resident|residents|service users|clients|people) (?:who|that)\b`;
const TRAINING = String.raw`naloxone|narcan|training|course|module|first aid|awareness|leaflet|poster|peer mentor|support worker|volunteer\w*|research|essay|statistics|stats`;
const DRUG = String.raw`gear|heroin|smack|brown|fent|fentanyl|crack|rock|coke|cocaine|spice|mamba|ket|ketamine|methadone|meth|subutex|subbies|bupe|valium|vallies|diazepam|benzos|xanax|etizolam|pregabalin|gabapentin|tramadol|codeine|oxy|pills|tablets|blues|downers`;

// --- Crisis: enough gear to go over tonight, for good ------------------------------------------------------
const GO_OVER = pattern`\b(?:enough|a load of|a bag of|loads of|a big bag of|all the|double|triple|a massive)(?: \w+)? (?:${DRUG}|drink|vodka|booze) (?:to|so i can|so i) (?:go over|going over|od|overdose|not wake up|never wake up|finish (?:me|myself|it) off|end it|do myself in|go to sleep for good|check out)\b|\b(?:go over|od|overdose|going over)(?: on (?:\w+ )?(?:${DRUG}))?(?: tonight| tomorrow| this weekend| later)? for good\b`;
const GO_OVER_OUT = String.raw`\b(?:${TRAINING}|${FICTION})\b|${THIRD}|\b(?:did not|never|nearly|almost|not) (?:go over|od|overdose|went over|going over)\b|\bin case (?:someone|somebody|anyone|a friend|they|people)\b|\b(?:risk|at risk|most at risk) of\b`;

// --- Crisis: before my appointment I'm walking onto the tracks ---------------------------------------------
const ONTO_TRACKS = pattern`\b(?:i am|ill|i will|i am going to|going to|planning to|i want to|i will just|i am just going to|i am gonna) (?:just )?(?:walk|walking|step|stepping|jump|jumping|lie|lying|lay|laying|stand|standing|go|going) (?:out )?(?:(?:onto|on to|down onto|down on|on) (?:the )?(?:tracks|train tracks|railway line|railway|line at the crossing|motorway)|(?:in front of|under) (?:the |a )?(?:tracks|train tracks|railway line|train|next train|express|lorry|bus|traffic))\b`;
const ONTO_TRACKS_OUT = String.raw`\b(?:network rail|pts|track safety|trackside|track worker|track operative|rail (?:job|work|course|engineer|card)|lookout|engineering|${FICTION})\b|${THIRD}`;

// --- Crisis: gonna smash that hostel manager's face in ------------------------------------------------------
const FACE_IN = pattern`\b(?:going to|ill|i will|i am going to|i want to|i could|i swear i will|i swear ill|i am gonna|i am about to) (?:\w+ )?(?:smash|kick|punch|cave|knock|bash|batter|stamp|put) (?:his|her|their|your|that \w+(?: \w+)?s|the \w+(?: \w+)?s|this \w+s|some \w+s) (?:face|head|teeth|skull|jaw) in\b`;
const FACE_IN_OUT = String.raw`\b(?:not|never|would not|will not|wont) (?:going to |actually |really |ever )?(?:smash|kick|punch|cave|knock|bash|batter|stamp)\b|\b(?:he said|she said|they said|threatened|threatening|said he|said she|said they|${FICTION}|${LAUGH})\b|${THIRD}`;

// --- Crisis: looked at the canal by the lock for a long time, it's deep there --------------------------------
const WATER = String.raw`canal|river|water|weir|lock|reservoir|sea|bridge|edge|tracks|railway|cliff|cliffs|drop|quarry|viaduct|multi storey|car park roof`;
const STARED_DEEP = pattern`^(?=.*\b(?:looked|looking|stared|staring|stood|standing|sat|sitting|looked down|peering|leaning) (?:down )?(?:at|by|over|on|into|off|near|next to) (?:the |that |this )?(?:\w+ )?(?:${WATER})\b)(?=.*\bfor (?:a long time|ages|hours|a good while|a while|so long|over an hour)\b)(?=.*\b(?:it is|its|how|so|really|very|is|looks|was) (?:\w+ )?(?:deep|high|fast|cold|far down|a long way down|a long drop|a big drop)\b)`;
const STARED_OUT = String.raw`\b(?:fish|fishing|carp|pike|rod|angling|boats?|barges?|narrowboats?|canoe\w*|kayak\w*|paddle\w*|swim|swimming|swimmers|ducks|swans|geese|birds|photos?|photograph\w*|painting|sketch\w*|view|sunset|sunrise|stars|fireworks|lifeguard|ranger|canal trust|volunteer\w*|engineer\w*|survey\w*|${FICTION})\b|${THIRD}`;

// --- Crisis: when the staff change shift I'm doing it in the shower room; I'll do it, got it all worked out ----
const DOING_IT = String.raw`(?:i am (?:doing|going to do|gonna do) it|ill do it|i will do it|i am going to do it|going to do it|i will be doing it|doing it)`;
const WHEN_UNSEEN = pattern`\b(?:when|once|after|as soon as|while) (?:the )?(?:staff|night staff|guards|screws|officers|nurses|workers|the others|everyone|everybody|they|lights|the house|my padmate|my cellmate|my roommate) (?:\w+ ){0,2}?(?:change|changes|swap|swaps|go|goes|leave|leaves|are asleep|is asleep|go to bed|out|off|do their rounds|finish|finishes|handover|hand over|change over|changeover)\b.*\b${DOING_IT} in (?:the |my )?(?:shower room|showers?|bathroom|toilets?|loos?|cell|laundry room|room|pad)\b|\b${DOING_IT} in (?:the |my )?(?:shower room|showers?|bathroom|toilets?|loos?|cell|laundry room|pad)\b.*\b(?:when|once|after|as soon as|while) (?:the )?(?:staff|night staff|guards|screws|officers|nurses|the others|everyone|they|lights)\b`;
const ALL_WORKED_OUT = pattern`\b${DOING_IT}\b.*\b(?:got|have got|i have got|i have|it is|its|all|everything is|everything) (?:it )?(?:all )?(?:worked out|planned|planned out|figured out|thought through|sorted|arranged)(?: now| already)? ?$|\b(?:got|have got|i have got|i have) (?:it )?all (?:worked out|planned|planned out|figured out|thought through)\b.*\b${DOING_IT}\b(?! (?:for|with|to) )`;
const DOING_IT_OUT = String.raw`\b(?:cv|application|applications|form|forms|course|assignment|homework|essay|move|moving|removal|van|childminder|childcare|paperwork|claim|appeal|presentation|driving test|theory test|exam|painting|decorat\w*|tiling|grout|plumbing|washing up|hair|dye|bleach my|shave|shaving|tattoo|payment plan|direct debit|delivery|booking|rota|overtime|cover letter|${FICTION}|${LAUGH})\b|${THIRD}`;

// --- Crisis: the hostel refused me, it's 10pm ------------------------------------------------------------
const LATE = String.raw`(?:it is|its|now|and it is|nearly|almost|gone|past|after) (?:\d+ ?pm|\d+ at night|(?:9|10|11|12|nine|ten|eleven|midnight|twelve)(?: o clock)?(?: at night)?|late|dark|pitch black|freezing)|\btonight\b|\bnowhere (?:to go|to sleep|to stay) tonight`;
const TURNED_AWAY = pattern`^(?=.*\b(?:hostel|shelter|night shelter|nightshelter|refuge|b and b|bnb|emergency accommodation|emergency housing|temp accommodation|temporary accommodation|housing|council|sit up|the ap|approved premises|hotel)\b(?: \w+){0,3}? (?:refused|turned|kicked|will not|would not|wont|said no|is full|are full|was full|were full|has no|have no|had no|would not let|will not let|barred|banned|closed)\b)(?=.*\b(?:refused me|turned me away|turned me down|kicked me out|threw me out|will not (?:take|have|let) me|would not (?:take|have|let) me|no beds?|no room|no space|full|barred me|banned me|said no)\b)(?=.*(?:${LATE}))`;
const TURNED_AWAY_OUT = String.raw`\b(?:youth hostel|hostelworld|yha|travelodge|premier inn|airbnb|cheap (?:places?|hotels?|rooms?)|booked|booking|put me (?:in|up)|placed me|booked me|got me (?:in|into|a)|i am (?:settled|sorted|safe|inside|in now)|found (?:me )?(?:a|another) (?:bed|room|place)|got (?:a|another) (?:bed|room|place)|sorted (?:me )?(?:a|another)|staying with|sofa|my (?:mums|dads|sisters|brothers|friends|nans|partners|cousins|aunties)|vacancy|volunteer\w*|last (?:week|month|year)|years ago|back then|when i was|${FICTION}|${LAUGH})\b|${THIRD}`;

// --- Crisis: one day at a time, but I don't want any more days ---------------------------------------------
const NO_MORE_DAYS = pattern`\b(?:do not|no longer|do not even|do not really|just do not) want (?:any more|anymore|any|more|many more) (?:days|tomorrows|mornings|birthdays|christmases|years)\b(?! (?:off|like|at|in|on|of (?:work|training|this|that|the)|working|sick|holiday|leave|unpaid|added|a week|per week|shifts?|doing|stuck|sat|wasted|without))|\b(?:do not|no longer|do not even|just do not) want (?:to (?:see|wake up to|face|live|get through|do) )?(?:another|one more) (?:day|morning|tomorrow|year|birthday|christmas)(?: of (?:this|living|life|being alive|being here|it))?(?: any more| anymore| honestly| to be honest| really)? ?$`;
// Not wanting to see, or hoping never to see, another season or feast day, said and left there: a wish to be
// dead (a lead's probe found "another new year", "another spring" unread where "another christmas" was read).
const OCCASION = String.raw`(?:new year|new years|spring|summer|autumn|winter|easter|eid|diwali|bonfire night|halloween|christmas|xmas|birthday|anniversary|year)`;
/** The wish said and left there: only a filler may follow the occasion. */
const LEFT_THERE = String.raw`(?: honestly| to be honest| really| if i am honest| either| any more| anymore)? ?$`;
const NO_MORE_SEASONS = pattern`\b(?:do not|no longer|do not even|do not really|just do not|not sure i|not sure if i|do not think i) (?:want|wanna|want to|really want) ?(?:to )?(?:see|live to see|be (?:here|around) for|make it to|get to|last till|last until) (?:another|one more|next|the next) ${OCCASION}${LEFT_THERE}|\b(?:hope|hoping|pray|praying|wish) (?:that )?i (?:do not|never|will not|will never|would not) (?:see|live to see|make it to|have to see|get to see) (?:another|one more|next|the next) ${OCCASION}${LEFT_THERE}`;
// Only their own wish shuts it: a sponsor's or keyworker's advice quoted around it is the client's own words.
const NO_MORE_DAYS_OUT = String.raw`\b(?:${FICTION})\b|\b(?:he|she|they|hes|shes|theyre) (?:does not|do not|did not|no longer|just does not|just do not) want\b|\b(?:my \w+|he|she|they) (?:says|said|keeps saying|told me) (?:that )?(?:he|she|they)\b`;

// --- Concern: back on the pipe ------------------------------------------------------------------------------
const BACK_ON = pattern`${NOT_BEFORE}\b(?:back on|started on|been on|relapsed on|back to|straight back on|on the) (?:the )?(?:pipe|gear|brown|smack|crack|heroin|rock|white|spice|mamba|bottle|booze|drink|sauce|cans|ket|benzos|vallies)(?! (?:for (?:a|the)|bottle|bank|shop))\b(?=.*\b(?:since|again|because|cos|after|every|all|when|last|this|every day|daily|and)\b)`;
const BACK_ON_OUT = String.raw`\b(?:(?:my|the|our) (?:\w+ ){0,2}?\w+s|he|she|hes|shes|they|theyre|him|her|them)(?: (?:is|has|have|are|been|was|gone|went|got|back|again))* (?:straight )?(?:back on|on|started on|relapsed on) (?:the )?(?:pipe|gear|brown|smack|crack|heroin|rock|white|spice|mamba|bottle|booze|drink|sauce|cans|ket|benzos|vallies)\b|\b(?:babys?|babies|formula|feed|feeding|breastfeed\w*|milk|newborn|water bottle|gas|barbecue|bbq|party|wedding|birthday|footy|football|the match|festival|stag|hen do|celebrat\w*|rock (?:climbing|band|music|concert|gig)|rocks|the rock|climbing|bouldering|${TRAINING}|${FICTION}|${LAUGH})\b|${THIRD}|\b(?:never|not|no way|not ever) (?:going |gonna |go |went |be going )?(?:back on|back to)\b|\b(?:stayed|staying|kept|keeping) off\b|\b(?:cut|cuts|cutting|easing|eased|ease) (?:right |way )?(?:down|back|off) on the\b|\b(?:go|going|went|gone) (?:easy|easier) on the\b`;

// --- Concern: missed my meeting and went to the offy instead -------------------------------------------------
const OFFY = String.raw`offy|offie|off licence|offlicence|pub|bookies|dealers?|the dealer|my dealers|shop for (?:cans|vodka|cider|booze|a bottle)`;
const SKIPPED_MEETING = pattern`\b(?:missed|skipped|bunked|blew off|did not go to|did not make|never went to|walked past|swerved|could not face) (?:my |the |our )?(?:meeting|aa|na|ca|group|aa meeting|na meeting|ca meeting|recovery group|recovery meeting|key ?work(?:er)? (?:session|appointment)|keyworker|sponsor|script|methadone|drug service|alcohol service|recovery)\b.*\b(?:went|ended up|go|going|headed|walked|straight) (?:to|in|into|down|round|at) (?:the )?(?:${OFFY})\b|\b(?:went|ended up|go|going|headed|walked) (?:to|in|into|down|round|at) (?:the )?(?:${OFFY}) instead of (?:going to )?(?:my |the )?(?:meeting|group|aa|na|ca|appointment|key ?worker|sponsor|recovery|script)\b`;
const SKIPPED_OUT = String.raw`\b(?:team meeting|staff meeting|work meeting|board meeting|meeting at work|zoom meeting|teams meeting|birthday|leaving do|quiz|match|the game|celebrat\w*|christmas do|karaoke|${FICTION}|${LAUGH})\b|${THIRD}`;

// --- Concern: street valium on top of my script ---------------------------------------------------------------
const ON_TOP_OF_SCRIPT = pattern`\b(?:topping up|top up|topped up|topping it up|using|buying|taking|doing|scoring|getting|having|necking|smoking|injecting|on) (?:with |on |some |a bit of |the )?(?:street |bought |dodgy |extra )?(?:${DRUG}|drink|booze|vodka|cans)\b.*\bon top of (?:my |the |me )?(?:script|methadone|meth|subutex|subbies|bupe|buprenorphine|espranor|prescription|dose|meds|medication)\b|\b(?:topping up|top up|topped up|topping it up) (?:with|on) (?:some |a bit of |the )?(?:street |bought |dodgy )?(?:${DRUG}|drink|booze|vodka|cans)\b|\b(?:street|dodgy|black market|fake|off the street|bought|buying|score|scoring) (?:valium|vallies|diazepam|benzos|xanax|etizolam|pregabalin|gabapentin|tramadol|codeine|methadone|subutex|subbies|blues)\b`;
const ON_TOP_OUT = String.raw`\b(?:(?:gp|doctor|psychiatrist|prescriber|pharmacist) (?:has )?(?:prescribed|gave|added|upped|increased)|dentist|vet|top(?:ping|ped)? up (?:my |the )?(?:phone|credit|oyster|card|meter|electric|gas)|${TRAINING}|${FICTION}|${LAUGH})\b|${THIRD}|\b(?:do not|never|stopped|not) (?:top|topping|use|using|buy|buying|take|taking)\b`;

// --- Concern: 35 and can't hold down a job, pathetic -----------------------------------------------------------
const PATHETIC = String.raw`pathetic|useless|a failure|a loser|a joke|embarrassing|ashamed|a disgrace|a waste of space|a waste of oxygen|worthless|a mess|sad really|tragic|a let down|a letdown|what is wrong with me`;
const CANT_HOLD_JOB = pattern`^(?=.*\b(?:${PATHETIC})\b)(?=.*(?:^|\b(?:i|and|but|still|even|just|so|i just|i still|\d+|thirty|forty|fifty|twenty|years old|year old)) (?:still )?(?:can not|cannot|could not|never|unable to|never been able to|have never been able to) (?:even |seem to )?(?:hold down|keep|hold|keep down|stick at|last in) (?:a|any|one|an|even a|down a|a single)\b(?: \w+){0,3}? (?:job|jobs|tenancy|relationship|place|flat|position|role)\b)`;
const CANT_HOLD_OUT = String.raw`\b(?:${FICTION}|${LAUGH})\b|${THIRD}|\b(?:he|she|they|my ex|his|her) (?:can not|cannot|could not|never)\b|\b(?:not|never) (?:pathetic|useless|a failure)\b`;

// --- Concern: the hostel funding ends and no move-on, might be back out ---------------------------------------
const HOUSED = String.raw`hostel|supported housing|supported accommodation|accommodation|the ap|approved premises|my ap|ap time|placement|tenancy|bed|room|b and b|bnb|hotel|move on|housing`;
const BACK_OUT = pattern`^(?=.*\b(?:${HOUSED})\b)(?=.*\b(?:might|could|will|would|going to|probably|likely to|may|ill|i will|i will be|i could|i might|i am) (?:\w+ )?(?:be |end up )?(?:back (?:out|on the streets?|rough sleeping|sleeping rough|in a tent|in a doorway|in the doorways?|on the street|homeless|sofa surfing|in the tent|on the bench)|on the streets?|homeless again|sleeping rough again|rough sleeping again)\b(?! (?:of|to|in (?:work|the office|the job|a job)|there (?:dating|job hunting|applying|looking)|and about|with)))`;
const RUNS_OUT = pattern`\b(?:hostel|supported housing|supported accommodation|ap|approved premises|accommodation|b and b|bnb|hotel|temp accommodation|temporary accommodation|bed|room|tenancy)(?: \w+){0,2}? (?:funding |time |stay |place |licence |placement )?(?:ends|runs out|is up|finishes|expires|stops|is ending|is running out|ending|running out|will end|will run out|is over)\b.*\b(?:no|nothing|not got|have not got|got no|nowhere|not found) (?:\w+ )?(?:move on|move on place|place|accommodation|housing|flat|room|lined up|sorted|to go|to move to|offered|found|after)\b`;
const BACK_OUT_OUT = String.raw`\b(?:back out (?:of|to|in)|work placement|job placement|placement (?:year|student)|student|university|uni|halls|holiday|hotel job|hotel work|room for improvement|back out there (?:dating|applying|job)|bedroom tax|${FICTION}|${LAUGH})\b|${THIRD}`;

// --- Concern: I'll never get a job --------------------------------------------------------------------------
const NEVER_JOB = pattern`(?:^|\b(?:honestly|i think|i feel like|feels like|feel like|and|so|but|really|seriously|just|probably|i know|face it|let us face it|realistically)) ?(?:ill|i will|i am|i am just|i will just|i am honestly) never (?:going to |gonna |ever )?(?:(?:get|find|land|be given|be offered) (?:a |any |another |a proper |a real |a decent |a normal )?(?:\w+ )?(?:job|jobs|work|employment)|be (?:employed|hired|taken on)|work again)\b(?! (?:if|unless|without|until|like that|like this|with that|at|as|doing|there|done|finished|sorted|in (?!my life|this town|this city|this country|this world|the world|here)))`;
const NEVER_JOB_OUT = String.raw`\b(?:thought|prove[dn]? (?:\w+ )?wrong|proving (?:\w+ )?wrong|offered|offer|hired|start (?:on|monday|tomorrow|next)|starting (?:on|monday|tomorrow|next|my new|the job)|got the job|got a job|got one|finally|said i|told me i|used to think|i thought|thought i would|you will never|${FICTION}|${LAUGH})\b|${THIRD}`;

// --- Concern: the black cloud's back ------------------------------------------------------------------------
const BLACK_CLOUD = pattern`\b(?:the|that|my|this|old) (?:black|dark|grey|big black|big dark) (?:cloud|clouds|dog|fog|hole|pit|mood|place|cloud is|dog is|cloud has|dog has)s? (?:is |has |has come |have come |are |coming |come |creeping |creeping back|settled |settling )?(?:back|over me|hanging over me|on me|in again|again|returned)\b|\bi am back in (?:the|that) (?:black|dark) (?:hole|place|pit)\b`;
const BLACK_CLOUD_OUT = String.raw`\b(?:rain|raining|forecast|weather|sky|skies|storm|thunder|umbrella|washing|sunny|walkies|walk (?:him|her|the dog)|vet|vets|groomer\w*|kennel\w*|lead|lab|labrador|puppy|collar|fur|barking|lost (?:him|her|the dog)|went missing|found (?:him|her)|smoke from|chimney|bonfire|exhaust|vape|cave|caving|pothole|golf|band|album|${FICTION}|${LAUGH})\b|${THIRD}`;

export const HUNDRED_AND_THIRTEENTH_WHOLE_SETS = [
  [unless(String.raw`\b(?:go over|going over|od|overdose|not wake up|never wake up|finish|end it|do myself in|for good|check out)\b`, GO_OVER_OUT), [group('crisis', 'a plan to end their life', [GO_OVER])]],
  [unless(String.raw`\b(?:tracks|railway|train|express|lorry|bus|traffic|motorway)\b`, ONTO_TRACKS_OUT), [group('crisis', 'a plan to end their life', [ONTO_TRACKS])]],
  [unless(String.raw`\b(?:face|head|teeth|skull|jaw) in\b`, FACE_IN_OUT), [group('crisis', 'harm to someone else', [FACE_IN])]],
  [unless(String.raw`\b(?:deep|high|fast|cold|far down|a long way down|a long drop|a big drop)\b`, STARED_OUT), [group('crisis', 'thinking about a way to end their life', [STARED_DEEP])]],
  [unless(String.raw`\bdo(?:ing)? it\b`, DOING_IT_OUT), [group('crisis', 'a plan to end their life', [WHEN_UNSEEN, ALL_WORKED_OUT])]],
  [unless(String.raw`\b(?:refused|turned|kicked|threw|will not|would not|wont|said no|full|no beds?|no room|no space|barred|banned|closed)\b`, TURNED_AWAY_OUT), [group('crisis', 'no safe place, food or power tonight', [TURNED_AWAY])]],
  [unless(String.raw`\bwant (?:to (?:see|wake up to|face|live|get through|do) )?(?:any more|anymore|any|more|many more|another|one more)\b`, NO_MORE_DAYS_OUT), [group('crisis', 'wishes to be dead', [NO_MORE_DAYS])]],
  [unless(String.raw`\b(?:see|make it to|be (?:here|around) for|get to|last (?:till|until)) (?:another|one more|next|the next)\b`, NO_MORE_DAYS_OUT), [group('crisis', 'wishes to be dead', [NO_MORE_SEASONS])]],
  [unless(String.raw`\b(?:pipe|gear|brown|smack|crack|heroin|rock|white|spice|mamba|bottle|booze|drink|sauce|cans|ket|benzos|vallies)\b`, BACK_ON_OUT), [group('concern', 'drinking or drugs to cope', [BACK_ON])]],
  [unless(String.raw`\b(?:${OFFY})\b`, SKIPPED_OUT), [group('concern', 'drinking or drugs to cope', [SKIPPED_MEETING])]],
  [unless(String.raw`\b(?:on top of|topping up|top up|topped up|topping it up|street|dodgy|black market|fake|bought|buying|score|scoring)\b`, ON_TOP_OUT), [group('concern', 'drinking or drugs to cope', [ON_TOP_OF_SCRIPT])]],
  [unless(String.raw`\b(?:hold down|keep|hold|keep down|stick at|last in)\b`, CANT_HOLD_OUT), [group('concern', 'feels worthless', [CANT_HOLD_JOB])]],
  [unless(String.raw`\b(?:back (?:out|on the|rough|sleeping|in|homeless|sofa)|on the streets?|homeless again|rough again|move on|nothing lined up|nowhere to go)\b`, BACK_OUT_OUT), [group('concern', 'may lose their home', [BACK_OUT, RUNS_OUT])]],
  [unless(String.raw`\bnever\b`, NEVER_JOB_OUT), [group('concern', 'hopelessness', [NEVER_JOB])]],
  [unless(String.raw`\b(?:black|dark|grey)\b`, BLACK_CLOUD_OUT), [group('concern', 'low mood', [BLACK_CLOUD])]],
] as const;
