// Risk told by people outside cities: farm and forestry workers, fishermen, seasonal pickers, Gypsy and
// Traveller clients, the risk carried in the things of their work (guns, vet drugs, engines in sheds,
// fences, the sea, quarries, stopping places, tied accommodation).
// Crisis: envying an animal the vet put down; hoping the ferry or boat goes down with them on it;
// running the engine in the shed with the doors shut, if it came to it; a gun and all they could think
// was what they would use it for; wondering whether the vet's injections (or sheep dip, rat poison)
// would work on a person; the bend with no barrier and not turning the wheel; walked into the sea and got pulled out; gripping the electric fence or the
// barbed wire on purpose; hitting their own shin or hand when wound up, a habit now; a blade in their
// hand with the boss out in the yard; moved on by the police with no stopping place for miles; the
// tied or seasonal accommodation ending today with no money to get away.
// Concern: who would take on a man of 58; what does that make me, after losing the farm; the adviser
// wasting her time on them; stuff that keeps you going on long shifts, on it most days now; the estate
// wanting the cottage back; owing the vet more than a season made; cannot pay the licence or the dues;
// talking to the dog more than anyone; no signal, no car, might as well be on the moon; long days with
// nobody; weeks without a word said out loud; pulling over as they could not breathe; thought of the
// quarry, then of the dog; feeding the gaffer to the pigs, lol. Each rests on two parts of the message
// or a whole phrase, so it is read in the whole message and the classifier's training text is not
// rewritten. Look-alikes of our own are in test/domain/riskSeventyNinthForms.test.ts. Normalised
// words ("id", "ill", "whod", "can not").
import { pattern, type RiskPatternGroup } from '../riskPatterns.ts';
import { group, LAUGH, unless } from './wholeMessageSets.ts';

const OTHERS = String.raw`he|she|hes|shes|his|her|they|their|theyre|my (?:mum|mam|mom|dad|mother|father|brother|sister|friend|mate|son|daughter|nan|gran|uncle|aunt|auntie|cousin|neighbour|partner|husband|wife|boss)|character|film|book|show|series|song|game|episode|novel|story|play|panto|news`;
const FICTION = String.raw`film|book|show|series|song|game|episode|novel|story|panto|documentary|news|paper|telly`;
const ANIMAL = String.raw`(?:dog|cat|horse|pony|ewe|sheep|cow|bull|collie|old girl|old boy|old lad|bess|mare|gelding|pet|animal|her|him|it)`;

// --- Crisis -------------------------------------------------------------------------------------
const ENVY_PUT_DOWN = pattern`^(?=.*\b(?:put (?:\w+ ){0,3}?down|put (?:\w+ ){0,3}?to sleep|put out of (?:its|her|his) misery|had (?:\w+ ){0,2}?put down)\b)(?=.*\bi (?:\w+ )?(?:envied|envy|was jealous of|am jealous of|felt jealous of|was envious of|felt envious of) (?:the |old |our |my )?${ANIMAL}\b)`;
const ENVY_OUT = String.raw`\b(?:(?:he|she|they|my \w+) (?:\w+ )?(?:envied|envies|envy|was jealous|is jealous|were jealous)|${LAUGH}|garden|sofa|basket|bed|spoilt|spoiled|treats|lie in|${FICTION})\b`;

const GOES_DOWN_WITH_ME = pattern`\b(?:hope|hoping|wish|wishing|would not mind if|would not care if|do not care if|pray) (?:that )?(?:the |this |that |my |our )?(?:ferry|boat|ship|trawler|plane|tractor|barn roof|roof|cliff|bridge|quad) (?:goes down|went down|sinks|sank|sunk|crashes|crashed|rolls|rolled|comes down|came down|falls|fell|collapses|collapsed|gives way|gave way|goes over|went over|capsizes|capsized)(?: \w+){0,2}? with me (?:on|in|under|inside) it\b`;
const GOES_DOWN_OUT = String.raw`\b(?:${OTHERS}|${LAUGH}|captain|titanic)\b`;

