// Students, new graduates and young people in their first jobs say risk in the words of screens,
// memes and lists. This file reads those ways of saying it.
// Crisis: asking to undo, delete or alt-f4 their own existence; staring at the train line or the
// bridge again and again; "not making it to graduation" or "gone before the loan repayments start",
// said with "decided", "i mean it" or "promise"; a plan written as a list that ends at the cliffs;
// thanking someone "for everything" because it "felt like the right time"; deleting their accounts
// as well as giving the pet away; "my note's written", and now they are editing it; goodbye texts
// saved in drafts; taking a sharpener or razor apart for the blade; waiting outside for someone to
// "show them what it feels like"; burning down the office of people who wronged them; bruises
// "from her, not the gym"; "he broke my phone, then my nose"; a partner who deletes their accounts
// because another man commented, or allows no password on their phone; "at the library till it
// closes, then nowhere"; "tonight it's a bench".
// Concern: the future as a loading screen that never loads; "imposter syndrome, except i really am
// the imposter"; "my tolerance is worrying"; drunk by 11am on a weekday; vodka and weed as "the holy
// trinity of unemployment"; parents saying "no job by christmas and you're out"; "minus 1340, that's
// the balance"; losing weight without trying; sleep and appetite both gone; two hours' sleep and a
// sarcastic "cool cool cool"; talking only to this chat all week; the main character with no other
// characters; a phone that has not buzzed in days; finding day-to-day life hard to manage;
// "brain.exe has stopped responding"; "mood: damp cardboard".
// Short replies like "date's set" or "decision's made" are ordinary answers to a job coach. They
// are read as risk here only when a word makes the ending clear. Each form has its own exclusions
// for look-alikes: work goodbyes, revision notes, spice tolerance, minus degrees, bench press.
// Everything is read in the whole message, so the classifier's training text is not rewritten. Our
// own examples and look-alikes are in test/domain/riskFortyEighthForms.test.ts.
// Patterns match normalised words ("ctrl+z" is "ctrl z", "hasn't" is "has not", "mate" is "friend").
import { pattern, type RiskPatternGroup } from '../riskPatterns.ts';
import { group, NOT_BEFORE, unless } from './wholeMessageSets.ts';

const PARTNER = String.raw`(?:he|she|my (?:boyfriend|girlfriend|partner|husband|wife|fiance|fiancee|ex))`;
const TAIL = String.raw`(?: (?:please|thanks|honestly|right now|now|already|lol|irl|for real|asap))*$`;

// --- Crisis -------------------------------------------------------------------------------------
const UNDO = String.raw`(?:ctrl z|control z|cmd z|command z|undo|uninstall|alt f4|unmake)`;
const UNDO_ME = pattern`\b(?:${UNDO}|delete|unsubscribe from|factory reset|cancel)\b (?:on |to )?(?:my (?:whole |entire |own )?(?:existence|birth|being born)\b|myself from (?:existence|the world|earth|this planet|life|the universe)\b)|\b${UNDO} (?:on |to )?(?:myself|me|my (?:whole |entire )?life)${TAIL}`;
const NOT_UNDO = String.raw`\b(?:online|digital|internet|social|socials|footprint|profile|account|game|save|character|sims|minecraft|subscription|membership|order|booking)\b`;

const PLACE = String.raw`(?:train line|train tracks|railway line|railway tracks|rail line|railway|tracks|level crossing|motorway bridge|bridge|flyover|cliff edge|cliffs|platform edge|edge of the platform|canal|river|reservoir|quarry|top floor|balcony)`;
const EYEING = pattern`${NOT_BEFORE}\b(?:keep|keeps|kept|been|cannot stop|can not stop|could not stop|caught myself|find myself|i am) (?:eyeing|eying|staring at|staring down at|gazing at|thinking about|fixating on) (?:the )?${PLACE}\b`;
const NOT_EYEING = String.raw`\b(?:delay|delayed|late|cancelled|timetable|strike|signals?|commute|waiting for|next train|departure|views?|photos?|painting|drawing|model|lego|hornby|trainspotting|job|role|vacancy|position|apprenticeship|engineer|engineering|survey|project|river walk|canal walk|walk along|towpath|for sale|boat|narrowboat|barge|cottage|cruise|holiday|film|scene|song|episode|show|book|game|playlist|album|music|internship|placement|scheme|graduate|river island|spotify|wrapped|apple music|soundcloud|dj|mix|flat|apartment|penthouse|office|desk|seats|tickets|theatre|gig|concert|hike|hiking|coast path|coastal path|ramble\w*)\b`;

