// Crisis: driving the van, cab or lorry into the central reservation, a bridge or a wall; a nurse
// or carer who knows which drugs, dose or ligature "works" or "you do not come back from"; drinking
// the bleach or other cleaning fluid; going to a bridge or a roof and nearly doing it; cutting with
// knives or blades from work; slipping something into a boss's tea; waiting outside work to "do him
// in"; a partner who deletes or hides the job offer, or says they are too thick to work.
// Concern: a dream ("i used to think id run my own kitchen") that is never happening now; "what am
// i good at? nothing"; benefits or tax credits overpaid and wanted back; a social life that was the
// job and is all gone; a joke ("lol") about punching, stabbing or locking in the freezer a boss,
// caller or whoever.
// Read in the whole message, so the classifier's training text is not rewritten. Look-alikes of
// our own are in test/domain/riskFortyFifthForms.test.ts.
// Normalised words, as in riskPatterns.ts ("gonna" is "going to", "im" is "i am", "dont" is "do not").
import { pattern, type RiskPatternGroup } from '../riskPatterns.ts';
import { group, NOT_BEFORE, unless } from './wholeMessageSets.ts';


// --- Crisis -------------------------------------------------------------------------------------
const VEHICLE = String.raw`(?:(?:the|my|his|her|a) (?:\w+ )?(?:uber|van|lorry|car|cab|taxi|truck|bus|artic|wagon|motor|bike|forklift|hgv)|it) `;
const OBSTACLE = String.raw`(?:the |a |an )?(?:central reservation|crash barrier|barrier|bridge|bridge support|pillar|concrete pillar|motorway bridge|wall|brick wall|tree|oncoming traffic|oncoming lorry|oncoming|lorry|back of a lorry|artic|bus|canal|river|sea|quarry|reservoir|lamp post)`;
const DRIVE_INTO = pattern`${NOT_BEFORE}\bi (?:\w+ ){0,5}?(?:think about|thought about|thinking about|picture|imagine|want to|could|could just|might|might just|keep thinking about|am tempted to|was tempted to|feel like|going to|will|nearly|almost) (?:just )?(?:driving|drive|steering|steer|swerving|swerve|ploughing|plough|veering|veer|crashing|crash|putting|put|aiming|aim) (?:${VEHICLE})?(?:straight |head on |flat out |full speed )?(?:into|off|under|at) ${OBSTACLE}\b`;
const NOT_DRIVE = String.raw`\b(?:black ice|skid|skidded|insurance|claim|whiplash|by accident|accidentally|parking|parked|reversing|reversed|sat nav|satnav|game|gta|forza|mario kart|film|lesson|instructor|depot|city centre|town centre)\b`;

const MEANS = String.raw`(?:drugs|meds|medication|tablets|pills|dose|doses|dosage|insulin|morphine|oramorph|fentanyl|opioids|paracetamol|combination|combo|mix|cocktail|amount|ligature|ligatures|knot|knots)`;
const KNOWS_LETHAL = pattern`\bi know (?:exactly |precisely |just |full well |for a fact )?(?:which|what|how much|how many|the (?:\w+ )?${MEANS}|which ${MEANS}|what ${MEANS})(?: \w+){0,4}? (?:you do not come back from|nobody comes back from|no one comes back from|would do it|will do it|would kill|would kill me|kills you|is lethal|is fatal|would be fatal|would be enough|is enough|would stop my heart|stops your heart|stop your heart|it takes|would finish me|would end it|to take)\b`;
const KNOWS_WORKS = pattern`\bi know (?:exactly |just |full well )?(?:what|which ones?|how) (?:works|would work|actually works|holds|would hold)\b(?=.*\b(?:ligature|ligatures|drugs round|drug round|meds round|overdose|that thought|the thought|always there|on my mind|in my head|tempting|tempted|myself)\b)`;
const NOT_LETHAL = String.raw`\b(?:exam|assessment|training course|quiz|revision|recipe|cocktail menu|bar|mixology|for my patients|patients safe|keep (?:them|people|residents|patients) safe|interview|cv|skills)\b`;

