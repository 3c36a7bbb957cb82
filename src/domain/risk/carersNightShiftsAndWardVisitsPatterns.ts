// Risk told by carers and night-shift workers, often by voice-to-text: the ward, the round, the rota,
// the parent at home, said flat and with the punctuation gone.
// Crisis: tried once before and ended up in hospital (the past attempt said in passing); stockpiling
// the morphine (tablets, patches) that is sent for the person cared for; "i do it to feel something"
// after hours of feeling nothing, or hurting oneself to feel something; someone saw my arms (wrists,
// scars) and asked, and i lied; picturing running the team leader over with the forklift, "not
// laughing"; close to hitting the parent or resident cared for; hit (slapped, spat at) on shift and
// told to keep quiet about it.
// Concern: worth nothing, on paper or off it; the tenancy in a dying parent's name and "what happens to
// me"; in from nights and just lying there; two or three hours' sleep a day between shifts and caring;
// the family left me to it with mum; lonely is an understatement; just the two of us now, nobody else,
// or a partner who left when the child was diagnosed; "swear down i'll throttle the coordinator"; "my
// sister is so dead when i get hold of her". Each rests on two parts of the message or a whole
// phrase, so it is read in the whole message and the classifier's training text is not rewritten.
// Look-alikes of our own are in test/domain/riskEightySecondForms.test.ts. Normalised words ("ill" for
// i'll, "a e" for A&E, "can not", "she is got").
import { pattern, type RiskPatternGroup } from '../riskPatterns.ts';
import { group, LAUGH, unless } from './wholeMessageSets.ts';

const OTHERS = String.raw`he|she|hes|shes|his|her|they|their|my (?:mum|mom|dad|mother|father|brother|sister|friend|mate|son|daughter|nan|gran|uncle|aunt|auntie|cousin|neighbour|flatmate|partner|husband|wife)s?|character|film|book|show|series|song|game|episode|novel|story|play`;
/** Someone else's doing, said of them: "she tried once before", "my sister has been stockpiling". */
const THIRD = String.raw`\b(?:my (?:mum|mom|dad|mother|father|brother|sister|friend|mate|son|daughter|nan|gran|uncle|aunt|auntie|cousin|neighbour|flatmate|partner|husband|wife|colleague|client|resident|patient)s?|he|she|they|his|their) (?:was|is|were|had|has|have|could|can|took|got|said|says|tried|will|would|keeps|kept|been)\b`;
const FICTION = String.raw`film|movie|book|novel|show|series|episode|game|gta|fortnite|minecraft|character|soap|play|song|lyrics|documentary|podcast|dream|dreamt|nightmare`;
/** A laugh, but "not joking" and "not kidding" are the opposite of one. */
const JOKE = String.raw`\b(?:lol|lmao|haha\w*|hehe|jk)\b|(?<!\bnot )\b(?:joking|kidding)\b`;
/** The people at work and at home that a carer might name (not "my managers", which is read as a possessive). */
const PERSON = String.raw`(?:the|my|that|this|our) (?:team leader|manager|boss|supervisor|coordinator|co ordinator|agency coordinator|rota coordinator|deputy|night manager|senior|nurse in charge|charge nurse|sister|ward sister|matron|charge hand|foreman|gaffer|line manager|colleague|resident|client|patient|service user|mum|mom|dad|mother|father|nan|gran|husband|wife|partner|son|daughter|brother|sister|ex|neighbour|landlord|driver)\b(?!s)|\b(?:the|my|our) (?:residents|clients|patients|service users|kids|children)\b|\b(?:him|her|them)\b`;
const KIN = String.raw`(?:mum|mom|dad|mother|father|nan|nana|gran|grandad|granny|husband|wife|partner|son|daughter|brother|sister|aunt|auntie|uncle)`;

