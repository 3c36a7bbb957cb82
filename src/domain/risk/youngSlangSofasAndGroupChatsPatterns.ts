// Risk said the way young people across the UK and Ireland type it: slang, dropped letters, text-speak.
// Crisis: what happens to a claim "if you die", then "asking for me"; the date picked and "fitting";
// a keepsake in an envelope with someone's name on it "so it goes to them after"; "i am using the
// hammer on them"; "when i lose it i go for whoever is nearest"; a boss who keeps touching them and
// says they will lose shifts if they say anything; a partner who does not like them talking to
// advisers or friends; run out of sofas, everyone has said no, and it is getting dark.
// Concern: tried everything, "what is left"; spawned on hard mode with no save points; something wrong
// wi' me; hungover again as it is easier than feeling; the ket to switch off; sofa surfing; a contract
// gone to collections; pay it back, borrow again; everyone out while they watch stories on their own;
// a new group chat made without them; cannot function; even a phone call breaks them; cannot remember
// the last time they were happy; stab the printer "and maybe the librarian". Each rests on two parts
// of the message or a whole phrase, so it is read in the whole message and the classifier's training
// text is not rewritten. Normalised words: "mates" -> "friends", "cant" -> "can not", "im" -> "i am",
// "gonna" -> "going to"; dropped g's ("touchin", "talkin", "surfin") are left as typed. Look-alikes of
// our own are in test/domain/riskSeventySixthForms.test.ts.
import { pattern, type RiskPatternGroup } from '../riskPatterns.ts';
import { group, LAUGH, unless } from './wholeMessageSets.ts';

const THEY = String.raw`he|she|they|hes|shes|theyre`;
const G = String.raw`(?:ing|in)?`;

// --- Crisis -------------------------------------------------------------------------------------
const ASKING_FOR_ME = pattern`^(?=.*\bif (?:you|i|someone|a person|one|u) (?:die|dies|died|were to die|was dead|were dead|passed away|pass away)\b)(?=.*\basking for (?:me|myself)\b(?! and))`;
const ASKING_OUT = String.raw`\b(?:asking for (?:my|a) (?:friend|mum|mam|dad|nan|gran|brother|sister|partner)|game|character|level|respawn|lives)\b`;

const FITTING_DATE = pattern`^(?=.*\b(?:i have got|i have picked|i have chosen|i have set|i have|got|picked|chosen|set) (?:the|a|my) (?:date|day)\b(?! (?:for|of|through|to))(?!.*\b(?:interview|appointment|wedding|party|court|hearing|exam|test|induction|holiday|move|moving|birthday|scan|operation|gig|concert|date night|match|graduation|results|start date|first day|flight|trip|christening|funeral)\b))(?=.*\b(?:fitting|poetic|feels right|seems right|makes sense really|appropriate really|seems fitting)\b)`;
const FITTING_OUT = String.raw`\b(?:fitting room|fitted|fitting a|fitting the|fitting for|dress|suit|kitchen|carpet|${LAUGH})\b`;

const NAME_ON_IT_AFTER = pattern`^(?=.*\b(?:envelope|box|bag|drawer|tin|folder)\b(?: \w+){0,3}? with (?:\w+ ){0,2}?names? on (?:it|them|each)\b)(?=.*(?:\bafter$|\bfor after$|\bfor after (?:i am gone|i go|me)\b|\b(?:when|once|after) i am gone\b|\bafter i (?:go|am not here)\b|\bif anything happens to me\b|\bwhen i am not (?:here|around)\b))`;
const NAME_OUT = String.raw`\b(?:christmas|birthday|present|presents|secret santa|wedding|post|postage|stamp|parcel|return|returns|ebay|vinted|sold|deposit|rent|holiday|away|abroad|hospital|moving|uni|travel|trip|party|lunch|school|${LAUGH})\b`;