const POISON = String.raw`(?:bleach|antifreeze|anti freeze|weedkiller|weed killer|paraquat|drain cleaner|white spirit|oven cleaner|toilet cleaner|caustic soda|disinfectant|rat poison|washing up liquid|screen wash|screenwash|methylated spirits|meths)`;
const DRINK_POISON = pattern`${NOT_BEFORE}\bi (?:\w+ ){0,4}?(?:could|could just|might|might just|should|should just|want to|will|am going to|keep thinking about|think about|thought about|feel like|was going to|nearly|almost) (?:just )?(?:drink|drinking|swallow|swallowing|down|downing|neck|necking|drank|swallowed) (?:the |some |a bottle of |the whole bottle of |a cup of |a glass of )?(?:\w+ )?${POISON}\b`;
const NOT_POISON = String.raw`\b(?:toddler|baby|the kids?|my (?:son|daughter)|the dog|the cat|by mistake|accidentally|smell|smells|fumes|joke|game|film)\b`;

const EDGE = String.raw`(?:bridge|the edge|cliff|cliffs|cliff top|multi storey|multistorey|car park roof|roof|rooftop|platform edge|the tracks|railway line|viaduct|flyover|overpass|motorway bridge|top floor)`;
const NEARLY = String.raw`(?:nearly|almost|very nearly|so nearly|came close to|close to) (?:did it|doing it|went through with it|going through with it|jumped|jumping|stepped off|stepping off|went over|going over|let go|letting go|climbed over|climbing over)`;
const NEARLY_DID_IT = pattern`\b${EDGE}\b.*\b${NEARLY}\b|\b${NEARLY}\b.*\b${EDGE}\b`;
const NOT_EDGE = String.raw`\b(?:bungee|zipline|zip line|abseil|abseiling|skydive|skydiving|diving board|high dive|cliff jump|cliff jumping|coasteering|swim|swimming|photo|photos|selfie|film|game|rollercoaster|ride|lol|haha)\b`;

const BLADE = String.raw`(?:knives|knife|blade|blades|razor|razors|razor blades|box cutter|box cutters|stanley knife|stanley blade|scalpel|scalpels|craft knife|cleaver|boning knife|pairing knife|paring knife|scissors|safety cutter|cutter)`;
const CUT_WITH = pattern`\bi (?:\w+ ){0,2}?(?:use|used|using|take|took|kept|keep|still use) (?:the |my |a |an |some |those |these )?(?:\w+ ){0,2}?${BLADE}\b(?: \w+){0,6}? to (?:cut|slice|hurt|scratch|mark)(?: myself| my (?:arms?|legs?|wrists?|thighs?|skin|stomach|hips?))?(?: (?:again|still|sometimes|at night|when|whenever|if|i|and i|but i|every))?(?:$| (?:i|again|still|sometimes|at night|when|whenever|if|every|myself)\b)`;
const NOT_CUT = String.raw`\b(?:boxes|box|veg|vegetables|meat|fish|bread|tape|string|cable|cardboard|plastic|wrap|onions?|carrots?|chicken|cake|pastry|herbs|hair|fabric|paper|open|through|stencil|tags?|labels?)\b`;

const DRINK_TARGET = String.raw`(?:tea|coffee|brew|cuppa|drink|pint|food|dinner|lunch|water|bottle|flask|sandwich|meal|dinner plate)`;
const SPIKE = pattern`\b(?:i know (?:exactly |just )?what to (?:put|slip|add|crush)|i (?:\w+ ){0,2}?(?:could|could just|will|am going to|want to|should|might|would) (?:just )?(?:put|slip|add|crush|stir|tip|pour) (?:something|(?:a few|some)(?: of (?:the|my|his|her|their))?(?: \w+)? (?:tablets|pills|meds|drops)|some of (?:the|my|his|her|their) (?:tablets|pills|meds)|(?:the |my |his |her )?(?:tablets|pills|meds|sleeping pills|laxatives|rat poison|bleach|antifreeze|eye drops)))(?: \w+){0,2}? (?:in|into) (?:the |his |her |their |my )?(?:\w+s? )?${DRINK_TARGET}\b`;
const NOT_SPIKE = String.raw`\b(?:sugar|sugars|milk|honey|sweetener|sweeteners|lemon|syrup|oat milk|ice|recipe|how (?:he|she|they) likes|flavour|flavor|marshmallows|cream|salt|pepper|spice|my own|kids? lunch)\b`;

