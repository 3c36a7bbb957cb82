// Money and home under pressure, coded control, and plain-spoken or angry writers: the risk put in
// few words, a half-question, a code ("you'll understand why") or a laugh taken back ("no lol").
// Crisis: the debt dying with me if I went; falling asleep and never having to deal with it again;
// "if I went into the sea / drove into the bridge, would it be quick"; found last time before it
// worked (in time); a threat to end or stab someone with "no lol" or "not joking" after it; the next
// one who knocks is getting glassed or stabbed; the urge to shake or hurt the baby or the kids; big
// sunglasses or a polo neck for the interview, "you'll understand why".
// Concern: the only way through is a couple of lines, a few cans, a bottle; a couple of lines at the
// weekend, and lately midweek; debt on cards with only the minimums paid; ended up at a doorstep
// lender, a payday loan, a loan shark, the pawn shop; a packet of crisps yesterday and that was it;
// moved here for work and know no one; crying at an advert, "lol. not lol".
// Each rests on two parts of the message or a whole phrase, so it is read in the whole message and
// the classifier's training text is not rewritten. Look-alikes of our own (someone else's debts, a
// sea swim, the fifa match, the panto lines, the minimum wage, a hangover under the sunglasses) are
// in test/domain/riskEightyFifthForms.test.ts. Normalised words ("youll", "know no one", "i am").
import { pattern, type RiskPatternGroup } from '../riskPatterns.ts';
import { group, LAUGH, NOT_BEFORE, unless } from './wholeMessageSets.ts';

const OTHERS = String.raw`he|she|hes|shes|his|her|they|their|my (?:mum|mom|dad|mother|father|brother|sister|friend|mate|son|daughter|nan|gran|uncle|aunt|auntie|cousin|neighbour|flatmate|partner|husband|wife|housemate|lodger)s?|character|film|book|show|series|song|game|episode|novel|story|play`;
/** Someone else's doing, said of them: "my brother owes", "she is paying". */
const THIRD = String.raw`\b(?:my (?:mum|mom|dad|mother|father|brother|sister|friend|mate|son|daughter|nan|gran|uncle|aunt|auntie|cousin|neighbour|flatmate|partner|husband|wife|boss|colleague|housemate|lodger)s?|friend of mine|a (?:lad|guy|bloke|woman|man|girl|family) (?:i|on|at|from|next)|he|she|they|hes|shes|theyre|his|their) (?:was|is|were|had|has|could|can|took|got|said|says|tried|will|would|owes|owed|ended|went|lost|borrowed|pays|paid|only|just|keeps|moved|cried)\b`;
const FICTION = String.raw`film|movie|book|novel|show|series|episode|game|gta|fifa|character|soap|play|panto|song|lyrics|news|documentary|podcast|drama|iplayer|netflix|radio|article|read that|reading`;
const SERIOUS = String.raw`no lol|not lol|lol no not lol|not joking|not even joking|no joke|not kidding|dead serious|deadly serious|i mean it|i am serious|i am not messing|not messing`;

// --- Crisis -------------------------------------------------------------------------------------
const DEBT_DIES_WITH_ME = pattern`\b(?:the |my |all the |all my |all this |this )?(?:debts?|loans?|arrears|overdraft|credit cards?|money i owe|what i owe)\b(?: \w+){0,3}? (?:dies|die|died|would die|will die|can die|goes|go|would go|gets written off|get written off|would get written off) with me\b|\bif i (?:died|was dead|were dead|was gone|were gone|got hit by (?:a|the) \w+|did not wake up|was not here|went)\b(?: \w+){0,5}? (?:would|will|does|do) (?:the |my |all the |all my )?(?:debts?|loans?|arrears|what i owe) (?:get |be )?(?:written off|wiped|cancelled|go away|disappear)\b`;
const DIES_OUT = String.raw`\b(?:will|probate|estate|executor|inheritance|inherit\w*|life insurance|funeral plan|pass (?:to|on)|passed (?:to|on)|kids would|children would|partner would|joint|guarantor|${OTHERS}|${FICTION}|${LAUGH})\b|${THIRD}`;

