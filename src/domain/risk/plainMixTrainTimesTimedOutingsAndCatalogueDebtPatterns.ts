// An eleventh plain mix of job seekers: crisis and worry said in plain words the older forms had not
// reached. Crisis: I would be happy not to wake up; the applications, or ending myself; my goal is to be
// dead by the end of the month; going to step in front of a train, a bus or "the 6.40"; a letter for my
// mum left in an envelope with my keys; do employers mind fresh cuts on your arms; I nearly smashed his
// face in, next time I will; I want to shoot up the place that let me go, and I mean it; the man I work
// for hits us if we are slow, or says he will report us if we complain; he times how long I am out and
// goes mad if I am late back. Concern: another missed catalogue payment; every call is someone wanting
// money off me; going to smother my cat for walking on my cover letter (a joke about hurting someone,
// read as a joke: a laugh does not shut it).
// Look-alikes of our own are in test/domain/riskNinetyEighthForms.test.ts. Normalised words ("id" for
// "I'd", "ill" for "I'll", "hell" for "he'll", "i am" for "I'm", "do not" for "don't", "going to" for
// "gonna", "honestly" for "tbh"; emoji are dropped).
import { pattern, type RiskPatternGroup } from '../riskPatterns.ts';
import { group, LAUGH, NOT_BEFORE, unless } from './wholeMessageSets.ts';

const FICTION = String.raw`film|movie|book|novel|series|episode|character|soap|play|song|lyrics|documentary|podcast|poem|game|gaming|playstation|xbox|fortnite|minecraft|gta|elden ring|boss fight|halloween|fancy dress|storyline|plot|script|dream|dreamt|nightmare`;
/** Someone else's doing, said of them. */
const THIRD = String.raw`\b(?:my (?:mum|mom|dad|mother|father|brother|sister|friend|son|daughter|nan|gran|grandad|uncle|aunt|auntie|cousin|neighbour|flatmate|partner|husband|wife|mate|pal|colleague|kid|kids)s?|a (?:lad|guy|bloke|man|woman|girl|boy|kid|person|student|customer)|someone|somebody|he|she|they|hes|shes|theyre) (?:says|said|keeps saying|told me|texted|messaged|posted|wrote|is|was|has|had|keeps|tried|went|jumped|stepped|walked|threw)\b`;
/** A laugh that shuts a set; "not kidding" and "not joking" say the opposite. */
const LAUGH_NOT_DENIED = String.raw`\b(?:lol|lmao|haha\w*|hehe|jk|only joking|just joking|only kidding|just kidding)\b|(?<!\bnot )\b(?:joking|kidding)\b`;

// --- Crisis: wishes, thoughts and intent ----------------------------------------------------------
const NOT_WAKE = pattern`\b(?:id|i would|i will|ill|i could|i am)(?: honestly| really| genuinely| truly| quite| just| actually){0,2} (?:be )?(?:happy|glad|fine|ok|okay|content|relieved|grateful|at peace|alright|pleased)\b(?: honestly| really)? (?:not to|to not|never to|to never|if i (?:just )?(?:did not|do not|never|could not|would not)) (?:wake|woke|wake up|woke up|wake back up|see (?:another|the|one more) (?:morning|day|tomorrow))\b(?! (?:the|my|him|her|them|anyone|early|at|before|to|for|on|with|in time|late|so|till|until|every))`;
const NOT_WAKE_OUT = String.raw`\b(?:alarm|alarms|lie in|lie ins|early start|early starts|shift|shifts|night shift|baby|newborn|toddler|${FICTION})\b`;

const OR_END_MYSELF = pattern`\bor (?:just |maybe |to )?(?:end|kill|top|off|finish|do in) myself\b(?! (?:laughing|trying|in the gym|at the gym|working|with work|revising|studying|running|training|with laughter|off))`;
const OR_END_OUT = String.raw`\b(?:${FICTION})\b|${THIRD}`;

/** Dead as an aim: "dead set", "dead on time", "dead tired" are other words. */
const DEAD = String.raw`(?:dead|in the ground|six feet under|in my grave|in a box|in a coffin)(?! (?:set|on|tired|ahead|good|easy|certain|keen|serious|happy|chuffed|excited|lucky|nervous|busy|quiet|slow|chuffed|proud|right|against|end|weight|on my feet))`;
const DEAD_BY = pattern`\b(?:goal|goals|aim|plan|target|intention|resolution|new years resolution|wish|one wish|only wish|only goal|only plan)\b(?: (?:is|was|for (?:this|the|next) (?:month|year|week)|for \d+|honestly|just|really|now|then|right now)){0,3} (?:to be|be|being) ${DEAD}\b|\bi (?:want|plan|intend|mean|aim|hope|am going|am planning|would like|have decided) to be ${DEAD} (?:by|before)\b|\bid (?:like|love|want) to be ${DEAD} (?:by|before)\b`;
const DEAD_BY_OUT = String.raw`\b(?:battery|batteries|phone|laptop|plant|plants|weeds|wasps|slugs|rats|mice|the mould|fish|${FICTION})\b|${THIRD}`;

