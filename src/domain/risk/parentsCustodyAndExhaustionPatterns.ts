// Crisis: a parent who shook or hurt the baby from exhaustion; a partner or ex threatening to take or
// keep the children, or to tell social services, if the client leaves or works; the children
// "better off with their dad" or "nothing left" if social services take them; a plan timed round
// who has the children ("nan has them thursday, i will do it then"), the train time worked out, the
// date set so he will never forget it; got as far as climbing over a bridge before someone stopped
// them; the canal deep enough, the car park high enough; "i cut to cope"; the children's papers
// handed over "just in case"; the children hungry with pennies left, a food bank open now, sitting
// in a e to be somewhere warm.
// Concern: "too old, too fat, too thick"; the other mums at the gate not talking to them; wine
// o'clock earlier, gin in the travel mug; punching "the next dad who" in jest; a low day and not
// dressed; benefit advances clawed back; no proper night's sleep in years; forgetting everything and
// "losing it"; "nothing works out".
// Read in the whole message, so the classifier's training text is not rewritten. Look-alikes of
// our own are in test/domain/riskFortySixthForms.test.ts.
// Normalised words, as in riskPatterns.ts ("i've" is "i have", "can't" is "can not", "a&e" is "a e").
import { pattern, type RiskPatternGroup } from '../riskPatterns.ts';
import { group, NOT_BEFORE, unless } from './wholeMessageSets.ts';

const JOKE = String.raw`\b(?:lol|haha|hahaha|lmao|joking|jk|in the game|on fortnite|film|episode|book)\b`;

// --- Crisis -------------------------------------------------------------------------------------
const CHILD = String.raw`(?:him|her|them|the baby|my baby|the little one|my little one|my son|my daughter|my boy|my girl|the twins|my toddler|the toddler)`;
const SHOOK = pattern`${NOT_BEFORE}\bi (?:shook|have shaken|was shaking|nearly shook|almost shook|grabbed and shook|picked (?:him|her) up and shook|shouted in (?:his|her) face and shook|threw|chucked|smacked|slapped|hit|squeezed) ${CHILD}\b(?! (?:awake|up|off|hand|by the hand|gently|to wake|a bit to wake|out of bed))`;
const SHOOK_WHY = String.raw`\b(?:tired|exhausted|shattered|knackered|screaming|crying|scream|cry|would not stop|hours|snapped|lost it|so angry|rage|frustrated|so hard|too hard|a mark|bruise|could not cope|no sleep|not slept)\b`;
const NOT_SHOOK = String.raw`\b(?:hand|hands|awake|rattle|bottle|snow globe|milk|medicine|dice|pillow|duvet|tambourine|maracas|bubble|ball|pillow fight|tickle|game|fortnite|played|playing)\b`;

const PARTNER = String.raw`(?:he|she|my ex|my partner|my husband|my wife|their dad|their mum|his dad|her dad|the kids dad|my boyfriend|my girlfriend)`;
const KEEP_KIDS = pattern`\b${PARTNER} (?:says|said|keeps saying|told me|threatens|threatened|has threatened|swears)(?: that)?(?: if i (?:leave|go|work|take a job|start work|get a job|tell anyone|go to the police)(?: \w+){0,3}?)? (?:he|she|they)? ?(?:will|would|is going to|is gonna|can)? ?(?:take|keep|get full custody of|snatch|take away|stop me seeing|make sure i never see|tell social services about|report me to social services|tell the social about|ring social services about|call social services on) (?:me|the kids|the children|my kids|my children|the baby|them|my son|my daughter|custody|full custody)\b(?=.*\b(?:if i|unless i|never see|from me|off me|away|for good|custody|i will lose|abroad|out of the country|unfit)\b)(?! (?:to (?:school|football|swimming|the park|nursery|his mums|her mums|the dentist)|for the (?:weekend|night|day|holidays)|on (?:saturday|sunday|friday|weekends|wednesdays|the weekend)|this (?:weekend|week|summer)|while i))`;
const UNFIT = pattern`\b${PARTNER} (?:says|said|keeps saying|told me|threatens|threatened|will)(?: that)? (?:he|she|they)? ?(?:will|would|is going to)? ?(?:tell|ring|call|report me to) (?:social services|the social|the court|my social worker)(?: that)? i am (?:an? )?(?:unfit|bad|crazy|mad|useless|drunk|not fit)\b`;
const NOT_KEEP = String.raw`\b(?:agreed|arrangement|rota|takes turns|every other|week on|half term|holidays|swap|mediation went well|kindly)\b`;