const ENGINE_IN_SHED = pattern`\b(?:id|i would|i will|ill|i could|i might|i have thought about|ive thought about|thought about|thinking about|think about|if it came to it|if it comes to it)\b(?: \w+){0,4}? (?:run|running|leave|leaving|start|starting|keep|sit with|sit in with)(?: the)? (?:engine|car|tractor|quad|generator|motor|van|truck|pickup)(?: running)? in the (?:shed|garage|barn|lock up|workshop|steading|byre)\b(?: \w+){0,3}? (?:the )?doors? (?:shut|closed|locked|pulled to)\b|\b(?:id|i would|i could|thought about|thinking about) (?:\w+ ){0,3}?(?:a |the )?hose(?:pipe)? (?:\w+ ){0,3}?(?:to|on|onto|into|from) the exhaust\b`;
const ENGINE_OUT = String.raw`\b(?:never|do not|dont|safety|alarm|warning|carbon monoxide alarm|ventilat\w*|open the doors?|${OTHERS}|${LAUGH})\b`;

const GUN_USE_IT = pattern`^(?=.*\b(?:gun|guns|shotgun|rifle|firearm|cartridges?|shells|twelve bore|12 bore|licence)\b)(?=.*\b(?:all i (?:could|can|did) (?:think|thought) (?:about |of )?(?:was |is )?what (?:id|i would|i could|i will|ill) use (?:it|them) for|(?:use|using|turn|turning|point|pointing) (?:it|them) on myself|(?:put|putting) (?:it|the barrel|the end) (?:to|under|in|against) my (?:head|chin|mouth|chest)|the barrel in my mouth|(?:one|a) cartridge (?:for|with) (?:me|my name on it))\b)`;
const GUN_OUT = String.raw`\b(?:rabbits?|pigeons?|vermin|clays?|foxe?s?|crows?|rooks?|deer|pheasants?|grouse|ducks?|magpies?|squirrels?|rats?|pest control|shoot day|beating|${OTHERS}|${LAUGH})\b`;

const VET_DRUGS_ON_PERSON = pattern`^(?=.*\b(?:vet|vets|ewes?|sheep|cattle|cows?|horses?|dogs?|lambs?|animals?|livestock|injections?|euthanasia|sheep dip|dip|weedkiller|paraquat|rat poison|poison|pesticide|slug pellets|sleepers|pentobarbital)\b)(?=.*\b(?:wonder|wondered|wondering|would|do|does|could|will|if)\b(?: \w+){0,3}? (?:work|do it|do the job|be enough|kill|finish) (?:on|for) (?:a person|a human|people|a man|a woman|me|someone my size|a grown man|a body)\b)`;
const VET_DRUGS_OUT = String.raw`\b(?:lice|fleas?|ticks?|cream|ointment|rash|itch\w*|worms?|wormer|ringworm|spray|shampoo|vaccine|jab|antibiotic\w*|painkill\w*|(?:he|she|my \w+) (?:wondered|asked|wonders|wanted to know)|${FICTION}|${LAUGH})\b`;

const NOT_TURNING_WHEEL = pattern`^(?=.*\b(?:bend|corner|drop|edge|mountain road|cliff road|coast road|no barrier|bridge|tree|wall|lorry|oncoming|quarry|harbour)\b)(?=.*\b(?:thought about|thinking about|think about|tempted|wanted to|could just|felt like) (?:just )?(?:not turning the wheel|not turning|not braking|not hitting the brakes|driving (?:off|over|into) (?:it|the edge|the wall|the tree|the lorry)|going straight on|keeping (?:on )?going straight|turning the wheel into|letting go of the wheel|steering into)\b)`;
const WHEEL_OUT = String.raw`\b(?:(?:he|she|they) (?:\w+ )?(?:thought|was tempted|wanted)|instructor|lesson|driving test|sat ?nav|mario kart|${FICTION}|${LAUGH})\b`;