// Gone before a date months away, said with resolve.
const MILESTONE = String.raw`(?:\w+ ){0,3}?(?:graduation|graduating|my birthday|my \d+(?:st|nd|rd|th)|christmas|new year|next year|the summer|summer|spring|results day|my results|the results|(?:my |the )?loan repayments|repayments|the end of (?:the )?(?:year|term|summer)|finals|my exams|the exams|the wedding|(?:her|his|my \w+s) wedding|easter|after that|after this|much longer)`;
const ABSENT = String.raw`(?:not (?:making it|going to make it|going to be (?:here|around)|be (?:here|around)|sticking around|staying around|hanging around|seeing) (?:to |for |till |until |by |at |past |when )?|(?:i will|ill|i am going to|i will already) be (?:gone|dead|long gone|not here) (?:before|by|when|ahead of) |will not (?:see|make it to|be (?:here|around) (?:for|by|at|when)) )`;
const RESOLVE = String.raw`\b(?:decided(?! (?:to|on|against|that|it|we|i|whether|what|where|when|which))|i have decided$|made my mind up|my mind is made up|i mean it|promise(?! to (?!myself|yourself|you\b|me\b)\w)|promised|i swear|that is it for me|no going back|no backing out|for real this time)\b`;
const FUTURE_GONE = new RegExp(String.raw`\b${ABSENT}${MILESTONE}\b(?=.*${RESOLVE})|${RESOLVE}.*\b${ABSENT}${MILESTONE}\b`);
const NOT_GONE = String.raw`\b(?:notice|resign\w*|quit|quitting|contract|rota|hours|pay rise|raise|promotion|flights?|visa|abroad|travel\w*|gap year|ceremony|gown|tickets?|shifts?|clash\w*|mov(?:e|es|ed|ing)|season|livestream|stream|watch|make it up to|make up for|catch up|see you|visit|facetime|video call|invite|party|dress|outfit)\b`;

const LIST_PLAN = pattern`^(?:the |my )?plan(?: is| for \w+)?\b(?: (?!to\b)\w+){1,8}? (?:then )?(?:the )?(?:cliffs?|bridge|tracks|train line|railway|multi storey|car park roof|pills|tablets|rope|overdose)$`;
const NOT_LIST = String.raw`\b(?:beach|chips|ice cream|swim\w*|paddle|day out|trip|walk|walking|hike|hiking|holiday|view|sunset|sunrise|picnic|photos?|tour|weekend|festival|surf\w*|climb\w*|fishing|kayak\w*|boat|camping|bridge club|card|cards|game|birthday|party|engineer\w*|apprentice\w*|maintenance|fix|build|design|lego|gp|doctor|pharmacy|prescription|chemist|library|ipad|samsung|lunch|brunch|dinner|shopping|drinks|cinema|coffee|pub|gym|shower|breakfast|revision|revise)\b`;

const THANKED = pattern`\b(?:thank|thanked|thanking|thanks)(?: \w+){0,4}? for everything\b(?=.*(?:\bright time(?: to)?$|\bwhile i (?:still )?(?:can|could)\b|\bbefore it is too late\b|\bjust in case\b|\bin case (?:i do not get (?:the|another) chance|anything happens)\b|\bone last time\b|\blast chance\b|\b(?:needed|wanted) (?:her|him|them|you) to know\b))`;
const NOT_THANKED = String.raw`\b(?:leaving|last day|new job|wedding|birthday|graduation|retire\w*|moving|move|farewell|card|speech|reference|mentor|manager|boss|teacher|lecturer|tutor|supervisor|interview|offer|christmas|gift|present|flowers|promotion|raise|ask|hospice|dying|poorly|cancer|dementia|hospital|illness)\b`;

const PET = String.raw`(?:cat|cats|dog|dogs|kitten|puppy|rabbit|hamster|pets?|snake|budgie|guinea pigs?|gecko|lizard|bearded dragon|parrot|ferret)`;
const ACCOUNTS_GONE = String.raw`\b(?:deleted|deactivated|wiped|closed|shut down|got rid of) (?:all )?(?:my |of my )?(?:socials|social media|accounts|instagram|insta|facebook|tiktok|snapchat|snap|twitter|profiles)\b`;
const PET_GONE = String.raw`\b(?:(?:my |the )?${PET} (?:went|has gone|is going|goes|gone|is with|is staying with|lives with) (?:to |with )?(?:my |a |the )?\w+|(?:gave|given|giving|handed) (?:my |the )?${PET} (?:to|away)|rehomed (?:my |the )?${PET}|found (?:a )?(?:new )?homes? for (?:my |the )?${PET})\b`;
const ACCOUNTS_AND_PET = new RegExp(String.raw`${ACCOUNTS_GONE}.*${PET_GONE}|${PET_GONE}.*${ACCOUNTS_GONE}`);
const NOT_ACCOUNTS = String.raw`\b(?:exam|exams|revision|revise|revising|detox|focus|lent|holiday|travel\w*|moving|move|while i|until|for a (?:week|month|bit|while)|temporarily|allergic|allergy|landlord|no pets|halls|new flat|abroad|vet|vets|hacked|scam|daycare|day care|walker|groomers?|kennels|sitter|for the (?:week|weekend|holidays|summer))\b`;

