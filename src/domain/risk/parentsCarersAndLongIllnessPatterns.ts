// Parents, carers, long-term illness and disability: the risk hides in talk of tablets, hospital,
// children, care and routines, and the same words fill everyday messages (a repeat prescription, a
// hot toddy and paracetamol for a cold, the car booked into the garage, respite care so I can go on
// holiday, childcare sorted so I can go to the interview, the other mums at the gate being lovely).
// Each set rests on the words that carry the risk together, and shuts on the everyday uses, on someone
// else's trouble and on fiction.
// Crisis: where I see myself in five years, in the ground hopefully; I'd rather just be gone; someone
// else taking over mum's care so I can go; the car, the garage, Wednesday, sorted; my tablets and the
// vodka would do the job; the last payment goes in and then I take everything; don't bother chasing me,
// I'm not sticking around; do people feel like killing themselves over this, asking for me; he only lets
// me have the phone an hour a day; left with just my phone, sat in a cafe, what do I do.
// Concern: the other mums at the gate blank me; I know no one here; going to kill the school office for
// that email (a joke about hurting someone); missed three appointments and everything is a mess.
// Look-alikes of our own are in test/domain/riskHundredAndSeventhForms.test.ts. Normalised words ("i am"
// for "I'm", "can not" for "can't", "do not" for "don't", "ill" for "I'll", "no one" for "nobody").
import { pattern } from '../riskPatterns.ts';
import { group, LAUGH, unless, WEEKDAY } from './wholeMessageSets.ts';

const FICTION = String.raw`film|movie|book|novel|series|episode|character|soap|song|lyrics|documentary|podcast|poem|storyline|script|play|sims|minecraft|gta|fortnite|roblox|zelda|pokemon|anime|manga|fanfic`;
/** Someone else's trouble, said of them. */
const THIRD = String.raw`\b(?:my (?:mum|mom|dad|mother|father|brother|sister|friend|son|daughter|nan|gran|grandad|uncle|aunt|auntie|cousin|neighbour|flatmate|colleague|kid|kids|boy|girl|client|patient|student|husband|wife|partner)s?|a friend|(?:he|she|they|hes|shes|theyre)) (?:says|said|keeps saying|told me|texted|messaged|posted|wrote)\b|\bone of the other\b`;
const PARTNER = String.raw`(?:he|she|husband|wife|partner|boyfriend|girlfriend|fella|bf|gf|ex|my (?:husband|wife|partner|boyfriend|girlfriend|fella|ex|man|other half|missus|mrs|fiance|fiancee)|the (?:husband|wife|missus|mrs|other half))`;
const MEDS = String.raw`(?:pills|tablets|antidepressants|anti depressants|paracetamol|sleeping pills|sleeping tablets|meds|medication|insulin|co codamol|codeine|tramadol|sertraline|citalopram|fluoxetine|mirtazapine|amitriptyline|propranolol|diazepam|zopiclone|pregabalin|gabapentin|morphine|oxycodone|lithium|quetiapine|painkillers|methadone)`;
/** Everyday remedies and reasons to take tablets with a drink. */
const REMEDY = String.raw`cold|colds|flu|toddy|lemsip|hangover|headache|migraine|sore throat|cough|period|cramps|tooth|toothache|back|knee|sleep|asleep|relax|nerves|interview|calm|chill|party|wedding`;

