// Risk asked as a question to the coach: the risk sits inside a practical question, so the sentence
// reads like an enquiry about benefits, appointments, cvs or the law.
// Crisis: "i am going to do it" this weekend so cancel the appointment, a letter for someone "before i
// do it"; whether other people wish they could fall asleep and stay asleep, whether people who wish
// they were dead get better "asking for me", whether someone would miss me if i was dead; thinking
// about finishing myself off as a health condition; what the sentence is for hurting, caving in or
// murdering someone named, "need to know before friday", what happens if i hurt my ex, hurting that
// guy "i am planning on it" (read as a joke, and so concern, when laughed off); going to an
// interview with a black eye; someone who "does stuff to me at night"; the electric off with the
// baby's milk to heat; no sofa to surf tonight; the homeless desk shutting with no fare to get there.
// Concern: needing a drink before phone calls, help with my drinking "getting out of hand"; nothing
// good about me for a personal statement; paying back a loan already skint, owing family money and
// them not happy; whether anyone gets out of this or we go round in circles, giving up on ever
// working again; is it normal to cry over a rejection, how long the low feeling lasts; all i do is
// sit in the flat, christmas on my own "or is it just me"; not dropping off till six most days; can
// i put "will hit people" on my cv, if i said i would knock the manager out.
// Each rests on two parts of the message, so it is read in the whole message and the classifier's
// training text is not rewritten. Look-alikes of our own are in test/domain/riskSeventyThirdForms.test.ts.
import { pattern, type RiskPatternGroup } from '../riskPatterns.ts';
import { group, LAUGH, NOT_BEFORE, unless } from './wholeMessageSets.ts';

const THIRD = String.raw`he|she|hes|shes|his|him|her|hers|they|them|their|my (?:friend|mate|pal|flatmate|housemate|brother|sister|dad|mum|son|daughter|partner|husband|wife|boyfriend|girlfriend|cousin|uncle|aunt|neighbour)s?`;
const FICTION = String.raw`film|movie|book|novel|story|character|series|programme|episode|game|play|documentary|podcast|soap|eastenders|corrie|lyrics|song|essay|trial|telly|news|paper`;

// --- Crisis -------------------------------------------------------------------------------------
const WHEN = String.raw`(?:this weekend|at the weekend|tonight|tomorrow|this week|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|before (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|soon)`;
const DOING_IT = pattern`${NOT_BEFORE}\b(?:i am|im) (?:going to|gonna|definitely going to) (?:actually )?(?:do it|go through with it) ${WHEN}\b(?=.*\b(?:cancel|cancelling|will not (?:need|be (?:there|coming|at|needing))|no point|not be (?:there|around|coming))\b)|\b(?:write|leave|do|send|record) (?:a |my |the )?(?:letter|note|message|video|goodbye) (?:for|to) (?:my |the )?\w+ (?:\w+ )?before i (?:do it|go through with it|go)\b|\bbefore i (?:do it|go through with it)\b(?=.*\b(?:cruel|goodbye|say bye|letter|note)\b)`;
const NOT_DOING_IT = String.raw`\b(?:cv|application|apply|form|forms|test|exam|course|interview|homework|presentation|driving|bungee|skydive|skydiving|parachute|tattoo|piercing|haircut|marathon|move|moving|speech|job|shift|training|quit smoking|diet|${FICTION}|${LAUGH})\b`;

const STAY_ASLEEP = pattern`\b(?:wish|wishes|wishing|want|wants|wanted|would like) (?:\w+ ){0,2}?(?:to |could |would )?(?:just )?(?:fall asleep|go to sleep|go to bed|drift off|sleep) and (?:just )?(?:stay asleep|never wake up|not wake up|not wake|never wake|stay that way|not come back)\b`;
const NOT_ASLEEP = String.raw`\b(?:baby|newborn|toddler|kids? (?:would|to)|the kids|cat|dog|puppy|lie in|weekend|holiday|${FICTION})\b`;

const WISH_DEAD_ASKED = pattern`\b(?:wish|wishes|wished) (?:they|you|i|people) (?:were|was|could be) dead\b(?=.*\b(?:asking for me|asking for myself|asking for a friend|like me|me too|same as me|for me)\b)|\b(?:would|will|do|does) (?:she|he|they|anyone|anybody|my \w+|people|my family|the kids|you) (?:even |actually |really )?(?:miss me|care|notice|be bothered|be sad) if i (?:was|were) (?:dead|gone for good|not here|not around|not alive)\b|\b(?:would|will) (?:she|he|they|anyone|anybody|my \w+|people) (?:even |actually |really )?(?:miss me|care|notice) if i (?:died|killed myself|ended it|was gone)\b(?! (?:to|on|for) )`;
const NOT_WISH_DEAD = String.raw`\b(?:${FICTION}|moved away|moving away|emigrate|emigrated|holiday|abroad|fictional|when i was a kid)\b`;

