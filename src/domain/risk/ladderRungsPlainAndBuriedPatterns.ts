// A plain mix walking the Columbia ladder rung by rung: the thought, the method, the intent, the
// plan, said plainly or buried in a practical message, and the harms done by others. This file
// reads the kinds that slipped through.
// Crisis: "if i stepped in front of the 7:40 express", a named train or service rather than "a
// train"; "i am going to do it, i have decided" said alone; a day and a place and "that is all i am
// saying"; "when the money runs out, that is my date"; going to get a gun "and sort this out"; a
// split lip or black eye with "do not ask"; sleeping with the agency boss or else no shifts; "not
// really allowed out on my own"; a partner who had them quit because the manager was a man; the
// hostel full and the council closed.
// Concern: drinking on their own again; codeine when not in pain, to make everything quieter;
// friends who stopped messaging once the job went; this chat "the highlight of my day", and sad;
// "could not face it, just stayed in bed"; "could have killed the interviewer".
// Read in the whole message, so the classifier's training text is not rewritten. Look-alikes of
// our own are in test/domain/riskFiftySixthForms.test.ts. Normalised words ("ill" is "i will").
import { pattern, type RiskPatternGroup } from '../riskPatterns.ts';
import { group, NOT_BEFORE, unless } from './wholeMessageSets.ts';

const PARTNER = String.raw`(?:he|she|my (?:husband|wife|partner|boyfriend|girlfriend|fiance|fiancee|ex))`;

// --- Crisis -------------------------------------------------------------------------------------
const SERVICE = String.raw`(?:(?:the|a) (?:\d+ \d+ |\d+ |next |early |late |last |first |morning |evening |fast |non stop |)(?:express|train|intercity|freight|freight train|commuter train|tube|sleeper|service|overground|goods train|tram|lorry|bus)|(?:the|a) train)`;
const STEP_IN_FRONT = pattern`${NOT_BEFORE}\b(?:if i|i could|i might|i will|i would|i am going to|i want to|i keep thinking i could|thought about|thinking about|tempted to|i could just|what if i|i nearly|i almost)(?: just)? (?:stepped|step|stepping|walked|walk|walking|jumped|jump|jumping|lay down|lie down|lay|threw myself|throw myself) (?:out )?(?:in front of|under|onto the tracks in front of) ${SERVICE}\b`;
const NOT_STEP = String.raw`\b(?:phone|not looking|was not looking|distracted|by accident|accidentally|headphones|traffic lights|pedestrian|crossing the road|cyclist|bike|my kid|my son|my daughter|the dog|someone|a man|a woman|a person|delay\w*|news|film|game|episode|book|novel)\b`;

const DECIDED = pattern`^(?:i am|i m) (?:going to|gonna|actually going to|really going to) do it(?: (?:now|tonight|today|this time|soon))? (?:i have|i ve|i) (?:decided|made up my mind|made my mind up)$|^(?:i have|i ve) (?:decided|made up my mind|made my mind up) (?:i am|i m) (?:going to|gonna) do it(?: (?:now|tonight|today|this time|soon))?$`;

const DAY = String.raw`(?:mon|monday|tue|tues|tuesday|wed|weds|wednesday|thu|thur|thurs|thursday|fri|friday|sat|saturday|sun|sunday|tomorrow|tonight|this weekend|next week)`;
const HIGH = String.raw`(?:flyover|overpass|bridge|viaduct|multi storey|car park roof|cliff|cliffs|tracks|railway|the line|level crossing|quarry|reservoir|river|canal|tower block|roof|motorway bridge|pier|weir)`;
const SAYING_NO_MORE = String.raw`(?:that is all i am saying|that is all i will say|that is all i am going to say|i will not say more|i am not saying more|i am not saying any more|say no more|enough said|nothing more to say|that is all)`;
const DAY_PLACE_SAYING = pattern`^(?:on )?${DAY}(?: (?:night|morning|evening|afternoon|at \d+))? (?:the |at the |by the |off the )?${HIGH} ${SAYING_NO_MORE}$|^(?:the )?${HIGH} (?:on )?${DAY}(?: (?:night|morning|evening))? ${SAYING_NO_MORE}$`;
const NOT_DAY_PLACE = String.raw`\b(?:traffic|roadworks|closed|closure|jam|queue|meet|meeting|walk|run|photo\w*|fishing|match|game|party|gig)\b`;

