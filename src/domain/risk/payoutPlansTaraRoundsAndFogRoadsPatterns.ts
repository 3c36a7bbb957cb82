// Read from the hundred-and-ninety-fifth split (men in trades and manual jobs: builders, drivers,
// warehouse, fishing and farm hands; stoic, banter, regional English), measured once fresh and then
// read. The kinds: a plan timed so a payout reaches the family; painkillers saved up; "tara" said to
// everyone; a hot iron pressed on an arm and the relief after; hoping the doctor finds something so
// they need not keep going; not caring if the lorry went off the road; the last day "of everything";
// "not there or anywhere"; "me season ticket" given away as no longer needed; a head butted into the
// mirror. As worry: "and so am i" after a trade finished, "what future?", feeling awful "not
// physically", moping, drinking "cheaper than therapy", a days-long bender, nothing to offer, owing
// the tax man, and threats made as jokes (doing time, breaking legs, going round with a shovel).
// Normalised words ("i am", "do not", "i will"); "ill" is left as it is (it may mean unwell).
import { pattern } from '../riskPatterns.ts';
import { group, LAUGH, NOT_BEFORE, SOMEONE_ELSE_OR_A_STORY, unless } from './wholeMessageSets.ts';

const I_WILL = String.raw`(?:ill|i will|i am going to|i am gonna|gonna|going to|i shall)`;
const FAMILY = String.raw`(?:they|she|he|the kids|my kids|the family|my family|my wife|the wife|the missus|my missus|my partner|the bairns|my bairns|our kid|my lad|my girl|my mam|my mum)`;
const BODY = String.raw`(?:arm|arms|wrist|wrists|hand|hands|leg|legs|thigh|thighs|stomach|belly|chest|skin|side)`;

// "after the last payslip clears on the 28th ill do it so they get paid out".
const PAYOUT_PLAN = [
  pattern`\b${I_WILL} do it\b.*\b(?:so|then|and) ${FAMILY} (?:get|gets|will get|can get|would get|are|is) (?:paid out|the payout|the pay out|the insurance|the life insurance|the death in service|the money|looked after|sorted|covered)\b`,
  pattern`\b${I_WILL} do it\b.*\b(?:death in service|life insurance|life cover|the policy) (?:will|would|should|can) (?:cover|pay|look after|sort)\b`,
  pattern`\b(?:once|after|when) (?:the )?(?:life insurance|death in service|policy|payout|last payslip|last pay|final pay|redundancy money|pension)\b(?: \w+){0,6}? ${I_WILL} do it\b`,
];
const PAYOUT_AT_WORK = String.raw`\b(?:invoice|invoices|payroll|timesheets?|claim form|expenses|customers|clients|the staff|the lads wages|the subbies|subcontractors|quote|quotes|the job|the order|the paperwork|the forms?|${LAUGH})\b|${SOMEONE_ELSE_OR_A_STORY}`;

const PAINKILLERS = String.raw`(?:tramadol|codeine|co codamol|cocodamol|co dydramol|dihydrocodeine|diazepam|valium|zopiclone|sleepers|sleeping tablets|sleeping pills|sertraline|citalopram|mirtazapine|amitriptyline|paracetamol|paracetamols|ibuprofen|pregabalin|gabapentin|morphine|oxycodone|oramorph|fentanyl|insulin|painkillers|pain killers|tablets|pills|meds)`;
// "ive been saving the tramadol, got a good few now".
const SAVED_PAINKILLERS = [
  pattern`${NOT_BEFORE}\b(?:saving|saved|been saving|kept back|putting by|put by|putting aside|put aside|hoarding|collecting|squirrelling|squirreling|storing|stored|holding on to|holding onto) (?:up )?(?:the|my|all the|all my|some of the|some of my|a few of (?:the|my)) ${PAINKILLERS}\b`,
];
const SAVED_FOR_A_REASON = String.raw`\b(?:for when|in case|flare|flares|locked|lock|safe place|out of reach|away from the kids|cannot get|can not get|prescription|repeat|chemist|pharmacy|run out|running out|ran out|holiday|trip|abroad|bank holiday|christmas|doctor said|gp said|for the dog|for the cat|the vet|expired|out of date|to take back|take them back|hand them in|disposal|${LAUGH})\b|${SOMEONE_ELSE_OR_A_STORY}`;

