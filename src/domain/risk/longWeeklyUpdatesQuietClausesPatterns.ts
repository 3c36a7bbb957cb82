// Long weekly updates (applications done, the interview booked, see you Thursday) with the risk in one
// quiet clause in the middle or at the end, where the rest of the message outweighs it.
// Crisis: cannot see the point of still being here; would swap places with someone in a coffin; a
// wrist or arm glued or stitched at a&e after going too deep, or "told them it was a broken glass".
// Concern: nothing I do ever makes a difference; the future feels like a brick wall; I will fall at
// the next hurdle like I always do; starting to think I will never work again; what am I good for;
// nothing to show for myself, "sums me up"; codeine bought from different chemists or to take the edge
// off everything; drinking carried on all week, easier than thinking; somewhere to find by june with no
// room for me, the days in temporary accommodation up; a telly sold to pay the electric, or it goes to
// a collections agency; eating gone out the window, toast once a day if that; not a word said out loud
// to anyone since sunday, christmas on my own again; could not get myself out of the flat, breaking
// down in the middle of the supermarket; feeling pretty miserable, tearful, a black dog week; no I am
// not going to harm myself but I am not great; burying the coach under the centre circle.
// Each rests on two parts of the message or a whole phrase, so it is read in the whole message and
// the classifier's training text is not rewritten. Look-alikes of our own are in
// test/domain/riskEightyNinthForms.test.ts. Normalised words ("ill" for "I'll", "can not", "mate" as
// "friend").
import { pattern, type RiskPatternGroup } from '../riskPatterns.ts';
import { group, LAUGH, NOT_BEFORE, unless, WEEKDAY } from './wholeMessageSets.ts';

const FICTION = String.raw`film|movie|book|novel|show|series|episode|game|character|soap|play|song|lyrics|documentary|podcast|halloween|fancy dress`;
/** Someone else's doing, said of them: "my brother had his wrist glued", "she has not said a word". */
const THIRD = String.raw`\b(?:my (?:mum|mom|dad|mother|father|brother|sister|friend|son|daughter|nan|gran|uncle|aunt|auntie|cousin|neighbour|flatmate|partner|husband|wife|boss|colleague|kid|kids|toddler|baby)s?|he|she|they|hes|shes|theyre|his|their) (?:was|is|were|had|has|could|can|took|got|said|says|tried|will|would|went|keeps|kept|sold|cut|did)\b`;
const MONTH = String.raw`(?:january|february|march|april|may|june|july|august|september|october|november|december)`;

// --- Crisis -------------------------------------------------------------------------------------
const POINT_STILL_HERE = pattern`\b(?:can not|cannot|do not|can not really|do not really|struggle to|no longer|can not even) (?:really )?see (?:the|any|much|a) point (?:of|in) (?:me )?(?:still )?(?:being here|being alive|living|existing|being around|waking up|carrying on|going on)\b(?! (?:for|at|on|early|if|when|today|tomorrow|this|in the|till|until|by|the|that|my|after|past|once|beyond|before|during)\b)`;
const POINT_OUT = String.raw`\b(?:${FICTION}|${LAUGH})\b|${THIRD}`;

const SWAP_COFFIN = pattern`\b(?:swap|trade|change|switch) places with (?:someone|somebody|anyone|anybody|a corpse|the dead|a dead \w+) (?:in (?:a|the) (?:coffin|grave|ground|box|morgue|cemetery|graveyard|urn)|who is dead|who has died|six feet under)\b`;
const SWAP_OUT = String.raw`\b(?:vampire|zombie|magician\w*|magic trick|haunted|${FICTION}|${LAUGH})\b|${THIRD}`;

