// Risk typed as a reply to the coach's weekly review and reminders, the risk often given as the reason
// an action was not done.
// Crisis: hoping to get ill enough not to have to carry on; a list of reasons to stay that came out
// short; the trains, the bridge or the tablets catching their eye "for the wrong reason"; not making
// the next review "and not because of work"; none of this their problem by next week, or the next
// session not needed as they will not be here; a day picked with something done first, or something
// left for a sister; waiting until the kids are away at their dad's and then doing it; the ambulance
// after what they did; their wrists bandaged or cut up; smashing someone's face in; he is in the next
// room and does not know they use this app; she has told everyone they are unstable so nobody will
// believe them; gas and electric both off, or off with pennies until universal credit; staying in a
// stairwell or doorway where it is not safe at night.
// Concern: a list of nothing, like me; the pub the only place they do not feel a failure; a session or
// a drink to forget the week; dropping off at 6am, every night the same; friends drifted off; no one to
// tell; the wheels coming off, barely managing the basics. Each rests on two parts of the message or a
// whole phrase, so it is read in the whole message and the classifier's training text is not rewritten.
// Look-alikes of our own are in test/domain/riskSeventyFourthForms.test.ts. Normalised words ("ill" for
// I'll, "friends" for mates, "no one" for nobody, "a e" for A&E).
import { pattern, type RiskPatternGroup } from '../riskPatterns.ts';
import { group, LAUGH, unless, WEEKDAY } from './wholeMessageSets.ts';

const OTHERS = String.raw`he|she|hes|shes|his|her|they|their|my (?:mum|mom|dad|mother|father|brother|sister|friend|mate|son|daughter|nan|gran|uncle|aunt|auntie|cousin|neighbour|flatmate|partner|husband|wife)|character|film|book|show|series|song|game|episode|novel|story|play`;
const FICTION = String.raw`character|film|movie|book|show|series|song|game|gaming|episode|novel|story|play|documentary|podcast|news|soap|netflix`;

// --- Crisis -------------------------------------------------------------------------------------
const ILL_ENOUGH = pattern`\b(?:hope|hoping|hoped|wish|wishing|wished|pray|praying|want|wanted)\b(?: \w+){0,2}? (?:id|i would|i) (?:get|got|be|become|fall|end up) (?:\w+ )?(?:ill|sick|poorly|bad|hurt|injured) enough (?:that |so |so that )?i (?:would not|did not|do not|will not|could not|no longer) (?:have|need|got) to (?:carry on|keep going|go on|live|be here|wake up|exist|keep living)\b(?! (?:with|at|the|a|to|in|my|this|that|working))`;
const ILL_ENOUGH_OUT = String.raw`\b(?:${OTHERS}|school|work|shift|exam|sick note|sick pay|day off|${LAUGH})\b`;

const REASONS_TO_STAY = pattern`^(?=.*\breasons? (?:to|for) (?:stay|staying|live|living|keep going|carry on|carrying on|be here|stay alive|staying alive|not do it|not to do it)\b(?! (?:in|at|on|with|for|home|put|late|over|up|the|a|an|on|another|till|until)\b))(?=.*\b(?:short|shorter|empty|blank|could not (?:think|find|come up)|cannot (?:think|find)|came up (?:empty|blank|short)|struggled|only (?:one|two|1|2|got one)|not (?:many|much|long)|nothing on it|none)\b)`;
const REASONS_OUT = String.raw`\b(?:${OTHERS}|job|company|team|uk|country|area|town|city|flat|house|course|uni|college|contract|${LAUGH})\b`;

const MEANS = String.raw`train times?|trains?|tracks|railway|bridges?|motorway|tablets|pills|paracetamol|meds|medication|rope|tall buildings|car park roof|roofs?|river|cliffs?|ledge|platforms?|knives|blades?|razors?`;
const WRONG_REASON = pattern`^(?=.*\b(?:${MEANS})\b)(?=.*\b(?:catch(?:es|ing)? my eye|caught my eye|keep (?:looking|staring|noticing|thinking|eyeing|checking)|i (?:keep |have been |am |been )?(?:looking at|staring at|noticing|eyeing|googling|checking|thinking about)|on my mind)\b)(?=.*\bfor (?:the|all the) wrong reasons?\b)`;
const WRONG_OUT = String.raw`\b(?:late|delayed|delay|cancelled|cancellation|strike|strikes|fares?|ticket|famous|${OTHERS}|${FICTION}|${LAUGH})\b`;