const WALKED_INTO_SEA = pattern`^(?=.*(?:^|\bi (?:just |once |actually )?)(?:walked|waded|went|swam) (?:out )?(?:into|in to|out into|out to) the (?:sea|river|loch|lake|water|tide|waves|lough|estuary)\b)(?=.*\b(?:pulled out|dragged out|got me out|fished out|rescued|lifeboat|coastguard|never told|not told anyone|nobody knows|no one knows|did not come back|not meant to come back|meant to stay|did not want to come back|stopped me)\b)`;
const SEA_OUT = String.raw`\b(?:dip|dook|swim(?:ming)? club|wetsuit|charity|sponsored|fancy dress|paddle|paddling|surf\w*|kayak\w*|fishing rod|waders|the dog (?:went|ran|jumped)|after the dog|for the dog|ball|${OTHERS}|${LAUGH})\b`;

const FENCE_ON_PURPOSE = pattern`\b(?:grab|grabbed|grabbing|hold|held|holding|touch|touched|touching|hang on to|press|pressed|squeeze|squeezed|grip|gripped|gripping)\b(?: \w+){0,3}? (?:electric fence|electric wire|barbed wire|the fence|nettles|hot exhaust|the exhaust|hot plate|the stove)\b(?: \w+){0,6}? (?:on purpose|deliberately|as long as i can|for as long as i can|to feel (?:something|it|anything)|to punish myself|till it hurts|until it hurts|till i cannot|because i deserve)\b`;
const FENCE_OUT = String.raw`\b(?:dare|dared|test(?:ing)? (?:it|if|whether)|tester|check(?:ing)? (?:it|if)|accident\w*|by mistake|${OTHERS}|${LAUGH})\b`;

const HIT_OWN_HABIT = pattern`^(?=.*\b(?:whack\w*|hit|hitting|smack\w*|bash\w*|punch\w*|belt|belted|thump\w*|cut|cutting|burn\w*|scratch\w*|hurt|hurting|stab\w*|slam\w*|bang|banged|banging) (?:my own \w+|myself)\b)(?=.*\b(?:becoming a habit|a habit|habit now|on purpose|deliberately|when i get (?:wound up|angry|stressed|upset|frustrated|mad|worked up|wound)|when i am (?:wound up|angry|stressed|upset|frustrated|mad)|to calm (?:myself )?down|to feel something|to punish myself|cannot stop)\b)`;
const HIT_OWN_OUT = String.raw`\b(?:accident\w*|by mistake|clumsy|slipped|missed the nail|pinched|${OTHERS}|${LAUGH})\b`;

const BLADE = String.raw`(?:shears|knife|axe|hammer|chainsaw|billhook|machete|pitchfork|gun|shotgun|rifle|crowbar|spade|slasher|sickle|scythe|blade|stanley knife|bat|iron bar|bar)`;
const BLADE_AND_BOSS = pattern`^(?=.*\b(?:i have got|i have|i am holding|holding|got|still got|i got) (?:the |a |my |this )?${BLADE} in my hands?\b)(?=.*\b(?:the |my |that |our )?(?:boss|gaffer|foreman|farmer|manager|supervisor|landlord|neighbour|ex|husband|bailiff|agent|owner|contractor|he|she|him)s? (?:is |has |just )?(?:\w+ ){0,2}?(?:out in|outside|in the|right there|coming|walking|across|next door|on his way|on her way|in the yard|in the field|over there|stood there)\b)`;
const BLADE_OUT = String.raw`\b(?:shearing|sheared|pruning|prune|hedge|hedges|clipping|trim\w*|crack on|get on with|carry on|sharpen\w*|fixed|fixing|mending|job done|help (?:him|her|them|out|with)|helping|show|showing|lesson|training|${LAUGH})\b`;

const MOVED_ON_NO_PLACE = pattern`^(?=.*\b(?:moved on|moving us on|moved us on|evicted|kicked off|turfed off|told to move|told us to move|served notice|made us move|given notice|section 61|section 62)\b)(?=.*\b(?:no (?:stopping place|transit site|site|pitch|lay ?by)|nowhere (?:to (?:stop|park|pull in|go|stay|pitch|put the trailer|put the van))|no where to (?:stop|go|pull in|stay))\b)`;
const MOVED_ON_OUT = String.raw`\b(?:they were|they have been|their|news|report|council meeting|campaign|petition|consultation|last year|years ago|when i was|${LAUGH})\b`;