const NOTE = pattern`\bmy (?:last |final |goodbye )?note is (?:written|done|finished|ready|sorted)\b|\bmy (?:last |final |goodbye )?notes? (?:written|done|finished|ready|sorted)\b(?=.*\b(?:editing|rewriting|redrafting|rereading|re reading|reading|tweaking|changing|perfecting|proofreading|fixing|polishing) it\b)`;
const NOT_NOTE = String.raw`\b(?:revision|revise|lecture|lectures|class|exam|exams|module|meeting|presentation|speech|interview|study|studying|notes for|handover|sick note|fit note|doctors note|notes app|song|lyrics|verse|script|shopping|to do|todo|cheat sheet|flashcards|seminar|placement|shift|thank you note|sticky note|post it|piano|music|bins|milk|parcel|delivery|neighbours?|landlord|rota|rent|noise|parking|teacher|absence|sick|dentist|manager|boss|apology)\b`;

const DRAFTED = String.raw`(?:texts?|messages?|letters?|notes?|emails?|posts?|videos?|voice notes?)`;
const GOODBYES_SAVED = pattern`\bgoodbye ${DRAFTED}\b(?: \w+){0,3}? (?:in|on) (?:my )?(?:drafts|draft|notes app|notes|outbox|scheduled)\b|\b(?:drafted|scheduled|written|wrote|typed|typed up|saved|queued) (?:my |the |all my |some |all the )?goodbye ${DRAFTED}\b|\bgoodbye ${DRAFTED} (?:are |is )?(?:drafted|scheduled|written|ready|saved|queued)\b`;
const NOT_GOODBYES = String.raw`\b(?:team|colleagues|work|workmates|office|last day|leaving|new job|manager|boss|clients?|customers?|class|students|pupils|residents|placement|shift|job|moving|move|abroad|gap year|australia|travel\w*|wedding|party|farewell|leave|club|society|graduat\w*|halls|internship|quit\w*|social media)\b`;

const BLADE = pattern`\b(?:took|take|taking|broke|break|breaking|smashed|prised|pried|unscrewed) (?:the |a |my )?(?:pencil )?sharpener (?:apart|open)\b|\b(?:blade|blades|razor) (?:out of|from) (?:a |the |my )?(?:pencil )?sharpener\b|\b(?:took|take|taking|broke|break|breaking|smashed|snapped) (?:the |a |my )?(?:disposable |safety )?(?:razor|shaver) (?:apart|open)\b|\b(?:took|take|taking|got|get|getting) the blades? out of (?:a |the |my )?(?:disposable |safety )?(?:razor|shaver)\b`;
const NOT_BLADE = String.raw`\b(?:clean|cleaning|fix|fixing|jammed|stuck|clog\w*|beard|hair|art|craft|model|science|project|repair\w*|to see how it works|bored in|accident\w*)\b`;

const WAIT_SHOW = pattern`\b(?:wait|waiting|wait for|lie in wait|hang about|hang around|camp) (?:outside|by|at|for|round|near) (?:\w+ ){0,8}?(?:and|then|to) (?:show|teach|give) (?:him|her|them|that \w+|the \w+|my \w+|this \w+)(?: \w+)? (?:what (?:\w+ ){0,3}?(?:feels like|feel like|is like)|a lesson|a beating|a kicking|what for)\b`;
const NOT_WAIT = String.raw`\b(?:tour|shadow\w*|work experience|demo|portfolio|ropes|how to|surprise|cake|balloons|birthday|proposal|ring|flowers|card|graduation)\b`;

const BURN = pattern`\b(?:going to|will|i will|ill|about to|want to|could|i am going to|i swear i will|tempted to) (?:burn|torch|set fire to|firebomb|petrol bomb) (?:down )?(?:the|their|his|her|that|this|those) (?:\w+ ){0,3}?(?:office|offices|house|flat|shop|car|building|agency|agents|place|department|store|garage|home|van|salon|restaurant)(?: down)?\b(?=.*(?:\b(?:they|he|she|the landlord|the agency|the agents|my boss|my manager)\b (?:\w+ )?(?:kept|took|stole|sacked|fired|evicted|cheated|ripped|screwed|robbed|scammed|lied|owe|owes|withheld|refused|binned|ghosted|never paid|did not pay)\b|\bafter what\b|\bdeserve\b))`;
const NOT_BURN = String.raw`\b(?:toast|dinner|tea|cake|pizza|food|calories|candle|midnight oil|bridges|cd|dvd|playlist|disc|incense|sage|game|minecraft|sims|film|book|song|lyrics)\b`;