/** Said, then taken back: "but I am still here", "I would never". */
const NEVER_WOULD = String.raw`(?:i would|id|i will|i am) (?:never|not) (?:do|actually|go through)`;

// --- Crisis: a plan ---------------------------------------------------------------------------------
const VEHICLE = String.raw`(?:\w+ )?(?:train|trains|bus|buses|lorry|lorries|truck|trucks|car|cars|tube|tram|express|van|coach|artic|hgv|\d+(?: \d+)?)`;
const IN_FRONT = pattern`\b(?:going to|will|ill|i am going to|want to|wanted to|planning to|plan to|thinking (?:of|about)|tempted to|i could|i might|about to|ready to|feel like|i feel like|i will just|i could just|decided to|i am)(?: just| honestly| actually| seriously)? (?:step|stepping|jump|jumping|walk|walking|throw myself|throwing myself|lie down|lying down|lay down|stand|standing|run|running|drive|driving) (?:out )?in front of (?:a |the |an |next |that |another |one of the )?${VEHICLE}\b`;
const IN_FRONT_OUT = String.raw`\b(?:(?:but|and) (?:i am|im) (?:still here|staying|not going to)|i am staying|i would never|i will not|i am not going to|i did not|but i did not|${NEVER_WOULD}|to (?:stop|flag|wave|catch|get|make)|flag it|wave it|catch it|photo|selfie|picture|camera|queue|stop it|school crossing|lollipop|${FICTION}|${LAUGH})\b|${THIRD}`;

// --- Crisis: preparing --------------------------------------------------------------------------
const FAMILY = String.raw`(?:my )?(?:mum|mam|mom|dad|mother|father|kids|children|son|daughter|wife|husband|partner|sister|brother|nan|gran|family|boys|girls|missus|whoever finds me|everyone|the kids)`;
const LETTER_AND_KEYS = pattern`^(?=.*\b(?:letter|letters|note|notes|goodbye letter|last letter)\b(?: \w+)? (?:for|to) ${FAMILY}\b)(?=.*\b(?:house keys|door keys|front door key|my keys|keys|key|passwords|pin numbers|my pin|bank details|my will|savings|bank card|life insurance|insurance policy|policy)\b)(?=.*\b(?:envelope|sealed|left|put|leaving|drawer|on the table|on the side|on the bed|where (?:she|he|they) will find)\b)`;
const LETTER_OUT = String.raw`\b(?:landlord|letting agent|estate agent|council|housing|moving|move|moved|holiday|away|feed|feeding|cat|dog|plants|while|until|sitter|neighbour|post|posting|posted|birthday|christmas|anniversary|card|thank you|reference|cover letter|solicitor|airbnb|babysit\w*|locked out|spare|lift|pick up|collect|car|van|new flat|new house|keys to|${FICTION}|${LAUGH})\b|${THIRD}`;

// --- Crisis: self-harm ----------------------------------------------------------------------------
const LIMB = String.raw`(?:arms?|wrists?|forearms?|legs?|thighs?|stomach|belly|hips?)`;
const FRESH_CUTS = pattern`${NOT_BEFORE}\b(?:fresh|new|recent|still healing) (?:cuts|cut marks|self harm cuts|self harm marks|wounds|slashes|lines)\b(?: \w+)? (?:on|up|down|across|along|all over|to) (?:my|your|the) ${LIMB}\b|^(?=.*\b(?:cuts|cut marks|self harm cuts) (?:on|up|down|across|along|all over) (?:my|your) ${LIMB}\b)(?=.*\b(?:mind|minds|see|seen|notice|noticed|spot|clock|ask about|questions|judge|hide|cover|covering|hiding|long sleeves|short sleeves|t shirt|tshirt|polo shirt|uniform|showing)\b)`;
const FRESH_CUTS_OUT = String.raw`\b(?:paper|kitchen|chopping|chef|cooking|cat|cats|kitten|dog|puppy|bramble|brambles|thorns?|roses?|garden|gardening|hedge|glass|shaving|fell|fall|fallen|bike|tattoo\w*|building site|scaffold\w*|labouring|cardboard|boxes|pallets?|from work|at work|on the job|budget|job cuts|hair ?cuts?|surgery|operation|stitches from|accident|socks?|tights|elastic|waistband|straps?|seams?|stretch marks|creases|pillow|${FICTION}|${LAUGH})\b|${THIRD}`;

