// A fourth red-teamer (risk said as a joke about the job search, a rating, a form's words or an odd
// detail): praying for a meteor with my name on it; ten out of ten would recommend not existing; a
// permanent position six feet under, no commute; on the footbridge working out if it was high enough;
// wishing to be deleted like a rejected application; the five year plan is not being around in five
// years; the funeral plan paid off, the only thing finished all year; a deadline that is not for a job but
// for me; walked into a door, that's what I'll say if they ask about my face; not allowed a laptop at
// home; one day he'll have an accident and it won't be an accident; wine o'clock creeping earlier; going
// full villain arc at one more "we'll keep your CV on file"; it will always be no; a bit flat today;
// wanting to punch whoever designed the portal.
// The same words fill everyday messages (praying for a bus to come; highly recommend the course; a
// permanent position on the Underground; the bridge high enough for the van; the data deleted from the
// list; a plan of not being around the old crowd; mum's funeral plan; the deadline is for me to send
// it; no phone at home in the exams, mum's rule; the dog had an accident; the clocks going back; a villain
// era of saying no to extra shifts; the answer's always no if you don't ask; the tyre a bit flat; a
// punch card), so each set rests on the words that carry the risk together and shuts on the everyday
// uses, on someone else's trouble and on fiction.
// Crisis: a fatal thing with my name on it; recommend not existing; a permanent position six feet under;
// a high place and working out if it was high enough; wish to be deleted; a plan of not being around;
// the funeral plan the only thing finished; the deadline is for me; the cover story for a face; not
// allowed a laptop or phone at home; an accident that won't be an accident. A laugh does not lower the
// client's own wish or plan, nor the cover story (often told with one); the accident threat shuts on one.
// Concern: drinking creeping earlier in the day (said with a laugh, as it usually is); going full villain
// arc (a joke, so a laugh leaves it open); it will always be no; a bit flat today; punch whoever designed
// it (a joke).
// Look-alikes of our own are in test/domain/riskHundredAndTwentyEighthForms.test.ts. Normalised words ("i am"
// for "I'm", "can not" for "can't", "do not" for "don't", "it is" for "it's", "ill" for "I'll",
// "honestly" for "tbh", "friends" for "mates").
import { pattern } from '../riskPatterns.ts';
import { group, LAUGH, unless } from './wholeMessageSets.ts';

const FICTION = String.raw`film|movie|book|novel|series|episode|character|soap|song|lyrics|lyric|documentary|podcast|poem|storyline|script|sims|minecraft|gta|fortnite|roblox|zelda|pokemon|anime|manga|fanfic|game|games|gaming|netflix|season \d+|hbo|true crime|crime drama|murder mystery|detective`;
/** Someone else's trouble, said of them. */
const THIRD = String.raw`\b(?:my (?:mum|mom|mam|dad|da|mother|father|brother|sister|friend|son|daughter|nan|gran|grandad|grandma|uncle|aunt|auntie|cousin|nephew|niece|neighbour|flatmate|housemate|colleague|client|patient|student|husband|wife|partner|boyfriend|girlfriend)s?|a friend|(?:he|she|they|he is|she is|they are)) (?:says|said|keeps saying|told me|texted|messaged|posted|wrote|joked)\b|\bone of the other\b`;
/** Not the client: someone else's wish, plan or words. */
const NOT_ME_BEFORE = String.raw`(?<!\b(?:he|she|they|who|mum|dad|brother|sister|friend|he just|she just|they just|he would|she would|they would|he could|she could|they could|someone|somebody|people) )`;