const NOT_BECAUSE_OF = pattern`\bi (?:will not|am not going to|will never|cannot) (?:make it|be (?:here|around|there))\b(?: \w+){0,3}? not (?:because of|cos of|due to|for) (?:work|the job|a job|money|any of that|that|the course|the review|you|the coach|the app|the reminders|being busy)\b`;
const NOT_BECAUSE_OUT = String.raw`\b(?:car|bus|train|traffic|broke down|ill|sick|flu|covid|childcare|holiday|wedding|funeral|hospital|doctor|dentist|appointment|interview|new job|moving|away|abroad|${LAUGH})\b`;

const NO_NEXT_NEEDED = pattern`\b(?:do not|no need to|no point|no point in|do not bother|please do not|no use) (?:to )?(?:schedule|scheduling|book|booking|arrange|arranging|set up|setting up|plan|planning|put in) (?:the |a |another |any )?(?:next |more |future |new )?(?:review|session|appointment|check in|meeting|call|reminder)s?\b(?: \w+){0,4}? i (?:will not|am not going to|will no longer) (?:be here|be around|be alive|need (?:it|them|any more|anymore))\b`;
const NO_NEXT_OUT = String.raw`\b(?:holiday|away|abroad|new job|job offer|got the job|got a job|starting|start|moving|move|work|working|shift|course|hospital|operation|wedding|honeymoon|found work|signed off|${LAUGH})\b`;

const NOT_MY_PROBLEM = pattern`\b(?:by|after|from|come) (?:next (?:week|month)|then|the weekend|tomorrow|${WEEKDAY}|the end of (?:the|this) (?:week|month))\b(?: \w+){0,2}? (?:none of (?:this|it|that)|nothing|none of it) (?:will|is going to|is gonna) (?:be|matter) (?:my (?:problem|concern|worry)|to me)\b`;
const NOT_MY_PROBLEM_OUT = String.raw`\b(?:job|leaving|left|moving|handover|hand over|handing over|notice|contract|someone else|somebody else|another team|colleague|promoted|promotion|holiday|retire|retiring|retirement|landlord|council|new owner|sold|${OTHERS}|${LAUGH})\b`;

const PICKED_DAY = pattern`^(?=.*\b(?:picked|chosen|chose|set|sorted|decided on|settled on|fixed) (?:a |the |my )?(?:date|day|night|${WEEKDAY}|the \d+(?:st|nd|rd|th)?)\b)(?=.*\b(?:so (?:at least )?(?:that is|it is|everything is|the \w+ is) (?:done|sorted|paid|out of the way|finished|dealt with) (?:first|before)|so i can leave (?:something|some money|money|a bit|it|things|everything|what i have) (?:for|to)|(?:and|to) leave (?:something|some money|a bit|what i have) (?:for|to) (?:my|the) \w+)\b)`;
const PICKED_OUT = String.raw`\b(?:party|wedding|holiday|trip|move|moving|birthday|meal|date night|viewing|exam|race|gym|haircut|christening|funeral|interview|start date|starting|flight|gig|concert|leaving do|surprise|present|presents|gift|card|will writing|solicitor|inheritance|tip|babysitter|childminder|dog sitter|keys|${FICTION}|${LAUGH})\b`;

const KIDS_AWAY_THEN = pattern`\b(?:wait|waiting|will wait|ill wait|waited) (?:till|until|for) (?:the kids|my kids|the children|my children|the boys|the girls|my son|my daughter|my partner|my wife|my husband|everyone|the family) (?:are|is|have gone|has gone|go|to go|to be)\b(?: \w+){0,3}? (?:at (?:their|his|her|my) (?:dads|mums|nans|grans|exs|dad|mum|fathers|mothers)|away|on holiday|with (?:their|his|her) (?:dad|mum|nan|gran|father|mother)|staying (?:at|with) \w+|gone for the (?:weekend|week))\b(?: \w+){0,4}? (?:then|and then|and|before) (?:ill|i will|i am going to|i can|i do) (?:do it|go through with it|end it|end it all|finish it|finish it all|be gone|go)(?: then| for good)?$`;
const KIDS_OUT = String.raw`\b(?:tidy|tidying|clean|cleaning|decorate|decorating|paint|painting|cv|application|applications|apply|study|studying|revise|revision|course|clear out|sort the house|bedroom|room|garden|shopping|move|moving|pack|packing|gym|run|interview|night out|date|sleep|lie in|${LAUGH})\b`;

