// A ninth plain mix: intent said bare, with nothing named ("I'm done. I'm going to do it"), a goodbye
// as the last message, and the job search named only to say it is not what they mean; self-harm as the
// thing that gets them through; a threat to floor someone, then "dead serious"; a face in a mess after
// he was angry; a drink "for the nerves"; a laptop out of the window with the people after it.
// Crisis: I'm done / had enough, then I'm going to do it (now, tonight, this time); this is the last
// message or text you'll get from me, you won't get another; do it, end it, go through with it "and
// I'm not talking about the applications"; the only thing that gets me through is the cutting, or the
// cutting is what gets me through; going to put him on the floor, knock her out, put them in hospital,
// then dead serious, not joking, I mean it; my face or eye is a mess, swollen, black, then he or she was
// angry, drunk, kicked off, lost it.
// Concern: half cut, a few drinks, a hip flask, needed it for the nerves or dutch courage before an
// interview or a call; the laptop out of the window and the recruiter, the IT guy, the jobsite with it
// (a joke about hurting someone, read as a joke: a laugh does not shut it).
// Each rests on two parts of the message or a whole phrase, so it is read in the whole message and
// the classifier's training text is not rewritten. Look-alikes of our own are in
// test/domain/riskNinetiethForms.test.ts. Normalised words ("ill" for "I'll", "youll" for "you'll",
// "can not", "do not", "going to" for "gonna").
import { pattern, type RiskPatternGroup } from '../riskPatterns.ts';
import { group, LAUGH, NOT_BEFORE, unless } from './wholeMessageSets.ts';

const FICTION = String.raw`film|movie|book|novel|show|series|episode|game|gaming|character|soap|play|song|lyrics|documentary|podcast|halloween|fancy dress|level|boss fight|fortnite|roblox|minecraft`;
/** Someone else's doing, said of them: "my brother says he is done", "she cuts herself". */
const THIRD = String.raw`\b(?:my (?:mum|mom|dad|mother|father|brother|sister|friend|son|daughter|nan|gran|uncle|aunt|auntie|cousin|neighbour|flatmate|partner|husband|wife|mate|pal|colleague|kid|kids)s?|he|she|they|hes|shes|theyre) (?:says|said|keeps saying|told me|texted|messaged|posted|wrote)\b`;
/** The job search, by any of its names: "the applications", "the cv", "the job hunt". */
const SEARCH = String.raw`(?:applications?|apps|job(?: search| hunt| stuff| thing| centre| centre stuff)?|jobsearch|cv|cover letters?|interviews?|course|search|forms?|training|work|universal credit|uc|journal)`;

// --- Crisis -------------------------------------------------------------------------------------
const ENOUGH = String.raw`(?:i am (?:so |properly |completely |totally |just |really )?done(?: properly done| now| for real)?|i have had (?:enough|it)|i have had enough now|enough is enough|that is it(?: now)?|i can not do this any ?more|i can not do it any ?more|i am finished)`;
const DONE_DOING_IT = pattern`\b${ENOUGH} (?:and |so |i mean it |this time |honestly |seriously |properly )?(?:i am (?:going to|actually going to|finally going to)|ill|i will|i am actually going to|going to|tonight i am going to|tonight ill) (?:actually |finally |really |just )?(?:do it|go through with it)(?: (?:tonight|now|today|this time|soon|for real|for good|this weekend))?$`;
const DONE_OUT = String.raw`\b(?:done with (?:the|my|this|that|retail|warehouse|\w+ work)|done for (?:the day|today|tonight|now)|application|cv|form|cover letter|homework|essay|assignment|laundry|washing|hoover\w*|ironing|dishes|exam|test|course|driving|gym|workout|diet|tattoo|piercing|haircut|skydiv\w*|bungee|marathon|${FICTION}|${LAUGH})\b|${THIRD}`;

const LAST_MESSAGE = pattern`\b(?:this is|this will be|this is going to be|this is probably|that was|that is) (?:the|my) (?:very )?last (?:message|msg|text|email|word|thing) (?:youll|you will|you are going to|you are gonna|you) (?:ever )?(?:get|receive|have|see|read|hear)(?: from me| off me| of me)?$|\byou (?:will not|wont|will never|are not going to|are never going to) (?:get|receive|have|see) (?:another|any more|anymore|one more|a single) (?:message|msg|text|email|word)s? (?:from|off) me(?: again| ever)?$`;
const LAST_OUT = String.raw`\b(?:today|tonight|this week|this weekend|this month|before|until|till|holiday|hols|for a while|for now|number|phone|account|email address|switching|changing|leave|off work|promise|signal|battery|credit|data|abroad|week|weekend|back on|back in|speak (?:soon|tomorrow|monday|next)|${LAUGH})\b|${THIRD}`;