// "went round and said tara to everyone this week, they thought i was just being soft".
const TARA_ROUND = [
  pattern`\b(?:said|saying|went round saying|been saying) (?:tara|ta ra|ta ta|cheerio|my goodbyes|goodbyes|goodbye|bye|my byes|farewell) to (?:everyone|everybody|all of them|all the lads|the lads|my mates|the family|my family|folk|people|them all|the lot of them)\b`,
];
const GOODBYE_FOR_A_REASON = String.raw`\b(?:for me|group session|leaving|last shift|last day|colleagues|group chat|a card|cake|hostel|own flat|new flat|my flat|keys|job in|moving|moved|emigrat\w*|australia|canada|new job|new start|retir\w*|holiday|going away|off to|season|contract (?:ended|ends|finished)|placement|course ended|wedding|funeral|christmas|new year)\b|${SOMEONE_ELSE_OR_A_STORY}`;

// "pressed the hot iron on me arm yesterday. felt better for an hour".
const HOT_THING_ON_MYSELF = [
  pattern`${NOT_BEFORE}\b(?:pressed|pressing|press|held|holding|hold|put|putting|stubbed|stubbing) (?:the |a |my )?(?:hot |lit )?(?:iron|lighter|hob|hair straighteners|straighteners|curling tongs|tongs|kettle|pan|cigarette|fag|ciggie|rollie|match|candle|poker|spoon|knife|blade|lighter flame) (?:out )?(?:on|onto|against|to|into) (?:me|my|me own|my own) ${BODY}\b`,
  pattern`\b(?:burnt|burned|cut|scratched|hit|punched|hurt|marked) (?:me|my|myself|meself)\b(?: \w+){0,6}? (?:felt|feel|it felt|i felt) (?:better|calmer|relief|lighter|ok) (?:for|after) (?:an hour|a bit|a while|a minute|a few minutes|a little bit|the night)\b`,
];
const HOT_THING_BY_ACCIDENT = String.raw`\b(?:accident|accidentally|by mistake|slipped|clumsy|ironing (?:my|the) shirt|cooking|the oven|oven glove|first aid|work injury|on site|at work|the burns unit|${LAUGH})\b|${SOMEONE_ELSE_OR_A_STORY}`;

// "half hoping the doctor finds summat wrong with me so i dont have to keep going".
const HOPING_FOR_ILLNESS = [
  pattern`\b(?:hoping|hope|half hoping|wish|wishing|praying)\b(?: \w+){0,6}? (?:finds?|found|shows?|showed|comes back|come back|turns out|is)\b(?: \w+){0,4}? (?:wrong|something|summat|owt|cancer|serious|terminal|bad)\b(?: \w+){0,4}? so i (?:do not|would not|will not|did not) (?:have to|need to) (?:keep going|carry on|go on|keep on|do this|bother)\b`,
  pattern`\bso i (?:do not|would not|will not) have to (?:keep going|carry on|go on|keep on)(?: like this| any ?more| with (?:it|this|life))?$`,
];

const VEHICLE = String.raw`(?:lorry|wagon|truck|van|car|cab|motor|bike|motorbike|tractor|trawler|boat|ferry|bus|forklift|artic)`;
// "if the lorry went off the a66 in the fog id not be that arsed".
const NOT_CARING_IF_IT_CRASHED = [
  pattern`\bif (?:the|my|me|this|that|a|i|it) (?:\w+ ){0,2}?${VEHICLE}?\s?(?:went|go|goes|came|come|rolled|flipped|sank|went down|went over|went under|crashed|skidded|ploughed|veered|ended up|drove|fell|hit)\b(?: \w+){0,8}? (?:id|i would|i will|i) (?:not|never) (?:be )?(?:that |too |very |much |all that |even )?(?:arsed|bothered|fussed|care|mind|sorry|upset|miss it)\b`,
];
const CRASH_GATE = String.raw`\bif\b.*\b${VEHICLE}\b`;
const CRASH_NOT_ME = String.raw`\b(?:insurance (?:would|will) (?:cover|pay)|the load|the pallets|the parcels|the stock|the delivery|the boss|the firm|company car|it is not mine|not my van|hire|lease)\b|${SOMEONE_ELSE_OR_A_STORY}`;

// "last day tomorrow. of everything not just the agency contract"; "cancel the interview, ill not be there or anywhere".
const LAST_OF_EVERYTHING = [
  pattern`\blast day\b(?: \w+){0,3}? (?:of everything|of it all|on earth|alive|full stop|for me full stop)\b`,
  pattern`\blast day\b.*\bnot just (?:the|my|at) (?:\w+ )?(?:contract|job|work|shift|placement|course|agency)\b`,
  pattern`\b(?:ill not|i will not|i am not going to|i will no longer|i am not gonna) be (?:there|here|around|about)\b(?: \w+){0,2}? (?:or anywhere(?: else)?|or anyplace|anywhere at all)\b`,
];