// --- Crisis: dead or in the ground in five years, hopefully -------------------------------------------
const DEAD_STATE = String.raw`(?:in the ground|six feet under|6 feet under|6ft under|six foot under|in a box|in a coffin|in my grave|in a grave|in an urn|pushing up daisies|dead|gone|not here|not around|not alive)`;
const HOPED_FOR = String.raw`(?:hopefully|with any luck|if i am lucky|if im lucky|fingers crossed|god willing|if i get my way)`;
const FUTURE = String.raw`(?:see myself|see me|in (?:\d+|a|one|two|three|four|five|ten|twenty|a few|a couple of) (?:years?|months?) (?:time)?|by then|this time next (?:year|month)|next year|by christmas|the future|5 year plan|five year plan|long term|where will i be|where do i see)`;
const IN_THE_GROUND = pattern`^(?=.*\b${FUTURE}\b)(?=.*(?:\b(?:i will be|ill be|i would be|i think|i see myself|myself|me|probably|honestly|i reckon|i hope|id say|id like to be|i would like to be)\b(?: \w+){0,2}? ${DEAD_STATE} (?:by then )?${HOPED_FOR}\b|\b${HOPED_FOR} (?:i will be |ill be |i will |i am |just )?${DEAD_STATE}(?: by then| tbh| honestly| to be honest| lol)? ?$))`;
const IN_THE_GROUND_OUT = String.raw`\b(?:before|bulbs?|seeds?|plants?|planted|planting|trees?|garden|allotment|veg|vegetables|potatoes|foundations?|pipes?|cables?|posts?|fence|debt|debts|loan|mortgage|overdraft|rash|pain|cough|cold|infection|symptoms|scar|cast|stitches|boss|manager|landlord|neighbours?|council|dwp|jobcentre|${FICTION})\b|${THIRD}`;

// --- Crisis: I'd rather just be gone ---------------------------------------------------------------------
const RATHER_GONE = pattern`\b(?:i would|id|i had|i d|would)(?: \w+){0,2}? rather (?:just |honestly |simply |really |not |just not )*(?:be gone|be dead|not be here|not be around|not exist|not be alive|be in the ground|be six feet under|disappear for good|disappear forever|not wake up)\b(?! (?:than|by|before|when|for (?!good)|from|at|on|during|while|if|in (?:the|a|my|that|this)|with|early|today|tonight|tomorrow|this|next|till|until|after|tired|beat|chuffed|keen|set|serious|right|proud|easy|good|nervous|excited|bored|jealous|lucky)\b)`;
/** Said, then taken back: "not suicidal", "just a saying". */
const SAID_NOT = String.raw`\b(?:not (?:suicidal|going to do anything|gonna do anything|going to act on it|going to do it)|i (?:would|will) never (?:do|act)|do not panic|just a saying|only a saying|just an expression|i just meant|i only meant|i was not saying|i wasnt saying)\b`;
const RATHER_OUT = String.raw`\b(?:late|wedding|party|meeting|traffic|queue|rush hour|holiday|${FICTION})\b|${THIRD}|${SAID_NOT}`;

// --- Crisis: someone else taking over the care, so I can go -------------------------------------------
const HANDED_OVER = pattern`^(?=.*\b(?:handed over|handing over|hand over|signed over|signing over|passed over|passed on|transferred|given over|taken over|took over|take over|taking over|takes over|rehomed|found (?:a )?(?:new )?homes? for)\b)(?=.*\b(?:care|carers|caring for|looking after|social services|the social|social worker|custody|guardianship|power of attorney|the kids|my kids|the children|my children|the dog|my dog|the cat|my cat|the cats|my cats)\b).*\b(?:so (?:that )?|(?:once|when|after) (?:that|it|this|everything|all that|it all|that all|things) (?:is |are |has been |have been |gets |get )?(?:all )?(?:settled|sorted|sorted out|done|arranged|in place|finalised|signed)(?: then)? |then )(?:i can|i am free to|i can finally) (?:go|leave|rest|let go|be free|go now|finally go|finally rest|go in peace)(?: now| then| at last| finally| in peace| for good)?$`;
const HANDED_OUT = String.raw`\b(?:respite|holiday|holidays|break|weekend|week|fortnight|days|night|tonight|tomorrow|${WEEKDAY}|interview|work|job|shift|shifts|course|college|uni|training|appointment|hospital|op|operation|surgery|gym|shops|shopping|abroad|move|moving|relocat\w*|travel\w*|trip|visit|babysit\w*|childminder\w*|nurser\w*|school|(?:at|by|from|until|till) \d+|${LAUGH})\b|${THIRD}`;

