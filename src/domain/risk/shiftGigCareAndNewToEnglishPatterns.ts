// Shift, gig, care and hospitality workers, and people new to English, often say the worst plainly
// and briefly, in the words of the bus, the bike, the agency house and the meter. This file reads
// those kinds.
// Crisis: not minding if they never got off the bus or never got anywhere again; "checking out"
// before next month or before then (not of a hotel or a room); on the bike or in the van, "just not
// going to brake" on a fast road; the electric or gas cut off today for arrears; asking where to
// find food today with pennies or nothing to their name.
// Concern: "had a few before this chat"; only feeling normal after a couple of drinks; a court date
// for possession; pay the full rent or go from the agency or work house; "in minus" every week;
// "stuck for money"; up since a weekday; talking to no one outside work; Ramadan, Eid or Christmas
// alone, a first one without family; "lost every day" with forms and letters in English; "low,
// just low"; not felt happy in a long time; "would happily run him over" or "one more rude diner and
// the knife is going in someone", joked threats at work.
// Read in the whole message, so the classifier's training text is not rewritten. Look-alikes of
// our own are in test/domain/riskFiftyFourthForms.test.ts. Normalised words ("i'd" is "id", "we're" is "were").
import { pattern, type RiskPatternGroup } from '../riskPatterns.ts';
import { group, NOT_BEFORE, unless } from './wholeMessageSets.ts';

// --- Crisis -------------------------------------------------------------------------------------
const NEVER_GOT_OFF = pattern`\b(?:would not|do not|would not even|honestly would not) (?:mind|care)\b(?: \w+){0,2}? if (?:i|the bus|the train|it) (?:just )?(?:never|did not ever|did not) (?:got|get|came|come|made it|arrived|stopped|woke) (?:off|home|back|anywhere|there|up|to the end)\b(?!.*\b(?:got off|off at|to work|on time|late for)\b)`;
const NOT_NEVER_GOT_OFF = String.raw`\b(?:holiday|beach|cruise|spain|plane|flight|business class|first class|sofa|couch|bed this weekend|lie in|festival|lol|haha|game|film|series)\b`;
const CHECKING_OUT = pattern`${NOT_BEFORE}\b(?:i am|im|ill be|i will be|i am going to be|ill|i will|i am just) (?:just )?(?:checking|checked) out (?:before (?:then|that|it|next (?:week|month)|christmas|eid|my birthday|the end of the (?:month|year)|payday|the court date|the hearing)|early|for good|permanently|for ever|forever)\b(?:(?: \w+){0,2}$|(?=.*\b(?:no point|what is the point|pointless|do not bother|not bother|will not (?:be here|be around|matter|need)|not be (?:here|around)|does not matter)\b))|\b(?:no point|what is the point|pointless)\b.*\b(?:i am|im|ill be|i will be) (?:just )?checking out\b`
const NOT_CHECKING_OUT = String.raw`\b(?:hotel|hostel|room|rooms|airbnb|guest house|b and b|bnb|reception|key|keys|checkout|check in|library|books?|shop|till|basket|flight|airport|ward|patient|discharged|out of (?:the|my)|checking out (?:the|a|some|their|his|her|your|that|this)|lol|haha)\b`;
const VEHICLE = String.raw`(?:bike|motorbike|moped|scooter|car|van|lorry|truck|cab|taxi)`;
const NOT_BRAKE = pattern`\b(?:on|in|drive|ride|riding|driving) (?:the|my) ${VEHICLE}\b.*\b(?:(?:just|simply|really|honestly) (?:not going to|not gonna|will not|am not going to|not)|(?:will|am going to|am gonna|ill) (?:just|simply|deliberately|purposely) not) (?:brake|slow down|turn the wheel|steer)\b(?! (?:for|at|to|and|until|till|on|in|unless|if|when|while|with|because|hard|early|late|properly|too|so|as)\b)`;
const NOT_NOT_BRAKE = String.raw`\b(?:brakes (?:are|were|have)|brake pads|mechanic|mot|garage|service|instructor|lesson|test|race|racing|strava|track day|downhill|game|lol|haha|speed cameras?|for (?:the|a) (?:drop|delivery|parcel|customer)|until i get (?:home|there|back))\b`;
const CUT_OFF = pattern`\b(?:cut|cut off|turned off|switched off|disconnected|shut off|stopped) (?:the|my|our) (?:electric|electricity|power|gas|lights|heating|supply)(?: off)?\b(?=.*\b(?:today|tonight|this morning|this afternoon|now|just now)\b)(?=.*\b(?:arrears|bills?|owe|owed|owing|debt|did not pay|could not pay|can not pay|behind|no credit|top up|payment)\b)|\b(?:electric|electricity|power|gas) (?:is|was|has been|got) (?:cut|cut off|disconnected|switched off|turned off)\b(?: \w+){0,3}? (?:today|tonight|this morning)\b(?=.*\b(?:arrears|bills?|owe|owed|debt|did not pay|could not pay|behind)\b)`;
const NOT_CUT_OFF = String.raw`\b(?:roadworks|maintenance|engineers?|planned|storm|outage|power cut at|at (?:work|the (?:warehouse|site|office|restaurant|hotel|care home|depot))|client|clients|customer|resident|service user|the lady|the man|neighbours?|next door|mums|nans|dads|lol|haha)\b`;
const PENNIES = String.raw`(?:i (?:literally |only |just |have only |only have )?(?:have|got|have got) (?:\d{1,2}p|\d{1,2} pence|no money|nothing|zero|0|pennies|a few pence|no food|nothing to eat)|(?:\d{1,2}p|\d{1,2} pence|nothing) (?:to my name|left|in my account|in the bank))`;
const FOOD_TODAY = pattern`\bwhere (?:can i|could i|do i|would i|can we|could we|i can|i could|we can|to) (?:get|find) (?:something|anything|some food|food|a meal|a hot meal|free food|a food ?bank)(?: to eat)? (?:today|tonight|now|right now)\b(?=.*\b${PENNIES}\b)|^(?=.*\b(?:eat|eaten|food|meal|hungry|starving)\b)(?=.*\b(?:today|tonight|since (?:yesterday|monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b).*\b${PENNIES}\b`
const NOT_FOOD = String.raw`\b(?:interview|near the|venue|recommend|cafe near|restaurant near|nice|good|cheap lunch|lunch break|for the (?:kids|team)|battery|phone is on|oyster|bus fare|lol|haha)\b`;

