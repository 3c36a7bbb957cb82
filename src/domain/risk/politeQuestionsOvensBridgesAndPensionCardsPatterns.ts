// Risk from people aged 45-64 after redundancy, sickness or caring, said politely and tucked inside a
// practical question or an update.
// Crisis: asking whether a gas oven or car exhaust still "works for that sort of thing"; not being
// able to stop thinking about pulling over on the bridge and climbing the rail; the paper, the milk
// and the direct debits cancelled with the funeral instructions left; a past try at ending things
// with a named means that failed ("the engine cut out"); a carer who has slapped or hit the person
// they look after, at the end of their tether or more than once; a black eye or bruises kept from the
// adviser as "family business"; family who now decide when they eat or who visits and hold their
// pension card; sleeping in a car park or the car since the flat went.
// Concern: the body under the patio by Easter (kidding); knocking someone's block off (tongue in
// cheek). Each rests on two parts of the message or a whole phrase, so it is read in the whole
// message and the classifier's training text is not rewritten. Look-alikes of our own are in
// test/domain/riskSeventyFifthForms.test.ts. Normalised words ("ill" for I'll, "can not", "theyve").
import { pattern, type RiskPatternGroup } from '../riskPatterns.ts';
import { group, LAUGH, unless } from './wholeMessageSets.ts';

const OTHERS = String.raw`he|she|hes|shes|his|they|their|my (?:mum|mom|dad|mother|father|brother|sister|friend|mate|son|daughter|nan|gran|uncle|aunt|auntie|cousin|neighbour|flatmate|partner|husband|wife)s?|character|film|book|show|series|song|game|episode|novel|story|play|drama|programme|documentary|podcast|news|article|headline`;
const FICTION = String.raw`film|book|show|series|game|episode|novel|story|drama|programme|documentary|podcast|news|article|headline|soap|eastenders|corrie|coronation street|emmerdale|brookside|character|detective|crime|thriller|netflix|telly|tv|radio`;

// --- Crisis -------------------------------------------------------------------------------------
const MEANS = String.raw`(?:gas ovens?|gas cookers?|gas fires?|car exhausts?|exhaust fumes|exhaust pipes?|the exhaust|a hosepipe|hosepipes?|charcoal|a bbq|barbecues?)`;
const MEANS_STILL_WORK = pattern`\b${MEANS}\b(?: \w+){0,5}? (?:work|works|do it|do the job|do the trick|be enough|kill you|kill anyone)\b(?: \w+){0,2}? (?:for (?:that|this) (?:sort|kind|type) of thing|for that purpose|for what i (?:mean|want|have in mind)|for that sort|for that kind|on a person|on people)\b`;
const MEANS_OUT = String.raw`\b(?:cook|cooks|cooking|cooked|bak\w*|roast\w*|bread|cakes?|pizza|chicken|dinner|recipe|engineer|repair\w*|fix\w*|mot|garage|mechanic|service|catalytic|emissions|diesel|heating|boiler|radiator|warm|clean\w*|paint\w*|garden\w*|sausages|burgers|${OTHERS}|${LAUGH})\b`;

const BRIDGE_RAIL = pattern`\b(?:can not stop|cannot stop|keep|kept|been|am|i am|was|catch myself|found myself|find myself) (?:thinking about|thinking of|picturing|imagining|wondering about) (?:\w+ ){0,6}?(?:climbing|climb|going|getting|stepping|jumping|swinging my legs) (?:over |onto |on |up )?(?:the |that )?(?:rail|rails|railing|railings|barrier|parapet|side|edge)\b`;
const BRIDGE_OUT = String.raw`\b(?:scaffold\w*|inspect\w*|paint\w*|survey\w*|climbing wall|bouldering|gym|cliff walk|tour|photo\w*|selfie|kids|grandson|granddaughter|dog|${OTHERS}|${LAUGH})\b`;

const CANCELLED_AND_FUNERAL = pattern`^(?=.*\b(?:cancelled|canceled|cancel|stopped|stop|closed|close|sorted|ended) (?:\w+ ){0,3}?(?:paper|papers|milk|direct debits?|standing orders?|subscriptions?|phone contract|tv licence|accounts?)\b)(?=.*\b(?:instructions|wishes|plans|arrangements|letters?|notes?|music|hymns) (?:for|about|on|regarding) (?:the|my) funeral\b|.*\bfuneral (?:instructions|wishes|arrangements)\b)`;
const CANCELLED_OUT = String.raw`\b(?:his|her|their|hers|mums?|dads?|mothers?|fathers?|husbands?|wifes?|late|passed|died|death certificate|estate|probate|executor|moving|move|moved|holiday|emigrat\w*|abroad|care home|funeral plan|prepaid|pre paid|insurance|${LAUGH})\b`;