const BETTER_DAD = pattern`\b(?:the kids|my kids|the children|my children|they|he|she|my son|my daughter|the baby) (?:would|will|would honestly|would probably|are going to) be (?:so )?better off (?:with|living with|staying with) (?:their|his|her) (?:dad|mum|father|mother|nan|gran|grandparents|auntie)(?: than (?:with )?me)?(?: (?:anyway|honestly|really|if i was not here|without me|when i am gone|for good|permanently))*$|\bbetter off (?:with|living with) (?:their|his|her) (?:dad|mum|father|mother|nan|gran) (?:without me|if i was not here|when i am gone|for good)\b`;
const NOT_BETTER = String.raw`\b(?:weekend|weekends|weeknights|for the summer|holidays|school run|for now|while i|during|nights|shifts|course|closer to|nearer|catchment|commute)\b`;
const NOTHING_LEFT = pattern`\bif (?:social services|the social|they|the court|the judge|children s services|childrens services) (?:take|takes|took|remove|removes|keep) (?:them|the kids|my kids|my children|the children|the baby|my baby|my son|my daughter)(?: (?:off me|away|from me|into care))*(?: then)? (?:there is|there will be|i have|i will have|there would be|i would have) (?:nothing|no reason|nothing left|no point)(?: left)?(?: (?:for me|to live for|of me|anymore|any more))*\b`;

const WHO_HAS_THEM = String.raw`\b(?:nan|gran|nana|granny|grandma|grandad|my mum|my mam|my mom|my dad|their dad|his dad|her dad|my ex|my sister|my brother|auntie|my aunt|the childminder|my neighbour|my friend) (?:has|have|has got|is having|is taking|takes|will have|will take|got|is looking after) (?:them|the kids|the children|the baby|him|her)\b`;
const DO_IT = String.raw`\b(?:i will|ill|i am going to|i am gonna|gonna|i can) (?:do it|go through with it|end it all|end things|finish it|be gone)(?: (?:then|that day|that night|there|at the flat|at home|while|when|thursday|friday|saturday|sunday|monday|tuesday|wednesday))*\b`;
const PLANNED = String.raw`\b(?:worked it (?:all )?out|planned|sorted it|it is all sorted|made my mind up|decided|they will not (?:find|see)|so they do not (?:find|see)|nobody will|no one will|at the flat|on my own|alone|for good)\b`;
const KIDS_AWAY_PLAN = new RegExp(String.raw`^(?=.*${PLANNED})(?:.*${WHO_HAS_THEM}.*${DO_IT}|.*${DO_IT}.*${WHO_HAS_THEM})`);
const NOT_PLAN = String.raw`\b(?:cv|application|form|course|interview|shift|forms|homework|shopping|ironing|cleaning|washing|appointment|session|call|paperwork|jobs|job|tidy|decorating|painting|nails|hair)\b`;

const TRAIN_TIME = pattern`\b(?:worked out|checked|looked up|found out|timed) (?:the|which|what) (?:fast |express |freight |last )?train(?: time| times)?(?: \d+ \d+| \d+)?\b(?=.*\b(?:drop (?:them|the kids|him|her)|after (?:the )?school run|breakfast club|kids are at|nursery|after i drop|once they are)\b)`;
const NOT_TRAIN = String.raw`\b(?:catch|get the|getting|arrive|into town|to work|interview|shift|office|commute|ticket|fare|railcard|journey|change at|connection|get to|be at|be in|to the (?:course|jobcentre|college)|trip|day out|visit)\b`;

const DATE_SET = pattern`\b(?:the )?dates? (?:is |are )?set\b(?=.*\b(?:he|she|they|hell|shell|he will|she will|they will|theyll) (?:will )?never forget (?:it|that day|me|this)\b)`;
const NOT_DATE = String.raw`\b(?:wedding|party|surprise|proposal|propose|celebrat\w*|cake|present|gift|holiday|trip|court|hearing|interview|start date|course|christening|anniversary|engagement|ring)\b`;