// --- Crisis -------------------------------------------------------------------------------------
const TRIED_BEFORE_HOSPITAL = pattern`^(?=(?:.*\bi (?:have |had |already |did )?|)(?:tried|attempted)(?: it| once| twice| it once)? (?:before|years ago|a few years ago|last year|back then|once before|when)\b(?! (?:to|for|at|with|on|in the|the)\b))(?=.*\b(?:ended up|woke up|landed|was kept|was sectioned|spent (?:\w+ ){1,2}(?:days|nights|weeks)) (?:\w+ ){0,3}?(?:hospital|a e|icu|intensive care|resus|psych ward|psychiatric ward|the ward|on a ward|in a ward|mental health unit)\b)`;
const TRIED_OUT = String.raw`\b(?:test|exam|driving|theory|recipe|bak\w*|ski\w*|snowboard\w*|skat\w*|climb\w*|bike|cycling|horse|riding|trampoline|surf\w*|diet|ivf|pregnan\w*|labour|induc\w*|giving birth|allerg\w*|food poisoning|curry|oysters|shellfish|peanuts?|vape|drug test|keto|fast\w*|marathon|run|running|half|ladder|roof|${FICTION})\b|${THIRD}|${JOKE}`;

const MEDS = String.raw`(?:oramorph|morphine|liquid morphine|tramadol|codeine|co codamol|cocodamol|oxycodone|oxy|oxycontin|fentanyl|patches|diazepam|lorazepam|zopiclone|sleeping pills|sleeping tablets|sleepers|painkillers|pain killers|pills|tablets|meds|medication|medicine|insulin|methadone|gabapentin|pregabalin|amitriptyline)`;
const STOCKPILE_MEDS = pattern`(?:^|\bi (?:have |am |have been |had |was |have started |started |keep )?|\bbeen |\bstarted |\bkeep )(?:stockpiling|stockpiled|hoarding|hoarded|squirrelling away|squirreling away|stashing|stashed|saving up|putting by|putting aside|holding back|keeping back|hiding away|collecting) (?:(?:some|all|a few|a bit) of )?(?:the|his|her|their|my|dads|mums|spare|extra|left over|leftover)? ?(?:\w+ ){0,2}?${MEDS}\b`;
const STOCKPILE_OUT = String.raw`\b(?:shortage|shortages|brexit|lockdown|pandemic|covid|flu season|winter|pharmacist|pharmacy|chemist|gp|doctor|return|returned|returning|take back|took back|dispose\w*|disposal|sharps|bin|destroy\w*|tins|toilet roll|loo roll|pasta|food|nappies|${FICTION})\b|${JOKE}`;

const FEEL_SOMETHING = pattern`^(?=.*\bi (?:do|did|have done|keep doing|only do|just do|still do) (?:it|this|that) (?:just |only )?(?:to|so i can|so i) (?:feel (?:something|anything)|actually feel something)\b)(?=.*\b(?:feeling nothing|feel nothing|felt nothing|numb|numbness|empty|dead inside|nothing at all|switched off)\b)|\b(?:cut|cutting|burn|burning|burnt|hurt|hurting|scratch|scratching|hit|hitting|punch|punching|pinch|pinching|scald|scalding) myself (?:just |only )?(?:to|so i can|so i) (?:feel (?:something|anything|real)|actually feel)\b`;
const FEEL_OUT = String.raw`\b(?:gym|run|running|swim\w*|cold water|ice bath|sauna|music|gig|concert|tattoo\w*|piercing|spicy|chilli|hot sauce|rollercoaster|skydiv\w*|bungee|dance|dancing|football|volunteer\w*|${FICTION})\b|${THIRD}|${JOKE}`;

const SAW_MY_ARMS = pattern`^(?=.*\b(?:saw|seen|noticed|spotted|clocked|caught sight of|looked at|asked about) my (?:arms?|wrists?|thighs?|legs?|scars?|cuts|marks|forearms?|stomach|sleeves)\b)(?=.*\b(?:i lied|lied (?:to (?:her|him|them) )?(?:about it|and said)|lied|made (?:something|an excuse|up an excuse|up a story) up|made up (?:an excuse|a story|something)|said it was (?:the|a|my|from) \w+|pulled (?:my )?sleeves? down|covered (?:them|it|my \w+) up|told (?:her|him|them) it was)\b)`;
const ARMS_OUT = String.raw`\b(?:tattoo\w*|sunburn\w*|sunburnt|tan|tanned|rash|eczema|psoriasis|hives|allerg\w*|mole|moles|freckles|muscles?|biceps|gym|guns|bites?|insect|mosquito|cast|sling|plaster|fracture|broke|broken|bruis\w*|resident|residents|patient|patients|cat scratch|kitten|puppy|surprise|present|party|gift|${FICTION})\b|${THIRD}|${JOKE}`;