const WEAPON = String.raw`(?:hammer|knife|blade|bat|baseball bat|machete|crowbar|screwdriver|golf club|wrench|spanner|axe|shank|bottle|brick|iron bar|poker)`;
const USING_WEAPON_ON = pattern`\b(?:i am|i will|ill|i am going to|going to|i swear i will|swear i will|next time i am) (?:be )?(?:using|use|taking|take|bringing|bring|getting|get) (?:the|a|my|me) ${WEAPON} (?:on|to) (?:them|him|her|the lot of them|all of them|whoever|anyone|the lads|that lad|those lads)\b`;
const WEAPON_OUT = String.raw`\b(?:nails?|wall|shelf|shelves|lock|tyre|wood|fence|flatpack|ikea|game|character|level|${LAUGH}|skull|crying laughing)\b`;

const GO_FOR_NEAREST = pattern`\b(?:when|if|once|whenever) i (?:lose it|lose my temper|lose my head|flip|flip out|kick off|snap|see red|blow up|go off on one|get angry|get mad|get wound up|get raging)\b(?: \w+){0,2}? i (?:go for|lash out at|hit|hurt|attack|go at|batter|swing at|lamp|punch|lay into) (?:whoever|whoevers|whoever is|whoever happens to be|anyone|anybody|the nearest person|people|whoever gets)(?: \w+)? ?(?:nearest|near me|closest|around|in the way|there|near|close)\b`;
const NEAREST_OUT = String.raw`\b(?:game|fifa|fortnite|controller|pillow|punchbag|punch bag|gym|boxing|sparring|character|${LAUGH})\b`;

const TOUCHING_ME = pattern`^(?=.*\b(?:keeps|keep|kept|always|been|is|was|started|starts|still) (?:\w+ )?touch${G} me\b(?! up on))(?=.*\b(?:if i (?:say|tell|report|speak|said|told)|lose (?:my )?(?:shifts?|job|hours|place|rota)|not to (?:tell|say)|(?:no one|nobody) will believe|our secret|manager|boss|supervisor|landlord|teacher|coach|tutor|foreman|gaffer|stepdad|step dad|mentor|lecturer|instructor|adviser|advisor|team leader|owner)\b)`;
const TOUCHING_OUT = String.raw`\b(?:touching base|touch base|in touch|touchscreen|touch screen|baby|toddler|my son|my daughter|kid|kids|cat|dog|puppy|kitten|speech|words|story|song|${LAUGH})\b`;

const PARTNER = String.raw`(?:fella|boyfriend|bf|partner|husband|girlfriend|gf|missus|wife|man|bloke|other half|fiance|fiancee)`;
const PARTNER_DOES_NOT_LIKE = pattern`\bmy ${PARTNER}\b(?: \w+){0,2}? (?:does not like|will not let|does not let|hates|does not want|gets (?:angry|mad|funny|jealous|narky|raging|arsey) (?:when|if)|goes mad (?:when|if)|kicks off (?:when|if)|loses it (?:when|if)) me (?:talk${G}|speak${G}|see${G}|meet${G}|go${G} out|text${G}|messag${G}|ring${G}|phon${G}|contact${G}) (?:to |with |out with )?(?:advisers?|advisors?|you|anyone|anybody|people|other people|my (?:friends|family|mum|mam|sister|brother|ma)|friends|family|the jobcentre|the job centre|services|support|support workers?|workers|the coach|coaches|work coach|counsellors?|the gp|doctors?|social workers?)\b`;
const PARTNER_OUT = String.raw`\b(?:on the phone at|at the table|while driving|late at night|after midnight|during (?:dinner|tea)|${LAUGH})\b`;

const RAN_OUT_OF_SOFAS = pattern`^(?=.*\b(?:ran out of|run out of|running out of|no more|out of) (?:sofas|couches|floors|places to (?:stay|sleep|crash|go)|friends to (?:ask|stay with|crash with)|people to (?:ask|stay with)|beds|options for tonight)\b)(?=.*\b(?:getting dark|gettin dark|tonight|tonite|nowhere|no where|said no|the streets?|outside|sleep rough|sleeping rough)\b)`;
const SOFAS_OUT = String.raw`\b(?:furniture|shop|ikea|sale|stock|delivery|order|dfs|hotel|festival|wedding|guests|customers|showroom|${THEY}|${LAUGH})\b`;