const LIMB = String.raw`(?:wrist|wrists|arm|arms|forearm|thigh|thighs|leg|legs|stomach)`;
const GLUED_TOO_DEEP = pattern`^(?=.*\b(?:my |me )?${LIMB}\b)(?=.*\b(?:glued|stitched|stitches|steri strips|butterfly strips|dressed|bandaged|seen to)\b)(?=.*\b(?:i (?:went|cut|did it) (?:a bit |way |far )?too deep|told (?:them|the nurse|the doctor|the nurses|a e|the receptionist|everyone) it was (?:a |an |the )?(?:broken glass|accident|cat|dog|knife slip|kitchen knife|tin can|razor|fall))\b)`;
const DEEP_OUT = String.raw`\b(?:div\w*|swim\w*|pool|sea|snorkel\w*|dig|digging|drill\w*|tattoo\w*|pierc\w*|massage|splinter|chopping|mandoline|onions?|garden\w*|hedge|glass(?:es)? (?:smashed|broke) on|fell on|tripped|slipped on|work(?:ing)? (?:accident|injury)|${FICTION}|${LAUGH})\b|${THIRD}`;

// --- Concern ------------------------------------------------------------------------------------
const NOTHING_I_DO = pattern`\bnothing i (?:do|try|say|send|write|apply for|put in) (?:ever )?(?:does|works|matters|helps|changes anything|makes (?:any |a |the slightest |a blind bit of )?difference|gets anywhere|goes anywhere|comes to anything)\b(?! (?:for|with|on|to) (?:the|this|my|that) (?:printer|laptop|computer|phone|hair|garden|plant|plants|cake|bread|recipe|car|boiler|dog|cat|baby|toddler)\b)`;
const NOTHING_OUT = String.raw`\b(?:printer|laptop|computer|wifi|hair|cake|bread|recipe|boiler|toddler|puppy|telly|remote|${FICTION}|${LAUGH})\b`;

const FUTURE_WALL = pattern`\b(?:the|my) future (?:just |really |honestly |now |still )?(?:feels|looks|seems|is) (?:like )?(?:a |one big |just a )?(?:brick wall|dead end|black hole|void|blank|empty|nothing|pointless|hopeless|bleak|grey|closed door|fog)\b`;
const FUTURE_OUT = String.raw`\b(?:company|business|shop|club|planet|climate|high street|the country|the team|industry|economy|pub|firm|${FICTION}|${LAUGH})\b`;

const FALL_LIKE_ALWAYS = pattern`\b(?:ill|i will|i am going to|i am gonna|i am bound to) (?:just |only |probably |only go and |go and )?(?:fall|mess (?:it )?up|fail|blow it|cock it up|screw it up|ruin it|bottle it|fall flat|fluff it|trip up|stumble)\b(?: \w+){0,5}? (?:like i always do|like always|as usual|like every time|same as always|like i always|as i always do|like i do every time|like last time)\b`;
const FALL_OUT = String.raw`\b(?:bak\w*|cake|bread|souffle|recipe|karaoke|dance|dancing|ice|skating|ski|skiing|pancakes?|quiz|darts|${FICTION}|${LAUGH})\b`;

const NEVER_WORK_AGAIN = pattern`\b(?:starting to think|beginning to think|convinced|honestly think|really think|i reckon|feels like|i think|i fear|scared|worried) (?:that )?(?:ill|i will|i am (?:never )?going to|i am never going to|i am gonna) (?:never )?(?:work|get (?:a )?(?:job|work)|be employed|find (?:a job|work)|get hired)(?: ever)? again\b(?! (?:in|at|for|with|if|unless|once)\b)`;
const NEVER_OUT = String.raw`\b(?:lottery|win|won|retire\w*|millionaire|inheritance|${LAUGH})\b`;

const GOOD_FOR = pattern`\bwhat (?:am i|am i even|am i actually) (?:any |even )?good for\b|\bwhat (?:use|good) am i\b(?! (?:going|gonna|supposed|meant|doing|at)\b)`;
const GOOD_OUT = String.raw`\b(?:quiz|pub quiz|team|squad|position|role|rota|skills test|personality test|${FICTION}|${LAUGH})\b`;