// --- Crisis: praying for a meteor with my name on it -------------------------------------------------------
const FATAL_THING = String.raw`(?:meteor|meteorite|asteroid|comet|bullet|lightning bolt|bolt of lightning|lightning strike|heart attack|stroke|aneurysm|piano|anvil|sinkhole|nuke|wrecking ball|falling tree|fatal accident|freak accident|bus|lorry|truck|train|tram|brick|girder)`;
const NAME_ON_IT = pattern`${NOT_ME_BEFORE}\b(?:pray|praying|prayed|hope|hoping|hoped|wish|wishing|waiting|waiting for|manifesting|manifest|bring on|come on|could do with|would not say no to|would welcome|longing|begging|asking the universe)(?: for)? (?:a |an |the |one |some |that )?(?:\w+ )?${FATAL_THING} (?:with my name on it|with my name written on it|to take me out(?= ?$| (?:already|now|please|for good|of my misery)\b)|to take me(?: away)?(?: now| already| please| soon)?$|to hit me|to flatten me|to finish me off|to land on me|to wipe me out|to end it(?: all)?(?: for me)?)\b`;
const NAME_ON_IT_OUT = String.raw`\b(?:${FICTION})\b|${THIRD}`;

// --- Crisis: 10/10 would recommend not existing ---------------------------------------------------------------
const DEAD_STATE = String.raw`(?:not existing|not being alive|never being born|not being born|being dead|non existence|nonexistence|not waking up|ceasing to exist|being six feet under|being in the ground|being in a box|the void|the sweet release of death|death)`;
const RECOMMEND_DEAD = pattern`\b(?:would|would highly|would definitely|would strongly|highly|strongly|definitely|really|10 10|five stars?|5 stars?|11 10|100 percent) recommend ${DEAD_STATE}\b(?! (?:of|to|by|early|late|before|at|until|till|on time|for (?:the|a|your|my|their)|customers?|clients?|users?|accounts?|members?|staff|employees|tenants|contracts?|policy|policies|stock|roles?|skills|certificates?))|\b(?:not existing|being dead|non existence|nonexistence|ceasing to exist) (?:sounds|would be|seems|is looking|looks|sounded) (?:really |so |pretty |quite )?(?:nice|good|great|lovely|ideal|appealing|better|tempting|peaceful|restful|like (?:a plan|heaven|bliss|the dream|a holiday|a good option|the best option))\b|\b(?:hiring|recruiting|vacancies|vacancy|openings?|jobs?|roles?|position|positions) (?:for|in) (?:not existing|being dead|non existence|nonexistence)\b`;
const RECOMMEND_DEAD_OUT = String.raw`\b(?:existing (?:customers?|clients?|users?|accounts?|members?|staff|employees|tenants|contracts?|policy|policies|stock|roles?|skills|certificates?)|${FICTION})\b|${THIRD}`;

// --- Crisis: a permanent position six feet under, no commute ---------------------------------------------------
const UNDER = String.raw`(?:six feet under|6 feet under|six foot under|6 foot under|6ft under|pushing up daisies|in a coffin|in my grave|in the grave|in an urn|in the ground|in a box)`;
const PERMANENT_UNDER = pattern`^(?=.*\b${UNDER}\b)(?=.*\b(?:permanent (?:position|role|job|contract|post|placement|vacancy|residence|address|rest|holiday|vacation|retirement|solution|move|relocation|staff)|no (?:more )?(?:commute|commuting|interviews|rejections|job centre|jobcentre|applications|cvs|cover letters)|never have to (?:apply|commute|work|sign on|job hunt)|long term (?:position|placement|contract|role)|(?:best|only) (?:job )?offer (?:i will get|i am getting|i have had|going))\b)`;
const PERMANENT_UNDER_OUT = String.raw`\b(?:gravedigger|grave digger|cemetery|crematorium|funeral directors?|undertaker|groundwork\w*|groundworker|landscap\w*|gardening|cables?|pipes?|planting|bulbs|seeds|tree|trees|underground|tube|parcel|parcels|packing|${FICTION})\b|${THIRD}`;