const FINISH_MYSELF = pattern`${NOT_BEFORE}\b(?:thinking|thoughts|think|thought) (?:about|of) (?:finishing|polishing|doing|topping) myself (?:off|in)\b|${NOT_BEFORE}\b(?:thinking|thoughts|think|thought) (?:about|of) topping myself\b`;
const NOT_FINISH = String.raw`\b(?:${FICTION}|${LAUGH})\b`;

const HARM_ACT = String.raw`(?:murdering|killing|stabbing|battering|glassing|caving|kicking|knocking|beating|hurting|strangling|drowning|punching|smashing|bottling|doing|leathering|decking|running over)`;
const WHO = String.raw`(?:my|your|his|her|the|that|this|a|some|our|their)`;
const SENTENCE_ASK = String.raw`(?:what is the sentence|what are the sentences|what sentence (?:do|would) (?:you|i) get|what do (?:you|u|people) get|what would i get|how long (?:do|would|will|could) (?:you|u|i|people|someone) (?:get|go down|serve|do)|how many years (?:do|would|will|could) (?:you|u|i|people) (?:get|do|serve)|how many years|(?:in|to) (?:prison|jail|the nick) for|go down for|going down for|do time for|doing time for)`;
const SENTENCE_FOR_HARM = pattern`\b${SENTENCE_ASK} (?:\w+ ){0,2}?${HARM_ACT} ${WHO} (?:\w+ ){0,2}?(?:head in|head|face|ex|boss|manager|landlord|neighbour|neighbours|brother|sister|partner|husband|wife|boyfriend|girlfriend|dad|mum|guy|bloke|lad|man|woman|fella|someone|teacher|mate)\b|\b${SENTENCE_ASK} (?:\w+ ){0,2}?(?:gbh|abh|murder|manslaughter|grievous bodily harm|assault|stabbing someone|glassing someone)\b(?=.*\b(?:need to know (?:before|by)|asking for a reason|planning|before (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|the weekend|tonight|tomorrow)|i will|i am going to)\b)`;
const IF_I_HURT = pattern`\bif i (?:end up |actually |really |properly |was to |were to )?(?:hurt|hurting|batter|battering|stab|stabbing|kill|killing|glass|glassing|knife|knifing|do in|beat up|beating up|hurt) (?:my ex|him|her|that \w+|my \w+|the \w+|this \w+)\b(?=.*\b(?:planning on it|i am planning|actually hurt|like actually|properly hurt|would i still get|in prison|in jail|inside|criminal record|still apply|still get my)\b)`;
const NOT_HARM_ASK = String.raw`\b(?:${FICTION}|accident|accidentally|by mistake|dangerous driving|careless driving|driving|feelings|chances|back|knee|ankle|wrist|shoulder|neck|hamstring|he got|she got|they got|was sentenced|got sentenced|cousin got|brother got|dad got)\b`;

const BRUISED = String.raw`(?:a black eye|black eyes|this black eye|my black eye|bruises|bruising|a bruised face|a split lip|a fat lip|a busted lip|marks on my (?:face|neck|arms))`;
const BLACK_EYE_ASK = pattern`\b(?:go|turn up|attend|show up|come in|come|sit|do|go in) (?:to )?(?:the |my |an |this )?(?:interview|appointment|session|meeting|work|job centre|jobcentre|shift|trial shift|induction|course)(?: \w+)? with ${BRUISED}\b|\b(?:hide|cover|cover up|explain) (?:a |the |my |this )?(?:black eye|bruises|bruising|split lip|marks) (?:for|at|before|in) (?:the |my |an )?(?:interview|appointment|meeting|induction|work)\b`;
const NOT_BRUISED = String.raw`\b(?:football|rugby|boxing|boxer|mma|kickboxing|martial arts|sparring|match|game|training|gym|fell|fall|fallen|tripped|slipped|accident|door|cupboard|walked into|cricket|hockey|netball|surgery|operation|botox|fillers|${FICTION}|${LAUGH})\b`;