const STOPPED_ME = pattern`\b(?:climbing|climbed|climb|got|stepped|stepping|standing|stood|sat|sitting|leaning) (?:over|on|onto|on to|up on|on the other side of|the wrong side of|over the edge of)\b.*\b(?:before|until|when|till) (?:a |the |some |this |my )?(?:man|woman|stranger|passer by|police|policeman|policewoman|officer|someone|somebody|guy|bloke|lady|driver|staff|dog walker|lad|girl)\b(?: \w+){0,2}? (?:stopped|pulled|grabbed|talked|dragged|got hold of|spotted) me\b|\b(?:talked|pulled|dragged|got) me (?:down |back )?(?:off|from) the (?:bridge|railings?|roof|platform|parapet|cliff|multi storey|car park roof)\b`;
const NOT_STOPPED = String.raw`\b(?:stair gate|gate|fence|cot|playpen|climbing wall|bouldering|abseil|rock climbing|scaffolding|ladder|dog|toddler|horse)\b`;

const WATER = String.raw`(?:canal|river|reservoir|lake|quarry|water|sea|loch|dock|docks|pond|weir)`;
const HIGH = String.raw`(?:bridge|car park|multi storey|balcony|cliff|roof|drop|tower|flats|block|viaduct)`;
const DEEP_ENOUGH = pattern`\b${WATER}\b(?: \w+){0,6}? (?:is|looks|looked|was|would be|will be) (?:deep|cold|fast) enough\b|\b${HIGH}\b(?: \w+){0,6}? (?:is|looks|looked|was|would be|will be) (?:high|tall) enough\b`;
const NOT_DEEP = String.raw`\b(?:kids|toddler|children|paddl\w*|boat|fish|fishing|kayak|canoe|to swim in|swim in|for swimming|dive|diving|reach|fence|cat|dog|tent|flood|wellies|view|photos?|hold|shelf|climb|safe|lesson|lessons)\b`;

const CUT_TO_COPE = pattern`${NOT_BEFORE}\bi (?:still |sometimes |secretly |have started to |started to |have been )?(?:cut|cutting|cut myself|burn myself|hurt myself) (?:to cope|to deal with it|to get through|to feel something|to calm down|when it gets too much|when it all gets too much)\b`;
const NOT_CUT = String.raw`\b(?:used to|hair|fringe|grass|hedge|coupons|back|costs|bills|hours|corners|crusts|sandwich|sugar|carbs|caffeine|ties|out|down)\b`;

const PAPERS = pattern`\b(?:given|gave|give|handed|left|told|shown|showed) (?:my |our |the )?(?:sister|brother|mum|mam|nan|gran|friend|neighbour|best friend|ex|partner|aunt|auntie|cousin|her|him)\b.*\b(?:birth certificates?|their passports|the will|my will|where the will is|guardianship|bank details|passwords|pin numbers?|life insurance|funeral plan)\b(?=.*\b(?:just in case|in case anything happens|if anything happens|when i am gone|after i am gone|for afterwards|for when i am not here)\b)`;
const NOT_PAPERS = String.raw`\b(?:holiday|flight|travel|abroad|trip|passport office|renew|renewal|solicitor|made (?:a |our )?wills?|mortgage|hospital bag|operation|surgery|school trip|form|application)\b`;

const HUNGRY = pattern`\b(?:the kids|my kids|the children|my children|my grandkids|the grandkids|the baby|my son|my daughter|the little ones|they|we) (?:are|is|were|have been|keep saying they are) (?:so )?(?:hungry|starving)\b(?=.*\b(?:\d+p|no money|not a penny|no food|nothing to eat|nothing for (?:tea|dinner|supper)|nothing in the (?:house|cupboards?|fridge)|empty cupboards?|nothing left|no gas|no electric)\b)`;
const FOOD_BANK = pattern`\bfood ?banks? (?:open|near|nearby|that is open)\b(?=.*\b(?:now|tonight|today|nothing|no food|hungry|starving|empty)\b)|\b(?:we have|i have|we have got|i have got|got) (?:nothing|no food)(?: at all)? (?:for (?:tea|dinner|supper|the kids|tonight)|to eat)\b(?=.*\bfood ?banks?\b)`;
const NOT_FOOD = String.raw`\b(?:lol|haha|volunteer\w*|donat\w*|collection|drop off|drop some|giving|growth spurt|after school|eat me out|snacks|takeaway|chippy|pop to|shop|fish fingers)\b`;
const WARM = pattern`\b(?:sitting|sat|sleeping|slept|staying|stayed|waiting|spending the night|spent the night|been|are|were|we are|i am) (?:in|at|on) (?:a e|the hospital|a and e|the station|the bus station|the train station|mcdonalds|a 24 hour|the night bus|the bus|the car)\b(?: \w+){0,3}? (?:just )?to (?:be somewhere warm|keep warm|stay warm|get warm|be out of the cold)\b`;