const PERSON = String.raw`(?:him|her|them)`;
const DO_IN = pattern`^(?=.*\b(?:wait|waiting|outside|gates?|car park|after (?:his|her|their) shift|after work|follow|find (?:out )?where|when (?:he|she|they) (?:leaves|finishes|clocks off|comes out)|clock off|clocks off)\b).*\b(?:going to|i will|ill|i am going to|about to|want to|i want to|i could|i will|finna)(?: \w+){0,12}? (?:and |to )?(?:do ${PERSON} in|stab ${PERSON}|glass ${PERSON}|batter ${PERSON}|do ${PERSON} over|kill ${PERSON}|knife ${PERSON}|run ${PERSON} over|put ${PERSON} in hospital|break (?:his|her|their) (?:legs|neck|jaw))\b`;
const NOT_DO_IN = String.raw`\b(?:lol|lmao|haha\w*|jk|joking|kidding|game|film|book|series|shift did|shifts did|the walk|the run|the hills?)\b`;

const PARTNER = String.raw`(?:he|she|my (?:partner|husband|wife|boyfriend|girlfriend|fiance|fiancee|ex|other half|bf|gf))`;
const JOB_THING = String.raw`(?:(?:the|my) (?:job offer|offer letter|offer|interview (?:email|letter|invite|invitation)|job (?:email|letter|offer email)|contract|cv|application|applications|work phone|uniform|work uniform|id badge|dbs|certificates|car keys|bank card|passport|work boots|laptop))`;
const SABOTAGE_JOB = pattern`\b${PARTNER} (?:\w+ ){0,2}?(?:deleted|deletes|hid|hides|hidden|binned|bins|tore up|ripped up|threw away|throws away|burnt|burned|smashed|took|takes|cancelled|cancels|withdrew|blocked|turned down|rang and turned down) ${JOB_THING}\b`;
const TOO_THICK = pattern`\b${PARTNER} (?:\w+ ){0,2}?(?:said|says|told me|tells me|keeps telling me|keeps saying|reckons)(?: that)? i (?:was|am|would be|will always be) (?:too|far too|way too) (?:thick|stupid|dumb|ugly|fat|useless|thick as shit|simple|slow|pathetic|mental|crazy) to (?:work|get a job|hold down a job|hold a job|have a job|keep a job|go back to work|earn|manage)\b`;
const NOT_SABOTAGE = String.raw`\b(?:by mistake|by accident|accidentally|recruiter|agency|hr|spam|junk|the system|the app|joking|lol|haha|my manager|my boss|interviewer|the dog)\b`;

// --- Concern ------------------------------------------------------------------------------------
const DREAM_GONE = pattern`\b(?:i used to|i always used to|i once|i always) (?:think|thought|dream|dreamt|dreamed|believe|believed|hope|hoped|imagine|imagined|picture|pictured|want|wanted|say|said)\b.*\b(?:that is|it is|thats|that|it|that dream is|it was) (?:never|not) (?:happening|going to happen|ever going to happen|happening now|coming true) ?(?:now|anymore|any more|is it|now is it|for me)?$|\b(?:that dream|the dream|my dream) is (?:dead|gone|over|finished) now\b`;

const GOOD_AT = pattern`\b(?:what am i|am i|what is it i am|what are i) (?:even |actually |really |ever )?good (?:at|for)\b(?: \w+){0,2}? (?:nothing|fuck all|sod all|absolutely nothing|nowt|not a thing|not a lot)\b|^(?:what am i )?good (?:at|for) (?:being )?(?:a )?(?:disappointment|failure|letting (?:people|everyone) down|nothing|fuck all|messing (?:things |everything )?up|screwing (?:things |everything )?up)\b`;

const CLAWBACK = pattern`\b(?:overpaid|over paid|overpayment|overpayments|tax credits|universal credit|dwp|hmrc|the council|housing benefit|pip|esa|child benefit)\b.*\b(?:want|wants|wanting|are asking for|asking for|demanding|chasing me for|say i owe|says i owe|saying i owe|claiming back|clawing back|taking back|to pay back|pay back)(?: \w+){0,3}? (?:\d+k|\d+ ?(?:grand|thousand)|\d{4,}|\d \d{3}|thousands|hundreds|a grand|a fortune)\b(?: back)?`;