const AFTER_WHAT_I_DID = pattern`^(?=.*\bafter what i (?:did|done|had done|tried|took|did to myself)\b(?! (?:to|at|for|in|on) (?:him|her|them|work|the|my \w+)\b))(?=.*\b(?:ambulance|paramedics|hospital|a e|stomach pumped|pumped my stomach|ward|resus|kept in|psych|mental health team|crisis team)\b)`;
const AFTER_OUT = String.raw`\b(?:ankle|knee|back|leg|foot|shoulder|football|gym|ladder|fell|fall|crash|accident|injur\w*|sprain\w*|broke my|fracture\w*|${OTHERS}|${FICTION}|${LAUGH})\b`;

const WRISTS_BANDAGED = pattern`\bmy (?:wrists?|forearms?|thighs?) (?:are|is|have been|has been|got|still|all) (?:\w+ )?(?:bandaged|in bandages|cut up|covered in cuts|stitched|glued|steri stripped)\b|\bmy arms? (?:are|is|have been|has been|got|still) (?:\w+ )?(?:cut up|covered in cuts)\b|\b(?:bandaged|bandaging|bandage) (?:up )?my (?:own )?(?:wrists?|forearms?|thighs?)\b`;
const WRISTS_OUT = String.raw`\b(?:sprain\w*|rsi|carpal|tendon\w*|fell|fall|fallen|broke|broken|break|fracture\w*|operation|surgery|op|tattoo\w*|gym|boxing|weights|climbing|bike|cycling|cat|dog|scratch\w*|accident\w*|ladder|glass|window|knife slipped|slipped|burn|burnt|oven|skiing|football|rugby|netball|arthritis|eczema|rash|${OTHERS}|${FICTION}|${LAUGH})\b`;

const FACE_IN = pattern`\bi (?:smashed|kicked|punched|caved|stoved|battered|knocked|put) (?:\w+ ){1,2}?(?:face|head|teeth|skull) in\b|\bi (?:glassed|bottled|stabbed|slashed) (?:him|her|them|someone|somebody|a lad|a guy|a bloke|my \w+)\b`;
const FACE_OUT = String.raw`\b(?:nearly|almost|could have|wanted to|felt like|dream|dreamt|dreamed|boxing|sparring|mma|ring|fifa|gta|fortnite|call of duty|tekken|${FICTION}|${LAUGH})\b`;

const SECRET_APP = pattern`^(?=.*\b(?:he|she|they|my (?:partner|husband|wife|boyfriend|girlfriend|fiance|fiancee|ex))\b(?: \w+){0,6}? (?:does not|do not|cannot|must not|can not|will not|is not allowed to|cannot ever) (?:know|find out|see) (?:that )?i (?:use|am using|have|talk to|message|downloaded|am on|speak to|got)\b(?: \w+){0,2}? (?:this|the) (?:app|chat|bot|coach|service|site)\b)(?=.*\b(?:next room|other room|downstairs|upstairs|comes back|back soon|checks my phone|check my phone|goes through my phone|go through my phone|would kill me|go mad|go mental|lose it|have to be quick|got to be quick|short reply|delete|deleting|hide|hiding|secret|scared|afraid|whisper)\b)`;
const SECRET_OUT = String.raw`\b(?:surprise|birthday|embarrass\w*|ashamed|${LAUGH})\b`;