// --- Crisis: the car, the garage, a day, sorted ------------------------------------------------------------
const CAR_GARAGE = pattern`^(?=.*\b(?:(?:the |my )?car (?:and )?(?:the |my )?(?:garage|hose|hosepipe)|(?:the |my )?garage (?:and )?(?:the |my )?car|(?:the |a )?hose ?pipe (?:and )?(?:the |my )?(?:car|garage))\b)(?=.*\b(?:${WEEKDAY}|tonight|tomorrow|this weekend|next week|night|when (?:they|the kids|everyone|he|she|the house) (?:are|is|goes|go) (?:out|away|asleep|gone|empty|quiet))\b)(?=.*\b(?:sorted|decided|planned|all planned|ready|settled|worked out|arranged|that is it|final)\b)`;
const CAR_GARAGE_OUT = String.raw`\b(?:in the garage|at the garage|into the garage|to the garage|from the garage|garage for|garage sale|booked|book|mot|service|serviced|mechanic|repair\w*|fix\w*|tyres?|brakes?|clutch|battery|parts|quote|insurance|valet|wash|washing|clean\w*|clear\w*|tidy\w*|declutter\w*|loft|shed|attic|car boot|lift|parking|park|drop off|pick up|school run|job|interview|shift|appointment|hospital|clinic|gp|dentist|physio|nursery|childminder|${FICTION}|${LAUGH})\b|${THIRD}`;

// --- Crisis: my tablets and a drink would do the job --------------------------------------------------------
const PILLS_AND_DRINK = pattern`^(?=.*\b${MEDS}\b)(?=.*\b(?:vodka|whisky|whiskey|gin|rum|wine|brandy|booze|alcohol|bottle of|the bottle|cans|sambuca|jager)\b)(?=.*\b(?:would|will|should|could|might|is going to|going to|ought to)(?: \w+){0,2}? (?:do the job|do it|do the trick|be enough|finish me(?: off)?|be the end of me|see me off|end it|be lethal|be fatal|knock me out for good|put me out for good|put me to sleep for good)(?= ?$| (?:tbh|honestly|if|together|i reckon|i think|i bet|now|properly|nicely|quite|easily)\b))`;
const PILLS_AND_DRINK_OUT = String.raw`\b(?:${REMEDY}|gp|doctor|pharmacist|chemist|prescri\w*|dose|dosage|safe|safely|ok to|okay to|fine to|allowed|dog|cat|vet|horse|${FICTION})\b|${THIRD}`;

// --- Crisis: then I take everything ---------------------------------------------------------------------
const THEN_TAKE_ALL = pattern`\b(?:then|and then|after that|once (?:that is|it is|thats) done|that night|after which) (?:i |ill |i will |i am going to |i can )?take (?:everything|the lot|them all|all of them|all my (?:pills|tablets|meds|medication)|every (?:pill|tablet))(?= ?$| (?:i have|i ve|ive|in the (?:cupboard|drawer|cabinet|box|house|bathroom)|at once|in one go|with|that night|tonight|and that|thats|that is|for good)\b)`;
const THEN_TAKE_OUT = String.raw`\b(?:shop|shops|back|return\w*|car boot|charity|tip|skip|boxes|packing|pack|van|uni|holiday|luggage|suitcase|into account|on board|in my stride|pinch of salt|notes|photos|pictures|washing|laundry|bins|${FICTION}|${LAUGH})\b|${THIRD}`;

// --- Crisis: don't bother chasing me, I'm not sticking around ---------------------------------------------
const NOT_STICKING = pattern`^(?=.*\b(?:do not|no need to|no point|no use|you do not have to|you do not need to|you can stop|stop|please do not|do not waste your time|save yourself the)(?: bother)?(?: \w+){0,2}? (?:chasing|contacting|calling|ringing|texting|messaging|emailing|booking|checking|following|bothering|worrying|trying)\b)(?=.*\b(?:i am not|i will not be|i wont be|not|i am not going to be) (?:sticking around|stick around|going to be around|be around|going to be here|around (?:much )?(?:longer|for long)|here (?:much )?(?:longer|for long))(?= ?$| (?:much longer|for long|long|anyway|after|past|beyond|for it|for that|to (?:see|hear|find out|need)|tbh|honestly|i mean it|this time)\b))`;
const NOT_STICKING_OUT = String.raw`\b(?:holiday|abroad|away|moving|move|moved|relocat\w*|emigrat\w*|spain|new job|started|starting|start|shift|shifts|course|programme|scheme|provider|adviser|advisor|switch\w*|transfer\w*|signing off|sign off|area|town|city|flat|house|hospital|op|operation|surgery|busy|because|as i|${WEEKDAY}|${LAUGH})\b|${THIRD}`;