const ACCOMMODATION_ENDS = pattern`^(?=.*\b(?:accommodation|caravan|digs|room|bed|hostel|lodgings?|static|bunkhouse|cottage|flat|bunk|the house)\b(?: \w+){0,2}? (?:ends|finishes|goes|closes|is gone|runs out|has to be empty|must be empty|out) (?:today|tonight|this afternoon|this evening|at \d+|by \d+|at noon|at midday)\b)(?=.*\b(?:no money|cannot afford|can not afford|skint|broke|nowhere to go|no where to go|nowhere to stay|no ticket|no fare|no way home|no way to get home|no bus fare|not a penny)\b)`;
const ACCOMMODATION_OUT = String.raw`\b(?:holiday|hotel|booking|booked|airbnb|check ?out|checkout|festival|camping|trip|${OTHERS}|${LAUGH})\b`;

// --- Concern ------------------------------------------------------------------------------------
const WHO_TAKES_AGE = pattern`\b(?:who would|whod|who is going to|who will|who is gonna) (?:want|hire|employ|take on|take|pick|give a job to) (?:an? )?(?:\d+|fifty|sixty|old|older) (?:year old |odd )?(?:\w+ )?(?:shepherd|farmer|fisherman|labourer|man|woman|bloke|fella|worker|forester|picker|driver|stockman|herdsman|me)?\b`;
const WHO_TAKES_OUT = String.raw`\b(?:${OTHERS}|${LAUGH}|horse|dog|car|tractor|van|ewe|cow|bull|collie)\b`;

const WHAT_MAKES_ME = pattern`^(?=.*\bwhat does that make me\b|.*\bwhat kind of (?:man|woman|son|daughter|father|mother|dad|mum|farmer) (?:does that make me|am i)\b)(?=.*\b(?:lost|failed|ruined|let (?:\w+ )?down|gave up|sold up|sold it|went under|gone under|bust|bankrupt|sacked|let go|could not keep|could not hold on to)\b)`;
const WHAT_MAKES_OUT = String.raw`\b(?:uncle|auntie|aunt|godfather|godmother|grandad|grandma|great|step|cousin|in law|baby|born|pregnant|${LAUGH})\b`;

const WASTES_TIME_ON_ME = pattern`\bwast(?:es|ing|e|ed) (?:her|his|their|your|its|so much|all that) time (?:on|with) (?:me|someone like me|the likes of me)\b|\b(?:theres|there are|there is) (?:\w+ )?(?:better|more deserving|worthier) people (?:to help|to spend|than me|who need it more|out there to help)\b`;
const WASTES_OUT = String.raw`\b(?:${LAUGH}|queue|phone|hold|call centre|meeting|forms?)\b`;

const KEEPS_YOU_GOING = pattern`^(?=.*\b(?:stuff|pills|gear|speed|powder|something|uppers|whizz|tablets|bags|coke|sniff)\b(?: \w+){0,4}? (?:keeps? you going|keeps? me going|keeps? you awake|keeps? me awake|gets? you through|gets? me through)\b)(?=.*\b(?:on it|taking it|using it|need it|hooked|taking them|on them)\b(?: \w+){0,2}? (?:most days|every day|daily|every shift|all the time|now)\b)`;
const KEEPS_OUT = String.raw`\b(?:coffee|red bull|energy drinks?|caffeine|tea|pro plus|sugar|sweets|music|radio|podcasts?|flapjacks?|sandwiches|${OTHERS}|${LAUGH})\b`;

const WANTS_HOME_BACK = pattern`\b(?:wants?|wanting|is taking|taking|having|getting|need|needs) (?:the|our|my) (?:cottage|house|home|caravan|flat|farmhouse|place|tenancy|static|plot|pitch|trailer|tied house|tied cottage) back\b`;
const WANTS_HOME_OUT = String.raw`\b(?:to ourselves|to myself|tidy|in order|clean|quiet|normal|his|her|their|your|my (?:mum|mam|dad|mate|friend|nan|gran|brother|sister|son|daughter)s|${LAUGH})\b`;