// --- Concern ------------------------------------------------------------------------------------
const TRIED_EVERYTHING = pattern`^(?=.*\btried (?:everything|everythin|it all|all sorts|every \w+)\b)(?=.*\b(?:what is left|what else is there|what else can i do|nothing (?:works|worked|left)|same (?:result|outcome|answer|thing) every time|always the same|where now|what now)\b)`;
const TRIED_OUT = String.raw`\b(?:recipes?|bake|baking|cake|cooking|printer|wifi|router|phone|laptop|reset|restart|update|app|password|login|log in|stain|baby|plant|plants|diet|game|level|boss|${THEY}|${LAUGH})\b`;

const HARD_MODE = pattern`\b(?:i|me)\b(?: \w+){0,3}? (?:spawned|born|dropped|started|living|doing life|stuck|playing life) (?:\w+ )?on (?:hard|hardcore|expert|nightmare|legendary|impossible|insane) mode\b|\b(?:life|the game|the whole thing|it all) is rigged against me\b`;
const HARD_OUT = String.raw`\b(?:xbox|ps5|playstation|fifa|fortnite|elden|dark souls|ranked|minecraft|steam|controller|console|character|${THEY}|${LAUGH})\b`;

const WRONG_WI_ME = pattern`\b(?:there is|there must be|must be|clearly|obviously|definitely) (?:something|summat|somethin) (?:\w+ )?wrong (?:with|wi|wiv|wif|w) me\b`;
const WRONG_OUT = String.raw`\b(?:doctor|gp|test|tests|scan|blood|symptoms?|rash|pain|lump|ill|sick|flu|phone|laptop|account|login|car|boiler|${LAUGH})\b`;

const EASIER_THAN_FEELING = pattern`^(?=.*\b(?:hungover|hanging|drunk|wasted|high|stoned|mashed|smashed|pissed|drinking|cans|weed|smoking|smokin|ket|coke|pills|vodka|booze|on it)\b)(?=.*\b(?:easier than (?:feeling|thinking|facing|dealing|being sober|remembering)|so i do not (?:have to )?(?:feel|think))\b)`;
const EASIER_OUT = String.raw`\b(?:${THEY}|${LAUGH})\b`;

const SUBSTANCE = String.raw`(?:ket|weed|coke|pills|xanax|xans|cans|vodka|booze|spliff|spliffs|joint|joints|zoot|zoots|bud|gear|mandy|mdma|nos|balloons|edibles|pingers)`;
const USE_TO_SWITCH_OFF = pattern`\b(?:use|using|used|take|taking|smoke|smoking|smokin|do|doing|need|needs|on) (?:the |a bit of |some |a |my |a few |a couple of |loads of |more )?${SUBSTANCE}\b(?: \w+){0,2}? to (?:switch off|zone out|numb|forget|escape|block (?:it|things|everything) out|not feel|stop feeling|stop thinking|not think|cope|shut (?:my|the) (?:brain|head) (?:off|up))\b`;
const SWITCH_OUT = String.raw`\b(?:prescribed|doctor|gp|${THEY}|${LAUGH})\b`;

const SOFA_SURFING = pattern`\b(?:i am|i have been|i was|i will be|me) (?:still |currently |just |now |basically |been )?(?:sofa|couch) (?:surf|hop)\w*\b|^(?:been |still |currently |now |basically )?(?:sofa|couch) (?:surf|hop)\w*\b`;
const SURF_OUT = String.raw`\b(?:hotel|festival|holiday|travel|travelling|backpacking|interrail|couchsurfing app|${LAUGH})\b`;

const GONE_TO_COLLECTIONS = pattern`\b(?:gone|went|been (?:sent|passed|handed)|sent|passed|handed over|going) to (?:collections|debt collectors?|a debt collector|bailiffs|the bailiffs|a collection agency|debt recovery)\b`;
const COLLECTIONS_OUT = String.raw`\b(?:${THEY}|i work|job at|working at|shift at|museum|gallery|${LAUGH})\b`;