const TRIED_WITH_MEANS = pattern`\b(?:i |i have |i had |once |i once |i did )?(?:tried|attempted|had a go at trying) to (?:end (?:things|it|it all|everything|my life)|take my (?:own )?life|kill myself|finish (?:it|myself|things))\b(?: \w+){0,4}? (?:with|using|by|via) (?:the |a |my |some |an )?(?:car exhaust|exhaust|hosepipe|hose|pills|tablets|paracetamol|overdose|rope|belt|cable|knife|blade|gas|oven|car|train|bridge|river|sea|motorway|fumes)\b|\b(?:tried|attempted) to (?:end (?:things|it|it all|my life)|take my (?:own )?life|kill myself)\b(?: \w+){0,8}? but (?:the \w+ (?:cut out|broke|snapped|failed|stopped|ran out)|it (?:did not|would not) work|i (?:woke up|survived|got found|was found|threw up|was sick|came round)|someone found me|they found me)\b`;
const TRIED_OUT = String.raw`\b(?:(?:end|ending|ended) (?:things|it) with (?:him|her|them|my \w+)|relationship|boyfriend|girlfriend|marriage|contract|tenancy|lease|subscription|game|level|${FICTION}|${LAUGH})\b`;

const CARED_FOR = String.raw`(?:mum|dad|mam|my (?:mum|mom|mam|dad|mother|father|husband|wife|partner|nan|gran|grandad|grandma|auntie|aunt|uncle|son|daughter|sister|brother)|him|her|them)`;
const HIT_THE_ONE_I_CARE_FOR = pattern`^(?=.*\bi (?:have |had |once |even |actually |just )?(?:slapped|smacked|shoved|pushed|shaken|shook|pinched|thumped|struck|kicked|hit|grabbed|yanked) ${CARED_FOR}\b(?! (?:on the (?:back|shoulder)|a|an|some|the|up|back|to|into|for|towards|forward|along|around|round|about|through|with (?:a|the) (?:ball|door|pillow))\b))(?=.*\b(?:tether|lost my temper|lost it|snapped|twice|three times|again|more than once|a few times|can not believe|cannot believe|ashamed|hate myself|frighten(?:ed)? myself|scared of myself|could not stop|never thought i would|typing this)\b)`;
const HIT_OUT = String.raw`\b(?:accident\w*|by mistake|with the door|fly|wasp|mosquito|button|snooze|reply|send|ball|game|dream\w*|nightmare|sleepwalk\w*|film|hay ?fever|car|bumper|wall|${LAUGH})\b`;

const HIDE_INJURY = pattern`^(?=.*\bi (?:had|have|have got|got|was left with|ended up with|am covered in|was covered in|am nursing|was nursing) (?:a |two |some |the |big |nasty |a big |a nasty )?(?:black eyes?|shiner|bruises?|bruising|split lip|fat lip|cut lip|marks on my (?:neck|arms?|face|wrists?))\b)(?=.*\b(?:did not want|do not want|did not wish|would not want|so (?:they|he|she|the \w+|you) (?:would not|could not|did not) see|hide|hiding|hid|cover (?:it|them) up|covered (?:it|them)|(?:turn|turned|kept|keep) (?:the |my )?camera off|sunglasses|family business|private matter|do not ask|rather not say|rather not talk|not talk about it)\b)`;
const HIDE_OUT = String.raw`\b(?:fell|fall|falling|tripped|trip|slipped|walked into|door|cupboard|football|rugby|boxing|sparring|martial|karate|operation|surgery|op|cataract|botox|filler|dentist|tooth|teeth|allergy|allergic|hay ?fever|stye|conjunctivitis|bee|wasp|sting|horse|gym|bike|cycling|accident|ladder|playing|blood thinners|warfarin|eczema|${LAUGH})\b`;

const CONTROLLERS = String.raw`(?:they|he|she|my (?:son|daughter|husband|wife|partner|brother|sister|nephew|niece|grandson|granddaughter|son in law|daughter in law|lodger)(?: and (?:his|her|their) (?:boyfriend|girlfriend|partner|wife|husband))?)`;
const MY_DAY = String.raw`(?:when i (?:eat|can eat|go out|can go out|can go)|what i (?:eat|can eat|spend|can spend)|who (?:visits|can visit|comes round|can come round|i see|i can see|i talk to|i can talk to|i ring|i phone)|where i (?:go|can go))`;
const THEY_DECIDE_MY_DAY = pattern`^(?=.*\b${CONTROLLERS} (?:now |even |also |have started to |started to )?(?:decide|decides|choose|chooses|control|controls|say|says|dictate|dictates|pick|picks) (?:\w+ )?${MY_DAY}\b(?:(?: and| or)? (?:and |even |also )?${MY_DAY}\b|(?=.*\b(?:(?:theyve|theyre|they have|hes|shes|he has|she has) (?:got|taken|kept|keeping|holding|got hold of) my|(?:took|take|keep|keeps|holds?|hold on to|has|have) my) (?:pension|bank|debit|post office|benefit|benefits|money|phone|keys|passport|card|cards|savings)\b)))`;
const DECIDE_OUT = String.raw`\b(?:care home|nursing home|hospital|ward|nurse|nurses|staff|rehab|dietitian|dietician|carers?|meal plan|slimming|weight watchers|diet|diabetes|diabetic|power of attorney|attorney|deputy|court of protection|bless (?:her|him|them)|joke|jokes|running joke|big shop|food shop|weekly shop|holidays?|christmas|birthday|treat|surprise|menu|restaurant|takeaway|wedding|${FICTION}|${LAUGH})\b`;