// --- Crisis: do people ever feel like killing themselves, asking for me ------------------------------------
const ASKING_FOR_ME = pattern`^(?=.*\b(?:kill(?:ing)? (?:themselves|yourself|ourselves|myself)|end(?:ing)? (?:their|your|my|our) (?:own )?li(?:fe|ves)|tak(?:e|ing) (?:their|your|my) (?:own )?li(?:fe|ves)|suicid\w*|want(?:ing)? to die|wish(?:ing)? (?:they|you|i) (?:were|was) dead|check(?:ing)? out (?:for good|permanently)|top(?:ping)? (?:themselves|yourself)|off(?:ing)? (?:themselves|yourself)|do(?:ing)? away with (?:themselves|yourself)|not want(?:ing)? to (?:be here|be alive|live|wake up))\b)(?=.*\b(?:asking for (?:me|myself)(?! to\b)|(?:i am )?asking (?:because|as|cos) (?:of |it is )?me|not (?:asking )?for a friend|for me not (?:a|for a) friend|(?:cause|because|as) i do(?: tbh| honestly| lately| a lot| most days| every day)? ?$)\b)`;
const ASKING_OUT = String.raw`\b(?:course|training|module|job description|role|volunteer\w*|samaritans|helpline|first aid|support worker|nurse|nursing|carer|care home|essay|assignment|research|dissertation|study|statistic\w*|prevention|awareness|${FICTION})\b|${THIRD}`;

// --- Crisis: he only lets me have the phone ----------------------------------------------------------------
const ONLY_LETS_ME = pattern`\b${PARTNER} (?:\w+ )?(?:only |just |barely |hardly ever |never |does not |will not |wont |doesnt )(?:lets|allows|let|allow|gives) me (?:to )?(?:have |use |keep |on |touch |near |go on )?(?:the |my |his |her |a |our )?(?:own )?(?:phone|mobile|bank card|card|cards|money|wages|pay|benefits|universal credit|uc|bank account|passport|keys|key)\b(?=.*\b(?:only|an hour|\d+ (?:mins|minutes|hours)|once a|when (?:he|she) is|while (?:he|she)|if (?:he|she)|never|does not|will not|wont|doesnt|a day|a week)\b)`;
const ONLY_ALLOWED = pattern`^(?=.*\bi am (?:only )?(?:allowed|let) (?:to (?:have|use|keep) )?(?:the|my|his|her|our) (?:own )?(?:phone|mobile|bank card|money)\b)(?=.*\b(?:only|an hour|\d+ (?:mins|minutes)|once a|when (?:he|she) is|while (?:he|she)|if (?:he|she))\b)(?=.*\b(?:he|she|husband|wife|partner|boyfriend|girlfriend|fella)\b)`;
const LETS_OUT = String.raw`\b(?:dad|father|mum|mother|mam|parents|stepdad|brother|son|daughter|kids?|toddler|baby|little one|boy|girl|hostel|ward|nurse|nurses|hospital|doctor|gp|pharmacist|chemist|manager|boss|supervisor|foreman|work|shift|breaks?|school|teacher|exam|screen time|data|contract|tariff|signal|${FICTION}|${LAUGH})\b|${THIRD}`;