const NOTHING_TO_SHOW = pattern`\bnothing to show for (?:myself|my life|my years|my age|all these years|\d+ years|(?:thirty|forty|fifty|twenty) (?:odd )?years|the last \w+ years)\b|^(?=.*\b(?:pretty much |that |which |just about |kind of |really )?(?:sums|summed) me up\b)(?=.*\b(?:thin|useless|rubbish|empty|pathetic|a mess|failure|blank|worthless|waste|nothing|no good)\b)`;
const SHOW_OUT = String.raw`\b(?:positive|kind|cheerful|reliable|hard working|hardworking|friendly|organised|punctual|creative|chatty|messy|clumsy|late|film|series|episode|character|${LAUGH})\b|${THIRD}`;

const PAINKILLER = String.raw`(?:codeine|co codamol|cocodamol|nurofen plus|solpadeine|dihydrocodeine|tramadol|sleeping tablets|sleeping pills|night nurse|nytol|painkillers)`;
const CHEMISTS = pattern`\b(?:buying|getting|bought|picking up|got) (?:\w+ )?${PAINKILLER}\b(?: \w+){0,5}? (?:from|at|round|in) (?:different|several|a few|loads of|all the|multiple|two|three|various|a load of) (?:chemists|pharmacies|shops|supermarkets|places|boots)\b`;
const EDGE_OFF = pattern`^(?=.*\b(?:${PAINKILLER}|valium|diazepam|pills|tablets|drink|drinking|wine|vodka|cans|weed|spliffs?|joints?|booze|gin|beer)\b)(?=.*\b(?:takes?|took|taking|to take) the edge off (?:everything|things|it all|life|the day|the week|how i feel|the feelings|my head)\b)`;
const PILLS_OUT = String.raw`\b(?:back|backache|tooth|toothache|teeth|knee|hip|period|cramps|migraine|headache|arthritis|sciatica|operation|surgery|prescri\w*|coffee|tea|heating|${FICTION}|${LAUGH})\b|${THIRD}`;

const DRINK_WORD = String.raw`(?:drank|drinking|drink|drunk|hungover|hangover|boozing|on the (?:beer|booze|cans|wine|vodka))`;
const CARRIED_ON_DRINKING = pattern`^(?=.*\b${DRINK_WORD}\b)(?=.*\b(?:carried on|kept (?:going|at it|on)|did not stop|never stopped)(?: drinking)? (?:all|the whole|the rest of the|for the rest of the|every) (?:week|weekend|fortnight|month|day)\b)|\b${DRINK_WORD}\b(?: \w+){0,8}? (?:because|cos|as|since) (?:it (?:is|was)|its) (?:easier|better) than (?:thinking|feeling|facing|dealing|being sober|remembering|sitting with)\b`;
const CARRIED_OUT = String.raw`\b(?:rain|weather|festival|roadworks|noise|cough|cold|snow|water|tea|coffee|juice|squash|milk|${FICTION}|${LAUGH})\b|${THIRD}`;

const SOMEWHERE_BY = pattern`^(?=.*\b(?:no room for me|not room for me|kicked out|chucked out|thrown out|moving in with|move in with|selling (?:the|our) house|tenancy|lease|landlord|notice|have to leave|got to leave|has to leave|out by|wants me out|want me out)\b)(?=.*\b(?:need|have|got|must|have got|needs) to (?:find|get|sort) (?:somewhere|a place|a new place|a room|a flat|accommodation|somewhere else|somewhere to live|somewhere to stay|a new home|digs)(?: to live| to stay| else)? (?:by|before) (?:the end of (?:the|this|next) month|${MONTH}|${WEEKDAY}|next (?:week|month)|the \d+\w*|christmas|then)\b)`;
const TEMP_DAYS_UP = pattern`^(?=.*\b(?:temporary accommodation|temp accommodation|emergency accommodation|a hostel|the hostel|b and b|bed and breakfast|the refuge|supported housing|night shelter)\b)(?=.*\b(?:(?:my |the )?(?:\d+|twenty eight|28|fourteen|seven|\w+) (?:days|nights|weeks) (?:are|is|will be|run|runs) (?:up|out|over|finished)|(?:have|got|need) to (?:leave|be out|move out) (?:by|on|at)|not sure (?:what happens|where i will go|where i go|where ill go|where i will end up)|(?:do not|dont) know (?:what happens|where i will go|where ill go))\b)`;
const HOME_OUT = String.raw`\b(?:holiday|hotel|festival|venue|wedding|party|stall|parking|office|conference|business|shop|premises|student|uni|gap year|${FICTION}|${LAUGH})\b|\b(?:my (?:brother|sister|son|daughter|friend|cousin|dad|mum)s?|he|she|hes|shes) (?:is|was|has been|needs|has) (?:in|to find)\b`;