const PAY_BACK_BORROW = pattern`\b(?:pay|paying|paid) (?:it |them |him |her |everyone |it all )?back\b(?: \w+){0,3}? (?:borrow|borrowing|borrowed|take out|taking out|loan) (?:\w+ )?again\b`;
const BORROW_OUT = String.raw`\b(?:library|book|books|game|games|tool|tools|charger|${LAUGH})\b`;

const ON_MY_OWN_WATCHING = pattern`^(?=.*\b(?:everyone|everyones|everyone is|all my friends|my friends|the others|all of them|the lads|the girls|the group)\b(?: \w+){0,4}? (?:out|having|at|on|together|partying))(?=.*\b(?:and|while|but) i am (?:just )?(?:here |sat |sitting |stuck |lying )?(?:in|at home|sat|sitting|stuck|watching|watchin|scrolling|lying|here)\b(?: \w+){0,5}? (?:on my own|by myself|alone|in my room)\b)`;
const WATCHING_OUT = String.raw`\b(?:working|at work|shift|revision|revising|exam|sick|ill|covid|flu|babysitting|grounded|saving|${LAUGH})\b`;

const GROUP_WITHOUT_ME = pattern`\b(?:made|making|started|set up|created|moved to|have|got) (?:a |another |their own |a whole )?(?:new )?(?:one|group|chat|group chat|gc|server|snap group) without me\b|\b(?:the )?group chat (?:went|has gone|goes|gone) (?:quiet|dead|silent) on me\b|\b(?:left out of|kicked out of|removed from) (?:the )?(?:group chat|gc)\b`;
const GROUP_OUT = String.raw`\b(?:work|team|rota|surprise|birthday|party|present|gift|${LAUGH})\b`;

const CANNOT_FUNCTION = pattern`\b(?:can not|cannot|can barely|can hardly|unable to|struggling to|struggle to) function\b(?! (?:without|before|until|till))`;
const FUNCTION_OUT = String.raw`\b(?:phone|laptop|app|website|printer|wifi|computer|car|coffee|caffeine|hangover|hungover|excel|spreadsheet|formula|code|${THEY}|${LAUGH})\b`;

const EVEN_BREAKS_ME = pattern`\beven (?:a|the|one|just a|just the|a simple|the smallest|the tiniest|a tiny|little) (?:\w+ ){0,4}?(?:breaks|floors|finishes|wrecks|destroys|overwhelms) me\b|\bused to be able to (?:handle|cope|deal|manage)\b(?: \w+){0,4}? (?:now|but now|these days|nowadays) (?:i )?(?:can not|cannot|can barely|even)\b`;
const EVEN_OUT = String.raw`\b(?:film|show|song|episode|book|ending|advert|series|game|level|boss|puppy|cute|wholesome|${THEY}|${LAUGH})\b`;

const LAST_TIME_HAPPY = pattern`\b(?:can not|cannot|do not|can barely|struggle to) remember (?:the last time|when) i (?:last )?(?:was|felt) (?:actually |properly |genuinely |truly |really )?(?:happy|ok|okay|good|myself|excited|like myself|content|alright)\b(?! (?:with|about|at|in|on|for))|\b(?:can not|cannot) remember the last time i (?:actually |properly |genuinely |really )?(?:laughed|smiled|enjoyed anything)\b(?! (?:this|that|so|like))`;
const HAPPY_OUT = String.raw`\b(?:this happy|so happy|this good|${THEY}|${LAUGH})\b`;

const STAB_AND_MAYBE = pattern`\b(?:going to|will|ill|about to|could|want to|might) (?:stab|murder|kill|batter|punch|lamp|deck|slap|strangle|throttle|smash|bottle) (?:the|this|that|my) \w+(?: \w+){0,4}? (?:and|then) (?:maybe|possibly|probably|also|even) (?:the|that|this|my) (?:librarian|receptionist|adviser|advisor|work coach|coach|manager|boss|teacher|landlord|fella|guy|bloke|lad|man|woman|lady|staff|security|bouncer|supervisor|interviewer|tutor|driver|neighbour|flatmate|housemate)\b`;