const TOLD_EVERYONE = pattern`^(?=.*\b(?:he|she|they|my (?:partner|husband|wife|ex|boyfriend|girlfriend))(?: is| has| have| are)? (?:told|telling|tells|convinced|tell) (?:everyone|everybody|all my friends|my family|people|the school|social services|the police|my friends|the kids|the court|his family|her family) (?:that )?i am (?:unstable|mad|crazy|mental|insane|a liar|psycho|a psycho|losing it|an alcoholic|unfit|dangerous|abusive|not right in the head|the abusive one|making it up)\b)(?=.*\b(?:no one|nobody) (?:will|would|is going to|ever|will ever|would ever) believe me\b)`;
const TOLD_OUT = String.raw`\b(?:${FICTION}|${LAUGH})\b`;

const POWER = String.raw`(?:gas|electric|electricity|heating|power|meters?|lights)`;
const POWER_OFF = String.raw`(?:${POWER}(?: is| are| has| have| has been| have been)? (?:off|gone off|run out|ran out|cut off|been cut off|gone)|no (?:gas|electric|electricity|heating|power))`;
const PENNIES_TILL = String.raw`(?:i have (?:got |only got )?|got |only |i am down to |down to )(?:\d+ \d+|\d+p|\d+ pence|\d+ quid|a quid|nothing|no money|pennies|a couple of quid|coppers)(?: left)? (?:til|till|until|to last till|to last until|before) (?:universal credit|uc|payday|pay day|my money|benefits|next (?:week|payment)|${WEEKDAY}|the \d+\w*)`;
const POWER_OFF_BROKE = pattern`^(?=.*\b(?:gas (?:is |has |has been )?(?:off|gone off|run out|ran out|cut off|been cut off)|no gas)\b)(?=.*\b(?:(?:electric|electricity|lights|power) (?:is |are |has |has been )?(?:off|gone off|run out|ran out|cut off|been cut off)|no (?:electric|electricity|power|lights))\b)|^(?=.*\b${POWER_OFF}\b)(?=.*\b${PENNIES_TILL}\b)`;
const POWER_OUT = String.raw`\b(?:storm|outage|power cut|engineer|engineers|roadworks|work|office|school|gym|hotel|holiday|caravan|camping|switched|switch|new meter|smart meter fitted|${OTHERS}|${FICTION}|${LAUGH})\b`;

const UNSAFE_SLEEP = pattern`^(?=.*\b(?:staying|sleeping|kipping|living|stopping|dossing|sleep|stay|kip) (?:in|on|at) (?:a |the )?(?:stairwell|stair well|stairs|doorway|shop doorway|bus shelter|bus station|car park|multi storey|underpass|tent|park|streets?|my car|the car|a car|garage|shed|squat)\b)(?=.*\b(?:not safe|unsafe|scared|frightened|keep coming|people coming|at night|every night|tonight|freezing)\b)`;
const UNSAFE_OUT = String.raw`\b(?:camping|campsite|festival|holiday|for fun|dofe|duke of edinburgh|party|fireworks|night shift|security|guard|patrol|${OTHERS}|${FICTION}|${LAUGH})\b`;

// --- Concern ------------------------------------------------------------------------------------
const NOTHING_LIKE_ME = pattern`\b(?:a list of|full of|a page of|a load of|a lot of|a whole lot of|two pages of) nothing,? (?:just )?like me\b|\b(?:useless|worthless|rubbish|pointless|a waste of space|a failure|a joke|empty|pathetic|a mess),? (?:just )?like me$`;
const NOTHING_OUT = String.raw`\b(?:${OTHERS}|looks|look|sounds|sound|${LAUGH})\b`;

const ONLY_PLACE_NOT_FAILURE = pattern`^(?=.*\b(?:pub|pubs|bar|bookies|offy|drink|drinking|booze|cans|weed|bottle|spliff|vodka)\b)(?=.*\b(?:it is|that is|the) only (?:place|thing|time|way) (?:where |when )?i (?:do not feel (?:like )?(?:a failure|useless|worthless|a loser|rubbish|a waste|a mess|judged)|feel (?:normal|human|like myself|ok|okay|alright|relaxed|anything|happy|good)|can (?:forget|relax|cope|switch off|be myself))\b)`;
const ONLY_PLACE_OUT = String.raw`\b(?:work|working|job|shift|staff|barman|barmaid|quiz|football|match|darts|pool|kitchen|chef|gym|church|allotment|${OTHERS}|${LAUGH})\b`;