// --- Crisis: harm to others -------------------------------------------------------------------------
const HIT_VERB = String.raw`(?:smash(?:ed|ing)?|punch(?:ed|ing)?|hit(?:ting)?|batter(?:ed|ing)?|deck(?:ed|ing)?|lamp(?:ed|ing)?|glass(?:ed|ing)?|stab(?:bed|bing)?|knock(?:ed|ing)?|kick(?:ed|ing)?|headbutt(?:ed|ing)?|thump(?:ed|ing)?|strangl(?:e|ed|ing)|throttl(?:e|ed|ing)|belt(?:ed|ing)?|chin(?:ned|ning)?|slap(?:ped|ping)?|smack(?:ed|ing)?|floor(?:ed|ing)?|leather(?:ed|ing)?|boot(?:ed|ing)?)`;
const NEXT_TIME = pattern`^(?=.*\b(?:id have|idve|i would have|i would of|i nearly|i almost|i could have|i could of|i was that close to|i was so close to|so close to|nearly|almost|came close to) ${HIT_VERB}\b(?: (?:his|her|their|him|them|that|the|this) (?:\w+ )?(?:face|head|teeth|jaw|nose|lights|interviewer|manager|boss|man|woman|bloke|guy|lad|adviser|advisor|worker|supervisor|recruiter|neighbour)|(?: \w+)? (?:him|her|them)\b))(?=.*\bnext time(?: i see (?:him|her|them)| he does it| she does it| they do it| it happens)? (?:i will|ill|i am going to|i swear i will|i swear ill|i really will|i actually will)(?: not hold back| not stop| not miss| do it| mean it| finish (?:it|the job)| go through with it)?(?: honestly| i swear| swear down| i mean it)?$)`;
const NEXT_TIME_OUT = String.raw`\b(?:sparring|boxing|training|gym|match|game|football|rugby|mma|judo|karate|five a side|fly|wasp|spider|screen|laptop|phone|printer|keyboard|tv|wall|door|${FICTION}|${LAUGH})\b`;

const PLACE = String.raw`(?:place|office|offices|job centre|jobcentre|agency|warehouse|factory|building|site|shop|store|school|college|depot|company|firm|workplace|head office|hq|call centre|branch|council|council offices|lot of them|all of them|everyone there|the lot)`;
const SHOOT_UP = pattern`\bi (?:want to|am going to|will|could|feel like|am tempted to|would love to|should|might|am planning to|plan to|intend to|have half a mind to|swear i will)(?: just| honestly| actually| seriously)? (?:shoot up|blow up|bomb|burn down|torch|set fire to|firebomb|petrol bomb|shoot everyone (?:at|in)|go postal (?:at|in|on)|go on a rampage (?:at|in)|massacre everyone (?:at|in)) (?:the |that |this |their |his |her |my old |my former |my last )?(?:\w+ )?${PLACE}\b|\bill (?:shoot up|blow up|bomb|burn down|torch|set fire to|firebomb) (?:the |that |this |their |my old |my former |my last )?(?:\w+ )?${PLACE}\b`;
const SHOOT_UP_OUT = String.raw`${LAUGH_NOT_DENIED}|\b(?:with (?:applications|calls|emails|messages|my cv|cvs)|inbox|their phones?|figuratively|metaphorically|bonfire|fireworks|${FICTION})\b`;