const SLEEP_NEVER_AGAIN = pattern`\b(?:be nice|would be nice|be lovely|would be lovely|be easier|would be easier|wish i could|i wish|i want to|want to|i would love|id love|would love|love|i keep hoping|hoping|dream of|dream about|i could)(?: to)? (?:just )?(?:fall asleep|go to sleep|drift off|close my eyes|sleep|lie down)(?: one night| tonight)? and (?:never|not) (?:have to |need to |wake up|come back)(?:deal with|face|do|think about|worry about|cope with|wake up|come back)?\b(?: \w+){0,5}? (?:again|ever again|anymore|any more|no more)\b`;
const SLEEP_OUT = String.raw`\b(?:holiday|weekend|lie in|lay in|on a beach|hibernate|till (?:spring|monday|the weekend)|for a week|for a month|the washing|the ironing|the school run|the commute|the alarm|${OTHERS}|${FICTION}|${LAUGH})\b`;

const WOULD_IT_BE_QUICK = pattern`\bif (?:i|someone|somebody|a person|you) (?:just )?(?:went|walked|jumped|stepped|drove|took|drank|swallowed|mixed|stopped|ran|lay|laid|threw|hung|cut|put)\b(?: \w+){1,10}? would (?:it|that|i) (?:just )?(?:be (?:quick|painless|fast|over quick|over quickly|over fast)|hurt(?! (?:my|your|the|his|her|their|anyone|chances|application|claim|score|credit))|feel anything|take long)\b`;
const QUICK_OUT = String.raw`\b(?:drove to|drive to|walked to|walk to|went to|took the (?:bus|train|tube|car|motorway|route|road)|journey|route|commute|directions|quicker|traffic|refund|application|apply|applied|online|by post|payment|transfer|process|claim|appeal|form|tattoo|piercing|wax|waxing|injection|jab|vaccine|blood test|filling|dentist|smear|laser|swim|swimming|dip|wetsuit|paddle|surf\w*|sponsored|charity|plunge|warm up|${FICTION}|${LAUGH})\b`;

const FOUND_BEFORE_IT_WORKED = pattern`\b(?:found|stopped|caught|got to|walked in on) me (?:last time |that time |the last time |the first time |last year |just )?(?:before (?:it|the pills|the tablets|they|the overdose|anything) (?:worked|took|took effect|kicked in|finished me|could work|did its job|was too late)|(?:just )?in time\b(?! (?:for|to|at)\b))`;
const FOUND_OUT = String.raw`\b(?:job|shift|shifts|role|vacancy|interview|agency|recruiter|cv|application|hide and seek|lost|keys|phone|wallet|dog|${FICTION}|${LAUGH})\b`;

const THREAT = String.raw`\b(?:i am|i will|ill|i am going to|i am gonna|going to|i swear|swear down|i swear down)(?: \w+)? (?:end|ending|kill|killing|murder|murdering|stab|stabbing|batter|battering|glass|glassing|bottle|bottling|knife|knifing|finish|finishing|shank|shanking) (?:him|her|them|that (?:guy|bloke|man|woman|lad|fella|prick|idiot|landlord|bailiff))\b`;
const ENDING_HIM_NO_LOL = pattern`^(?=.*${THREAT})(?=.*\b(?:${SERIOUS})\b)`;
const ENDING_OUT = String.raw`\b(?:fifa|game|match|quiz|chess|pool|darts|tennis|squash|golf|board game|monopoly|mario|poker|cards|football|five a side|arm wrestle|race|at the gym|${FICTION})\b`;

const NEXT_ONE_GLASSED = pattern`\b(?:the )?next (?:person|one|bailiff|guy|bloke|man|woman|lad|idiot|fella|debt collector|enforcement officer|landlord|copper|one of them|\w+)\b(?: \w+){0,8}? (?:is getting|gets|will get|is going to get|going to get|getting|will be getting|is gonna get) (?:glassed|bottled|stabbed|knifed|shanked|a knife|a bat|a hammer|a blade|a machete)\b`;
const GLASSED_OUT = String.raw`\b(?:${FICTION}|${LAUGH}|stage|combat|act \w+|scene)\b`;