const SOLD_TO_PAY = pattern`\b(?:sold|pawned|had to sell|selling|pawning|flogged|flogging) (?:my|our|the kids|me|the) (?:\w+ ){0,3}?(?:to|so i (?:could|can)) (?:pay|cover|top up|afford|keep up|put money on|put credit on)(?: with)?(?: for)?(?: off)? (?:the |my |our )?(?:electric|electricity|gas|rent|bills?|council tax|water|meter|catalogue|loan|arrears|debts?|overdraft|phone bill|food shop|shopping|food)\b`;
const GOES_TO_COLLECTIONS = pattern`\b(?:or|otherwise|else) (?:it|they|this|the debt|the account|the bill) (?:goes|will go|gets passed|is passed|will be passed|be passed|is going|gets sent|will be sent|is sent) (?:to|on to|over to) (?:a |the )?(?:collections?|debt collectors?|bailiffs|enforcement|court|debt collection)(?: agency)?\b`;
const SOLD_OUT = String.raw`\b(?:upgrade|upgrading|new one|bought a new|moving|declutter\w*|car boot|holiday|vinted|ebay for fun|${FICTION}|${LAUGH})\b|\b(?:he|she|they) (?:sold|owes|owe)\b`;

const EATING_OUT_WINDOW = pattern`\b(?:eating|eatings|appetite|my appetite|meals|sleep|sleeping|my sleep) (?:has |have |is |has just |has totally |has completely |just |totally |completely )?(?:gone|went) (?:completely |totally |right )?(?:out the window|out of the window|to pot|to pieces|to nothing|awol)\b|\b(?:toast|a biscuit|cereal|a slice of toast|a sandwich|crackers|a packet of crisps|a bowl of cereal|soup|a cup a soup) (?:maybe |about |just |probably )?once a day(?: if that| at most| if i am lucky| tops)\b`;
const EAT_OUT = String.raw`\b(?:christmas|holiday|treats?|chocolate|takeaway|cake|biscuits|birthday|easter|baby|newborn|diet|fast|fasting|ramadan|${FICTION}|${LAUGH})\b|\b(?:his|her|their|my (?:kid|son|daughter|toddler|dog|cat)s?) (?:eating|appetite|sleep)\b`;

const NOT_A_WORD = pattern`\bi (?:had not|have not|did not|have not actually|had not actually|have barely|had barely|have hardly|had hardly) (?:said|spoken|uttered|spoke|say|speak) (?:a (?:single )?word|one word|two words|a word out loud|out loud|to a soul)(?: out loud)?(?: to (?:anyone|anybody|a soul|another person|a living soul|a human|another human|a single person))? (?:since|for|in|all) (?:${WEEKDAY}|days|a week|a fortnight|the weekend|last \w+|\w+ days|(?:the )?whole (?:week|weekend))\b`;
const DAY_ALONE_AGAIN = pattern`\b(?:christmas|xmas|christmas day|new year|new years eve|my birthday|easter|boxing day|sundays|weekends|the holidays) (?:will be|is going to be|was|is|looks like being|has been) (?:on my own|alone|by myself|just me|me on my own) (?:again|another year|as usual|like last year|like every year)\b`;
const ALONE_OUT = String.raw`\b(?:laryngitis|voice|throat|silent retreat|retreat|sulk\w*|vow|bliss|peace|peaceful|lovely|can not wait|cannot wait|finally|enjoy\w*|treat|relax\w*|working|shift|on call|${FICTION}|${LAUGH})\b`;