const MONEY = String.raw`(?:the|my|our) (?:money|savings|cash|benefits|universal credit|uc|redundancy money|redundancy pay|payout|overdraft|last of the money|pension pot)`;
const MY_DATE = pattern`\bwhen ${MONEY} (?:runs out|run out|has run out|have run out|is gone|are gone|is all gone|are all gone|goes|dries up|ends|stops)\b(?: \w+){0,2}? (?:that is|that will be|is|will be) (?:my|the) (?:date|day|deadline|end date|exit|exit date|time|cut off)$|\bwhen ${MONEY} (?:runs out|run out|has run out|have run out|is gone|are gone|is all gone|are all gone|dries up) (?:that is it for me|i am gone|i am done|i go|i will go|i am checking out|i will end it|that is me done)$`;
const NOT_MY_DATE = String.raw`\b(?:move|moving|home|back to|job|work|start|sell|selling|notice|landlord|parents|mum|dad|visa|flight|travel|holiday|course|uni|contract|apply|applying|sign on|claim)\b`;

const FIREARM = String.raw`(?:gun|guns|shotgun|rifle|pistol|handgun|shooter|strap|piece|machete)`;
const GET_GUN = pattern`\b(?:going to|gonna|i will|i am going to|about to|i am off to|off to) (?:get|grab|borrow|fetch|take|dig out) (?:my |a |the |his |her |their |my \w+ |my \w+s |my \w+ s )?${FIREARM}\b(?: \w+){0,3}? (?:and|to) (?:sort (?:this|it|him|her|them|things|that|this lot) out|sort out|deal with|settle|end this|finish this|go round|pay (?:him|her|them) a visit|teach|see (?:him|her|them)|sort (?:him|her|them))\b`;
const NOT_GUN = String.raw`\b(?:glue|nail|staple|heat|caulk|caulking|sealant|silicone|spray|grease|water|nerf|toy|airsoft|paintball|game|fortnite|call of duty|cod|gta|warzone|clay|range|shooting club|starting|air rifle for|vermin|rabbits|pigeons|farm|lol|haha)\b`;

const INJURY = String.raw`(?:split lip|fat lip|busted lip|bust lip|cut lip|black eye|shiner|bruised face|broken nose|bruised ribs|cracked rib|bruises on my (?:arms?|neck|face|wrists?)|bruise on my (?:face|neck|arms?|wrist)|finger ?marks on my (?:neck|arms?)|marks on my neck)`;
const DONT_ASK = pattern`\b(?:got|have|have got|with|woke up with|sporting|nursing|another) (?:a |an |another |two )?${INJURY}\b(?=.*\b(?:do not ask|best not ask|better not ask|long story|do not want to talk about it|not talking about it|not going into it|rather not say|rather not talk about it|do not go there)\b)`;
const NOT_INJURY = String.raw`\b(?:kickboxing|sparring|boxing|box|mma|judo|karate|jiu jitsu|bjj|rugby|football|hockey|netball|cricket|match|game|training|gym|fell|fall|tripped|trip|slipped|bike|cycling|skat\w*|climbing|dog|cat|horse|kid|kids|toddler|baby|son|daughter|nephew|niece|door|cupboard|lamppost|pints|drunk|night out|dentist|surgery|operation|filler|botox|cold sore|allergic|film|role|costume|makeup|halloween)\b`;

const SEX_OR = String.raw`(?:sleep with|have sex with|go to bed with|shag|hook up with|do stuff with|do things with|send (?:him|her) (?:nudes|pics|photos))`;
const JOB_LOST = String.raw`(?:shifts|hours|work|the job|a job|job|contract|paid|rota|placement|role|reference|visa|the rent|my wages|promotion)`;
const SEX_FOR_SHIFTS = pattern`\bif i (?:do not|will not|refuse to|say no to|do not want to) ${SEX_OR} (?:him|her|them)\b(?: \w+){0,3}? (?:i|then i) (?:do not|will not|would not|will|would|can not) (?:get|lose|have|keep|be given|be getting) (?:any |no |my |more |the )?${JOB_LOST}\b|\b(?:wants|expects|told|asked|says|said|keeps asking) me to ${SEX_OR} (?:him|her|them) (?:for|to get|to keep|or i lose|or lose|or no|or i will not get|if i want) (?:more |my |the |any |a )?${JOB_LOST}\b`;
const NOT_SEX = String.raw`\b(?:film|show|episode|series|novel|book|story|character|storyline|soap|drama|game|lol|haha)\b`;