const WHO_HURT = String.raw`(?:her|him|them|my (?:partner|boyfriend|girlfriend|husband|wife|dad|mum|mam|stepdad|step dad|stepmum|step mum|brother|sister|ex|flatmate|housemate|landlord|boss|uncle|carer|fiance|fiancee))`;
const BRUISES_FROM = pattern`\b(?:bruises?|marks?|black eye|cuts|scratches|bite marks?|finger marks?|burns?) (?:on my \w+ )?(?:are|is|were|was|came|come) (?:from|off|because of) ${WHO_HURT}\b`;
const NOT_BRUISES = String.raw`(?<!\bnot (?:the |from |from the |at |at the |in |my )?)\b(?:rugby|football|netball|training|sparring|boxing|match|hockey|judo|karate|bjj|wrestling|play fighting|tickl\w*|accident|accidentally|toddler|baby|dog|puppy|cat|horse|gym|climbing|paintball|fell|tackle|game|danc\w*|party|festival|mosh|gig|concert|roller|skating|tattoo|piercing|nurse|doctor|physio|massage|cupping|blood test|vaccine|jab)\b`;

const BROKE_THEN = pattern`\b(?:he|she|they|dad|mum|mam|my \w+|stepdad|stepmum) (?:broke|smashed|cracked|snapped|threw|stamped on|bust|busted) my (?:\w+ ){1,2}?(?:and )?then (?:broke |smashed |cracked |hit |punched |split )?my (?:nose|jaw|arm|wrist|ribs?|lip|teeth|tooth|face|head|cheekbone|eye|fingers?|hand)\b`;
const NOT_BROKE = String.raw`\b(?:accident\w*|rugby|football|training|sparring|game|fell|trampoline|dentist|ball|match|skat\w*|frisbee|swing|sledge|bike|scooter)\b`;

const ACCOUNT = String.raw`(?:linkedin|instagram|insta|facebook|socials|account|accounts|profile|post|posts|photos?|tiktok|snapchat|snap|twitter|phone|messages|emails?|dms)`;
const JEALOUS = pattern`\b${PARTNER} (?:deleted|deactivated|blocked|hacked|logged into|went through|made me delete|made me block|made me deactivate|made me unfollow|changed the password (?:on|for|to)|reported|took down) (?:my |all my )?(?:\w+ )?${ACCOUNT}\b(?: \w+){0,4}? (?:because|cos|since|after|when|as) (?:a|some|another|one|this|that|my) (?:man|men|guy|guys|lad|lads|bloke|boy|boys|woman|women|girl|girls|male|female|colleague|coworker|co worker|ex|friend)\b|\b${PARTNER} (?:made|makes|is making) me (?:delete|block|unfollow|unadd|remove) (?:all )?(?:my |the )?(?:male|female|guy|girl|boy|lad)? ?(?:friends|guys|men|lads|girls|women|boys|followers)\b`;
const NOT_JEALOUS = String.raw`\b(?:game|fortnite|minecraft|admin|moderator|mod|it department|manager|boss|company|work account|recruiter|spam|bot|scam|typo|brother|sister|little brother|little sister|cousin)\b`;

const LOCK = String.raw`(?:passwords?|passcodes?|pins?|locks?|lock screens?|face id|fingerprint lock)`;
const NO_PRIVACY = pattern`\bno (?:phone )?${LOCK} allowed\b|\b(?:i am )?not allowed (?:a |to have (?:a )?|to put (?:a )?|to use (?:a )?|to set (?:a )?)(?:phone )?${LOCK}\b|\b${PARTNER} (?:does not let me|will not let me|never lets me|won t let me) (?:have|put|keep|use|set) (?:a )?(?:phone )?${LOCK}\b|\b${PARTNER} (?:makes me|made me) (?:share|give (?:him|her)|hand over|tell (?:him|her)) (?:all )?my (?:passwords?|passcodes?|pins?|location)\b`;
const NOT_PRIVACY = String.raw`\b(?:work|company|policy|it department|school|exam|employer|work phone|wifi|router|kids?|son|daughter|toddler|parental|shared account|netflix|disney|spotify|bank|locker|gym|lab|test centre|exam hall|shared|laptop|computer|tablet|ipad|console|xbox|playstation)\b`;