/** [gate on the whole message, groups read in it] as rules.ts reads whole-message sets. */
export const SEVENTY_SIXTH_WHOLE_SETS: readonly (readonly [RegExp, readonly RiskPatternGroup[]])[] = [
  [unless(String.raw`\basking for (?:me|myself)\b`, ASKING_OUT), [group('crisis', 'thoughts of suicide', [ASKING_FOR_ME])]],
  [unless(String.raw`\b(?:fitting|poetic|feels right|seems right|makes sense really|appropriate really)\b`, FITTING_OUT), [group('crisis', 'a plan to end their life', [FITTING_DATE])]],
  [unless(String.raw`\bnames? on (?:it|them|each)\b`, NAME_OUT), [group('crisis', 'preparing to end their life, or a past attempt', [NAME_ON_IT_AFTER])]],
  [unless(String.raw`\b${WEAPON} (?:on|to)\b`, WEAPON_OUT), [group('crisis', 'harm to someone else', [USING_WEAPON_ON])]],
  [unless(String.raw`\b(?:whoever|whoevers|anyone|anybody|nearest|people)\b`, NEAREST_OUT), [group('crisis', 'harm to someone else', [GO_FOR_NEAREST])]],
  [unless(String.raw`\btouch(?:ing|in)? me\b`, TOUCHING_OUT), [group('crisis', 'abuse or violence', [TOUCHING_ME])]],
  [unless(String.raw`\bmy ${PARTNER}\b`, PARTNER_OUT), [group('crisis', 'coercive control', [PARTNER_DOES_NOT_LIKE])]],
  [unless(String.raw`\b(?:sofas|couches|floors|places to|friends to|people to|beds|options for)\b`, SOFAS_OUT), [group('crisis', 'no safe place, food or power tonight', [RAN_OUT_OF_SOFAS])]],
  [unless(String.raw`\btried\b`, TRIED_OUT), [group('concern', 'hopelessness', [TRIED_EVERYTHING])]],
  [unless(String.raw`\b(?:mode|rigged)\b`, HARD_OUT), [group('concern', 'hopelessness', [HARD_MODE])]],
  [unless(String.raw`\bwrong\b`, WRONG_OUT), [group('concern', 'feels worthless', [WRONG_WI_ME])]],
  [unless(String.raw`\b(?:easier than|so i do not)\b`, EASIER_OUT), [group('concern', 'drinking or drugs to cope', [EASIER_THAN_FEELING])]],
  [unless(String.raw`\b${SUBSTANCE}\b`, SWITCH_OUT), [group('concern', 'drinking or drugs to cope', [USE_TO_SWITCH_OFF])]],
  [unless(String.raw`\b(?:sofa|couch) (?:surf|hop)`, SURF_OUT), [group('concern', 'may lose their home', [SOFA_SURFING])]],
  [unless(String.raw`\b(?:collections?|collectors?|bailiffs|debt recovery)\b`, COLLECTIONS_OUT), [group('concern', 'money worries', [GONE_TO_COLLECTIONS])]],
  [unless(String.raw`\bagain\b`, BORROW_OUT), [group('concern', 'money worries', [PAY_BACK_BORROW])]],
  [unless(String.raw`\b(?:on my own|by myself|alone|in my room)\b`, WATCHING_OUT), [group('concern', 'feels alone', [ON_MY_OWN_WATCHING])]],
  [unless(String.raw`\b(?:without me|on me|group chat|gc)\b`, GROUP_OUT), [group('concern', 'feels alone', [GROUP_WITHOUT_ME])]],
  [unless(String.raw`\bfunction\b`, FUNCTION_OUT), [group('concern', 'not coping', [CANNOT_FUNCTION])]],
  [unless(String.raw`\b(?:breaks|floors|finishes|wrecks|destroys|overwhelms) me\b|\bused to be able\b`, EVEN_OUT), [group('concern', 'not coping', [EVEN_BREAKS_ME])]],
  [unless(String.raw`\bremember\b`, HAPPY_OUT), [group('concern', 'low mood', [LAST_TIME_HAPPY])]],
  [unless(String.raw`\b(?:and|then) (?:maybe|possibly|probably|also|even)\b`, String.raw`\b(?:game|character|film|episode|level)\b`), [group('concern', 'joked about hurting someone', [STAB_AND_MAYBE])]],
];