const SOCIAL_GONE = pattern`\b(?:my (?:whole|entire|only) social life|all my (?:friends|mates|social life)|everyone i (?:knew|know|talked to|saw)|the only people i (?:saw|see|talked to|spoke to))\b (?:was|were|is|are|came from)\b.*\b(?:all gone|gone now|is gone|has gone|went with (?:it|the job)|disappeared|lost all that|lost (?:that|them) too|never see (?:them|any of them|anyone)|see no one|see nobody|no one now|nobody now|nothing now)\b`;

const JOKE = String.raw`\b(?:lol|lmao|haha\w*|jk|joking|kidding|rofl)\b`;
const HARM_VERB = String.raw`(?:lock|locking|punch|punching|stab|stabbing|strangle|strangling|throttle|throttling|slap|slapping|lamp|lamping|deck|decking|batter|battering|thump|thumping|smack|smacking|drown|drowning|glass|glassing|bury|burying|run over|shove|push|throw|chuck|boot|booting|headbutt|headbutting)`;
const TARGET = String.raw`(?:him|her|them|whoever|someone|somebody|the (?:next )?(?:\w+ )?(?:customer|passenger|manager|boss|supervisor|chef|team leader|driver|guy|bloke|lad|woman|man|person|caller|recruiter|interviewer|idiot)|my (?:old |ex |new )?(?:\w+ )?(?:boss|manager|supervisor|chef|colleague|team leader|coworker|co worker|landlord))`;
const JOKED_HARM = pattern`\b(?:i would|id|ill|i will|i am|i am going to|i could|i want to|i swear i will|i swear ill)(?: \w+){0,2}? ${HARM_VERB} (?:the \w+ and )?${TARGET}\b(?=.*${JOKE})`;

/** [gate on the whole message, groups read in it] as rules.ts reads whole-message sets. */
export const FORTY_FIFTH_WHOLE_SETS: readonly (readonly [RegExp, readonly RiskPatternGroup[]])[] = [
  [unless(String.raw`\b(?:into|off|under|at)\b`, NOT_DRIVE), [group('crisis', 'thinking about a way to end their life', [DRIVE_INTO])]],
  [unless(String.raw`\bi know\b`, NOT_LETHAL), [group('crisis', 'thinking about a way to end their life', [KNOWS_LETHAL, KNOWS_WORKS])]],
  [unless(String.raw`\b${POISON}\b`, NOT_POISON), [group('crisis', 'thinking about a way to end their life', [DRINK_POISON])]],
  [unless(String.raw`\b(?:nearly|almost|close to)\b`, NOT_EDGE), [group('crisis', 'preparing to end their life, or a past attempt', [NEARLY_DID_IT])]],
  [unless(String.raw`\bto (?:cut|slice|hurt|scratch|mark)\b`, NOT_CUT), [group('crisis', 'self-harm', [CUT_WITH])]],
  [unless(String.raw`\b(?:tea|coffee|brew|cuppa|drink|pint|food|dinner|lunch|water|bottle|flask|sandwich|meal)\b`, NOT_SPIKE), [group('crisis', 'harm to someone else', [SPIKE])]],
  [unless(String.raw`\b(?:in|stab|glass|batter|over|kill|knife|hospital|break)\b`, NOT_DO_IN), [group('crisis', 'harm to someone else', [DO_IN])]],
  [unless(String.raw`\b(?:deleted|deletes|hid|hides|hidden|binned|bins|tore|ripped|threw|throws|burnt|burned|smashed|took|takes|cancelled|cancels|withdrew|blocked|turned|too)\b`, NOT_SABOTAGE), [group('crisis', 'coercive control', [SABOTAGE_JOB, TOO_THICK])]],
  [/\b(?:never|not|dead|gone|over|finished)\b/, [group('concern', 'hopelessness', [DREAM_GONE])]],
  [/\bgood (?:at|for)\b/, [group('concern', 'feels worthless', [GOOD_AT])]],
  [/\b(?:overpaid|over paid|overpayments?|tax credits|universal credit|dwp|hmrc|council|housing benefit|pip|esa|child benefit)\b/, [group('concern', 'money worries', [CLAWBACK])]],
  [/\b(?:social life|friends|mates|everyone i|people i)\b/, [group('concern', 'feels alone', [SOCIAL_GONE])]],
  [new RegExp(JOKE), [group('concern', 'joked about hurting someone', [JOKED_HARM])]],
];