const TO_FORGET = pattern`\b(?:a session|a bit of a session|a heavy session|a bender|a binge|drink|drinks|drinking|drank|a few drinks|got drunk|getting drunk|get drunk|got wasted|got smashed|got hammered|got mashed|smoked|smoking|on the cans|on the booze|cans|booze|pills|a bottle)\b(?: \w+){0,3}? to (?:forget|blot out|block out|numb|drown|get away from) (?:the week|it|it all|everything|things|the day|the weekend|about it|about everything|my problems|my sorrows|the lot|what happened|the last week|the month|this week)\b`;
const TO_FORGET_OUT = String.raw`\b(?:study|revision|gym|training|coaching|gaming|therapy|yoga|run|workout|netflix|film|movie|game|water|tea|coffee|hot chocolate|${OTHERS})\b`;

const DROPPED_OFF_LATE = pattern`^(?=.*\b(?:dropped off|drop off|fell asleep|fall asleep|got to sleep|get to sleep|nodded off|went to sleep|go to sleep|drifted off|got off to sleep) (?:at |around |about |till |until |before |after )?(?:[2-7] ?am|[2-7] in the morning|(?:two|three|four|five|six|seven)(?: ?am| in the morning)|dawn|sunrise|daylight|first light)\b)(?=.*\b(?:every night|every nights|each night|all week|every single night|night after night|most nights|for weeks|every day|same every night|like this every)\b)`;
const DROPPED_OUT = String.raw`\b(?:night shift|on nights|working nights|doing nights|shift|baby|newborn|festival|party|wedding|stag|hen|flight|jet lag|gaming|${OTHERS}|${LAUGH})\b`;

const FRIENDS_DRIFTED = pattern`^(?=.*\b(?:friends|pals|everyone i know|people i knew|the lads|the girls|my circle)\b)(?=.*\b(?:theyve|they have|they|have|has|all|just|sort of|kind of|slowly|gradually|friends|pals|lads|girls|everyone) (?:all |sort of |kind of |just |slowly |gradually )?(?:drifted|drifting|faded|fading|drift) (?:off|away)\b(?! to sleep))`;
const DRIFTED_OUT = String.raw`\b(?:sleep|asleep|boat|balloon|kite|snow|sand|music|film|${LAUGH})\b`;

const NO_ONE_TO_TELL = pattern`\b(?:no one|not anyone|no one really|not really anyone) to (?:tell(?! (?:me|us)\b)|share (?:it|this|that|the news|it with) with|celebrate with|show|tell about it|be proud of me)\b`;
const NO_ONE_OUT = String.raw`\b(?:manager|boss|office|reception|hr|council|landlord|agency|helpline|secret|surprise|spoilers?|(?:he|she|they) (?:has|have|had)|${LAUGH})\b`;

const WHEELS_OFF = pattern`\b(?:the )?wheels (?:are |have |has |had |were |is )?(?:coming|come|came|falling|fallen|fell|dropping) off\b(?: \w+){0,3}? (?:barely|hardly|cannot|struggling|not coping|me|my life|everything)\b|\b(?:barely|hardly|not even|cannot|can barely|can hardly|struggling to|struggling with) (?:managing|manage|cope with|coping with|doing|do|keep up with|keeping up with|keep on top of|keeping on top of|get through)? ?(?:the )?(?:basics|basic (?:stuff|things|tasks|self care|day to day stuff))\b`;
const WHEELS_OUT = String.raw`\b(?:car|bike|van|trolley|pram|suitcase|skateboard|bus|lorry|truck|train|buggy|wheelchair|chair|toy|lego|team|project|campaign|government|club|season|economy|company|business|excel|spanish|french|language|coding|maths|software|guitar|piano|lesson|computer|${OTHERS}|${LAUGH})\b`;