const NOT_OUT = pattern`\bi am (?:not|never) (?:really |actually |exactly |usually |normally |meant to be |supposed to be )?(?:allowed|let) (?:out|to go out|to leave the house|out of the house|to go anywhere|anywhere|to go places) (?:on my own|alone|by myself|without (?:him|her|them|my (?:husband|wife|partner|boyfriend|girlfriend)))\b|\b${PARTNER} (?:does not|will not|never|do not) (?:let|lets|allow|allows) me (?:go )?(?:out|leave the house|go anywhere|out of the house) (?:on my own|alone|by myself|without (?:him|her))\b`;
const NOT_NOT_OUT = String.raw`\b(?:seizures?|epilep\w*|fits|surgery|operation|anaesthetic|sedat\w*|doctor|gp|consultant|hospital|dementia|covid|isolat\w*|quarantine|bail|tag|tagged|curfew|probation|licence|mum|dad|mam|parents|my age|years old|school|kid|kids|son|daughter|dog|puppy|cat|game|film)\b`;

const QUIT_FOR_MAN = pattern`\b${PARTNER} (?:told|made|forced|wanted|asked|got|pressured|pushed) me (?:to )?(?:quit|leave|give up|hand in my notice at|turn down|pack in|stop going to|drop) (?:the |my |this |that )?(?:job|role|placement|course|work|apprenticeship|volunteering|shifts)\b.*\bbecause (?:the |my |a |there (?:was|were) )?(?:\w+ )?(?:manager|boss|supervisor|colleague|colleagues|trainer|tutor|teacher|coworkers?|team|staff|owner|chef|men|man|lads|blokes)(?: \w+)? (?:was|were|is|are|there|talked|talking|spoke|speaks|smiled|texted|messaged|looked)\b(?=.*\b(?:a man|a woman|men|women|male|female|a guy|a bloke|blokes|lads|there|to me|at me|me)\b)`;
const NOT_QUIT = String.raw`\b(?:bullying|bullied|harass\w*|creep\w*|touched me|groped|inappropriate|racist|sexist|pay|paid|wages|hours|commute|far|unsafe|dangerous)\b`;

const SHELTER_FULL = pattern`\b(?:hostel|hostels|shelter|shelters|night shelter|refuge|refuges|emergency housing|emergency accommodation|b and b|the sally army|salvation army)(?: is| are| was| were)? (?:full|fully booked|no beds|no room|turned me away|said no|has no beds|have no beds|had no beds|has no space|have no space)\b(?=.*\b(?:council|housing office|housing|helpline|office|out of hours|shelter line|streetlink)\b.*\b(?:closed|shut|not answering|no answer|voicemail|engaged)\b|.*\b(?:nowhere to (?:go|sleep|stay)|on the streets?|sleeping rough|sleep rough|in the rain|outside tonight)\b)`;
const NOT_SHELTER = String.raw`\b(?:volunteer\w*|work at|work in|my shift|job at|job in|support worker|applying|application|interview|my friend|my brother|my sister|a client|clients|residents|service users|festival|holiday|trip|travel\w*|backpack\w*|interrail|booking|booked|city break|hotel|airbnb|hostelworld|gap year|dog|cat|animal|rescue)\b`;