const NOT_THE_SEARCH = pattern`\b(?:do it|end it|end it all|end things|finish it|finish (?:everything|things|it all)|go through with it|call it a day|make it (?:all )?stop|be done with it)\b(?: \w+){0,3}? (?:and )?(?:(?:i am not|i am not actually|not|i do not|no i do not) (?:talking about|on about|meaning|mean|referring to)|(?:it has|it is|this has|this is|that has|that is)? ?nothing to do with) (?:the|my|any) ${SEARCH}\b`;
const NOT_SEARCH_OUT = String.raw`\bi (?:mean|meant|am talking about|am on about) (?:the|my) (?:\w+ )?(?:application|applications|cv|course|interview|form|forms|search|job|homework|essay|training|driving test|test|exam|tax return|washing|painting|decorating|garden|move|tattoo)\b|\bnot (?:talking about|on about|meaning|mean) (?:the|my) (?:\w+ ){1,2}(?:i mean|but|its|it is)\b|\b(?:${FICTION}|${LAUGH})\b|${THIRD}`;

const HURT_WORD = String.raw`(?:the cutting|cutting|cutting myself|cutting again|burning myself|the burning|hurting myself|self harm|self harming|sh|the blade|my blade|a blade|the razor|razors|scratching myself|hitting myself|punching walls|punching the wall)`;
const CUTTING_GETS_ME_THROUGH = pattern`\b(?:the only thing|only thing|all|the one thing|what|the thing) (?:that )?(?:gets me through|get me through|keeps me going|keeps me sane|helps me cope|helps|works|calms me down|gets me by|makes it bearable|stops the noise)\b(?: \w+){0,6}? (?:is|are|has been|was) ${HURT_WORD}(?! (?:back|down|out|costs?|corners|hair|grass|the|my|his|her|a|wood|veg|vegetables|coupons|sugar|carbs|edge|room|shapes|paper|fabric|keys|metal|tiles|lawns?|hedges?|it|them|onions|class|course|cake|off|up)\b)|\b${HURT_WORD} (?:is|are|has been|was) (?:the only thing|the one thing|all|what) (?:that )?(?:gets me through|keeps me going|keeps me sane|helps me cope|helps|works|calms me down|gets me by|makes it bearable)\b`;
const CUTTING_OUT = String.raw`\b(?:cutting (?:back|down|out|costs?|corners|hair|grass|wood|veg|vegetables|coupons|sugar|carbs|edge|room|shapes|paper|fabric|keys|metal|tiles|lawns?|hedges?|onions|class|course|cake)|haircut|hairdress\w*|barber\w*|diet|calories|budget\w*|coupon\w*|shaving|shave|legs|beard|craft\w*|sewing|quilting|garden\w*|topiary|editing|film edit\w*|${FICTION}|${LAUGH})\b|\b(?:she|he|they|my (?:sister|brother|friend|daughter|son|mate)s?) (?:cuts|cut|harms|burns|scratches)\b`;