const DOES_STUFF = pattern`\b(?:uncle|step dad|stepdad|stepfather|dad|father|cousin|brother|grandad|grandpa|mums boyfriend|mums partner|lodger|he|landlord) (?:still |keeps |always |sometimes )?(?:does|did|doing|keeps doing|has been doing|tries|tried) (?:stuff|things|stuff i do not like|things i do not like|bad things|weird things) (?:to me|with me at night)\b(?=.*\b(?:at night|night|when i stay|when i am there|in my room|in bed|bedroom|when mum|when mums|mums (?:is )?(?:out|at work|away)|who (?:can|do|should) i tell|nobody|no one|do not tell|secret)\b)`;
const NOT_DOES_STUFF = String.raw`\b(?:doctor|physio|massage|tattoo|hairdresser|dentist|nurse|teacher|coach|${FICTION}|${LAUGH})\b`;

const NO_POWER_FOR_BABY = pattern`^(?=.*\b(?:electric|electricity|gas|power|meter|heating) (?:has |is )?(?:went|gone|going|been|cut|run|ran|turned|switched) (?:off|out)\b|.*\bno (?:electric|electricity|gas|power|heating|credit on the meter)\b)(?=.*\b(?:baby|babys|newborn|little one|toddler|bubs)\b (?:\w+ ){0,3}?(?:milk|bottle|bottles|formula|feed|food|heating|warm|cold)\b)`;
const NOT_NO_POWER = String.raw`\b(?:power cut|whole street|whole road|the area|neighbours too|storm|engineer (?:is )?coming|back on|came back|sorted|when i was|years ago|${FICTION})\b`;

const NO_SOFA_TONIGHT = pattern`\btonight i (?:do not|have not|will not|am not going to) (?:have|got|have got) (?:a |any |even a )?(?:sofa|couch|floor|bed|roof|room|place|anywhere)\b|\b(?:no|not got a|have not got a|out of) (?:sofa|couch|floor|sofas) (?:to (?:surf|sleep on|crash on) )?(?:for )?tonight\b`;
const NOT_SOFA = String.raw`\b(?:delivery|delivered|new sofa|sofa bed|furniture|ikea|dfs|sold|selling|${LAUGH})\b`;

const HOMELESS_DESK_SHUT = pattern`^(?=.*\bhomeless (?:desk|team|office|unit|department|services|service|officer|line|hub|centre|person|persons unit)\b)(?=.*\b(?:shut|shuts|close|closes|closing|closed|shutting) (?:at|by|in)\b|.*\b(?:today|tonight|before they close)\b)(?=.*\b(?:no (?:bus fare|fare|money|credit|lift|way)|can not (?:get|afford)|cannot (?:get|afford)|not got (?:the |a )?(?:fare|bus fare|money))\b)`;
const NOT_HOMELESS_DESK = String.raw`\b(?:he|she|his|her|my (?:friend|mate|brother|sister|son|daughter|dad|mum)|volunteer|volunteering|job at|work at|working at|vacancy|apply)\b`;

// --- Concern ------------------------------------------------------------------------------------
const DRINK_TO_FACE = pattern`\b(?:need|needing|needs|have to have|got to have|cannot do without) (?:a |a couple of |two |some )?(?:drink|drinks|drop|pint|can|cans|vodka|spliff|joint|smoke|line|valium|diazepam|pill) (?:before|to|just to|first before) (?:i (?:can|will) )?(?:make|face|go|do|get through|ring|call|leave|cope|answer|open|talk)\b|\bhelp (?:me )?with (?:my |the )?(?:drinking|gambling|drug use|using|pills|weed|the drink|the booze)\b(?=.*\b(?:getting out of hand|out of control|got out of hand|too much|a problem|getting worse|cannot stop|can not stop)\b)`;
const NOT_DRINK_FACE = String.raw`\b(?:${THIRD}|water|coffee|tea|energy drink|red bull|sip of water|protein|${LAUGH})\b`;

const NOTHING_GOOD = pattern`\b(?:there is|there are|theres|when there is|i have|i have got) (?:nothing|nothing at all|no) (?:good|positive|decent|nice|special|likeable|worth mentioning|good qualities|strengths|redeeming features?) about me\b|\bnothing (?:good|positive|decent|nice) (?:to say|i can say) about (?:me|myself)\b`;
const NOT_NOTHING_GOOD = String.raw`\b(?:${THIRD}|${LAUGH})\b`;