// --- Crisis: left with just my phone, and nowhere to go -----------------------------------------------------
const LEFT_WITH_PHONE = pattern`^(?=.*\b(?:left|walked out|got out|ran|fled|escaped|had to leave|had to go|grabbed the kids and (?:left|ran|went)|took the kids and (?:left|ran|went)|legged it)\b(?: \w+){0,4}? with (?:just|only|nothing but|nothing except) (?:my |the |a |our )?(?:phone|mobile|clothes|coat|handbag|bag|purse|kids|baby|children|pyjamas|slippers|dressing gown)\b)(?=.*\b(?:sat|sitting|i am (?:in|at|outside|on)|what do i do|what now|where do i go|where can i go|where do we go|nowhere|no where|no money|tonight|it is (?:late|dark|\d+)|help|right now|now)\b)`;
const LEFT_OUT = String.raw`\b(?:school|college|uni|university|job|interview|walk|jog\w*|for a run|gym|holiday|trip|festival|day out|shopping|shop|cinema|forgot|forgotten|left my|left the charger|travel light|packing|${FICTION}|${LAUGH})\b|${THIRD}`;

// --- Concern: the other mums at the gate blank me -----------------------------------------------------------
const OTHER_MUMS = pattern`^(?=.*\b(?:the |all the )?other (?:mums|mams|moms|mothers|parents|dads|mummies|carers) (?:at|in|on|outside|from) (?:the )?(?:school |nursery |playground )?(?:gates?|playground|school|nursery|pick ?up|drop ?off|toddler group|baby group|baby class|soft play|class|group|club)\b)(?=.*\b(?:blank me|blanks me|blanked me|ignore me|ignores me|ignored me|do not (?:talk|speak) to me|never (?:talk|speak) to me|will not (?:talk|speak) to me|do not say hello|never say hello|look (?:straight )?through me|snub me|snubbed me|shun me|avoid me|leave me out|left me out|freeze me out|froze me out|cold shoulder|have their (?:own )?groups?|all have their|cliques?|on my own|by myself|stand alone|stood alone|no one talks to me)\b)`;
const OTHER_MUMS_OUT = String.raw`\b(?:do not care|dont care|do not mind|fine by me|suits me|thank god|thankfully|used to|at first|until|finally|made (?:a )?friends?|now we|getting better|lovely|friendly|${LAUGH})\b|${THIRD}`;

// --- Concern: I know no one here ----------------------------------------------------------------------------
const KNOW_NO_ONE = pattern`\b(?:i (?:know|knew) (?:no one|not a soul|not a single person|not one person)|i do not know (?:anyone|anybody|a soul|a single person|one person))\b(?! (?:who|that|which|else|left|there|in the (?:industry|sector|field|trade)|at (?:the|that) (?:company|firm|place|office)|in (?:that|this) (?:line|industry|field|sector)|to (?:ask|put|give|be|act|vouch)|for (?:a|the) reference|well enough|personally|on the course|in the team|on the team)\b)`;
const KNOW_OUT = String.raw`\b(?:yet|first day|induction|excited|exciting|looking forward|fresh start|new start|nice|lovely|friendly|linkedin|network\w*|referee|references?|recruit\w*|contacts?|industry|sector|hiring|vacanc\w*|${FICTION}|${LAUGH})\b|${THIRD}`;

// --- Concern: going to kill the school office for that email (a joke) ----------------------------------------
const KILL_FOR = pattern`\b(?:going to|gonna|i will|ill|i could|could|about to|want to|i am going to) (?:kill|murder|strangle|throttle|swing for|batter|lamp|deck|punch|slap|smack) (?:the|my|our|that|those|these|this) (?:\w+ ){0,3}?for (?:\w+ing|not|being|the|another|all|a|an|only|that|this)\b`;
const KILL_FOR_OUT = String.raw`\b(?:time|weeds?|lights?|engine|germs?|bacteria|mould|bugs|pests|slugs|flies|wasps|ants|mice|rats|plants?|grass|battery|signal|vibe|mood|music|noise|fire|pain|infection|virus|cancer|tumou?r|chemo|cells|app|tab|process|for real|planning|planned|will not see it coming|${FICTION})\b|${THIRD}`;