// --- Crisis: abuse at work and at home --------------------------------------------------------------
const BOSS = String.raw`(?:the man|the guy|the bloke|the fella|the boss|my boss|the owner|the manager|my manager|the gaffer|my gaffer|the foreman|the supervisor|my supervisor|the woman|the lady|the family|the landlord|he|she|they)`;
const HITS_US = pattern`\b${BOSS}\b(?: (?:i|we) (?:work|clean|cook|sew|pick|labour|graft|do shifts) (?:for|with)(?: \w+){0,4}?)? (?:hits|slaps|punches|kicks|beats|shoves|smacks|thumps|hit|slapped|punched|kicked|beat|shoved|smacked|thumped|beats up|beat up) (?:us|me)\b(?! (?:up|with|back|for six|hard with|out|on|in the|where))(?: \w+){0,3}? (?:if|when|whenever|every time|each time|for being|because|cos|for|as punishment) (?:we|i|you|being|not|making|talking|asking|taking|mistakes?)\b`;
const REPORT_US = pattern`^(?=.*\b(?:says|said|threatens|threatened|threatening|will|hell|shell|they will|going to|keeps saying)\b(?: \w+){0,2}? (?:report|shop|grass on|call immigration on|hand) (?:us|me)(?: in)?(?: to (?:immigration|the home office|the police|the border force))?\b(?: \w+){0,3}? if (?:we|i) (?:complain|complained|say anything|said anything|tell anyone|told anyone|speak up|go to|leave|left|quit|ask for|asked for|talk))(?=.*\b(?:cash in hand|no contract|visa|papers|passport|passports|immigration|home office|illegal|not legal|no right to work|off the books)\b)`;
const HITS_OUT = String.raw`\b(?:baby|toddler|nappy|nappies|snore|snoring|in his sleep|in her sleep|in bed|dog|cat|football|five a side|training|sparring|game|son|daughter|kids|little one|${FICTION}|${LAUGH})\b`;

const PARTNER = String.raw`(?:he|she|my (?:partner|husband|wife|boyfriend|girlfriend|fella|bf|gf|other half|missus|fiance|fiancee))`;
const TIMED = pattern`\b${PARTNER} (?:times|timed|is timing|was timing|keeps timing|clocks|clocked|checks|checked|counts|counted|tracks|tracked|monitors|monitored|writes down|logs|logged|keeps track of|keeps tabs on) (?:how long|exactly how long|every minute|the minutes) i (?:am|was|have been|spend|spent|take|took|was out|am out|am gone|was gone|am away)\b|\b${PARTNER} (?:times|timed|is timing|was timing|keeps timing|clocks) me\b(?: \w+){0,3}? (?:when i (?:go|went|am|leave|left) (?:out|to)|at the shops?|going out|out of the house|to the shops?|on the school run)\b|\b${PARTNER} (?:went|goes|will go|go|is going to go) (?:mental|mad|ballistic|crazy|nuts|off it|berserk|spare|off on one)(?: at me)? (?:because|cos|as|when|if|since) i (?:was|am|got|get|came|come) (?:\w+ ){0,2}?(?:late back|late home|late in|back late|home late|late coming (?:back|home)|late getting (?:back|home))\b`;
const TIMED_OUT = String.raw`\b(?:dad|mum|mam|parents|curfew|teacher|coach|boss|manager|supervisor|trainer|tutor|instructor|lesson|class|team leader|the agency|shift|overtime|clocking|clock in|clocked in|${FICTION}|${LAUGH})\b`;

// --- Concern --------------------------------------------------------------------------------------
const MISSED_PAYMENT = pattern`${NOT_BEFORE}\b(?:missed|missing|miss|have missed|behind on|defaulted on|bounced|could not make|can not make|skipped|skipping) (?:another|a|my|the|two|three|four|this months|last months|the last|another two|more|some)? ?(?:\w+ ){0,2}?(?:payments?|instalments?|repayments?|direct debits?)\b`;
const MISSED_OUT = String.raw`\b(?:chasing|collections?|collector|agent|team|role|customers?|clients?|call centre|no missed|never missed|not missed|without missing|deadline for|tickets?|concert|gig|course fee|deposit back|they missed|employer|agency missed|${FICTION}|${LAUGH})\b`;

const WANTING_MONEY = pattern`\b(?:every|each|all the|all these|all my|half my|most of my|the only) (?:phone ?calls?|calls|call|letters?|knocks?(?: at| on)? (?:the )?(?:door)?|texts?|emails?|post)\b(?: i get)?(?: \w+){0,3}? (?:is|are|is from|are from|just|all|calls|letters|texts)\b(?: \w+){0,3}? (?:wanting|asking for|chasing|after|demanding|wants|asking me for|chasing me for|threatening) (?:money|payment|paying|cash|me to pay|their money|what i owe)\b|\b(?:everyone|everybody|every man and his dog|they all) (?:wants|want|is after|are after|is chasing|are chasing|keeps chasing|keep chasing|is asking for|are asking for) (?:money|cash|payment)(?: off| from) me\b`;
const WANTING_OUT = String.raw`\b(?:charity|raffle|sponsor\w*|collection for|fundrais\w*|at work|customers?|clients?|call centre|shift|sales|refund\w*|scam\w*|spam|ppi|kids|son|daughter|pocket money|school trip|birthday|christmas|${FICTION}|${LAUGH})\b`;