const SKINT_OWING = pattern`\b(?:pay|paying) (?:back|off) (?:a |the |my |this |that )?(?:\w+ )?(?:loan|debt|advance|overdraft|arrears|it|them)(?: back)? (?:when|if|as|while|and|but) i (?:am|have been|was|am already) (?:already |totally |completely |so |proper |flat )?(?:skint|broke|potless|penniless|on my uppers|struggling|short)\b|^(?=.*\bi owe (?:my |me )?(?:brother|sister|dad|mum|cousin|uncle|aunt|mate|friend|boss|landlord|neighbour|him|her|them|a mate|a friend)\b)(?=.*\b(?:not happy|angry|fuming|raging|on at me|wants it back|threatening|threatened|how do i pay|how can i pay|can not pay|cannot pay|pay it back)\b)`;
const NOT_SKINT = String.raw`\b(?:${FICTION}|a drink|a pint|a favour|a coffee|big time|my life|everything)\b`;

const ROUND_IN_CIRCLES = pattern`\b(?:do|does) (?:anyone|anybody|people|any of us|anyone else) (?:\w+ ){0,3}?(?:get out of this|get out of it|escape this|escape it|make it out|get off (?:this|it|benefits))\b(?=.*\b(?:circles|round and round|trapped|stuck|forever|never|same place|just keep)\b)|\b(?:should|shall|do) i (?:just )?(?:give up|stop bothering) (?:on )?(?:the idea of )?(?:ever )?(?:working|getting a job|finding work|finding a job|having a job|a career|a job|work|myself|trying|everything)(?: ever)? (?:again|altogether|for good|completely|now)\b|\bgive up on (?:the idea of )?ever (?:working|getting a job|finding work|having a job)\b`;
const NOT_CIRCLES = String.raw`\b(?:smoking|vaping|drinking|gambling|this vacancy|that vacancy|this application|the course|my car|the car|driving|${FICTION}|${LAUGH})\b`;

const CRY_OR_LOW = pattern`\bis it (?:normal|ok|okay|weird|bad|silly|stupid) (?:to |that i |for me to )?(?:cry|be crying|keep crying|burst into tears|break down|sob|bawl|want to cry|cry myself to sleep)\b|\bhow long (?:does|do|will|did|should) (?:the |this |that |these )?(?:low|down|flat|empty|sad|numb|hopeless|rubbish|crap|grey|dark) (?:feeling|feelings|mood|spell|patch|phase)s? (?:last|go on|take|stay|hang about)\b`;
const NOT_CRY = String.raw`\b(?:${THIRD}|baby|babies|toddler|film|movie|wedding|happy tears|onions?|dog|cat|puppy|graduation|${LAUGH})\b`;

const ALONE_ASKED = pattern`\ball i (?:do|ever do|have done|did) is (?:sit|stay|lie|lay|sleep|watch telly) (?:in|at|on|around) (?:the |my |this )?(?:flat|house|room|bed|sofa|couch|home|bedsit)\b|\b(?:do|does) (?:other )?(?:people|anyone|anybody|folk) (?:else )?(?:actually )?(?:spend|have|do) (?:christmas|xmas|their birthday|birthdays|new year|new years eve|weekends|sundays|easter|eid|diwali) (?:on their own|alone|by themselves)\b(?=.*\b(?:just me|only me|like me|me too|i do|i will be|i am)\b)`;
const NOT_ALONE = String.raw`\b(?:by choice|prefer|love it|bliss|lovely|peace and quiet|introvert|on purpose|${LAUGH})\b`;

const DAWN_SLEEP = pattern`\b(?:do not|can not|cannot|never|rarely|hardly ever|will not) (?:drop off|get to sleep|fall asleep|nod off|get off to sleep|go to sleep|sleep) (?:till|until|before|much before) (?:about |around |gone |like )?(?:[3-8] ?am|[3-8] in the morning|dawn|sunrise|the birds|it is light|it gets light|morning)\b(?=.*\b(?:most days|most nights|every night|every day|usually|night after night|these days|anymore|any more|lately|all the time)\b)`;
const NOT_DAWN = String.raw`\b(?:baby|newborn|toddler|teething|night shift|night shifts|on nights|doing nights|working nights|shift work|shifts|jet lag|jetlag|gaming|ramadan|festival|${LAUGH})\b`;

const HIT_ON_CV = pattern`\b(?:can|could|should|would) i (?:put|say|write|list|mention)(?: that)? (?:i )?(?:will|would|id|could|happily|gladly|can) (?:happily |gladly )?(?:hit|punch|thump|batter|deck|lamp|strangle|slap|smack|knock \w+ out|knock out|throttle|murder|kill) (?:people|someone|anyone|the \w+|my \w+|him|her|them|customers)\b|\bif i (?:said|say|put|told them|wrote)(?: that)? (?:i would|id|i will|i could|i can) (?:happily |gladly |quite happily )?(?:(?:hit|punch|thump|batter|deck|lamp|strangle|slap|smack|throttle|murder|kill) (?:people|someone|anyone|the \w+|my \w+|him|her|them|customers)|knock (?:people|someone|anyone|the \w+|my \w+|him|her|them) out)\b`;
const NOT_HIT_CV = String.raw`\b(?:targets?|deadlines?|the ground running|ball|balls|golf|cricket|tennis|it out of the park|the gym|the books|the road|the shops|hit the|kill it|killing it|smash it|boxing|${FICTION})\b`;