// --- Concern ------------------------------------------------------------------------------------
const HAD_FEW_CHAT = pattern`^(?:sorry |so sorry |sorry but )?(?:i |i have |ive )?(?:had|have had) (?:a few|a couple|a drink|a few drinks|a couple of drinks|one or two|a few beers|a few cans|a bit to drink|a smoke|a spliff|a joint|a few too many) (?:before|ahead of) (?:this|our|the) (?:chat|session|call|message|conversation|appointment)\b(?!.*\b(?:questions|emails|interviews|calls|messages|applications)\b)`;
const ONLY_NORMAL = pattern`\b(?:only|just) (?:feel|feels|am|get) (?:normal|ok|okay|human|myself|like myself|right|relaxed|calm|able to cope|like a person) (?:after|with|when i have had|once i have had|once i have) (?:a |my |some )?(?:couple of |few |couple |glass of |can of )?(?:drinks?|pints?|beers?|cans?|glass(?:es)? of wine|wine|vodka|whisky|gin|cider|smoke|spliff|joint|line|pill|tablet|valium|codeine)\b`;
const POSSESSION = pattern`\b(?:court|hearing) (?:date )?(?:for|about|over) (?:the |my |our )?(?:possession|eviction|repossession)\b(?! of)|\b(?:possession|eviction|repossession) (?:hearing|order|claim|proceedings|court date)\b`;
const NOT_POSSESSION = String.raw`\b(?:possession of|cannabis|drugs|weed|knife|football|ball|match|game|client|customer|my friend|my cousin|my mate|neighbour|for work|legal secretary|solicitors? office|paralegal)\b`;
const RENT_OR_GO = pattern`\b(?:says|said|told (?:us|me)|tells (?:us|me)|if|unless|or else)\b.*\bpay (?:the )?(?:full |whole |all the |double )?rent or (?:go|leave|get out|move out|be out|out|lose (?:the|our|my) (?:room|bed|house|place))\b(?! (?:out|shopping|to|for|on|home for))|\bno (?:shifts|hours|work|job),? no (?:room|bed|house|home|roof|accommodation)\b`;
const IN_MINUS = pattern`\b(?:i am|im|were|we are|still|always|end up|ending up|left|be) (?:still |always |just )?in (?:the )?(?:minus|negative)\b(?=.*\b(?:every|each|all) (?:week|month)\b|$)`;
const NOT_MINUS = String.raw`\b(?:degrees|temperature|temperatures|cold|freezing|outside|celsius|weather|frost|score|points|goal difference|game|league|lol|haha)\b`;
const STUCK_MONEY = pattern`\b(?:i am|im|were|we are|i have been|i was|been|really|so|properly|badly|seriously) (?:\w+ )?(?:stuck|strapped|pushed|desperate|short) for (?:money|cash)\b`;
const NOT_STUCK = String.raw`\b(?:the club|the charity|the school|the council|my friend|my mate|my cousin|he is|she is|they are|ideas|project|budget|for (?:money|cash) for the (?:kit|party|trip))\b`;
const UP_SINCE = pattern`^(?:i have |i |ive |have )?been (?:awake|up) (?:since|from) (?:monday|tuesday|tues|wednesday|weds|thursday|thurs|friday|saturday|sunday|the day before yesterday)\b|^(?:i have |i |ive |have )?been (?:awake|up) (?:for )?(?:two|three|four|2|3|4) days\b`;
const NOT_UP_SINCE = String.raw`\b(?:shift|shifts|nights|night shift|rota|flight|jet ?lag|baby|newborn|festival|party|rave|gaming|deadline|wedding|lol|haha)\b`;
const NO_ONE_BUT_WORK = pattern`\bi (?:do not|do not really|never|never really|hardly|barely|rarely|hardly ever) (?:really )?(?:speak|talk) to (?:anyone|anybody|a soul|people) (?:outside (?:of )?work|apart from (?:work|at work|customers|the customers|my manager|the supervisor|the driver)|except (?:at work|customers|the customers|my manager|the supervisor))\b(?! about)`;
const FEAST = String.raw`(?:ramadan|eid|iftar|christmas|xmas|diwali|new year|chinese new year|lunar new year|thanksgiving|easter|vaisakhi|hanukkah|nowruz|my birthday)`;
const FEAST_ALONE = pattern`\b${FEAST} (?:alone|on my own|by myself)\b|\b(?:alone|on my own|by myself) (?:for|at|on|this) ${FEAST}\b|\bfirst ${FEAST} (?:alone|on my own|without (?:my )?(?:family|anyone|mum|dad|mother|father|wife|husband|children|kids))\b|\b(?:iftar|christmas dinner|eid dinner) with (?:my phone|the telly|the tv|a video call)\b`;
const NOT_FEAST = String.raw`\b(?:home alone|film|movie|can not wait|cannot wait|bliss|peace and quiet|finally|by choice|my choice|prefer|actually nice|lovely|lol|haha|working|on shift|double pay|overtime)\b`;
const LOST_EVERY_DAY = pattern`\bi am (?:so |completely |totally |just )?lost (?:every day|everyday|all the time|every single day|with everything|in everything|in this country)\b`;
const NOT_LOST = String.raw`\b(?:way|directions?|map|route|routes|building|warehouse|site|sat ?nav|gps|driving|delivering|deliveries|streets|roads|address|addresses|drops|estate|game|lol|haha)\b`;
const JUST_LOW = pattern`^(?:just )?low(?: just| so| really| very| proper| properly)? low$|^(?:i am |i feel |feeling |im )(?:so |really |very |pretty |proper |just )?low(?: today| again| lately| tonight| at the moment| these days| this week)?$`;
const NOT_HAPPY = pattern`\b(?:have not|not|never|has not) (?:really )?(?:felt|been) (?:happy|good|myself|like myself|joy|excited|glad|content|ok|okay|alright|anything|properly happy|truly happy|really happy) (?:in|for) (?:a long time|ages|months|years|so long|forever|a very long time|a while|weeks)\b`;
const NOT_NOT_HAPPY = String.raw`\b(?:until|till|before (?:this|the|my)|now i|but now|finally|changed that|new job|lol|haha|the (?:car|van|bike|engine|boiler)|it has not|has not been (?:good|ok|okay|alright|happy))\b`;
const HAPPILY_RUN_OVER = pattern`\b(?:i would|id|i could|i will|ill|would) (?:quite )?(?:happily|gladly|cheerfully) (?:run (?:him|her|them) over|punch|deck|lamp|slap|throttle|strangle|batter|drown|bury|push (?:him|her|them) (?:off|in|under))\b(?! (?:to|for|there|tomorrow|later|in the (?:van|car)|in my (?:van|car)))`;
const NOT_RUN_OVER = String.raw`\b(?:lift|drop (?:him|her|them) off|station|airport|notes|figures|plan|schedule|details|the game|in game|fortnite|gta|film|episode)\b`;
const ONE_MORE = pattern`^one more (?:rude |stupid |awkward |entitled |drunk |angry |shouty |difficult )?(?:customer|diner|punter|guest|client|resident|passenger|caller|complaint|table|drunk|idiot|karen|order)s? and (?:(?:the |my |a |chefs |kitchen )?(?:knife|cleaver|frying pan|pan|ladle|mop|tray|bottle|chair|rolling pin) (?:is going|goes|will go|is getting|gets)\b|i (?:am going to|will|swear i will|swear ill|am gonna) (?:kill|stab|lamp|deck|punch|throttle|strangle|murder|knock)\b|(?:someone|somebody) (?:is getting|gets|will get|is going to get) (?:it|stabbed|hurt|lamped|decked|a pan|the knife|knocked)\b)`;
const NOT_ONE_MORE = String.raw`\b(?:in the game|fortnite|film|episode|cake|ice cream|pint)\b`;