/** [gate on the whole message, groups read in it] as rules.ts reads whole-message sets. */
export const SEVENTY_FOURTH_WHOLE_SETS: readonly (readonly [RegExp, readonly RiskPatternGroup[]])[] = [
  [unless(String.raw`\benough\b`, ILL_ENOUGH_OUT), [group('crisis', 'wishes to be dead', [ILL_ENOUGH])]],
  [unless(String.raw`\breasons? (?:to|for)\b`, REASONS_OUT), [group('crisis', 'thoughts of suicide', [REASONS_TO_STAY])]],
  [unless(String.raw`\bwrong reasons?\b`, WRONG_OUT), [group('crisis', 'thinking about a way to end their life', [WRONG_REASON])]],
  [unless(String.raw`\bnot (?:because|cos|due)\b`, NOT_BECAUSE_OUT), [group('crisis', 'intends to end their life', [NOT_BECAUSE_OF])]],
  [unless(String.raw`\bi (?:will not|am not going to|will no longer) (?:be here|be around|be alive|need)\b`, NO_NEXT_OUT), [group('crisis', 'intends to end their life', [NO_NEXT_NEEDED])]],
  [unless(String.raw`\b(?:my (?:problem|concern|worry)|matter to me)\b`, NOT_MY_PROBLEM_OUT), [group('crisis', 'intends to end their life', [NOT_MY_PROBLEM])]],
  [unless(String.raw`\b(?:first|before|leave)\b`, PICKED_OUT), [group('crisis', 'a plan to end their life', [PICKED_DAY])]],
  [unless(String.raw`\bwait(?:ing|ed)? (?:till|until|for)\b`, KIDS_OUT), [group('crisis', 'a plan to end their life', [KIDS_AWAY_THEN])]],
  [unless(String.raw`\bafter what i\b`, AFTER_OUT), [group('crisis', 'preparing to end their life, or a past attempt', [AFTER_WHAT_I_DID])]],
  [unless(String.raw`\b(?:bandage\w*|cut up|cuts|stitched|glued|steri)\b`, WRISTS_OUT), [group('crisis', 'self-harm', [WRISTS_BANDAGED])]],
  [unless(String.raw`\b(?:in|glassed|bottled|stabbed|slashed)\b`, FACE_OUT), [group('crisis', 'harm to someone else', [FACE_IN])]],
  [unless(String.raw`\b(?:app|chat|bot|coach|service|site)\b`, SECRET_OUT), [group('crisis', 'coercive control', [SECRET_APP])]],
  [unless(String.raw`\bbelieve me\b`, TOLD_OUT), [group('crisis', 'coercive control', [TOLD_EVERYONE])]],
  [unless(String.raw`\b(?:gas|electric|electricity|heating|power|meters?|lights)\b`, POWER_OUT), [group('crisis', 'no safe place, food or power tonight', [POWER_OFF_BROKE])]],
  [unless(String.raw`\b(?:not safe|unsafe|scared|frightened|keep coming|people coming|at night|every night|tonight|freezing)\b`, UNSAFE_OUT), [group('crisis', 'no safe place, food or power tonight', [UNSAFE_SLEEP])]],
  [unless(String.raw`\blike me\b`, NOTHING_OUT), [group('concern', 'feels worthless', [NOTHING_LIKE_ME])]],
  [unless(String.raw`\bonly (?:place|thing|time|way)\b`, ONLY_PLACE_OUT), [group('concern', 'drinking or drugs to cope', [ONLY_PLACE_NOT_FAILURE])]],
  [unless(String.raw`\bto (?:forget|blot out|block out|numb|drown|get away from)\b`, TO_FORGET_OUT), [group('concern', 'drinking or drugs to cope', [TO_FORGET])]],
  [unless(String.raw`\b(?:[2-7] ?am|in the morning|two|three|four|five|six|seven|dawn|sunrise|daylight|first light)\b`, DROPPED_OUT), [group('concern', 'not eating or sleeping', [DROPPED_OFF_LATE])]],
  [unless(String.raw`\b(?:drift\w*|faded|fading) (?:off|away)\b`, DRIFTED_OUT), [group('concern', 'feels alone', [FRIENDS_DRIFTED])]],
  [unless(String.raw`\bto (?:tell|share|celebrate|show|be proud)\b`, NO_ONE_OUT), [group('concern', 'feels alone', [NO_ONE_TO_TELL])]],
  [unless(String.raw`\b(?:wheels|basics?)\b`, WHEELS_OUT), [group('concern', 'not coping', [WHEELS_OFF])]],
];