const TARGET = String.raw`(?:him|her|them|that (?:\w+ )?(?:man|woman|bloke|fella|lad|guy|girl|recruiter|manager|boss|supervisor|foreman|assessor|work coach|coach|adviser|advisor|landlord|neighbour|prick|idiot)|the (?:\w+ )?(?:recruiter|manager|boss|supervisor|foreman|assessor|work coach|adviser|advisor|landlord|neighbour|bloke|fella|lad|guy))`;
const FLOOR_HIM = pattern`${NOT_BEFORE}\b(?:going to|ill|i will|i am going to|i am gonna|i swear ill|i swear i will|i would|id|i could) (?:just |happily |actually |literally |honestly )?(?:put ${TARGET} (?:on the floor|on the deck|on his back|on her back|on his arse|on her arse|in hospital|in the hospital|in a&e|in a e|in the ground|in a box|six feet under|through (?:a|the) (?:wall|window|glass|table|door|windscreen))|knock ${TARGET} (?:out|spark out|clean out|flat|down|into next week)|lay ${TARGET} out|do ${TARGET} (?:in|over)|(?:deck|floor|lamp|flatten|spark|batter|glass|stab|bottle|chin|headbutt|nut|leather|knife|shank|kneecap) ${TARGET}(?! with\b)|(?:smash|kick|cave) (?:his|her|their) (?:face|head) in)\b`;
const SERIOUS = String.raw`(?:dead serious|deadly serious|ded serious|i am serious|i am being serious|not joking|not kidding|i am not joking|i am not kidding|no joke|i mean it|i mean that|i really mean it|swear down|on my life|on my kids lives|no word of a lie|not a figure of speech|i will do it)`;
const FLOOR_OUT = String.raw`\b(?:boxing|boxer|sparring|spar|wrestl\w*|judo|mma|ufc|jiu jitsu|karate|kickbox\w*|rugby|tackle|football|match|pitch|referee|dance|dancing|dance floor|shop floor|floor (?:rota|shift|team|manager|staff|walker)|rota|shift pattern|baby|toddler|tummy time|play mat|nappy|carpet|lino|laminate|tiles|sofa|cat|dog|puppy|chess|darts|pool|snooker|poker|card game|vote|election|fish|cod|chips|fry|frying|pancakes?|flour|batter mix|cardboard|boxes|${FICTION}|${LAUGH})\b|\b(?:not|never) (?:going to|gonna|actually going to)\b|\bi would never\b`;

const FACE = String.raw`(?:face|eye|eyes|lip|lips|nose|cheek|jaw|mouth)`;
const FACE_MESS_ANGRY = pattern`^(?=.*(?<!\b(?:his|her|their|hers|theirs|the babys|the dogs|the cats) )\b${FACE} (?:is|was|are|looks|look|is still|is all|is completely|is a bit) (?:a (?:mess|state|sight)|in a (?:mess|state)|swollen|bruised|black|black and blue|purple|cut|split|busted|puffed up|puffy|wrecked|battered)\b|\b(?:got|have|have got|with) (?:a )?(?:black eye|fat lip|split lip|busted lip|bust lip)\b)(?=.*\b(?:he|she|my (?:partner|husband|wife|boyfriend|girlfriend|ex|fella|bloke|dad|stepdad|step dad|mum|stepmum|son|daughter|brother|sister|flatmate|landlord)) (?:(?:was|got|gets|is|has been|had been|was being) (?:really |so |very |proper |properly |a bit |absolutely )?(?:angry|mad|furious|drunk|wound up|in a (?:mood|rage|temper|state)|raging|fuming|on one|jealous|off his head|off her head|wasted|pissed|at it again)|(?:kicked|kicks) off|lost (?:it|his temper|her temper|the plot)|flew off the handle|went (?:off on one|mental|mad|for me|nuts))\b)`;
const FACE_OUT = String.raw`\b(?:fell|fall|tripped|slipped|acne|spots|allergic|allergy|reaction|hay ?fever|dentist|dental|wisdom tooth|filling|crying|cried|make ?up|rash|eczema|sunburn\w*|botox|filler|facial|eyebrows|lashes|football|rugby|boxing|sparring|hockey|cricket|netball|stag|hen do|sting|stung|wasp|bee|bike|cycling|walked into a (?:lamp ?post|cupboard)|operation|surgery|stitches from|toddler|baby|cat scratched|dog|${FICTION}|${LAUGH})\b|\b(?:his|her|their|my (?:mum|sister|brother|daughter|son|friend|mate)s?) (?:face|eye|lip|nose)\b`;