/** [gate on the whole message, groups read in it] as rules.ts reads whole-message sets. */
export const FIFTY_FOURTH_WHOLE_SETS: readonly (readonly [RegExp, readonly RiskPatternGroup[]])[] = [
  [unless(String.raw`\b(?:mind|care) if\b`, NOT_NEVER_GOT_OFF), [group('crisis', 'wishes to be dead', [NEVER_GOT_OFF])]],
  [unless(String.raw`\bcheck(?:ing|ed) out\b`, NOT_CHECKING_OUT), [group('crisis', 'intends to end their life', [CHECKING_OUT])]],
  [unless(String.raw`\b(?:brake|slow down|turn the wheel|steer)\b`, NOT_NOT_BRAKE), [group('crisis', 'a plan to end their life', [NOT_BRAKE])]],
  [unless(String.raw`\b(?:electric|electricity|power|gas|lights|heating|supply)\b`, NOT_CUT_OFF), [group('crisis', 'no safe place, food or power tonight', [CUT_OFF])]],
  [unless(String.raw`\b(?:\d{1,2}p|pence|nothing|no money|zero|0|pennies|no food)\b`, NOT_FOOD), [group('crisis', 'no safe place, food or power tonight', [FOOD_TODAY])]],
  [/\bhad (?:a|one)\b/, [group('concern', 'drinking or drugs to cope', [HAD_FEW_CHAT])]],
  [/\b(?:only|just) (?:feel|feels|am|get)\b/, [group('concern', 'drinking or drugs to cope', [ONLY_NORMAL])]],
  [unless(String.raw`\b(?:possession|eviction|repossession)\b`, NOT_POSSESSION), [group('concern', 'may lose their home', [POSSESSION])]],
  [/\brent or\b|\bno (?:shifts|hours|work|job) no\b/, [group('concern', 'may lose their home', [RENT_OR_GO])]],
  [unless(String.raw`\bin (?:the )?(?:minus|negative)\b`, NOT_MINUS), [group('concern', 'money worries', [IN_MINUS])]],
  [unless(String.raw`\bfor (?:money|cash)\b`, NOT_STUCK), [group('concern', 'money worries', [STUCK_MONEY])]],
  [unless(String.raw`^(?:\w+ ){0,2}been (?:awake|up)\b`, NOT_UP_SINCE), [group('concern', 'not eating or sleeping', [UP_SINCE])]],
  [/\b(?:speak|talk) to (?:anyone|anybody|a soul|people)\b/, [group('concern', 'feels alone', [NO_ONE_BUT_WORK])]],
  [unless(String.raw`\b${FEAST}\b`, NOT_FEAST), [group('concern', 'feels alone', [FEAST_ALONE])]],
  [unless(String.raw`\blost\b`, NOT_LOST), [group('concern', 'not coping', [LOST_EVERY_DAY])]],
  [/^(?:\w+ ){0,4}low(?: \w+){0,4}$/, [group('concern', 'low mood', [JUST_LOW])]],
  [unless(String.raw`\b(?:felt|been)\b`, NOT_NOT_HAPPY), [group('concern', 'low mood', [NOT_HAPPY])]],
  [unless(String.raw`\b(?:happily|gladly|cheerfully)\b`, NOT_RUN_OVER), [group('concern', 'joked about hurting someone', [HAPPILY_RUN_OVER])]],
  [unless(String.raw`^one more\b`, NOT_ONE_MORE), [group('concern', 'joked about hurting someone', [ONE_MORE])]],
];