const PICTURE_RUN_OVER = pattern`^(?=.*\b(?:picturing|picture|pictured|imagining|imagine|imagined|visualising|visualizing|fantasising about|fantasizing about|fantasise about|daydreaming about|daydream about|thinking about|think about) (?:(?:running|knocking|mowing) (?:${PERSON}) (?:over|down)\b|(?:running (?:over|down)|hitting|punching|stabbing|strangling|throttling|hurting|battering|smashing|kicking) (?:${PERSON})(?! (?:at|in) (?:pool|darts|chess|cards|football|tennis|badminton|squash|a game|the game|the quiz)\b)))(?=.*\b(?:not laughing|not joking|not kidding|i mean it|i am serious|deadly serious|seriously|for real|it scares me|scares me|scared of myself|frightens me|every day|every night|every shift|all the time|more and more|can not stop|cannot stop|keep|keeps|kept)\b)`;
const PICTURE_OUT = String.raw`\b(?:over and over|wheelchair|pram|buggy|swing|through|speech|presentation|interview|promotion|leaving do|party|surprise|retire\w*|face when|reaction|${FICTION})\b|${JOKE}`;

const CLOSE_TO_HITTING = pattern`\b(?:i am|i was|i have been|i came|i come|i get|i got|i feel|i felt|getting|got) (?:so |this |really |dangerously |very |scarily |that )?(?:close to|near to|nearly|almost|on the verge of|about to|an inch from|this close to|inches from) (?:hitting|slapping|hurting|shaking|smacking|punching|pushing|shoving|lashing out at|hitting out at|throttling|strangling|thumping|kicking) (?:${PERSON})(?! (?:in|at) (?:the )?(?:pool|darts|chess|cards|quiz|game|match|race|tennis|badminton|squash))`;
const CLOSE_OUT = String.raw`\b(?:wheelchair|pram|buggy|swing|hoist|target|targets|deadline|jackpot|limit|goal|milestone|record|ball|wall|car|bumper|kerb|curb|pothole|deer|fox|cyclist|brakes|parking|reversing|${FICTION})\b|${JOKE}`;

const HIT_TOLD_QUIET = pattern`^(?=.*\b(?:slapped|punched|hit|kicked|grabbed|pushed|shoved|spat at|spat on|assaulted|headbutted|bit|strangled|choked|groped|threatened|scratched|thumped|throttled) me\b)(?=.*\b(?:told me to (?:keep (?:quiet|it quiet|my mouth shut|schtum|it to myself)|say nothing|not (?:report|say|tell|make a fuss|mention|write|log|record)|let it go|leave it|forget (?:it|about it)|drop it|get over it)|(?:said|says) (?:it is|its) (?:just )?part of the job|not to (?:report|log|record|mention|say) (?:it|anything)|keep (?:it )?quiet about it|brush(?:ed)? it under the (?:carpet|rug)|swept it under the (?:carpet|rug))\b)`;
const HIT_OUT = String.raw`\b(?:ball|wasp|bee|dog|puppy|cat|kitten|toddler|baby|it hit me|hit me up|hit me back|surprise|party|spoiler|spoilers|secret santa|${FICTION})\b|${JOKE}`;

// --- Concern ------------------------------------------------------------------------------------
const WORTH_NOTHING = pattern`\b(?:i am|i feel|i feel like i am|i know i am|as a person i am) (?:just |basically |honestly |literally )?(?:worth nothing|worthless|not worth anything|not worth a thing)\b(?! (?:to (?:the|my) (?:bank|insurer|insurance|company|pension))\b)`;
const WORTH_OUT = String.raw`\b(?:car|van|house|flat|shares|stock|phone|watch|ring|jewellery|pension pot|policy|insurance|${FICTION})\b|${THIRD}|${JOKE}`;