// --- Concern ------------------------------------------------------------------------------------
const DRINKING_ALONE = pattern`${NOT_BEFORE}\b(?:drinking|drank|drunk|got drunk|getting drunk|been drinking|on the wine|on the cans|on the vodka|sat with a bottle) (?:on my own|alone|by myself)\b(?=.*\b(?:again|every night|most nights|till|until|each night|all night|every day|most days|lately|a lot|more and more|every evening)\b)`;
const NOT_DRINKING = String.raw`\b(?:coffee|tea|water|juice|smoothie|protein|milk|pop|coke zero|diet coke|film|game|holiday|hotel|lol|haha)\b`;
const PILLS = String.raw`(?:codeine|co codamol|tramadol|painkillers|pain killers|pills|tablets|diazepam|valium|sleeping pills|pregabalin|gabapentin|morphine|oxycodone|xanax|benzos?|zopiclone|nurofen plus|cocodamol)`;
const QUIETER = pattern`${NOT_BEFORE}\b(?:taking|take|took|popping|using|having|started taking|been taking) (?:the |my |some |a few )?${PILLS}\b(?: \w+){0,3}? when i am not (?:in pain|hurting|ill|sick|sore|in any pain)\b|\b${PILLS}\b(?: \w+){0,4}? (?:makes|make|made|to make) (?:everything|it all|the world|my head|things|life|the noise|the thoughts) (?:quieter|quiet|go quiet|softer|fuzzy|numb|go away|slow down|stop)\b`;
const NOT_PILLS = String.raw`\b(?:dog|cat|vet|puppy|kitten|horse|nan|grandad|grandma|mum|dad|patient|patients|client|clients|resident|residents|pharmacy course|exam|revision)\b`;

const STOPPED_MESSAGING = pattern`\b(?:my )?(?:friends|everyone|people|my family|family|the lads|the girls|my old colleagues|old colleagues|my work friends)(?: all| just| basically)? (?:stopped|have stopped|has stopped|have all stopped|all stopped|slowly stopped|just stopped) (?:messaging|texting|calling|ringing|inviting me|asking me out|getting in touch|contacting me|replying|checking in|talking to me)\b(?: me)?(?: \w+){0,3}? (?:once|since|after|when|the minute|as soon as) (?:i|my) (?:lost|got made redundant|was made redundant|got sacked|was sacked|got fired|was fired|left|split|broke up|got ill|got sick|became ill|stopped working|finished work|was let go|got let go)\b`;
const NOT_STOPPED = String.raw`\b(?:group chat for|spam|bot|newsletter|recruiters?|agencies|agency|the customers|clients|lol|haha)\b`;

const HIGHLIGHT = pattern`\b(?:this chat|this app|talking to you|these chats|our chats|these sessions|our sessions|this bot|messaging you|chatting to you|chatting with you|talking to this|you)(?: is| are| have been| has been)? (?:honestly |probably |genuinely |literally |basically |kind of )?(?:the )?(?:highlight|best part|only good part|only nice part|only thing i look forward to|only conversation i have|only one i talk to) (?:of|in) my (?:day|week|days)\b`;
const SAD = String.raw`\b(?:sad|pathetic|tragic|lonely|embarrassing|depressing|is that bad|is that weird|sorry|how sad|says a lot|tells you everything|only)\b`;

const STAYED_IN_BED = pattern`\b(?:could not|can not|cannot|did not|could not bring myself to) face (?:it|anything|the day|them|the applications|the forms|getting up|people|the world|the job search|applying|anyone|the cv|any of it)\b(?: \w+){0,3}? (?:just )?(?:stayed|stay|staying|lay|lying|laid|hid|hiding) (?:in bed|under the duvet|under the covers|in my room)\b|\b(?:did not|could not) (?:do|send|finish|start|open) (?:the |my |any )?(?:applications|application|forms|cv|job search|emails)\b(?: \w+){0,4}? (?:just )?(?:stayed|lay|laid|hid) (?:in bed|under the duvet|under the covers)(?: all day)?$`;
const NOT_BED = String.raw`\b(?:flu|covid|sick|ill|migraine|temperature|fever|period|cramps|back pain|bad back|injured|injury|broke my|night shift|nights|vomit\w*|bug|hangover|hungover|operation|surgery|lol|haha)\b`;