const OUT_OF_FLAT = pattern`\b(?:could not|can not|cannot|did not|could not even|can not even|just could not) (?:get|drag|make|force) myself (?:out of (?:the|my) (?:flat|house|bed|room|home)|out the (?:door|house|flat)|up and out|out of the door|to leave the (?:house|flat)|out of bed)\b`;
const BREAKDOWN_IN_PUBLIC = pattern`\b(?:i |me )?(?:breaking down|broke down|crying|burst into tears|bursting into tears|sobbing|having a breakdown|had a breakdown|having a panic attack|had a panic attack|falling apart|fell apart) (?:\w+ ){0,3}?in (?:the middle of|front of) (?:the |a )?(?:supermarket|shop|tesco|asda|aldi|lidl|sainsburys|morrisons|street|high street|everyone|people|the jobcentre|job club|the library|the queue|town|the checkout|the bus)\b`;
const PULL_TOGETHER = pattern`\bif i can (?:pull|get|hold|keep) myself together\b`;
const COPE_OUT = String.raw`\b(?:car|van|bus broke|train|engine|lift|till|machine|laptop|computer|printer|tractor|flu|covid|bug|sickness|vomit\w*|migraine|broken|leg|ankle|foot|snow|storm|hangover|hungover|onions?|film|wedding|proud|happy tears|toddler|baby|tantrum|${FICTION}|${LAUGH})\b|${THIRD}`;

const FEELING_MISERABLE = pattern`${NOT_BEFORE}\b(?:feeling|been feeling|i feel|i am feeling|i have been feeling|i felt) (?:pretty |really |so |very |quite |proper |totally |utterly |just |dead |fairly |rather )(?:miserable|low|down|depressed|gloomy|wretched|flat)\b(?! (?:on|with|about the (?:weather|rain))\b)`;
const TEARFUL = pattern`${NOT_BEFORE}\b(?:been|feeling|felt|so|really|very|quite|a bit|i am|i was) tearful\b`;
const BLACK_DOG = pattern`\bblack dog (?:week|day|days|month|weekend|morning|period|phase|again)\b|\bthe black dog (?:is back|has been|was back|is visiting|came back|has come back|sat on me|sitting on me)\b`;
const MOOD_OUT = String.raw`\b(?:cold|flu|bug|sick|sickness|virus|covid|hangover|hungover|period|cramps|tooth|toothache|injury|proud|graduation|wedding|christening|born|birth|happy tears|funeral|natural|fine in myself|walk|walks|walking|lead|vet|puppy|rescue|bark\w*|fur|kennel|pet|fetch|breed|labrador|collar|${FICTION}|${LAUGH})\b|${THIRD}`;

const NOT_GOING_TO_BUT = pattern`^(?=.*\b(?:harming|hurting|harm|hurt|self harm) (?:yourself|myself|themselves|me)\b)(?=.*\b(?:no i am not|i am not going to|i will not|i would not|i am not about to|not going to)\b)(?=.*\b(?:but|though|although) (?:i am|things are|it is|i have been|i feel) (?:not great|not good|not ok|not okay|not brilliant|struggling|not doing great|not doing well|not right|low|rough|pretty low|not in a good place)\b)`;
const NOT_BUT_OUT = String.raw`\b(?:${FICTION}|${LAUGH})\b|${THIRD}`;

const BURY_UNDER = pattern`\b(?:bury|burying|bury the|buried) (?:him|her|them|the (?:coach|ref|referee|manager|neighbour|bloke|lad|landlord|boss|linesman)) (?:under|beneath|in|below) (?:the |my |his |her )?(?:patio|centre circle|pitch|penalty spot|floorboards|back garden|allotment|compost heap|decking|shed|goalposts?|touchline|six yard box|halfway line|the dugout|dugout)\b`;
const BURY_OUT = String.raw`\b(?:dog|puppy|kitten|cat|hamster|pet|fish|rabbit|tortoise|budgie|guinea pig|bone|treasure|time capsule|bulbs|seeds|ashes|funeral|rip|hatchet|${FICTION})\b`;