const TENANCY_IN_NAME = pattern`^(?=.*\b(?:tenancy|lease|house|flat|home|mortgage|council house|bungalow|rent book|tenancy agreement|deeds|place|property)(?: is| was| are)? (?:in|under|only in|all in) (?:my )?(?:${KIN}|her|his|their)s? names?\b)(?=.*\b(?:dying|dies|died|passes|pass away|passes away|goes into (?:a|care|a home|a hospice)|go into (?:a|care|a home)|going into (?:a|care|a home)|terminal|end of life|hospice|palliative|not got long|not long left|weeks left|months left|gone)\b)(?=.*\b(?:what happens to me|what (?:will|would|do) i do|where (?:will|do|would|does) (?:i|that leave me)|where does that leave me|i live here|i (?:will|would|could) (?:lose|be homeless|have nowhere|be out)|kick me out|out on the street|on the streets|homeless|nowhere to (?:go|live))\b)`;
const TENANCY_OUT = String.raw`\b(?:his|her|their|the|a|no|dads|mums) will\b(?! (?:be|go|have|get|kick|lose|need|i|we|they|he|she)\b)|\b(?:probate|solicitor says i|inherit\w*|left (?:it|the house|everything) to me|joint|succession (?:is|was) (?:sorted|fine|agreed)|${FICTION})\b|${JOKE}`;

const IN_FROM_NIGHTS = pattern`^(?=.*\b(?:get|got|come|came|getting|coming|home|back|in) (?:in |home |back )?(?:from|off) (?:nights|night shift|a night shift|a night|the night shift|nightshift|a nightshift|a night duty|night duty|a long night|a 12 hour night|a twelve)\b)(?=.*(?:\b(?:just )?(?:lie|lay|lying|laying) (?:there|awake|in bed|in the dark)\b(?! (?:for a (?:bit|minute|few minutes) (?:then|and)|and (?:sleep|nap|crash|drop off|read)|till i (?:drop|fall) (?:off|asleep)))|\b(?:can not|cannot|could not|never|do not) (?:get to sleep|get off to sleep|drop off|switch off|sleep|settle|get to bed)\b|\bstaring at the ceiling\b|\bwide awake\b))`;
const NIGHTS_OUT = String.raw`\b(?:sleep (?:till|until|for|right through)|slept (?:till|until|for|right through|like a)|out like a light|straight to sleep|crash(?:ed)? out|spark out|blackout blinds|earplugs work|${OTHERS}|${JOKE})\b`;

const FEW = String.raw`(?:[1-4]|one|two|three|four|an?|a couple of|a few)`;
const FEW_HOURS = String.raw`(?:only |about |maybe |barely |like |just |around |roughly |at most |max |tops )?${FEW}(?: or ${FEW}| to ${FEW})? hours?`;
const PER = String.raw`(?:a day|a night|in 24|a 24|per day|per night|each day|each night|between (?:shifts|calls|caring|visits)|in between|a go)`;
const HOURS_SLEEP = pattern`\b(?:sleeping|slept|sleep|kipping|napping|i nap|i kip) (?:for )?${FEW_HOURS} ${PER}\b|\b(?:getting|get|got|managing|manage|grabbing|grab|surviving on|running on|living on|on) ${FEW_HOURS}(?: of)? (?:sleep|kip) ${PER}\b`;
const HOURS_OUT = String.raw`\b(?:normal for me|used to it|all i need|enough for me|suits me|baby|babies|newborn|toddler|puppy|kitten|dog|cat|the twins|nap time|naps? (?:at|after)|he|she|they|my (?:son|daughter|boy|girl|mum|dad|nan|partner|husband|wife)s?|residents?|patients?|clients?|${FICTION})\b|${JOKE}`;