const OWE_MORE_THAN_MADE = pattern`\bowe (?:the |my )?\w+(?: \w+)? more than i (?:made|earned|earn|make|get|got|took|bring in|brought in)\b`;
const OWE_OUT = String.raw`\b(?:${LAUGH}|favour|favours|pint|pints|round|drink)\b`;

const CANNOT_PAY_DUES = pattern`\b(?:can not|cannot|could not|will not be able to|not able to) (?:pay|afford|cover|find the money for|find) (?:the |my |our )?(?:\w+ ){0,2}?(?:licence|dues|rent|fees|bills?|insurance|mooring|loan|mortgage|council tax|rates|lease|tax|feed bill|debts?|pitch fees?|site fees?)\b(?: \w+){0,2}? (?:or|and|nor) (?:the |my |our )?(?:\w+ ){0,2}?(?:licence|dues|rent|fees|bills?|insurance|mooring|loan|mortgage|council tax|rates|lease|tax|feed bill|debts?|wages)\b`;
const CANNOT_PAY_OUT = String.raw`\b(?:online|website|app|card reader|card machine|contactless|by card|by phone|cash only|portal|system|${OTHERS}|${LAUGH})\b`;

const TALK_TO_DOG = pattern`\bi (?:talk|speak|chat) to (?:the|my) (?:dog|dogs|cat|sheep|cows?|horse|hens|chickens|telly|tv|radio|plants|walls?|budgie|cattle|collie|ewes) more than (?:to )?(?:anyone|any person|people|anybody|a human|any human|a real person)\b|\b(?:the|my) (?:dog|cat|collie|horse|telly|radio) is the only (?:one|thing|soul|company) i (?:talk|speak) to\b`;
const TALK_DOG_OUT = String.raw`\b(?:${LAUGH})\b`;

const ON_THE_MOON = pattern`\bmight as well (?:be|live|be living) on the moon\b|^(?=.*\bno (?:signal|car|bus|buses|neighbours|internet|wifi|phone|transport|licence)\b(?: \w+){0,2}? no (?:signal|car|bus|buses|neighbours|internet|wifi|phone|transport|licence|one|body)\b)(?=.*\b(?:cut off|stuck out here|middle of nowhere|see nobody|see no one|nobody for miles|no one for miles|not seen a soul|go mad|going mad|on my own|all alone|lonely)\b)`;
const MOON_OUT = String.raw`\b(?:holiday|retreat|bliss|lovely|peace and quiet|peaceful|camping|glamping|festival|detox|break|cottage for|airbnb|${LAUGH})\b`;

const DAYS_WITH_NOBODY = pattern`\b(?:long|lonely|whole|endless) (?:days?|weeks?|nights?|evenings?|shifts?) (?:with|and) (?:nobody|no one|noone|not a soul)\b(?! (?:in|at) (?:the )?(?:office|shop|site))|\b(?:days|weeks|whole days|whole weeks) (?:go by|pass|can go by|go past|can pass)\b(?: \w+){0,3}? (?:i do not|without me|i never|and i never|i have not|without) (?:say|saying|speak|speaking|talk|talking|said|spoken|hearing)(?: to)? (?:a (?:word|single word)|to anyone|to anybody|to a soul|a soul|out loud|anyone)\b|\b(?:have not|not|had not) (?:said|spoken) (?:a word|a single word|to anyone|to a soul)(?: out loud)? (?:in|for) (?:days|weeks|a week|a fortnight|a month)\b`;
const NOBODY_OUT = String.raw`\b(?:bliss|lovely|brilliant|great|productive|peace|quiet office|retreat|silent retreat|${OTHERS}|${LAUGH})\b`;