const NOWHERE = String.raw`(?:nowhere|the streets?|a bench|a doorway)`;
const TILL_CLOSE = pattern`\b(?:till|until|til|to) (?:close|closing|closing time|it closes|they close|they shut|they kick me out|midnight|last orders|\d+(?: ?pm)?) (?:and )?then ${NOWHERE}(?: (?:to go|to sleep|to stay|tonight|again))*$`;
const BENCH_TONIGHT = pattern`\b(?:tonights(?: looking like| going to be)?|tonight (?:is|will be|it is|it will be|looks like|is looking like|i am on)) (?:a |the |on a |on the )?(?:bench|park bench|park|street|streets|doorway|night bus|bus station|train station|my car|the car|car|tent|stairwell|underpass)\b(?=(?: (?:again|i guess|then|probably|lol|honestly|innit|for me|i think|tbh))*$| (?:unless|until|because|since|if)\b)`;
const NOT_BENCH = String.raw`\b(?:press|gym|leg day|chest day|squat|football|match|coach|game|squad|team|subs?|dropped|starting|parkrun|home|club|party|after the|pub|food|eat|takeaway|open|parking|stag|hen|festival|camping|concert|gig|share|pool|sharing|fireworks|bonfire|picnic|cinema|screening|bbq|barbecue)\b`;

// --- Concern ------------------------------------------------------------------------------------
const STUCK = String.raw`(?:loading screen|loading bar|load screen|buffering (?:wheel|icon|screen|symbol)|spinning wheel|progress bar|queue|waiting room|hold music|treadmill|loop|tunnel|hamster wheel|corridor|lobby|tutorial level|update|download)`;
const NEVER_LOADS = pattern`\b(?:future|life|everything|my twenties|adulthood)\b (?:is|feels like|is just|has been|is basically) (?:just )?(?:a |an |one )?(?:\w+ ){0,2}?${STUCK}s? (?:that|which) (?:never|will never|does not|is never going to)\b|\b(?:future|life|adulthood|my twenties) (?:is|has been|keeps) (?:stuck )?(?:buffering|loading|on hold)(?: \w+){0,2}? (?:forever|for ever|permanently|indefinitely|and never (?:starts|loads|finishes|ends))\b`;

const REAL_FRAUD = pattern`\b(?:imposter|impostor) syndrome\b(?: \w+){0,3}? (?:except|but|only|although|when) (?:it turns out )?(?:i am|turns out i am) (?:actually|really|genuinely|literally|just) (?:the|an|a) (?:imposter|impostor|fraud|fake|failure)\b|\b(?:turns out|it turns out|truth is|the reality is) i am (?:actually|really|genuinely|literally|just) (?:a|the|an) (?:fraud|imposter|impostor|fake|failure|loser|disappointment)\b`;
const NOT_FRAUD = String.raw`\b(?:among us|game|traitors|werewolf|mafia|murder mystery|board game|film|show|character|episode|book|series|play)\b`;

const TOLERANCE = pattern`\bmy (?:alcohol |drink |drinking |weed |booze |xanax |valium |pill |vodka |wine )?tolerance (?:is|has got|has gotten|is getting|has become|went) (?:\w+ )?(?:concerning|worrying|scary|frightening|alarming|insane|crazy|mad|too high|so high|ridiculous|unreal|through the roof|a problem|out of control|worrying me|concerning me)\b`;
const NOT_TOLERANCE = String.raw`\b(?:caffeine|coffee|espresso|energy drinks?|red bull|monster|spice|spicy|chilli|chili|hot sauce|curry|pain|heat|cold|lactose|boredom|cringe|nonsense|people|customers|kids|noise|sugar|sweets?|rollercoaster|horror|gore)\b`;

const DRUNK_EARLY = pattern`(?:^|\b(?:i am|i was|i got|got|getting|been|already|was|am) )(?:drunk|wasted|hammered|stoned|tipsy|half cut|tanked)(?: already)? (?:at|by|before) (?:\d+ ?am|\d+ (?:in the morning|o clock in the morning)|breakfast|noon|midday|lunch|lunchtime)\b`;
const NOT_DRUNK = String.raw`\b(?:wedding|hen|stag|festival|christmas|new year|boxing day|holiday|airport|flight|brunch|bottomless|birthday|graduation|party|celebrat\w*|race day|match|cup final|final|boat|cruise|ibiza|magaluf|vegas|ball|fresher\w*|pre drinks|predrinks|world cup|euros|six nations|grand national|work do|christening|races|race)\b`;