// --- Crisis: on the footbridge working out if it was high enough ----------------------------------------------
const HIGH_PLACE = String.raw`(?:bridge|footbridge|foot bridge|flyover|fly over|overpass|viaduct|multi storey|multistorey|car park roof|top of the car park|top floor|roof|rooftop|balcony|ledge|cliff|cliffs|cliff edge|tower block|tower|railway bridge|motorway bridge|dual carriageway|motorway|quarry|pier|dam)`;
const SIZING = String.raw`(?:working out|worked out|work out|wondering|wondered|checking|checked|check|seeing|see|looking at|looked at|figuring out|figure out|figured out|judging|guessing|guessed|measuring|measured|thinking about|counting)`;
const HIGH_ENOUGH = pattern`^(?=.*\b${HIGH_PLACE}\b)(?=.*\b${SIZING} (?:if|whether)(?: \w+){0,4}? (?:high enough|tall enough|deep enough|far enough down|a big enough drop|enough of a drop|a long enough drop)\b|.*\b${SIZING} how (?:high|far down|big|long) (?:the drop|the fall|it|that|this)(?: \w+)? (?:was|is|would be|were|went)\b)`;
const HIGH_ENOUGH_OUT = String.raw`\b(?:lorry|lorries|van|vans|truck|trucks|hgv|double decker|caravan|trailer|camper|motorhome|horsebox|mast|boat|barge|load|loads|clearance|headroom|height restriction|sat nav|satnav|signal|reception|view|views|photo|photos|photograph\w*|drone|fireworks|kite|see over|hedge|shelf|shelves|ladder|scaffold\w*|to reach|gutter|gutters|aerial|satellite dish|for swimming|to swim in|swim in|wild swim\w*|swimming lessons?|paddle\w*|kayak\w*|canoe\w*|fish\w*|diving|scuba|tombstoning|abseil\w*|climbing wall|rock climbing|bouldering|bungee|zip ?wire|survey\w*|inspect\w*|engineer\w*|${FICTION})\b|${THIRD}`;

// --- Crisis: wish I could just be deleted like a rejected application -------------------------------------------
const GONE_FROM = String.raw`(?:existence|life|the world|the planet|the earth|this world|everything|history|reality|the universe|being alive|living)`;
const DELETED = pattern`${NOT_ME_BEFORE}\b(?:wish|wishing|want|wanna|would love|would like|id like|id love) (?:i could |to |i would |id |i was |i were |i could just |someone would |someone could |they would |i could get |to get |i would get |for me to )?(?:just |simply |quietly |completely )?(?:(?:be |get |got )?(?:deleted|erased|wiped from existence|removed from existence|unmade|permanently deleted|deleted permanently|wiped off the face of the earth|wiped off the planet)\b(?! (?:from|off|out of|of) (?!${GONE_FROM}\b))(?! (?:the|my|this|that|their|your|some|all|these|those|a|an|it|them|emails?|messages?|photos?|posts?|texts?|data|account|accounts|profile|details|number|app|apps|files?|records?)\b)|(?:be |get |got )?(?:uninstalled|unsubscribed|logged out|taken offline|removed|switched off) (?:from|of) ${GONE_FROM}\b|(?:delete|erase|uninstall|unsubscribe|ctrl z|undo|unmake|wipe) my ?self\b(?! (?:from|off|out of) (?!${GONE_FROM}\b)))`;
const DELETED_OUT = String.raw`\b(?:${FICTION})\b|${THIRD}`;

// --- Crisis: my five year plan is not being around in five years ----------------------------------------------
const LATER = String.raw`(?:tomorrow|today|tonight|this|next|by|before|after|early|soon|first thing|all day|from|yet|anymore|at all|right now|so|because|cos|as|while|whilst|monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|morning|afternoon|evening|mornings|evenings)`;
const PLAN_GONE = pattern`\b(?:(?:5|five|10|ten|1|one|2|two|3|three) year plan|long term plan|future plans?|plans? for the future|retirement plan|career plan|life plan|game plan|master plan|goal|goals|ambition|dream|aim|plan|target)(?: \w+){0,2}? (?:is|was|involves|are|would be) (?:just |simply |basically |honestly |mainly )?(?:not being (?:around|alive)|being dead|being gone|being six feet under|being in the ground|being in a box|not existing|not waking up|not making it that far|not getting that far|not reaching (?:\d+|that age|retirement|pension age|old age))\b(?! (?:${LATER}|the|those|them|people|negative|toxic|drink\w*|pubs?|that|my|him|her|bad|wrong|crowd|anyone|such|certain|users|dealers|temptation|alcohol|booze|smokers|gamblers|at|when|during|on|with|near|for (?:the|my|a|them|his|her|their|those|work|people)|in (?:the (?:pub|house|flat|area|office|way|evenings?|mornings?|day)|that|this|those|town)|around)\b)`;
const PLAN_GONE_OUT = String.raw`\b(?:my old (?:friends|crowd|dealer)|business|payment plan|repayment|action plan|care plan|support plan|budget|data plan|phone plan|seating|${FICTION})\b|${THIRD}`;