/** [gate on the whole message, groups read in it] as rules.ts reads whole-message sets. */
export const EIGHTY_NINTH_WHOLE_SETS: readonly (readonly [RegExp, readonly RiskPatternGroup[]])[] = [
  [unless(String.raw`\bpoint (?:of|in)\b`, POINT_OUT), [group('crisis', 'wishes to be dead', [POINT_STILL_HERE])]],
  [unless(String.raw`\bplaces with\b`, SWAP_OUT), [group('crisis', 'wishes to be dead', [SWAP_COFFIN])]],
  [unless(String.raw`\b(?:too deep|told (?:them|the \w+|a e|everyone) it was)\b`, DEEP_OUT), [group('crisis', 'self-harm', [GLUED_TOO_DEEP])]],
  [unless(String.raw`\bnothing i\b`, NOTHING_OUT), [group('concern', 'hopelessness', [NOTHING_I_DO])]],
  [unless(String.raw`\bfuture\b`, FUTURE_OUT), [group('concern', 'hopelessness', [FUTURE_WALL])]],
  [unless(String.raw`\b(?:always|usual|every time|last time)\b`, FALL_OUT), [group('concern', 'hopelessness', [FALL_LIKE_ALWAYS])]],
  [unless(String.raw`\bagain\b`, NEVER_OUT), [group('concern', 'hopelessness', [NEVER_WORK_AGAIN])]],
  [unless(String.raw`\bwhat (?:am i|good am i|use am i)\b`, GOOD_OUT), [group('concern', 'feels worthless', [GOOD_FOR])]],
  [unless(String.raw`\b(?:show for|sums me up|summed me up)\b`, SHOW_OUT), [group('concern', 'feels worthless', [NOTHING_TO_SHOW])]],
  [unless(String.raw`\b(?:${PAINKILLER}|edge off)\b`, PILLS_OUT), [group('concern', 'drinking or drugs to cope', [CHEMISTS, EDGE_OFF])]],
  [unless(String.raw`\b(?:carried on|kept|did not stop|never stopped|easier than|better than)\b`, CARRIED_OUT), [group('concern', 'drinking or drugs to cope', [CARRIED_ON_DRINKING])]],
  [unless(String.raw`\b(?:somewhere|a place|a room|a flat|accommodation|hostel|b and b|bed and breakfast|refuge|supported housing|night shelter)\b`, HOME_OUT), [group('concern', 'may lose their home', [SOMEWHERE_BY, TEMP_DAYS_UP])]],
  [unless(String.raw`\b(?:sold|pawned|sell|selling|pawning|flogged|flogging|collections?|debt collectors?|bailiffs|enforcement)\b`, SOLD_OUT), [group('concern', 'money worries', [SOLD_TO_PAY, GOES_TO_COLLECTIONS])]],
  [unless(String.raw`\b(?:window|to pot|to pieces|to nothing|awol|once a day)\b`, EAT_OUT), [group('concern', 'not eating or sleeping', [EATING_OUT_WINDOW])]],
  [unless(String.raw`\b(?:word|out loud|a soul|on my own|alone|by myself|just me)\b`, ALONE_OUT), [group('concern', 'feels alone', [NOT_A_WORD, DAY_ALONE_AGAIN])]],
  [unless(String.raw`\b(?:myself|in the middle of|in front of)\b`, COPE_OUT), [group('concern', 'not coping', [OUT_OF_FLAT, BREAKDOWN_IN_PUBLIC, PULL_TOGETHER])]],
  [unless(String.raw`\b(?:miserable|low|down|depressed|gloomy|wretched|flat|tearful|black dog)\b`, MOOD_OUT), [group('concern', 'low mood', [FEELING_MISERABLE, TEARFUL, BLACK_DOG])]],
  [unless(String.raw`\b(?:harm|harming|hurt|hurting)\b`, NOT_BUT_OUT), [group('concern', 'spoke of harm, then said they would not', [NOT_GOING_TO_BUT])]],
  [unless(String.raw`\b(?:bury|burying|buried)\b`, BURY_OUT), [group('concern', 'joked about hurting someone', [BURY_UNDER])]],
] as const;