// --- Concern ------------------------------------------------------------------------------------
const TOO_OLD = pattern`\btoo (?:old|fat|thick|stupid|ugly|useless|slow|dumb|past it|rubbish)(?: and)? too (?:old|fat|thick|stupid|ugly|useless|slow|dumb|past it|rubbish)\b`;
const GATE_MUMS = pattern`\bthe other (?:mums|parents|dads|mams|moms)\b(?: \w+){0,5}? (?:do not|will not|never|no longer|stopped|have stopped) (?:talk|talking|speak|speaking|say hello|saying hello|invite|inviting|look at|even look at)\b|\b(?:blank|ignore|blanked|ignored|avoid|avoided|whisper about|talk about) me (?:at|on) (?:the )?(?:school )?(?:gate|playground|school run)\b`;
const NOT_MUMS = String.raw`\b(?:lol|haha|new|shy|busy|in a rush|rushing|in a hurry|phones)\b`;
const HIDDEN_DRINK = pattern`\b(?:wine|gin|vodka|prosecco|cider|beer|rum|whisky)\b(?: \w+)? (?:in|into) (?:the|my|a) (?:travel mug|coffee cup|coffee mug|water bottle|flask|tea mug|kids bottle|lunchbox|handbag|changing bag|squash bottle)\b|\bwine o ?clock (?:starts|is|begins|comes|has started) (?:at \d+|earlier|before (?:lunch|pick up|school)|by lunch|at lunch)\b|\b(?:drink|drinking|a drink|a glass|a gin|a wine) before (?:the )?(?:school run|pick up|school pick up|nursery pick up|the kids get home)\b`;
const NOT_DRINK = String.raw`\b(?:christmas market|bonfire|picnic|festival|wedding|hen|friday|birthday|party|mulled)\b`;
const NEXT_DAD = pattern`\b(?:tempted to|going to|gonna|i will|ill|i swear i will|i could|about to) (?:punch|deck|slap|throttle|strangle|smack|lamp|thump|headbutt) (?:the next|whoever|anyone who|the next person who)\b`;
const LOW_DAY = pattern`\b(?:low|flat|grey|dark|bad|rough) (?:day|days|week|one)\b(?=.*\b(?:did not|have not|could not|not) (?:get dressed|got dressed|get out of bed|got out of bed|shower|showered|wash|open the curtains|leave the house|left the house)\b)`;
const NOT_LOW = String.raw`\b(?:lol|haha|pyjama day|lazy|duvet day|movie day|snow day|sick day|poorly|temperature|flu|covid|tide|energy|battery)\b`;
const CLAWBACK = pattern`\b(?:advance|deductions?|overpayment|claw back|clawing back|take a chunk|takes a chunk|taking a chunk)\b(?=.*\b(?:uc|universal credit|benefits?|dwp|tax credits|jobcentre|child maintenance)\b)(?=.*\b(?:short|never enough|do not last|does not last|run out|skint|can not afford|struggl\w*|behind)\b)`;
const NO_NIGHT = pattern`\b(?:have not|not|never) (?:had|got) (?:a )?(?:proper|full|decent|good|whole|single) night(?:s| s)?(?: sleep| of sleep)? (?:in|for) (?:years|months|ages|weeks|forever|a year|\d+ (?:years|months|weeks))\b`;
const LOSING_IT = pattern`\b(?:keep|keeps|kept) forgetting\b(?=.*\b(?:i am|i think i am|i feel like i am) (?:losing it|losing the plot|losing my mind|falling apart|cracking up)\b)`;
const NOTHING_WORKS = pattern`${NOT_BEFORE}\bnothing (?:ever )?(?:works out|goes right|goes my way|gets better|will change|will work out)(?: for (?:me|us))?(?: (?:ever|anyway|so why bother|for me))*$`;