// --- Crisis: paid the funeral plan off, the only thing I've finished all year -------------------------------------
const FUNERAL_ONLY = pattern`^(?=.*\b(?:my (?:own )?funeral|funeral plan|funeral plans|funeral costs|cremation plan|burial plot|plot in the cemetery|headstone)\b)(?=.*\b(?:paid|paid off|paid up|sorted|finished|done|cleared|booked|arranged|planned|bought|chosen|picked)\b)(?=.*\b(?:only thing (?:i have|i|ive) (?:ever )?(?:finished|achieved|completed|done right|got right|managed|succeeded at|paid off|seen through|followed through)|just in time(?= ?$| lol| haha| honestly)|sooner the better|might need it soon|need it soon|needing it soon|will be needing it|ready when (?:it is|i am)|ready whenever)\b)`;
const FUNERAL_ONLY_OUT = String.raw`\b(?:(?:mum|mam|mom|dad|nan|nana|gran|granny|grandad|grandma|grandpa|husband|wife|partner|parents?|mother|father|aunt|auntie|uncle|brother|sister|son|daughter|friend)s? (?:funeral|plan|plot|headstone)|terminal|hospice|palliative|diagnosis|${FICTION})\b|${THIRD}`;

// --- Crisis: my deadline isn't for a job application, it's for me ------------------------------------------------
const TASK = String.raw`(?:a |an |the |any |my |this )?(?:job|jobs|job application|application|applications|interview|course|cv|work|benefits?|claim|form|forms|rent|bill|bills|uni|college|assignment|project|tax return|appeal)`;
const DEADLINE_ME = pattern`\b(?:deadline|deadlines|date|end date|countdown|timeline|cut off|cutoff)\b(?: \w+){0,3}? (?:is not|isnt|not|was not|are not) (?:for|about) ${TASK}\b(?: \w+){0,2}?,? (?:it is|its|it was|but|just|they are) (?:for|about) me\b(?! to\b| by\b| and\b)|\b(?:deadline|deadlines|date|end date|countdown|cut off|cutoff)\b(?: \w+){0,3}? (?:is|was|are) (?:for|about) me,? (?:not|and not) (?:for |about )?${TASK}\b`;
const DEADLINE_ME_OUT = String.raw`\b(?:birthday|wedding|baby|due date|pregnan\w*|holiday|surgery|operation|court|tribunal|hearing|moving (?:house|day|date|in|out)|move (?:house|in|out)|exam|exams|driving test|${FICTION})\b|${THIRD}`;