const LEFT_ME_TO_IT = pattern`\b(?:my |the )?(?:family|families|siblings|brothers?|sisters?|the rest of (?:them|the family|my family)|everyone|everybody|my lot|the lot of them|my kids|the kids)(?: have| has| all| just| basically| pretty much| kind of)* (?:left|leave|dumped|abandoned|washed their hands of|offloaded) (?:me (?:to it|to get on with it|to cope|to deal with it|to do it all|holding the baby|with (?:${KIN}|her|him|it all|everything|all of it))|(?:it all|everything|all of it|the lot) (?:on|to) me)\b`;
const LEFT_OUT = String.raw`\b(?:this (?:weekend|week|afternoon|evening|morning)|for the (?:weekend|day|afternoon|evening|night|week)|tonight|for (?:an|a couple of|a few) hours?|while they|off to|on holiday|manager|boss|supervisor|trainer|teacher|instructor|mentor|induction|training|first shift|till|trust|trusted|nice|great|good|brilliant|fine|happy|lovely|peace|quiet|holiday|washing up|dishes|tidying|clearing up|clean up|cleaning up|bill|tab|cake|leftovers|${FICTION})\b|${JOKE}`;

const LONELY_UNDERSTATED = pattern`\b(?:lonely|alone|isolated|on my own|cut off|lonesome)(?: does not| is not| isnt| is| would be| does not even| is not even)? (?:an understatement|the word|even the word|cover it|even cover it|begin to (?:cover|describe) it|half of it|close)\b`;
const LONELY_OUT = String.raw`\b(?:${OTHERS}|holiday|cottage|cabin|retreat|island|peace|bliss|walk|hike|trip|${FICTION})\b|${JOKE}`;

const JUST_US_TWO = pattern`\b(?:it is|its|it has been|now it is|now its) just (?:us two|the two of us|me and (?:him|her|my (?:son|daughter|boy|girl|${KIN})|${KIN}))(?: now)?(?: and)? (?:no one|nobody|noone|not anyone) else\b|\bjust (?:us two|the two of us|me and (?:him|her|my (?:son|daughter|boy|girl|${KIN})|${KIN})) now\b(?: \w+){0,3}? (?:no one|nobody) (?:else|helps|comes|visits|calls|rings|checks)\b|\b(?:partner|husband|wife|boyfriend|girlfriend|ex|his dad|her dad|their dad|his mum|her mum|their mum|the kids dad|the kids mum) (?:left|walked out|walked|went|upped and left|cleared off|packed his bags|packed her bags)(?: on us| on me| me| us)? (?:when|after|once|as soon as|the day) (?:our|my|his|her|the) (?:son|daughter|boy|girl|child|baby|little one|kid|youngest|eldest|twins) (?:was|were|got) (?:diagnosed|born|ill|sick|poorly)\b`;
const US_TWO_OUT = String.raw`\b(?:holiday|weekend away|date night|break|trip|honeymoon|cinema|spa|lovely|bliss|peace|quiet|cosy|treat|anniversary|${FICTION})\b|${JOKE}`;

const HARM_VERB = String.raw`(?:throttle|strangle|swing for|wring (?:his|her|their) necks?|wring (?:the|my) \w+s neck|deck|lamp|chin|thump|slap|punch|batter|brain|clobber|strangle|murder|kill)`;
const SWEAR_THROTTLE = pattern`\b(?:swear down|i swear|i swear down|swear to god|honest to god|so help me|on my life|honestly|i tell you)(?: i will| ill| i am going to| i am gonna| i will actually| ill actually) (?:actually |literally |honestly |genuinely |end up |just )?${HARM_VERB} (?:${PERSON})`;
const SWEAR_OUT = String.raw`\b(?:spider|wasp|fly|flies|mouse|mice|rat|pizza|burger|kebab|curry|steak|cake|chips|fish|a pint|engine|bike|lights|weeds|plants?|garden|${FICTION})\b`;