const PULL_OVER_BREATHE = pattern`^(?=.*\b(?:had to|have to|kept having to|needed to) pull (?:over|in)\b)(?=.*\b(?:could not|can not|cannot|couldnt) (?:breathe|catch my breath|stop shaking|see straight|stop crying)|\b(?:panic attack|panicking|heart (?:racing|pounding)|shaking all over)\b)`;
const PULL_OVER_OUT = String.raw`\b(?:fog|snow|rain|ice|flat tyre|puncture|warning light|engine|overheat\w*|phone|sat ?nav|toilet|wee|sick|baby|kids|dog|police|ambulance|smoke|fumes|asthma|inhaler|hay ?fever|pollen|${OTHERS}|${LAUGH})\b`;

const THOUGHT_THEN_DOG = pattern`^(?=.*\bthought (?:about|of) (?:the |a |my )?(?:quarry|cliffs?|bridge|edge|river|sea|tracks|rope|gun|shotgun|pills|tablets|drop|ending it|doing it|jumping|beam|rafters|loch)\b(?: \w+){0,3}? (?:for a (?:second|minute|moment|bit)|then|briefly)\b)(?=.*\b(?:then (?:i )?thought (?:about|of) (?:my|the) (?:dog|dogs|kids|children|mum|mam|dad|wife|husband|family|girls|boys|lad|lass|son|daughter|horse|animals|grandkids)|i am fine|i would never|id never|would not do it|not going to do anything)\b)`;
const THOUGHT_DOG_OUT = String.raw`\b(?:job|work|walk|walking|swim|swimming|climb\w*|applying|interview|fishing|trip|holiday|${FICTION}|${LAUGH})\b`;

const FARM_JOKE = pattern`\b(?:ill|i will|i am going to|im gonna|i am gonna|i could|i might) (?:feed (?:him|her|them|the \w+|that \w+) to the (?:pigs|dogs|sharks|fish|crows|hens)|take (?:a|the|my) (?:chainsaw|axe|shotgun|strimmer|hammer|flamethrower|pitchfork|tractor|slurry tanker|muck spreader|billhook) to (?:the|his|her|their|him|them|that)|shoot the (?:next|first) (?:\w+ (?:and|or) the (?:next|first) )?(?:recruiter|agent|person|caller|boss|gaffer|manager|adviser|salesman|tourist|walker|driver|idiot|muppet|numpty|one who)|bury (?:him|her|them|the \w+) in the (?:muck heap|slurry pit|silage|dung heap|midden))\b`;
const FARM_JOKE_OUT = String.raw`\b(?:${FICTION}|i mean it|not joking|serious|seriously|leftovers|scraps|peelings|slops|windfalls|hedge|logs|wood|tree|trees)\b`;