// --- Crisis: walked into a door, that's what I'll say if they ask about my face ----------------------------------
const COVER = String.raw`(?:walked into a door|walked into the door|walked into a cupboard|walked into a wall|fell down the stairs|fell down stairs|fell on the stairs|slipped in the shower|slipped in the bath|tripped over the dog|tripped over the cat|fell over the dog|banged it on a cupboard|banged it on the cupboard|clumsy me|i am just clumsy|i am clumsy)`;
// The fall is the client's, not the toddler's or the dog's ("the toddler fell down the stairs, that's what I
// tell nursery when she's late").
const OWN_COVER = String.raw`(?<!\b(?:he|she|they|it|toddler|baby|child|kid|kids|son|daughter|dog|cat|puppy|mum|mam|dad|nan|gran|grandad|grandma|brother|sister|friend|partner|husband|wife|boyfriend|girlfriend|boy|girl|lad|lass|youngest|eldest|oldest|little one|wee one|(?:the|my|his|her|their|our)(?: \w+){1,2}) )${COVER}`;
const COVER_STORY = pattern`\b${OWN_COVER}\b(?: \w+){0,3}?,? (?:that is|thats|is|will be|was) (?:what|the story|my story|the excuse|my excuse|the line) (?:i|ill)(?: \w+){0,2}? (?:say|tell|told|said|telling|saying|use|going with|stick with|sticking with)\b|\b(?:ill|i will|i am going to|i am gonna|i have to|i always|i just) (?:say|tell (?:them|him|her|people|the interviewer|work|everyone|the employer|the panel|the recruiter|anyone))(?: that)? (?:i )?${COVER}\b|\b(?:if|when) (?:they|the interviewer|anyone|people|work|the panel|the employer|someone|the recruiter|you) (?:asks?|notices?|sees?|says? anything) about (?:my|the) (?:face|eye|black eye|bruise|bruises|bruising|lip|cut lip|split lip|arm|arms|neck|wrist|wrists|marks|cheek|nose)\b(?=.*\b${OWN_COVER}\b)`;
// Said as the truth insisted on ("which is true"), the fall is a fall.
const COVER_STORY_OUT = String.raw`\b(?:(?:it|which|that) is (?:actually |genuinely )?true|it really happened|(?:genuinely|actually|honestly|really) did|wet floor|icy|black ice|on the ice|${FICTION})\b|${THIRD}`;

// --- Crisis: I'm not allowed a laptop at home ---------------------------------------------------------------------
const KIT = String.raw`(?:laptop|computer|pc|phone|mobile|smartphone|tablet|ipad|bank card|bank account|debit card|card|money|cash|own money|key|keys|car keys|door key|passport|internet|wifi|wi fi|email)`;
const NOT_ALLOWED_HOME = pattern`\b(?:i am|i|am|we are|were) not (?:allowed|permitted|let) (?:a|an|my|my own|to have (?:a|an|my|my own|any)|to use (?:a|an|the|my)|to own (?:a|an)|to keep (?:a|an|my)|any) ${KIT}\b(?: \w+){0,2}? (?:at home|in the house|in the flat|in my own home|in my house|in my flat|in our house|in our flat|by (?:him|her|them|my (?:husband|wife|partner|boyfriend|girlfriend|fella|fiance|fiancee|other half))|he says|she says|he will not|she will not)\b`;
const NOT_ALLOWED_HOME_OUT = String.raw`\b(?:work laptop|work phone|company laptop|company phone|work computer|policy|security|it department|gdpr|data protection|till (?:my )?exams|until (?:my )?exams|exams|homework|revision|grounded|curfew|detox|rehab|digital detox|screen time|bail|licence conditions|license conditions|tag|probation|hostel rules|supported housing|${FICTION})\b|${THIRD}`;

// --- Crisis: one day he'll have an accident and it won't be an accident -------------------------------------------
const NOT_AN_ACCIDENT = pattern`\b(?:have|having|has|meet with|meets with|meeting with|suffer|suffers) (?:a little |an? )?(?:unfortunate |nasty |tragic |terrible |little |sudden )?accident\b(?: \w+){0,4}?,? (?:and|that|but|which)(?: honestly| believe me| trust me)? (?:it|this|that|it really)? ?(?:will not|wont|would not|is not going to|is not gonna|will not really|will never) be (?:an |a real |much of an |any )?accident\b|\ban accident (?:that|which) (?:will not|wont|would not|is not going to) (?:really )?be (?:an )?accident\b`;
const NOT_AN_ACCIDENT_OUT = String.raw`\b(?:dog|dogs|puppy|cat|kitten|toddler|potty|potty training|nappy|carpet|wee|poo|insurance|claim|whiplash|police (?:said|say|says)|investigation|inquest|coroner|${FICTION}|${LAUGH})\b|${THIRD}`;