const KEEPSAKE = String.raw`(?:season ticket|tools|toolbox|van|car|bike|motorbike|guitar|dog|records|vinyl|rods?|fishing rods?|fishing gear|tackle|kit|medals|watch|ring|telly|tv|console|ps5|xbox|gear)`;
// "give me season ticket to our kid. told him ive lost interest, i havent, i just wont be using it".
const GIVEN_AWAY_NOT_NEEDED = [
  pattern`\b(?:give|gave|giving|given|handed|handing|passed|passing|left|leaving) (?:me|my|all me|all my) ${KEEPSAKE}\b.*\b(?:i (?:just )?will not be (?:using|needing|wanting|going)|will not need (?:it|them)|no use to me|no good to me|not going to need|not gonna need|i will not be there)\b`,
];
const GIVEN_FOR_A_REASON = String.raw`\b(?:selling|sold|new one|upgrad\w*|moving|skint|need the money|for the money|cannot afford|too expensive|injur\w*|knee|back|shifts clash|working saturdays|work weekends|moved away|lost interest in football|${LAUGH})\b|${SOMEONE_ELSE_OR_A_STORY}`;

// "head butted the mirror after getting the rejection email".
const HEAD_BUTTED_THINGS = [
  pattern`${NOT_BEFORE}\b(?:i )?(?:head ?butted|head ?butting|head ?butt|banged my head|banging my head|bashed my head|bashing my head|smashed my head|smashing my head) (?:against |into |off |on )?(?:the |a |my )?(?:mirror|wall|walls|door|window|floor|table|desk|steering wheel|wheel|fridge|cab|dashboard)\b`,
];
const HEAD_BY_ACCIDENT = String.raw`\b(?:accident|accidentally|by mistake|slipped|fell|tripped|low beam|low door|cupboard|loft|ducked|concussion from|rugby|football|${LAUGH})\b|${SOMEONE_ELSE_OR_A_STORY}`;

// Worries.
const AND_SO_AM_I = [
  pattern`\b(?:finished|done|dead|over|gone|shut|closed|knackered|buggered|scrapped|on its last legs)\b(?: \w+){0,4}? and so am i\b`,
  pattern`^what future\b|\bwhat future (?:is there|have i got|do i have)\b`,
];
const FEELING_AWFUL_NOT_PHYSICALLY = [
  pattern`\b(?:feel|feeling|felt) (?:shite|shit|crap|rubbish|awful|terrible|grim|horrendous|like shit|like crap|like death)\b.*\bnot physically\b`,
  pattern`\b(?:moping|mooching|moped) (?:about|around)\b`,
];
const DRINKING_AS_THERAPY = [
  pattern`\b(?:pub|cans|drink|drinking|booze|bevvy|bevvies|pints|vodka|cider|whisky|smoke|weed)\b(?: \w+){0,6}? (?:cheaper than therapy|is my therapy|only therapy|instead of therapy)\b`,
  pattern`\b(?:\d+|two|three|four|five|six|seven|week long|week|weekend|weeks) (?:day )?(?:bender|benders|sesh|binge)\b`,
];
const NOTHING_TO_OFFER = [
  pattern`\bwhat (?:have i|do i have|have i got|do i|can i) (?:got )?(?:to )?offer\b(?: \w+){0,3}? (?:nowt|nothing|nout|not much|sod all|bugger all|f all|fuck all|zilch)\b`,
];
const OWING = [
  pattern`\bi owe (?:the )?(?:tax ?man|hmrc|inland revenue|council|bank|landlord|gas|electric|water|loan shark|payday \w+|bailiffs|catalogue|klarna|credit card|child maintenance|csa|cms)\b`,
];
const JOKED_THREATS = [
  pattern`\b(?:ill|i will|i am going to|i am gonna|i would|id) (?:do time|end up inside|end up in prison|end up in jail|get locked up|get arrested|get sent down)\b`,
  pattern`\blucky i (?:did not|never) (?:break|snap|batter|deck|punch|lamp|chin|twat|kill|throttle|strangle) (?:his|her|their|someone s|some)?\s?\w*\b`,
  pattern`\b(?:driving|going|coming|heading|turning up) (?:round|over|up) (?:there|to (?:his|hers|theirs|their office|his office|the office|the agency)) with (?:a|my|the) (?:shovel|spade|bat|baseball bat|hammer|crowbar|machete|axe|pickaxe|wrench|spanner)\b`,
];
const TOOLS_FOR_WORK = String.raw`\b(?:to (?:fix|dig|help|clear|put|sort)|garden|allotment|snow|digging|job site|building site)\b|${SOMEONE_ELSE_OR_A_STORY}`;