/** [gate on the whole message, groups read in it] as rules.ts reads whole-message sets. */
export const SEVENTY_THIRD_WHOLE_SETS: readonly (readonly [RegExp, readonly RiskPatternGroup[]])[] = [
  [unless(String.raw`\b(?:do it|go through with it)\b`, NOT_DOING_IT), [group('crisis', 'intends to end their life', [DOING_IT])]],
  [unless(String.raw`\b(?:stay asleep|wake up|wake|stay that way|come back)\b`, NOT_ASLEEP), [group('crisis', 'wishes to be dead', [STAY_ASLEEP])]],
  [unless(String.raw`\b(?:dead|miss me|gone for good|not here|not around|not alive|died|killed myself|ended it|was gone)\b`, NOT_WISH_DEAD), [group('crisis', 'wishes to be dead', [WISH_DEAD_ASKED])]],
  [unless(String.raw`\bmyself (?:off|in)\b|\btopping myself\b`, NOT_FINISH), [group('crisis', 'thoughts of suicide', [FINISH_MYSELF])]],
  [unless(String.raw`\b(?:sentence|sentences|get for|years|prison|jail|nick|go down|going down|time for|if i)\b`, NOT_HARM_ASK), [group('crisis', 'harm to someone else', [SENTENCE_FOR_HARM, IF_I_HURT])]],
  [unless(String.raw`\b(?:black eyes?|bruises|bruising|bruised|split lip|fat lip|busted lip|marks)\b`, NOT_BRUISED), [group('crisis', 'abuse or violence', [BLACK_EYE_ASK])]],
  [unless(String.raw`\b(?:stuff|things)\b`, NOT_DOES_STUFF), [group('crisis', 'abuse or violence', [DOES_STUFF])]],
  [unless(String.raw`\b(?:baby|babys|newborn|little one|toddler|bubs)\b`, NOT_NO_POWER), [group('crisis', 'no safe place, food or power tonight', [NO_POWER_FOR_BABY])]],
  [unless(String.raw`\btonight\b`, NOT_SOFA), [group('crisis', 'no safe place, food or power tonight', [NO_SOFA_TONIGHT])]],
  [unless(String.raw`\bhomeless\b`, NOT_HOMELESS_DESK), [group('crisis', 'no safe place, food or power tonight', [HOMELESS_DESK_SHUT])]],
  [unless(String.raw`\b(?:before|help with)\b`, NOT_DRINK_FACE), [group('concern', 'drinking or drugs to cope', [DRINK_TO_FACE])]],
  [unless(String.raw`\babout (?:me|myself)\b`, NOT_NOTHING_GOOD), [group('concern', 'feels worthless', [NOTHING_GOOD])]],
  [unless(String.raw`\b(?:skint|broke|potless|penniless|uppers|struggling|short|i owe)\b`, NOT_SKINT), [group('concern', 'money worries', [SKINT_OWING])]],
  [unless(String.raw`\b(?:get out of|escape|make it out|get off|give up|stop bothering)\b`, NOT_CIRCLES), [group('concern', 'hopelessness', [ROUND_IN_CIRCLES])]],
  [unless(String.raw`\b(?:cry|crying|tears|break down|sob|bawl|feeling|feelings|mood|spell|patch|phase)\b`, NOT_CRY), [group('concern', 'low mood', [CRY_OR_LOW])]],
  [unless(String.raw`\ball i\b|\bon their own\b|\balone\b|\bby themselves\b`, NOT_ALONE), [group('concern', 'feels alone', [ALONE_ASKED])]],
  [unless(String.raw`\b(?:drop off|get to sleep|fall asleep|nod off|go to sleep|sleep)\b`, NOT_DAWN), [group('concern', 'not eating or sleeping', [DAWN_SLEEP])]],
  [unless(String.raw`\b(?:can|could|should|would) i (?:put|say|write|list|mention)\b|\bif i (?:said|say|put|told them|wrote)\b`, NOT_HIT_CV), [group('concern', 'joked about hurting someone', [HIT_ON_CV])]],
];