const STAFF = String.raw`(?:interviewer|interviewers|recruiter|recruiters|panel|manager|boss|adviser|advisor|work coach|job coach|receptionist|supervisor|hr (?:lady|woman|man|guy|person)|assessor|examiner|customer|colleague|coworker|landlord|job centre (?:guy|woman|lady|man|bloke)|agency (?:guy|woman|lady|man|bloke)|trainer)`;
const COULD_HAVE_KILLED = pattern`\b(?:could have|could of|i could have|i nearly|i almost|nearly|almost|wanted to|i wanted to) (?:killed|murdered|strangled|throttled|punched|slapped|decked|smacked|kill|murder|strangle|throttle) (?:the|my|that|this|our) (?:\w+ )?${STAFF}\b`;
const NOT_KILLED = String.raw`\bfor (?:a|an|some|one) (?:coffee|brew|cuppa|tea|pint|drink|cig|cigarette|fag|sandwich|biscuit|nap|sleep|lie in)\b|\b(?:game|fortnite|boss fight|level|dungeon|raid|film|episode|character|in the dream|dreamt|dreamed)\b`;

/** [gate on the whole message, groups read in it] as rules.ts reads whole-message sets. */
export const FIFTY_SIXTH_WHOLE_SETS: readonly (readonly [RegExp, readonly RiskPatternGroup[]])[] = [
  [unless(String.raw`\b(?:in front of|under)\b`, NOT_STEP), [group('crisis', 'thinking about a way to end their life', [STEP_IN_FRONT])]],
  [/^(?:i am|i m|i have|i ve) .*\bdo it\b|decided$|mind up$/, [group('crisis', 'intends to end their life', [DECIDED])]],
  [unless(String.raw`\b(?:saying|say|said|all)$`, NOT_DAY_PLACE), [group('crisis', 'a plan to end their life', [DAY_PLACE_SAYING])]],
  [unless(String.raw`\bwhen (?:the|my|our) \w+`, NOT_MY_DATE), [group('crisis', 'a plan to end their life', [MY_DATE])]],
  [unless(String.raw`\b${FIREARM}\b`, NOT_GUN), [group('crisis', 'harm to someone else', [GET_GUN])]],
  [unless(String.raw`\b(?:lip|eye|shiner|face|nose|ribs?|bruises?|marks)\b`, NOT_INJURY), [group('crisis', 'abuse or violence', [DONT_ASK])]],
  [unless(String.raw`\b(?:sleep with|sex with|bed with|shag|hook up with|stuff with|things with|nudes|pics|photos)\b`, NOT_SEX), [group('crisis', 'abuse or violence', [SEX_FOR_SHIFTS])]],
  [unless(String.raw`\b(?:allowed|let|lets|allows)\b`, NOT_NOT_OUT), [group('crisis', 'coercive control', [NOT_OUT])]],
  [unless(String.raw`\bbecause\b`, NOT_QUIT), [group('crisis', 'coercive control', [QUIT_FOR_MAN])]],
  [unless(String.raw`\b(?:hostels?|shelters?|refuges?|emergency|b and b|army)\b`, NOT_SHELTER), [group('crisis', 'no safe place, food or power tonight', [SHELTER_FULL])]],
  [unless(String.raw`\b(?:on my own|alone|by myself)\b`, NOT_DRINKING), [group('concern', 'drinking or drugs to cope', [DRINKING_ALONE])]],
  [unless(String.raw`\b${PILLS}\b`, NOT_PILLS), [group('concern', 'drinking or drugs to cope', [QUIETER])]],
  [unless(String.raw`\bstopped\b`, NOT_STOPPED), [group('concern', 'feels alone', [STOPPED_MESSAGING])]],
  [new RegExp(String.raw`^(?!.*\b(?:lol|haha|thanks|thank you|cheers|so helpful|really helpful)\b)(?=.*${SAD}).*\b(?:highlight|best part|only)\b`), [group('concern', 'feels alone', [HIGHLIGHT])]],
  [unless(String.raw`\b(?:face|bed|duvet|covers)\b`, NOT_BED), [group('concern', 'low mood', [STAYED_IN_BED])]],
  [unless(String.raw`\b(?:killed|murdered|strangled|throttled|punched|slapped|decked|smacked|kill|murder|strangle|throttle)\b`, NOT_KILLED), [group('concern', 'joked about hurting someone', [COULD_HAVE_KILLED])]],
];