// --- Concern: missed appointments, and everything a mess --------------------------------------------------------
const MISSED_MANY = pattern`^(?=.*\bmissed (?:\d+|two|three|four|five|six|several|a few|loads of|so many|all (?:my|the)|most of my|another|yet another) (?:of my )?(?:\w+ )?(?:appointments?|appts?|interviews?|shifts?|deadlines?|calls?|sessions?|meetings?|classes|lectures|doses)\b)(?=.*\b(?:everything(?:s| is| s)? (?:a mess|a shambles|chaos|falling apart|on top of me|too much|slipping|a disaster|out of control)|falling apart|can not (?:cope|keep up|keep on top|keep track|hold it together|get out of bed|face|do this|get out)|could not (?:face|get out|get myself|cope)|not managing|not coping|all over the place|drowning|too much|losing it|cracking up|a mess|a tip|a shambles|struggling|forget everything|keep forgetting|losing the letters|slipping)\b)`;
const MISSED_OUT = String.raw`\b(?:strike|strikes|snow|bus|buses|train|trains|cancelled|rescheduled|phone is|signal|voicemail|${LAUGH})\b|${THIRD}`;

export const HUNDRED_AND_SEVENTH_WHOLE_SETS = [
  [unless(String.raw`\b(?:hopefully|with any luck|lucky|fingers crossed|god willing|my way)\b`, IN_THE_GROUND_OUT), [group('crisis', 'wishes to be dead', [IN_THE_GROUND])]],
  [unless(String.raw`\brather\b`, RATHER_OUT), [group('crisis', 'wishes to be dead', [RATHER_GONE])]],
  [unless(String.raw`\b(?:so (?:that )?|settled |sorted |sorted out |done |arranged |in place |finalised |signed |then )i (?:can|am free)\b`, HANDED_OUT), [group('crisis', 'preparing to end their life, or a past attempt', [HANDED_OVER])]],
  [unless(String.raw`\b(?:garage|hose ?pipe|hose)\b`, CAR_GARAGE_OUT), [group('crisis', 'a plan to end their life', [CAR_GARAGE])]],
  [unless(String.raw`\b(?:do the job|do it|do the trick|be enough|finish me|end of me|see me off|end it|lethal|fatal|for good)\b`, PILLS_AND_DRINK_OUT), [group('crisis', 'thinking about a way to end their life', [PILLS_AND_DRINK])]],
  [unless(String.raw`\btake (?:everything|the lot|them all|all|every)\b`, THEN_TAKE_OUT), [group('crisis', 'a plan to end their life', [THEN_TAKE_ALL])]],
  [unless(String.raw`\b(?:stick|sticking|around|here)\b`, NOT_STICKING_OUT), [group('crisis', 'intends to end their life', [NOT_STICKING])]],
  [unless(String.raw`\b(?:asking|friend|i do)\b`, ASKING_OUT), [group('crisis', 'thoughts of suicide', [ASKING_FOR_ME])]],
  [unless(String.raw`\b(?:lets|allows|let|allow|gives|allowed) me\b|\bi am (?:only )?(?:allowed|let)\b`, LETS_OUT), [group('crisis', 'coercive control', [ONLY_LETS_ME, ONLY_ALLOWED])]],
  [unless(String.raw`\bwith (?:just|only|nothing)\b`, LEFT_OUT), [group('crisis', 'no safe place, food or power tonight', [LEFT_WITH_PHONE])]],
  [unless(String.raw`\bother (?:mums|mams|moms|mothers|parents|dads|mummies|carers)\b`, OTHER_MUMS_OUT), [group('concern', 'feels alone', [OTHER_MUMS])]],
  [unless(String.raw`\b(?:know|knew)\b`, KNOW_OUT), [group('concern', 'feels alone', [KNOW_NO_ONE])]],
  [unless(String.raw`\b(?:kill|murder|strangle|throttle|swing for|batter|lamp|deck|punch|slap|smack)\b`, KILL_FOR_OUT), [group('concern', 'joked about hurting someone', [KILL_FOR])]],
  [unless(String.raw`\bmissed\b`, MISSED_OUT), [group('concern', 'not coping', [MISSED_MANY])]],
] as const;