export const HUNDRED_AND_NINETY_FIFTH_WHOLE_SETS = [
  [unless(String.raw`\bdo it\b`, PAYOUT_AT_WORK), [group('crisis', 'a plan to end their life', PAYOUT_PLAN)]],
  [unless(PAINKILLERS, SAVED_FOR_A_REASON), [group('crisis', 'preparing to end their life, or a past attempt', SAVED_PAINKILLERS)]],
  [unless(String.raw`\b(?:tara|ta ra|ta ta|cheerio|goodbyes?|bye|byes|farewell)\b`, GOODBYE_FOR_A_REASON), [group('crisis', 'preparing to end their life, or a past attempt', TARA_ROUND)]],
  [unless(String.raw`\b(?:${BODY}|felt|feel)\b`, HOT_THING_BY_ACCIDENT), [group('crisis', 'self-harm', HOT_THING_ON_MYSELF)]],
  [unless(String.raw`\bso i\b`, String.raw`\b(?:${LAUGH}|job|shift|shifts|work|course|jobcentre|appointments?|interview)\b.*\bhave to (?:keep going|go on)\b|${SOMEONE_ELSE_OR_A_STORY}`), [group('crisis', 'wishes to be dead', HOPING_FOR_ILLNESS)]],
  [unless(CRASH_GATE, CRASH_NOT_ME), [group('crisis', 'wishes to be dead', NOT_CARING_IF_IT_CRASHED)]],
  [unless(String.raw`\b(?:last day|anywhere)\b`, String.raw`\b(?:${LAUGH}|holiday|term|school|season|sale)\b|${SOMEONE_ELSE_OR_A_STORY}`), [group('crisis', 'intends to end their life', LAST_OF_EVERYTHING)]],
  [unless(KEEPSAKE, GIVEN_FOR_A_REASON), [group('crisis', 'preparing to end their life, or a past attempt', GIVEN_AWAY_NOT_NEEDED)]],
  [unless(String.raw`\bhead\b`, HEAD_BY_ACCIDENT), [group('crisis', 'self-harm', HEAD_BUTTED_THINGS)]],
  [unless(String.raw`\b(?:so am i|what future)\b`, String.raw`\b(?:${LAUGH}|for the day|for today|for tonight|with work|with the job|with my shift|lunch|dinner|tea|phone|phones|battery|charger|laptop|car|van|starting|start|fresh start|company|firm|industry|sector|progression|high street|shops|business|role)\b|${SOMEONE_ELSE_OR_A_STORY}`), [group('concern', 'hopelessness', AND_SO_AM_I)]],
  [unless(String.raw`\b(?:physically|mop\w*|mooch\w*)\b`, SOMEONE_ELSE_OR_A_STORY), [group('concern', 'low mood', FEELING_AWFUL_NOT_PHYSICALLY)]],
  [unless(String.raw`\b(?:therapy|bender|benders|sesh|binge)\b`, String.raw`\b(?:stag|hen|birthday|wedding|christmas|new year|festival|holiday|netflix|box set|boxset|series|revision|study|gaming|training|gym|physio|massage|counselling course)\b|${SOMEONE_ELSE_OR_A_STORY}`), [group('concern', 'drinking or drugs to cope', DRINKING_AS_THERAPY)]],
  [unless(String.raw`\boffer\b`, String.raw`\b(?:job offer|an offer|the offer|offered|special offer|offers)\b|${SOMEONE_ELSE_OR_A_STORY}`), [group('concern', 'feels worthless', NOTHING_TO_OFFER)]],
  [unless(String.raw`\bowe\b`, SOMEONE_ELSE_OR_A_STORY), [group('concern', 'money worries', OWING)]],
  [unless(String.raw`\b(?:do time|inside|prison|jail|locked up|arrested|sent down|lucky i|round|over|up)\b`, TOOLS_FOR_WORK), [group('concern', 'joked about hurting someone', JOKED_THREATS)]],
] as const;