/** [gate on the whole message, groups read in it] as rules.ts reads whole-message sets. */
export const FORTY_SIXTH_WHOLE_SETS: readonly (readonly [RegExp, readonly RiskPatternGroup[]])[] = [
  [new RegExp(String.raw`^(?!.*${NOT_SHOOK})(?=.*${SHOOK_WHY}).*\b(?:shook|shaken|shaking|threw|chucked|smacked|slapped|hit|squeezed)\b`), [group('crisis', 'harm to someone else', [SHOOK])]],
  [unless(String.raw`\b(?:take|keep|get|have|snatch|custody|social services|the social|seeing)\b`, NOT_KEEP), [group('crisis', 'coercive control', [KEEP_KIDS, UNFIT])]],
  [unless(String.raw`\bbetter off\b`, NOT_BETTER), [group('crisis', 'thoughts of suicide', [BETTER_DAD])]],
  [/\bif\b.*\b(?:nothing|no reason|no point)\b/, [group('crisis', 'thoughts of suicide', [NOTHING_LEFT])]],
  [unless(String.raw`\b(?:do it|go through with it|end it all|end things|finish it|be gone)\b`, NOT_PLAN), [group('crisis', 'a plan to end their life', [KIDS_AWAY_PLAN])]],
  [unless(String.raw`\btrain\b`, NOT_TRAIN), [group('crisis', 'a plan to end their life', [TRAIN_TIME])]],
  [unless(String.raw`\bforget\b`, NOT_DATE), [group('crisis', 'a plan to end their life', [DATE_SET])]],
  [unless(String.raw`\b(?:bridge|railings?|edge|parapet|ledge|cliff|roof|platform|multi storey)\b`, NOT_STOPPED), [group('crisis', 'preparing to end their life, or a past attempt', [STOPPED_ME])]],
  [unless(String.raw`\benough\b`, NOT_DEEP), [group('crisis', 'thinking about a way to end their life', [DEEP_ENOUGH])]],
  [unless(String.raw`\b(?:cut|cutting|burn|hurt)\b`, NOT_CUT), [group('crisis', 'self-harm', [CUT_TO_COPE])]],
  [unless(String.raw`\bin case\b|\bi am gone\b|\bafterwards\b|\bnot here\b`, NOT_PAPERS), [group('crisis', 'preparing to end their life, or a past attempt', [PAPERS])]],
  [unless(String.raw`\b(?:hungry|starving|food ?banks?)\b`, NOT_FOOD), [group('crisis', 'no safe place, food or power tonight', [HUNGRY, FOOD_BANK])]],
  [/\bwarm\b|\bcold\b/, [group('crisis', 'no safe place, food or power tonight', [WARM])]],
  [/\btoo\b/, [group('concern', 'feels worthless', [TOO_OLD])]],
  [unless(String.raw`\b(?:other|me)\b`, NOT_MUMS), [group('concern', 'feels alone', [GATE_MUMS])]],
  [unless(String.raw`\b(?:wine|gin|vodka|prosecco|cider|beer|rum|whisky|drink|drinking)\b`, NOT_DRINK), [group('concern', 'drinking or drugs to cope', [HIDDEN_DRINK])]],
  [/\bnext\b|\bwhoever\b|\banyone who\b/, [group('concern', 'joked about hurting someone', [NEXT_DAD])]],
  [unless(String.raw`\b(?:low|flat|grey|dark|bad|rough)\b`, NOT_LOW), [group('concern', 'low mood', [LOW_DAY])]],
  [/\b(?:advance|deductions?|overpayment|claw|chunk)\b/, [group('concern', 'money worries', [CLAWBACK])]],
  [/\bnight/, [group('concern', 'not eating or sleeping', [NO_NIGHT])]],
  [unless(String.raw`\bforgetting\b`, JOKE), [group('concern', 'not coping', [LOSING_IT])]],
  [/\bnothing\b/, [group('concern', 'hopelessness', [NOTHING_WORKS])]],
];