const CHILD = String.raw`(?:the|my|our) (?:baby|little one|newborn|toddler|kids?|children|child|son|daughter|boy|girl|twins)\b(?! (?:brother|sister|bottle|monitor|wipes|rattle|food|milk|lotion|powder|seat|gym|walker|swing|bath|s))`;
const URGE_TO_SHAKE = pattern`${NOT_BEFORE}\b(?:feel like|felt like|want to|wanted to|urge to|urges to|tempted to|thoughts? (?:of|about)|thinking (?:of|about)|i could|i might|scared i (?:will|would|could|might)|scared ill|afraid i (?:will|would|could|might)|afraid ill|worried i (?:will|would|could|might)|worried ill|picturing|imagining|nearly|close to|came close to) (?:really |seriously |just )?(?:shake|shaking|shook|hurt|hurting|hit|hitting|smother|smothering|suffocate|suffocating|shake or hit) ${CHILD}`;
const SHAKE_OUT = String.raw`\b(?:ball|football|cricket|by accident|accidentally|car door|the swing|rattle|maracas|tambourine|shake (?:his|her|their) hand|kid brother|kid sister|${FICTION}|${LAUGH})\b`;

const COVER = String.raw`(?:sunglasses|shades|sunnies|dark glasses|polo neck|polo necks|turtle ?neck|roll neck|scarf|heavy make ?up|loads of make ?up|concealer|foundation|a hat pulled down|my fringe down)`;
const SUNGLASSES_WHY = pattern`^(?=.*\b(?:wear|wearing|wore|worn|put on|putting on|keep|keeping|borrowed|in|with) (?:my |me |the |big |dark |some |a |huge |massive |extra )*${COVER})(?=.*\b(?:you will understand|youll understand|you will see why|youll see why|you can (?:probably )?guess|guess why|do not ask|no questions|you know why|you probably know why|not by choice|not a fashion thing|not for the sun|will not explain|rather not explain|not what it looks like)\b)`;
const SUNGLASSES_OUT = String.raw`\b(?:sun|sunny|sunshine|bright|glare|hay ?fever|allerg\w*|migraine|eye test|dilat\w*|drops|conjunctivitis|pink eye|stye|hangover|hungover|night out|heavy night|drunk|botox|fillers?|lashes|brows|eyebrows|tattoo|surgery|operation|op|cataract|laser|spots|acne|rash|cold sore|fashion|style|outfit|freezing|cold|snow|chilly|${OTHERS}|${FICTION}|${LAUGH})\b`;

// --- Concern ------------------------------------------------------------------------------------
const SUBSTANCE = String.raw`(?:lines?|coke|cocaine|charlie|a drink|drinking|drink|booze|cans?|wine|vodka|whisky|gin|rum|cider|lager|pints?|beers?|weed|spliffs?|joints?|smoking|pills|valium|diazepam|a bottle|the bottle|bottle|tinnies|tins)`;
const ONLY_WAY_SUBSTANCE = pattern`\b(?:the )?only (?:way|thing)(?: that)? (?:i (?:can |ever )?(?:get through|get thru|cope|sleep|function|manage|relax|switch off|get going|face|keep going|get by|feel normal|feel ok|calm down)|(?:gets|keeps|helps|stops|calms|settles) me)\b(?: \w+){0,6}? (?:is|are|has been) (?:\w+ ){0,3}?${SUBSTANCE}\b`;
const ONLY_WAY_OUT = String.raw`\b(?:coffee|tea|music|gym|run|running|walk|walking|dog|podcast|audiobook|meditat\w*|yoga|bath|swim|script|poem|panto|acting|rehears\w*|lines of|line manager|fishing|colouring|drawing|${OTHERS}|${LAUGH})\b|${THIRD}`;