/** [gate on the whole message, groups read in it] as rules.ts reads whole-message sets. */
export const SEVENTY_NINTH_WHOLE_SETS: readonly (readonly [RegExp, readonly RiskPatternGroup[]])[] = [
  [unless(String.raw`\b(?:envied|envy|jealous|envious)\b`, ENVY_OUT), [group('crisis', 'wishes to be dead', [ENVY_PUT_DOWN])]],
  [unless(String.raw`\bwith me (?:on|in|under|inside) it\b`, GOES_DOWN_OUT), [group('crisis', 'wishes to be dead', [GOES_DOWN_WITH_ME])]],
  [unless(String.raw`\b(?:doors?|exhaust)\b`, ENGINE_OUT), [group('crisis', 'thinking about a way to end their life', [ENGINE_IN_SHED])]],
  [unless(String.raw`\b(?:use (?:it|them) for|on myself|my (?:head|chin|mouth|chest)|cartridge)\b`, GUN_OUT), [group('crisis', 'thinking about a way to end their life', [GUN_USE_IT])]],
  [unless(String.raw`\b(?:wheel|braking|brakes|straight on|straight|steering)\b`, WHEEL_OUT), [group('crisis', 'thinking about a way to end their life', [NOT_TURNING_WHEEL])]],
  [unless(String.raw`\b(?:on|for) (?:a person|a human|people|a man|a woman|me|someone my size|a grown man|a body)\b`, VET_DRUGS_OUT), [group('crisis', 'thinking about a way to end their life', [VET_DRUGS_ON_PERSON])]],
  [unless(String.raw`\b(?:into|in to|out to) the (?:sea|river|loch|lake|water|tide|waves|lough|estuary)\b`, SEA_OUT), [group('crisis', 'preparing to end their life, or a past attempt', [WALKED_INTO_SEA])]],
  [unless(String.raw`\b(?:fence|wire|nettles|exhaust|hot plate|stove)\b`, FENCE_OUT), [group('crisis', 'self-harm', [FENCE_ON_PURPOSE])]],
  [unless(String.raw`\b(?:my own|myself)\b`, HIT_OWN_OUT), [group('crisis', 'self-harm', [HIT_OWN_HABIT])]],
  [unless(String.raw`\bin my hands?\b`, BLADE_OUT), [group('crisis', 'harm to someone else', [BLADE_AND_BOSS])]],
  [unless(String.raw`\b(?:stopping place|transit site|site|pitch|lay ?by|nowhere|no where)\b`, MOVED_ON_OUT), [group('crisis', 'no safe place, food or power tonight', [MOVED_ON_NO_PLACE])]],
  [unless(String.raw`\b(?:today|tonight|this afternoon|this evening|at \d+|by \d+|noon|midday)\b`, ACCOMMODATION_OUT), [group('crisis', 'no safe place, food or power tonight', [ACCOMMODATION_ENDS])]],
  [unless(String.raw`\b(?:who would|whod|who is going to|who will|who is gonna)\b`, WHO_TAKES_OUT), [group('concern', 'hopelessness', [WHO_TAKES_AGE])]],
  [unless(String.raw`\bmake me\b|\bam i\b`, WHAT_MAKES_OUT), [group('concern', 'feels worthless', [WHAT_MAKES_ME])]],
  [unless(String.raw`\b(?:time (?:on|with) (?:me|someone like me|the likes of me)|people)\b`, WASTES_OUT), [group('concern', 'feels worthless', [WASTES_TIME_ON_ME])]],
  [unless(String.raw`\b(?:going|awake|through)\b`, KEEPS_OUT), [group('concern', 'drinking or drugs to cope', [KEEPS_YOU_GOING])]],
  [unless(String.raw`\bback\b`, WANTS_HOME_OUT), [group('concern', 'may lose their home', [WANTS_HOME_BACK])]],
  [unless(String.raw`\bowe\b`, OWE_OUT), [group('concern', 'money worries', [OWE_MORE_THAN_MADE])]],
  [unless(String.raw`\b(?:can not|cannot|could not|will not be able to|not able to)\b`, CANNOT_PAY_OUT), [group('concern', 'money worries', [CANNOT_PAY_DUES])]],
  [unless(String.raw`\bmore than (?:to )?(?:anyone|any person|people|anybody|a human|any human|a real person)\b|\bonly (?:one|thing|soul|company) i\b`, TALK_DOG_OUT), [group('concern', 'feels alone', [TALK_TO_DOG])]],
  [unless(String.raw`\bmoon\b|\bno (?:signal|car|bus|buses|neighbours|internet|wifi|phone|transport|licence)\b`, MOON_OUT), [group('concern', 'feels alone', [ON_THE_MOON])]],
  [unless(String.raw`\b(?:nobody|no one|noone|not a soul|a word|a soul|out loud|spoken|said)\b`, NOBODY_OUT), [group('concern', 'feels alone', [DAYS_WITH_NOBODY])]],
  [unless(String.raw`\bpull (?:over|in)\b`, PULL_OVER_OUT), [group('concern', 'not coping', [PULL_OVER_BREATHE])]],
  [unless(String.raw`\bthought (?:about|of)\b`, THOUGHT_DOG_OUT), [group('concern', 'spoke of harm, then said they would not', [THOUGHT_THEN_DOG])]],
  [unless(String.raw`\b(?:pigs|dogs|sharks|fish|crows|hens|chainsaw|axe|shotgun|strimmer|hammer|flamethrower|pitchfork|tractor|tanker|spreader|billhook|shoot|muck heap|slurry pit|silage|dung heap|midden)\b`, FARM_JOKE_OUT), [group('concern', 'joked about hurting someone', [FARM_JOKE])]],
];