// --- Concern: wine o'clock keeps getting earlier --------------------------------------------------------------
const DRINK_TIME = String.raw`(?:wine oclock|beer oclock|gin oclock|vodka oclock|cider oclock|prosecco oclock|rum oclock|drinking time|the first drink|my first drink|first drink|the first can|my first can|first can|first beer|first glass|first pint|the drinking|my drinking|happy hour)`;
const EARLIER_DRINK = pattern`\b${DRINK_TIME} (?:keeps|kept|is|has been|starts|started|seems to be|keeps on) (?:getting|creeping|coming|moving|starting|edging|drifting|sliding|getting a bit|getting a little) (?:earlier|forward|further forward)\b|\b(?:wine|beer|gin|vodka|cider|prosecco|rum) oclock (?:is|was|has become|starts|started|came|comes|now) (?:(?:now|at|about|around|before|getting|basically|like|roughly) )*(?:\d+ ?am|breakfast|breakfast time|lunchtime|lunch|morning|the morning|mid morning|midday|noon|elevenses)\b`;
const EARLIER_DRINK_OUT = String.raw`\b(?:clocks? (?:go|goes|went|going|change|changed|changing) (?:back|forward)|daylight saving|bst|gmt|time zone|timezone|jet lag|jetlag|on holiday|holiday|cruise|all inclusive|wedding|christmas day|boxing day|new years|hen do|hen party|stag do|stag party|birthday|brunch|bottomless|festival|bank holiday|${FICTION})\b|${THIRD}`;

// --- Concern: one more "we'll keep your CV on file" and I'm going full villain arc -------------------------------
const RAMPAGE = String.raw`(?:villain arc|villain era|villain mode|villain origin story|supervillain|super villain|full joker|joker mode|joker arc|(?<=\b(?:go|going|gone|went) )postal|on a rampage|rampage|rampage mode|psycho mode|murder mode|serial killer mode|killing spree|john wick|rage mode|feral mode)`;
const VILLAIN_ARC = pattern`\b(?:one more|next (?:person|time|one|recruiter|email|rejection|automated)|another|if (?:i get |i hear |i see |i read |i have to )?(?:one more|another|anyone|someone|they|one|the next))\b.*\b(?:i am|ill|i will|i am going|am going|i go|i will go|i am gonna|i am about to|i swear|i might|i may|i could|going|gonna) (?:\w+ ){0,2}?(?:full |total |proper |full on |full blown |straight |into |into my |into a |my |a )*${RAMPAGE}\b`;
const VILLAIN_ARC_OUT = String.raw`\b(?:saying no|say no|boundaries|self care|selfcare|me time|extra shifts|overtime|glow up|gym|diet|confident|confidence|selfish|${FICTION})\b|${THIRD}`;

// --- Concern: it will always be no ------------------------------------------------------------------------------
const ALWAYS_NO = pattern`\b(?:it|the answer|the outcome|the result) (?:will|is going to|is gonna|would) (?:always|just always|forever|only ever|always just) (?:be (?:a )?no|be (?:a )?rejection|end in (?:a )?(?:no|rejection))\b|\b(?:they|employers|everyone|companies|recruiters|people|every one of them|every job) (?:will|are going to|are gonna|would) (?:always|just always|forever|only ever|always just) (?:say no(?= to me\b| ?$)|reject me|turn me down|pick someone else|choose someone else)\b|\bit is (?:always|only ever|forever) going to be (?:a )?no\b|\b(?:it is |it will )?never going to be (?:a )?yes\b`;
const ALWAYS_NO_OUT = String.raw`\b(?:if you (?:do not|never|dont) (?:ask|try|apply)|unless you (?:ask|try|apply)|if i (?:do not|never|dont) (?:ask|try|apply)|unless i (?:ask|try|apply)|shy bairns|do not ask|my answer|i will always say no|i always say no|(?:to|for) (?:a |the |any )?(?:drink|drinks|drugs|smoking|gambling|overtime|zero hours|sweets|biscuits|cake|kids|children)|${FICTION}|${LAUGH})\b|${THIRD}`;