const LINES_AT_WEEKEND = pattern`\b(?:a couple of|couple of|a couple|couple|a few|few|some|two|three|a cheeky|cheeky) lines\b(?: \w+){0,3}? (?:on|at|before|every|each|most|gets?|keeps?|to|of a|over the)\b(?: \w+){0,2}? (?:\w+days?|weekends?|nights?|mornings?|evenings?|shifts?|interviews?|through|going|cope|face|me|weekdays)\b`;
const LINES_OUT = String.raw`\b(?:cv|form|letter|email|script|poem|panto|play|lyrics|code|text|message|cover letter|statement|essay|write|wrote|writing|read|reading|bus|train|tube|phone|fishing|drawing|sketch|colouring|paint\w*|lines of|production|assembly|picket|queue|tennis|football|pitch|court|road|yellow|${FICTION})\b|${THIRD}`;

const MINIMUMS = pattern`${NOT_BEFORE}\b(?:i |and |only |just |can only |i can only |i only |am only |i am only |i just |still )(?:pay|paying|make|making|manage|managing|afford|cover|covering|scrape|scraping) (?:the |my )?(?:bare )?minimums?(?: payments?| repayments?| amounts?| on (?:them|each|all|it))?\b(?! (?:wage|hours|income|salary|notice|age|term|spend|contract|pension|order))`;
const MINIMUMS_GATE = String.raw`\b(?:credit cards?|cards|debts?|owe|owing|loans?|catalogues?|overdraft|maxed|klarna|finance)\b`;
const MINIMUMS_OUT = String.raw`\b(?:in full|interest free|0 percent|balance transfer|minimum wage|bare minimum (?:of|at) (?:work|effort)|${OTHERS}|${FICTION}|${LAUGH})\b|${THIRD}`;

const LENDER = String.raw`(?:doorstep (?:lender|loan)s?|payday (?:lender|loan|loan company)s?|loan sharks?|pawn ?(?:shop|broker)s?|pawnbrokers?|a bloke who lends|the provident|provident|cash converters|logbook loans?)`;
const ENDED_UP_AT_LENDER = pattern`(?:^|\bi (?:have |had |have had to |had to |ended up |even )?|\b(?:and|so|then|now|honestly|ended up|had to|have had to) )(?:ended up|end up|gone|went|been|go|going|resorted|resort|turned|borrowed|borrow|borrowing|took|take|taken|taking|got|get|getting|signed up|owe|owing|in debt)(?: out)?(?: \w+)? (?:at|to|with|from|off|on|a|an|for) (?:a |an |the |another |some |two |three |more )?${LENDER}`;
const LENDER_OUT = String.raw`\b(?:work|working|job|shift|vacancy|apply|applying|applied|interview|role|cv|manager|staff|${OTHERS}|${FICTION}|${LAUGH})\b|${THIRD}`;

const FOOD = String.raw`(?:crisps|a packet|a bag|toast|a slice|biscuits?|bread|noodles|pot noodle|cereal|banana|an apple|apple|sandwich|soup|cup a soup|rice|beans|chocolate|a yoghurt|yoghurt|crackers?|a coffee|coffee|a tea|a cup of tea|a sausage roll|a bite|a mouthful|a bit)`;
const CRISPS_AND_THAT_WAS_IT = pattern`\b(?:ate|eaten|had|just|only|managed|i have had)\b(?: \w+){0,3}? ${FOOD}(?: of \w+)?(?: \w+){0,3}? and that (?:was|is|has been) (?:it|all)\b(?! (?:for|done|sorted|fine))`;
const CRISPS_OUT = String.raw`\b(?:diet|dieting|fasting|fast|ramadan|lent|busy|rushed|no time|back to (?:work|my desk)|meeting|lunch break|on the go|feast|big lunch|huge|massive|blood test|operation|surgery|procedure|${OTHERS}|${FICTION}|${LAUGH})\b|${THIRD}`;

const MOVED_KNOW_NO_ONE = pattern`^(?=.*\b(?:moved|move|relocated|came|come) (?:here|down here|up here|over here|down|up|over|to (?:this|a new|the) (?:town|city|area|place|country))\b)(?=.*\b(?:i know no one|know no one|i do not know (?:anyone|anybody|a soul|a single person)|do not know (?:anyone|anybody|a soul|a single person)|no friends|not a single friend|no one here|nobody here)\b(?! (?:yet|else|from)\b))`;
const MOVED_OUT = String.raw`\b(?:yet|excited|looking forward|new start|fresh start|adventure|exciting|settling in well|loving it|love it here|${OTHERS}|${LAUGH})\b|${THIRD}`;