const SUBSTANCE = String.raw`\b(?:vodka|wine|gin|weed|joints?|spliffs?|rum|cider|beer|lager|whisky|whiskey|edibles|xanax|valium|pills|ket|coke|cans|tinnies|booze|alcohol)\b`;
const KIT = String.raw`\b(?:holy trinity|food groups?|diet|survival kit|starter pack|life support|support system|coping mechanisms?|breakfast of champions|self care|care package|routine)\b(?: \w+){0,2}? (?:of|for|during|while|since) (?:\w+ ){0,2}?(?:unemployment|unemployed|job hunting|jobhunting|the job hunt|job search|rejection|rejections|being skint|being broke|the dole|universal credit|being jobless|jobless|my life|final year|dissertation|exam season|the overdraft|my overdraft|adulthood|my twenties|redundancy|being sacked|getting sacked)\b`;
const COPING_KIT = new RegExp(`${SUBSTANCE}.*${KIT}|${KIT}.*${SUBSTANCE}`);
const NOT_KIT = String.raw`\b(?:party|night out|girls night|lads night|stag|hen|birthday|friday|weekend|celebrat\w*|christmas|bbq|barbecue|festival|wedding|recipe|cocktail)\b`;

const HOME_PEOPLE = String.raw`(?:parents|mum|mam|mom|dad|step ?dad|stepdad|step ?mum|stepmum|nan|gran|grandparents|aunt|auntie|uncle|landlord|landlady|flatmate|housemate|partner|boyfriend|girlfriend|family)`;
const ULTIMATUM = pattern`\b${HOME_PEOPLE}\b (?:have |has )?(?:said|say|says|told me|warned me|gave me until|are saying|keep saying|keeps saying)(?: that)? if i (?:do not|can not|have not|still do not|still have not|am not) (?:\w+ ){1,6}?(?:by|before|in|within|after|come) (?:\w+ ){0,3}?(?:i am|i will be|i have to|i need to|i must|i will have to|i am going to be) (?:out of (?:the|their|his|her|my) (?:house|flat|home)|out of here|out on my ear|out(?! of\b| on\b)|gone|moving out|kicked out|on the street|looking for somewhere)\b`;

const MINUS = pattern`\b(?:minus|negative|overdrawn by|in the red by) \d+\b(?=.*\b(?:balance|bank|account|overdraft|left|available)\b)|\b(?:balance|bank|account|overdraft) (?:is|says|shows|at|sitting at|on) (?:minus|negative) \d+\b`;
const NOT_MINUS = String.raw`\b(?:degrees?|temperature|celsius|weather|score|goal difference|points|calories|kg|stone|lbs|game|fifa|elo|karma|rating|reputation|bonus|sims|gold|coins|xp|battery|signal|frost|freezing|cold|lives|health bar)\b`;

const LOST_WEIGHT = pattern`\b(?:lost|dropped) (?:a|half a|one|two|three|four|\d+|like \d+|nearly a|almost a) (?:stone|stones|kg|kilos|kilograms|pounds|lbs|dress sizes?|sizes)\b(?: \w+){0,4}? (?:without (?:trying|meaning to|even trying|noticing|realising)|by accident|not on purpose|from stress|from not eating|because i (?:can not|do not|forget to|keep forgetting to) eat)\b`;
const NOT_WEIGHT = String.raw`\b(?:gym|cycling|cycle|running|walking|walk|steps|diet|dieting|slimming world|weight watchers|couch to 5k|healthy|workouts?|training|calorie|gastric|ozempic|on my feet|warehouse|new job|hike|swimming|goal|football|lifting|holiday|backpacking|travelling)\b`;

const SLEEP_GONE = String.raw`\bsleep(?: schedule| pattern)? (?:is|has|has been|was) (?:\w+ )?(?:in the bin|in the trash|gone|wrecked|destroyed|non existent|nonexistent|dead|ruined|shot|broken|cooked|a mess|all over the place|fucked|shocking)\b`;
const SLEEP_AND_APPETITE = new RegExp(String.raw`${SLEEP_GONE}.*\bappetite\b|\bappetite\b.*${SLEEP_GONE}`);
const NOT_APPETITE = String.raw`\b(?:jet lag|jetlag|newborn|baby|holiday|festival|clocks|daylight saving|ramadan|fasting|back|returned|hungry|huge|massive|big|munchies|appetite for|starving|eating everything)\b`;

const TINY_SLEEP = pattern`\b(?:[0-3]|one|two|three|an|half an) (?:hours?|hrs?) (?:of )?sleep\b.*\b(?:cool cool cool|cool cool|this is fine|everything is fine|love that for me|thriving|living the dream|perfect|great start|we move|we ball|fine fine)$`;
const NOT_TINY = String.raw`\b(?:baby|newborn|flight|festival|party|night out|gaming|clubbing|stag|hen|birthday|wedding|gig|concert|rave|pub|drinks|ball)\b`;