// --- Concern ------------------------------------------------------------------------------------
const DRINK = String.raw`(?:half cut|tipsy|pissed|drunk|merry|tanked up|had a drink|had a few|a few drinks|a couple of drinks|a drink|drinks|a pint|pints|a few pints|a few cans|cans|a can|hip flask|flask|a swig|a shot|shots|vodka|whisky|whiskey|wine|gin|rum|brandy|beer|lager|cider|booze|a tot|a nip|a dram)`;
const FOR_THE_NERVES = pattern`^(?=.*\b${DRINK}\b)(?=.*\b(?:(?:needed|need|had|took|have|having|drank|drink|downed|necked|sank|used|needing) (?:it|one|them|a drink|a few|a couple|a swig|a shot|a quick one|something|that|some)? ?(?:for|to (?:steady|calm|settle|sort|help|take the edge off)) (?:the|my) nerves|dutch courage)\b)`;
const NERVES_OUT = String.raw`\b(?:tea|camomile|chamomile|herbal|rescue remedy|valerian|lavender|celebrat\w*|wedding|speech|best man|maid of honour|birthday|karaoke|first date|date|flight|flying|plane|fear of flying|bungee|skydiv\w*|stand up|open mic|gig|stage|performance|used to|years ago|sober|recovery|${FICTION}|${LAUGH})\b|\b(?:he|she|they|my (?:mum|dad|brother|sister|friend|mate|husband|wife|partner)s?) (?:had|needed|drinks|drank|takes|took)\b`;

const PEOPLE = String.raw`(?:boss|manager|supervisor|recruiters?|it guy|it bloke|it man|bloke|guy|fella|lad|whoever|jobsite|job site|job centre|jobcentre|agency|work coach|adviser|advisor|landlord|interviewer|hr|the people|the lot of them|him|her|them)`;
const DEVICE = String.raw`(?:laptop|computer|pc|printer|phone|tablet|ipad|keyboard|monitor|mouse|screen)`;
const THROW = String.raw`(?:throw|throwing|threw|chuck|chucking|chucked|lob|lobbing|lobbed|launch|launching|launched|yeet|yeeting|yeeted|fling|flinging|flung|toss|tossing|tossed)`;
const DEVICE_AND_PEOPLE_OUT = pattern`\b${THROW} (?:my|the|this|that) ${DEVICE} out (?:of )?the window(?: and| along with| then| plus)(?: the| my| that| this)? (?:\w+ )?${PEOPLE}(?: (?:with it|too|as well|after it|along with it|behind it|straight after))?\b|\b${THROW} (?:it|the ${DEVICE}|my ${DEVICE}) and (?:the|my|that|this)? ?(?:\w+ )?${PEOPLE} out (?:of )?the window\b`;
const DEVICE_OUT = String.raw`\b(?:charger|cable|router|desk|chair|case|box|instructions|manual|receipt|warranty|${FICTION})\b|\b(?:he|she|they|my (?:brother|sister|son|daughter|friend|mate|coursemate|flatmate)s?) (?:threw|chucked|lobbed|launched|yeeted|flung|tossed)\b`;

/** [gate on the whole message, groups read in it] as rules.ts reads whole-message sets. */
export const NINETIETH_WHOLE_SETS: readonly (readonly [RegExp, readonly RiskPatternGroup[]])[] = [
  [unless(String.raw`\b(?:do it|go through with it)\b`, DONE_OUT), [group('crisis', 'intends to end their life', [DONE_DOING_IT])]],
  [unless(String.raw`\blast (?:message|msg|text|email|word|thing)\b|\b(?:another|any more|anymore|one more|a single) (?:message|msg|text|email|word)s? (?:from|off) me\b`, LAST_OUT), [group('crisis', 'intends to end their life', [LAST_MESSAGE])]],
  [unless(String.raw`\b(?:talking about|on about|meaning|mean|referring to|nothing to do with) (?:the|my|any)\b`, NOT_SEARCH_OUT), [group('crisis', 'intends to end their life', [NOT_THE_SEARCH])]],
  [unless(String.raw`\b(?:cutting|burning myself|hurting myself|self harm|self harming|sh|blade|razors?|scratching myself|hitting myself|punching (?:walls|the wall))\b`, CUTTING_OUT), [group('crisis', 'self-harm', [CUTTING_GETS_ME_THROUGH])]],
  [unless(SERIOUS, FLOOR_OUT), [group('crisis', 'harm to someone else', [FLOOR_HIM])]],
  [unless(String.raw`\b(?:${FACE}|black eye|fat lip|split lip|busted lip|bust lip)\b`, FACE_OUT), [group('crisis', 'abuse or violence', [FACE_MESS_ANGRY])]],
  [unless(String.raw`\bnerves\b|\bdutch courage\b`, NERVES_OUT), [group('concern', 'drinking or drugs to cope', [FOR_THE_NERVES])]],
  [unless(String.raw`\bwindow\b`, DEVICE_OUT), [group('concern', 'joked about hurting someone', [DEVICE_AND_PEOPLE_OUT])]],
] as const;