// --- Concern: bit flat today, not much to report ----------------------------------------------------------------
const DEGREE = String.raw`(?:a|abit|just|kind of|kinda|sort of|still|really|very|so|pretty|quite|bit|little|tad|proper|totally|completely|dead|a bit|bit of a)`;
const NOT_A_FLAT = String.raw`(?! (?:out|pack|packs|white|broke|rate|rates|fee|fees|cap|share|mate|mates|hunting|viewing|viewings|footed|chested|screen|tyre|battery|iron|bread|top|roof|earth|feet|refusal|line|lining|bed|surface|fare|rent|lay|in|at|for|near|on|with|above|below|upstairs|downstairs|door|key|keys|number)\b)`;
const LATELY = String.raw`(?:today|tonight|this week|this morning|this afternoon|lately|recently|again|all week|all day|these days|at the moment|atm|for (?:a few|a couple of|some) (?:days|weeks)|since)`;
const OWNED = String.raw`(?:honestly|to be honest|if i am honest|if i am being honest|really)`;
const THEN = String.raw`(?: ?$| (?:and|not much|nothing|can not|cannot|do not|no|just|not|but|if|to be)\b)`;
// Said with "I'm" or "feeling" before it, "flat" is the client's mood; alone at the start ("bit flat") it
// is only read with a time after it, as a bare "pretty flat" is also what someone says of an interview.
const FLAT_TODAY = pattern`(?:\b(?:i am|i feel|i felt|i have been|i been|i am feeling|i have been feeling|been feeling|just feeling|still feeling|feeling) (?:${DEGREE} )*|^(?:feel|felt|been) (?:${DEGREE} )*)flat\b${NOT_A_FLAT}(?=(?: (?:${LATELY}|${OWNED}))*${THEN})|^(?:${DEGREE} )+flat\b${NOT_A_FLAT}(?=(?: ${OWNED})* ${LATELY}(?: (?:${LATELY}|${OWNED}))*${THEN})`;
const FLAT_TODAY_OUT = String.raw`\b(?:battery|batteries|tyre|tyres|tire|tires|puncture|beer|lager|pint|cider|coke|pepsi|lemonade|fizzy|prosecco|champagne|cake|bread|souffle|sponge|yorkshire|pancake|hair|singing|sing|sang|pitch|voice|tune|piano|guitar|shoes|flatpack|flat pack|market|sales|trade|business|economy|lying flat|lie flat|lay flat|laid flat|tummy|stomach|abs|ramadan|fasting|hungover|hangover|flu|covid|but (?:ok|okay|fine|alright|good|i am (?:ok|okay|fine|alright|good))|otherwise (?:ok|okay|fine|alright|good)|other than that|${FICTION}|${LAUGH})\b|${THIRD}`;

// --- Concern: want to punch whoever designed this portal -------------------------------------------------------
const WHOEVER = pattern`${NOT_ME_BEFORE}\b(?:want to|wanna|going to|gonna|could|would|would love to|ready to|about to|i will|ill|i am going to|happily|gladly|honestly|i swear i will|i could happily|dying to|like to|id like to) (?:\w+ )?(?:punch|slap|smack|deck|thump|batter|fight|lamp|chin|headbutt|boot|kick|knock out|sparko) (?:whoever|the (?:person|guy|man|woman|genius|idiot|numpty|muppet|clown|one|people|team|bloke|lad) (?:who|that)|whoever it was (?:who|that)) (?:designed|made|built|invented|came up with|wrote|coded|set up|programmed|thought|decided|created|runs|designs|makes|writes|approved|signed off|put)\b`;
const WHOEVER_OUT = String.raw`\b(?:boxing|boxer|sparring|mma|ufc|${FICTION})\b|${THIRD}`;