const CRIED_NOT_LOL = pattern`^(?=.*\b(?:cried|cry|crying|cries|burst into tears|in tears|welled up|teared up|tearing up|sobbed|sobbing|bawled|bawling|wept|weeping)\b)(?=.*\b(?:lol|haha|lmao)\b(?: \w+)? (?:not lol|but not lol|no not lol|not really lol|seriously though|but seriously|not funny actually)\b)`;
const CRIED_OUT = String.raw`\b(?:happy tears|tears of joy|wedding|proposal|graduation|onions?|laughing|laughed|so funny|hilarious|cute|puppy|proud|${OTHERS}|${FICTION})\b|${THIRD}`;

/** [gate on the whole message, groups read in it] as rules.ts reads whole-message sets. */
export const EIGHTY_FIFTH_WHOLE_SETS: readonly (readonly [RegExp, readonly RiskPatternGroup[]])[] = [
  [unless(String.raw`\bwith me\b|\bif i\b`, DIES_OUT), [group('crisis', 'wishes to be dead', [DEBT_DIES_WITH_ME])]],
  [unless(String.raw`\b(?:asleep|sleep|drift off|close my eyes|lie down)\b`, SLEEP_OUT), [group('crisis', 'wishes to be dead', [SLEEP_NEVER_AGAIN])]],
  [unless(String.raw`\bwould (?:it|that|i)\b`, QUICK_OUT), [group('crisis', 'thinking about a way to end their life', [WOULD_IT_BE_QUICK])]],
  [unless(String.raw`\bme\b`, FOUND_OUT), [group('crisis', 'preparing to end their life, or a past attempt', [FOUND_BEFORE_IT_WORKED])]],
  [unless(String.raw`\b(?:${SERIOUS})\b`, ENDING_OUT), [group('crisis', 'harm to someone else', [ENDING_HIM_NO_LOL])]],
  [unless(String.raw`\bnext\b`, GLASSED_OUT), [group('crisis', 'harm to someone else', [NEXT_ONE_GLASSED])]],
  [unless(String.raw`\b(?:baby|little one|newborn|toddler|kids?|children|child|son|daughter|boy|girl|twins)\b`, SHAKE_OUT), [group('crisis', 'harm to someone else', [URGE_TO_SHAKE])]],
  [unless(String.raw`\b${COVER}\b`, SUNGLASSES_OUT), [group('crisis', 'abuse or violence', [SUNGLASSES_WHY])]],
  [unless(String.raw`\bonly (?:way|thing)\b`, ONLY_WAY_OUT), [group('concern', 'drinking or drugs to cope', [ONLY_WAY_SUBSTANCE])]],
  [unless(String.raw`\blines\b`, LINES_OUT), [group('concern', 'drinking or drugs to cope', [LINES_AT_WEEKEND])]],
  [unless(MINIMUMS_GATE, MINIMUMS_OUT), [group('concern', 'money worries', [MINIMUMS])]],
  [unless(String.raw`\b(?:lender|loans?|sharks?|pawn\w*|provident|cash converters|bloke who lends)\b`, LENDER_OUT), [group('concern', 'money worries', [ENDED_UP_AT_LENDER])]],
  [unless(String.raw`\band that (?:was|is|has been) (?:it|all)\b`, CRISPS_OUT), [group('concern', 'not eating or sleeping', [CRISPS_AND_THAT_WAS_IT])]],
  [unless(String.raw`\b(?:moved|move|relocated|came|come)\b`, MOVED_OUT), [group('concern', 'feels alone', [MOVED_KNOW_NO_ONE])]],
  [unless(String.raw`\bnot lol\b|\bseriously though\b|\bbut seriously\b|\bnot funny actually\b`, CRIED_OUT), [group('concern', 'low mood', [CRIED_NOT_LOL])]],
];