const HOMELESS_PLACE = String.raw`(?:car park|multi storey|car|van|bus station|train station|station|doorway|park|bench|streets?|street|tent|underpass|stairwell|a&e|a and e|waiting room|shelter)`;
const SLEEPING_IN_CAR_PARK = pattern`^(?=.*\b(?:i am|i have been|been|currently|i am currently|i am now|now) (?:\w+ )?(?:sleeping|kipping|living|dossing|staying) (?:in|at|on|under) (?:the |a |my |an )?(?:\w+ )?${HOMELESS_PLACE}\b)(?=.*\b(?:since|after|because|as|when|now) (?:the |my |our )?(?:flat|house|home|room|place|tenancy|bedsit|lodgings) (?:went|has gone|was repossessed|fell through|was sold|ended)\b|.*\b(?:evicted|repossess\w*|homeless|no fixed abode|nowhere (?:else )?to (?:go|stay|live|sleep)|lost (?:the|my|our) (?:flat|house|home|place|room|tenancy)|kicked (?:me )?out|thrown out|chucked out)\b)`;
const SLEEPING_OUT = String.raw`\b(?:camping|camp|festival|campervan|camper|motorhome|caravan|holiday|night shift|nights|long drive|nap|napping|power nap|lorry|trucker|cab|lunch break|on my break|dog|cat|puppy|kitten|fox|foxes|pigeons?|${OTHERS}|${LAUGH})\b`;

// --- Concern ------------------------------------------------------------------------------------
const BODY_UNDER_PATIO = pattern`\b(?:a|another|one more|be a|there will be a|there may be a|there might be a|end up with a) body (?:under|beneath|buried under|buried in|in) (?:the |my |our )?(?:patio|floorboards|decking|shed|garden|flowerbed|flower bed|compost heap|rockery|vegetable patch)\b`;
const BODY_OUT = String.raw`\b(?:police|found|discovered|${FICTION})\b`;

const KNOCK_BLOCK_OFF = pattern`\b(?:ill|i will|i am going to|i am gonna|i could|i would|id|i will be|i might|i swear i will) (?:\w+ )?(?:knock|punch|smack|thump|box|kick|bash) (?:\w+ ){0,2}?(?:block|lights|teeth|head) (?:off|out|in)\b`;
const KNOCK_OUT = String.raw`\b(?:game|boxing|sparring|sport|football|tennis|ball|cricket|golf|skittles|nail|post|fence|wall|tent peg|darts|${FICTION})\b`;

/** [gate on the whole message, groups read in it] as rules.ts reads whole-message sets. */
export const SEVENTY_FIFTH_WHOLE_SETS: readonly (readonly [RegExp, readonly RiskPatternGroup[]])[] = [
  [unless(String.raw`\b(?:gas|exhausts?|hosepipes?|charcoal|bbq|barbecues?)\b`, MEANS_OUT), [group('crisis', 'thinking about a way to end their life', [MEANS_STILL_WORK])]],
  [unless(String.raw`\b(?:rails?|railings?|barrier|parapet|side|edge)\b`, BRIDGE_OUT), [group('crisis', 'thinking about a way to end their life', [BRIDGE_RAIL])]],
  [unless(String.raw`\bfuneral\b`, CANCELLED_OUT), [group('crisis', 'preparing to end their life, or a past attempt', [CANCELLED_AND_FUNERAL])]],
  [unless(String.raw`\b(?:tried|attempted)\b`, TRIED_OUT), [group('crisis', 'preparing to end their life, or a past attempt', [TRIED_WITH_MEANS])]],
  [unless(String.raw`\b(?:slapped|smacked|shoved|pushed|shaken|shook|pinched|thumped|struck|kicked|hit|grabbed|yanked)\b`, HIT_OUT), [group('crisis', 'harm to someone else', [HIT_THE_ONE_I_CARE_FOR])]],
  [unless(String.raw`\b(?:black eyes?|shiner|bruis\w*|lip|marks on my)\b`, HIDE_OUT), [group('crisis', 'abuse or violence', [HIDE_INJURY])]],
  [unless(String.raw`\b(?:when i|what i|who (?:visits|can|comes|i)|where i)\b`, DECIDE_OUT), [group('crisis', 'coercive control', [THEY_DECIDE_MY_DAY])]],
  [unless(String.raw`\b(?:sleeping|kipping|living|dossing|staying) (?:in|at|on|under)\b`, SLEEPING_OUT), [group('crisis', 'no safe place, food or power tonight', [SLEEPING_IN_CAR_PARK])]],
  [unless(String.raw`\bbody\b`, BODY_OUT), [group('concern', 'joked about hurting someone', [BODY_UNDER_PATIO])]],
  [unless(String.raw`\b(?:block|lights|teeth|head) (?:off|out|in)\b`, KNOCK_OUT), [group('concern', 'joked about hurting someone', [KNOCK_BLOCK_OFF])]],
] as const;