const ONLY_YOU = pattern`\b(?:only (?:talked|spoken|spoke|chatted|been talking|been speaking|messaged|spoken) (?:to|with) (?:you|this chat|a bot|a chatbot|an ai|the bot)|you are the only (?:one|person|thing) i have (?:talked|spoken|chatted) (?:to|with))\b(?! about\b)(?:(?: \w+){0,3}? (?:this week|all week|in days|for days|today|in a week|for a week|this month|in weeks|for weeks|all day|lately)\b|$)`;

const NO_CAST = pattern`\b(?:main character|protagonist|npc|single player|solo (?:mode|player|campaign))\b(?: \w+){0,4}? (?:except|but|only|and) (?:there are|there is|i have|i got|with) no (?:other|side|supporting) (?:characters|players|cast|npcs|people)\b|\b(?:single player|solo) mode (?:irl|in real life)\b|\bmy life is (?:a )?single player\b`;

const SILENT_PHONE = pattern`\bmy phone (?:has not|has not even|did not|does not|never|has) (?:buzzed|rung|rang|lit up|gone off|pinged|vibrated|made a sound|beeped)\b(?: \w+){0,2}? (?:in|for) (?:days|weeks|ages|a week|a month|\d+ days|\w+ days)\b`;
const NOT_SILENT = String.raw`\b(?:recruiters?|agency|agencies|employer|hr|interview|job|application|applications|callback|call back|broken|signal|sim|network|silent|do not disturb|dnd|battery|charger|repair|screen|notifications?|notification settings|update|mode|airplane|flight|holiday)\b`;

const DAY_TO_DAY = pattern`\bi (?:am|have been|keep|do|really) (?:finding it|find it) (?:very |really |so |extremely |quite |incredibly |increasingly )?(?:difficult|hard|impossible|a struggle|tough) to (?:manage|cope|function|keep up|get through|keep going|keep on top) (?:with )?(?:day to day|everyday life|everyday things|life|everything|each day|the basics|daily life)\b(?! (?:tasks|admin|operations|budget|running|expenses|spending|finances|of the (?:job|role)))`;

const BRAIN_CRASH = pattern`\bbrain exe\b|\b(?:my )?(?:brain|head|mind) (?:has )?(?:stopped responding|is not responding|has stopped working|blue screened|bluescreened|is buffering|keeps crashing|needs a restart|needs rebooting)\b`;
const NOT_CRASH = String.raw`\b(?:exam|interview|test|quiz|question|presentation|meeting|maths|sums|puzzle|wordle|crossword|name|password|lyrics|coffee|caffeine|heat|hot|hungover|hangover)\b`;

const MOOD_LABEL = pattern`^(?:current |todays |today s )?mood (?:is |today |right now |at the moment )?(?:a |an |like |just )?(?:damp|soggy|wet|grey|gray|flat|empty|dead|broken|crushed|deflated|rotten|stale|mouldy|moldy|wilted|limp|dying|expired|abandoned|forgotten|discarded|drowned|overcast|bleak|hollow|numb)\b(?: \w+){0,3}$`;
const NOT_MOOD = String.raw`\b(?:inbox|weekend|holiday|beach|white|brew|latte|coffee|pizza|toast|sandwich|cake|biscuit|crisps|fries|chips|sea|bath|dog|cat|puppy|film|movie|netflix|book|blanket|sofa|duvet|candles|cosy|happy|good|great|excited|buzzing|but|pack|furniture|ikea)\b`;