const SO_DEAD_WHEN = pattern`\b(?:is|s|are|is so|are so|is totally|is actually|is going to be|is gonna be|will be|is dead meat|are dead meat)(?: so| totally| actually| absolutely| literally| proper)? (?:dead|dead meat) (?:when|once|if|the minute|the second|as soon as) (?:i|we) (?:get hold of|get my hands on|catch|see|find|get home to|get back to) (?:him|her|them|you)\b`;
const DEAD_OUT = String.raw`\b(?:phone|battery|laptop|tablet|plant|plants|car|van|${FICTION})\b`;

/** [gate on the whole message, groups read in it] as rules.ts reads whole-message sets. */
export const EIGHTY_SECOND_WHOLE_SETS: readonly (readonly [RegExp, readonly RiskPatternGroup[]])[] = [
  [unless(String.raw`\b(?:tried|attempted)\b`, TRIED_OUT), [group('crisis', 'preparing to end their life, or a past attempt', [TRIED_BEFORE_HOSPITAL])]],
  [unless(String.raw`\b(?:stockpil\w*|hoard\w*|squirrel\w*|stash\w*|saving up|putting by|putting aside|holding back|keeping back|hiding away|collecting)\b`, STOCKPILE_OUT), [group('crisis', 'preparing to end their life, or a past attempt', [STOCKPILE_MEDS])]],
  [unless(String.raw`\bfeel (?:something|anything|real)\b|\bactually feel\b`, FEEL_OUT), [group('crisis', 'self-harm', [FEEL_SOMETHING])]],
  [unless(String.raw`\bmy (?:arms?|wrists?|thighs?|legs?|scars?|cuts|marks|forearms?|stomach|sleeves)\b`, ARMS_OUT), [group('crisis', 'self-harm', [SAW_MY_ARMS])]],
  [unless(String.raw`\b(?:pictur\w*|imagin\w*|visuali[sz]\w*|fantasi[sz]\w*|daydream\w*|think about|thinking about)\b`, PICTURE_OUT), [group('crisis', 'harm to someone else', [PICTURE_RUN_OVER])]],
  [unless(String.raw`\b(?:close to|near to|nearly|almost|verge of|about to|inch from|inches from)\b`, CLOSE_OUT), [group('crisis', 'harm to someone else', [CLOSE_TO_HITTING])]],
  [unless(String.raw`\b(?:quiet|schtum|say nothing|not to|let it go|leave it|forget|drop it|get over it|part of the job|carpet|rug)\b`, HIT_OUT), [group('crisis', 'abuse or violence', [HIT_TOLD_QUIET])]],
  [unless(String.raw`\b(?:worth nothing|worthless|not worth)\b`, WORTH_OUT), [group('concern', 'feels worthless', [WORTH_NOTHING])]],
  [unless(String.raw`\bnames?\b`, TENANCY_OUT), [group('concern', 'may lose their home', [TENANCY_IN_NAME])]],
  [unless(String.raw`\b(?:nights|night shift|nightshift|night duty|a night)\b`, NIGHTS_OUT), [group('concern', 'not eating or sleeping', [IN_FROM_NIGHTS])]],
  [unless(String.raw`\bhours?\b`, HOURS_OUT), [group('concern', 'not eating or sleeping', [HOURS_SLEEP])]],
  [unless(String.raw`\b(?:left|leave|dumped|abandoned|washed their hands|offloaded)\b`, LEFT_OUT), [group('concern', 'feels alone', [LEFT_ME_TO_IT])]],
  [unless(String.raw`\b(?:understatement|the word|cover it|describe it|half of it)\b`, LONELY_OUT), [group('concern', 'feels alone', [LONELY_UNDERSTATED])]],
  [unless(String.raw`\b(?:else|diagnosed|born|ill|sick|poorly|helps|comes|visits|calls|rings|checks)\b`, US_TWO_OUT), [group('concern', 'feels alone', [JUST_US_TWO])]],
  [unless(String.raw`\b(?:swear|so help me|on my life|honestly|i tell you)\b`, SWEAR_OUT), [group('concern', 'joked about hurting someone', [SWEAR_THROTTLE])]],
  [unless(String.raw`\bdead\b`, DEAD_OUT), [group('concern', 'joked about hurting someone', [SO_DEAD_WHEN])]],
] as const;