const PET_OR_KIN = String.raw`(?:cat|cats|dog|dogs|puppy|kitten|hamster|parrot|budgie|tortoise|rabbit|husband|wife|partner|fella|boyfriend|girlfriend|kids|kid|son|daughter|brother|sister|mum|dad|flatmate|housemate|neighbour|neighbours|toddler|other half|missus|cousin|nephew|niece)`;
const SMOTHER_JOKE = pattern`(?:^|\b(?:i|ill|i am|i will|i could|i might|i swear(?: i will| ill)?) )(?:going to |about to |actually |literally |honestly |seriously |genuinely |just |really |could |might |will )*(?:smother|strangle|throttle|murder|kill|drown|suffocate|swing for|batter|lamp|deck|thump|wring the neck of|wring (?:his|her|its|their) (?:little )?necks?|punt) (?:my|the|our) (?:\w+ )?${PET_OR_KIN}\b`;
const SMOTHER_OUT = String.raw`\b(?:in (?:kisses|love|cuddles|hugs|attention|cream|sauce|gravy|butter)|with (?:kisses|love|cuddles|hugs|affection|kindness)|fleas|worms|ticks|vet|put down|put to sleep|to sleep|euthanas\w*|${FICTION})\b`;

/** [gate on the whole message, groups read in it] as rules.ts reads whole-message sets. */
export const NINETY_EIGHTH_WHOLE_SETS: readonly (readonly [RegExp, readonly RiskPatternGroup[]])[] = [
  [unless(String.raw`\b(?:wake|woke|see (?:another|the|one more))\b`, NOT_WAKE_OUT), [group('crisis', 'wishes to be dead', [NOT_WAKE])]],
  [unless(String.raw`\bor (?:just |maybe |to )?(?:end|kill|top|off|finish|do in) myself\b`, OR_END_OUT), [group('crisis', 'thoughts of suicide', [OR_END_MYSELF])]],
  [unless(String.raw`\b(?:dead|in the ground|six feet under|grave|in a box|coffin)\b`, DEAD_BY_OUT), [group('crisis', 'intends to end their life', [DEAD_BY])]],
  [unless(String.raw`\bin front of\b`, IN_FRONT_OUT), [group('crisis', 'a plan to end their life', [IN_FRONT])]],
  [unless(String.raw`\b(?:letter|letters|note|notes)\b`, LETTER_OUT), [group('crisis', 'preparing to end their life, or a past attempt', [LETTER_AND_KEYS])]],
  [unless(String.raw`\b(?:cuts|cut marks|wounds|slashes|lines)\b`, FRESH_CUTS_OUT), [group('crisis', 'self-harm', [FRESH_CUTS])]],
  [unless(String.raw`\bnext time\b`, NEXT_TIME_OUT), [group('crisis', 'harm to someone else', [NEXT_TIME])]],
  [unless(String.raw`\b(?:shoot|blow up|bomb|burn down|torch|set fire|firebomb|postal|rampage|massacre)\b`, SHOOT_UP_OUT), [group('crisis', 'harm to someone else', [SHOOT_UP])]],
  [unless(String.raw`\b(?:hits|slaps|punches|kicks|beats|shoves|smacks|thumps|hit|slapped|punched|kicked|beat|shoved|smacked|thumped|report|shop|grass|immigration)\b`, HITS_OUT), [group('crisis', 'abuse or violence', [HITS_US, REPORT_US])]],
  [unless(String.raw`\b(?:times|timed|timing|clocks|clocked|checks|checked|counts|counted|tracks|tracked|monitors|monitored|logs|logged|tabs|track|mental|mad|ballistic|crazy|nuts|off it|berserk|spare|off on one)\b`, TIMED_OUT), [group('crisis', 'coercive control', [TIMED])]],
  [unless(String.raw`\b(?:payments?|instalments?|repayments?|direct debits?)\b`, MISSED_OUT), [group('concern', 'money worries', [MISSED_PAYMENT])]],
  [unless(String.raw`\b(?:money|payment|paying|cash|owe)\b`, WANTING_OUT), [group('concern', 'money worries', [WANTING_MONEY])]],
  [unless(String.raw`\b(?:smother|strangle|throttle|murder|kill|drown|suffocate|swing for|batter|lamp|deck|thump|wring|punt)\b`, SMOTHER_OUT), [group('concern', 'joked about hurting someone', [SMOTHER_JOKE])]],
] as const;