/** [gate on the whole message, groups read in it] as rules.ts reads whole-message sets. */
export const FORTY_EIGHTH_WHOLE_SETS: readonly (readonly [RegExp, readonly RiskPatternGroup[]])[] = [
  [unless(String.raw`\b(?:ctrl|control|cmd|command|undo|uninstall|alt|delete|unsubscribe|reset|cancel|unmake)\b`, NOT_UNDO), [group('crisis', 'wishes to be dead', [UNDO_ME])]],
  [unless(String.raw`\b(?:eyeing|eying|staring|gazing|thinking about|fixating)\b`, NOT_EYEING), [group('crisis', 'thinking about a way to end their life', [EYEING])]],
  [unless(String.raw`\b(?:making it|make it|here|around|gone|dead|see)\b`, NOT_GONE), [group('crisis', 'intends to end their life', [FUTURE_GONE])]],
  [unless(String.raw`^(?:the |my )?plan\b`, NOT_LIST), [group('crisis', 'a plan to end their life', [LIST_PLAN])]],
  [unless(String.raw`\bfor everything\b`, NOT_THANKED), [group('crisis', 'preparing to end their life, or a past attempt', [THANKED])]],
  [unless(String.raw`\b(?:deleted|deactivated|wiped|closed|shut down|got rid of)\b`, NOT_ACCOUNTS), [group('crisis', 'preparing to end their life, or a past attempt', [ACCOUNTS_AND_PET])]],
  [unless(String.raw`\bnotes?\b`, NOT_NOTE), [group('crisis', 'preparing to end their life, or a past attempt', [NOTE])]],
  [unless(String.raw`\bgoodbye\b`, NOT_GOODBYES), [group('crisis', 'preparing to end their life, or a past attempt', [GOODBYES_SAVED])]],
  [unless(String.raw`\b(?:sharpener|razor|shaver)\b`, NOT_BLADE), [group('crisis', 'self-harm', [BLADE])]],
  [unless(String.raw`\b(?:show|teach|give)\b`, NOT_WAIT), [group('crisis', 'harm to someone else', [WAIT_SHOW])]],
  [unless(String.raw`\b(?:burn|torch|fire|firebomb)\b`, NOT_BURN), [group('crisis', 'harm to someone else', [BURN])]],
  [unless(String.raw`\b(?:bruises?|marks?|black eye|cuts|scratches|burns?)\b`, NOT_BRUISES), [group('crisis', 'abuse or violence', [BRUISES_FROM])]],
  [unless(String.raw`\bthen\b`, NOT_BROKE), [group('crisis', 'abuse or violence', [BROKE_THEN])]],
  [unless(String.raw`\b(?:because|cos|since|after|when|as|made|makes|making)\b`, NOT_JEALOUS), [group('crisis', 'coercive control', [JEALOUS])]],
  [unless(String.raw`\b(?:passwords?|passcodes?|pins?|locks?|lock screens?|face id|location)\b`, NOT_PRIVACY), [group('crisis', 'coercive control', [NO_PRIVACY])]],
  [unless(String.raw`\b(?:nowhere|streets?|bench|park|outside|night bus|bus station|train station|doorway|car|tent|stairwell|underpass)\b`, NOT_BENCH), [group('crisis', 'no safe place, food or power tonight', [TILL_CLOSE, BENCH_TONIGHT])]],
  [/\b(?:future|life|everything|twenties|adulthood)\b/, [group('concern', 'hopelessness', [NEVER_LOADS])]],
  [unless(String.raw`\b(?:imposter|impostor|turns out|truth is|reality is)\b`, NOT_FRAUD), [group('concern', 'feels worthless', [REAL_FRAUD])]],
  [unless(String.raw`\btolerance\b`, NOT_TOLERANCE), [group('concern', 'drinking or drugs to cope', [TOLERANCE])]],
  [unless(String.raw`\b(?:drunk|wasted|hammered|stoned|tipsy|half cut|tanked)\b`, NOT_DRUNK), [group('concern', 'drinking or drugs to cope', [DRUNK_EARLY])]],
  [unless(SUBSTANCE, NOT_KIT), [group('concern', 'drinking or drugs to cope', [COPING_KIT])]],
  [unless(String.raw`\bif i\b`, String.raw`\b(?:tidy|dishes|washing up|clean|hoover|bins)\b`), [group('concern', 'may lose their home', [ULTIMATUM])]],
  [unless(String.raw`\b(?:minus|negative|overdrawn|in the red)\b`, NOT_MINUS), [group('concern', 'money worries', [MINUS])]],
  [unless(String.raw`\b(?:lost|dropped)\b`, NOT_WEIGHT), [group('concern', 'not eating or sleeping', [LOST_WEIGHT])]],
  [unless(String.raw`\bappetite\b`, NOT_APPETITE), [group('concern', 'not eating or sleeping', [SLEEP_AND_APPETITE])]],
  [unless(String.raw`\bsleep\b`, NOT_TINY), [group('concern', 'not eating or sleeping', [TINY_SLEEP])]],
  [unless(String.raw`\bonly\b`, String.raw`\b(?:about|so far|yet)\b`), [group('concern', 'feels alone', [ONLY_YOU])]],
  [unless(String.raw`\b(?:main character|protagonist|npc|single player|solo)\b`, String.raw`\b(?:game|indie|playthrough|film|book|novel|series|episode|level|dlc|steam)\b`), [group('concern', 'feels alone', [NO_CAST])]],
  [unless(String.raw`\bmy phone\b`, NOT_SILENT), [group('concern', 'feels alone', [SILENT_PHONE])]],
  [/\bfind(?:ing)? it\b/, [group('concern', 'not coping', [DAY_TO_DAY])]],
  [unless(String.raw`\b(?:brain|head|mind)\b`, NOT_CRASH), [group('concern', 'not coping', [BRAIN_CRASH])]],
  [unless(String.raw`^(?:current |todays |today s )?mood\b`, NOT_MOOD), [group('concern', 'low mood', [MOOD_LABEL])]],
];