export const HUNDRED_AND_TWENTY_EIGHTH_WHOLE_SETS = [
  [unless(String.raw`\b(?:with my name on it|with my name written on it|to take me|to hit me|to flatten me|to finish me off|to land on me|to wipe me out|to end it)\b`, NAME_ON_IT_OUT), [group('crisis', 'wishes to be dead', [NAME_ON_IT])]],
  [unless(String.raw`\b(?:not existing|not being alive|born|being dead|non ?existence|not waking up|ceasing to exist|six feet under|in the ground|in a box|the void|release of death|death)\b`, RECOMMEND_DEAD_OUT), [group('crisis', 'wishes to be dead', [RECOMMEND_DEAD])]],
  [unless(String.raw`\b(?:under|daisies|coffin|grave|urn|in the ground|in a box)\b`, PERMANENT_UNDER_OUT), [group('crisis', 'wishes to be dead', [PERMANENT_UNDER])]],
  [unless(String.raw`\b(?:enough|far down|high up it was|high it was|far the drop was|long the drop was|far it was down)\b`, HIGH_ENOUGH_OUT), [group('crisis', 'thinking about a way to end their life', [HIGH_ENOUGH])]],
  [unless(String.raw`\b(?:deleted|erased|wiped|uninstalled|unsubscribed|logged out|removed from existence|taken offline|ctrl z|undone|un done|unmade)\b`, DELETED_OUT), [group('crisis', 'wishes to be dead', [DELETED])]],
  [unless(String.raw`\b(?:not being (?:around|here|alive)|being dead|being gone|six feet under|in the ground|in a box|not existing|not waking up|not making it|not getting that far|not reaching)\b`, PLAN_GONE_OUT), [group('crisis', 'wishes to be dead', [PLAN_GONE])]],
  [unless(String.raw`\b(?:funeral|cremation|burial plot|cemetery|headstone)\b`, FUNERAL_ONLY_OUT), [group('crisis', 'preparing to end their life, or a past attempt', [FUNERAL_ONLY])]],
  [unless(String.raw`\b(?:deadlines?|date|countdown|timeline|cut ?off)\b.*\bme\b`, DEADLINE_ME_OUT), [group('crisis', 'a plan to end their life', [DEADLINE_ME])]],
  [unless(String.raw`\b(?:walked into|fell down|fell on the stairs|slipped in the|tripped over the|fell over the|banged it on|clumsy)\b`, COVER_STORY_OUT), [group('crisis', 'abuse or violence', [COVER_STORY])]],
  [unless(String.raw`\bnot (?:allowed|permitted|let)\b`, NOT_ALLOWED_HOME_OUT), [group('crisis', 'coercive control', [NOT_ALLOWED_HOME])]],
  [unless(String.raw`\baccident\b.*\baccident\b`, NOT_AN_ACCIDENT_OUT), [group('crisis', 'harm to someone else', [NOT_AN_ACCIDENT])]],
  [unless(String.raw`\b(?:oclock|drinking time|first (?:drink|can|beer|glass|pint)|drinking|happy hour)\b`, EARLIER_DRINK_OUT), [group('concern', 'drinking or drugs to cope', [EARLIER_DRINK])]],
  [unless(String.raw`\b(?:villain|joker|postal|rampage|psycho mode|murder mode|serial killer mode|killing spree|john wick|rage mode|feral mode)\b`, VILLAIN_ARC_OUT), [group('concern', 'joked about hurting someone', [VILLAIN_ARC])]],
  [unless(String.raw`\b(?:always|only ever|forever)\b.*\bno\b|\bgoing to be (?:a )?yes\b|\balways (?:reject me|turn me down)\b`, ALWAYS_NO_OUT), [group('concern', 'hopelessness', [ALWAYS_NO])]],
  [unless(String.raw`\bflat\b`, FLAT_TODAY_OUT), [group('concern', 'low mood', [FLAT_TODAY])]],
  [unless(String.raw`\bwhoever\b|\b(?:who|that) (?:designed|made|built|invented|came up with|wrote|coded|set up|programmed|thought|decided|created|runs|designs|makes|writes|approved|signed off|put)\b`, WHOEVER_OUT), [group('concern', 'joked about hurting someone', [WHOEVER])]],
] as const;
