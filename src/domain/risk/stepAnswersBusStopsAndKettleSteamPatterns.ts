// Risk typed as an answer inside the coach's steps (goal, first step, when, how sure 1-10, how did it
// go, what got in the way), the answer carrying the risk in a few plain words.
// Crisis: fine if the bus did not stop for them; wanting it over, "not the course, me"; hoping to
// fall ill so as not to carry on; the dark thoughts about not carrying on back again; daydreaming
// about ending the whole thing; no end of the month, or no next week, for them; not here to pay the
// sanction back; an appointment skipped as it is "set for the night before"; hand the laptop back,
// then "that is me done" on a weekday; more taken this time so it works; a hand over the kettle
// steam or a flame to feel something; waiting outside the school for the one who grassed; a park
// bench tonight when the sofa ran out; days without eating, water to fill up.
// Concern: same as last week, same as next week; all the steps lead back here; goals are for people
// with a chance; who would want me; a couple before the interview to steady myself; fine after a
// drink; not drinking before noon (failed); the pub the only place they do not feel a failure; if
// they still have an address by then; a bill skipped to pay for another; running on no sleep; talk
// to someone, "who though"; the get up and go got up and gone; a dark moment on the platform, then
// stepped back; on the news if sanctioned again, lol; the ex had better hope, jk; "he will need a
// dentist". Each rests on two parts of the message or a whole phrase, so it is read in the whole
// message and the classifier's training text is not rewritten. Look-alikes of our own are in
// test/domain/riskSeventyFirstForms.test.ts. Normalised words ("whod", "ill", "hell" for he'll).
import { pattern, type RiskPatternGroup } from '../riskPatterns.ts';
import { group, LAUGH, NOT_BEFORE, unless, WEEKDAY } from './wholeMessageSets.ts';

const OTHERS = String.raw`he|she|hes|shes|his|her|they|their|my (?:mum|mom|dad|mother|father|brother|sister|friend|mate|son|daughter|nan|gran|uncle|aunt|auntie|cousin|neighbour|flatmate|partner|husband|wife)|character|film|book|show|series|song|game|episode|novel|story|play`;
const VEHICLE = String.raw`(?:bus|train|lorry|car|van|truck|tram|tube)`;

// --- Crisis -------------------------------------------------------------------------------------
const NOT_STOP_FOR_ME = pattern`\b(?:id|i would|i will|ill|i am|i) (?:be |honestly be |actually be )?(?:ok|okay|fine|alright|happy|glad|at peace|not mind|not care|not be bothered)\b(?: \w+){0,2}? (?:if|when) (?:a|the|that|one) ${VEHICLE} (?:did not|does not|would not|never|just did not|did not ever) (?:stop|brake|slow down|see me)(?: for me| in time)?\b|\b(?:id|i would) (?:be )?(?:ok|okay|fine|alright|happy|glad) if (?:a|the|that|one) ${VEHICLE} (?:hit|ran over|knocked|took out|flattened) me\b`;
const NOT_STOP_OUT = String.raw`\b(?:walk|walking|timetable|route|strike|lift|stop at|bus stop at|late|cycle|bike|diverted|diversion|${OTHERS}|${LAUGH})\b`;

const WANT_IT_OVER_ME = pattern`\b(?:want|wish|need|i want|i just want) (?:it|this|everything|it all|all of it) (?:all )?(?:to )?(?:be )?(?:over|to end|ended|done|finished|to stop|gone)\b(?: \w+){0,3}? not (?:the|this|my) (?:course|job|job search|search|week|interview|training|placement|application|day|shift|contract|claim|month)s? (?:i mean |just |like |it is |its )?(?:me|my life|myself|living|life|being alive|being here|everything)\b`;

const ILL_NOT_CARRY_ON = pattern`\b(?:hope|hoping|wish|wishing|pray|praying|want) (?:that )?i (?:get|got|would get|become|fall|catch|end up|was|were) (?:\w+ ){0,2}?(?:ill|sick|cancer|terminal|poorly|something terminal|hit by (?:a|the) \w+|run over) (?:so|so that|and then|then|and) i (?:do not|would not|will not|did not|no longer|never) (?:have|need|got) to (?:carry on|keep going|go on|live|be here|wake up|exist|keep living|do life)(?! (?:with|the|a|at|to|in|my|this|that|working|holiday))`;
const ILL_OUT = String.raw`\b(?:${OTHERS}|school|work|shift|exam|sick note|sick pay|day off|${LAUGH})\b`;

const THOUGHTS_NOT_CARRYING_ON = pattern`${NOT_BEFORE}\b(?:dark|bad|black|old|horrible|scary|awful|those|the) (?:thoughts?|feelings?|ideas?)\b(?: \w+){0,6}? (?:about|of|around) (?:not (?:carrying on|going on|being here|waking up|living|being alive|wanting to (?:live|be here|carry on|go on))|ending (?:it|things|it all|my life|everything|myself)|no longer being (?:here|around|alive))\b`;

const DAYDREAM_ENDING = pattern`\b(?:daydream|daydreams|daydreaming|daydreamed|day dream|day dreaming|fantasise|fantasize|fantasising|fantasizing|fantasised|fantasized) (?:a lot |sometimes |often |constantly |loads )?(?:about|of) (?:ending|finishing|stopping) (?:the whole thing|it all|everything|the lot|my whole life|my life|it for good|it|things|myself|me)\b|\b(?:think|thinking|thought) (?:a lot |sometimes |often |constantly )?(?:about|of) (?:ending|finishing) (?:the whole thing|it all|my whole life|my life|myself)\b`;
const DAYDREAM_OUT = String.raw`\b(?:${OTHERS}|relationship|boyfriend|girlfriend|marriage|contract|tenancy|lease|course|subscription|career|business|partnership|friendship|diet|degree|season|series|level|quest)\b`;

const NO_END_OF_MONTH = pattern`\bthere (?:will not|is not going to|will be no|would not|will never|is no) (?:be )?(?:an? |any |another )?(?:end of (?:the|this) (?:month|week|year)|next (?:week|month|year)|tomorrow|christmas|birthday|new year|summer|${WEEKDAY}|payday|pay day) for me\b`;
const NO_END_OUT = String.raw`\b(?:work|working|job|money|afford|skint|broke|presents|tight|shift|rota|overtime|bonus|party|holiday|off|leave|contract|place|space|vacancy|room|ticket|seat|${LAUGH})\b`;

const NOT_HERE_TO_PAY = pattern`\bi (?:will not|am not going to|would not|will no longer|shall not|am not gonna) be (?:here|around|alive) (?:by then |long enough |anymore |any more )?to (?:pay|see|worry|deal|care|sort|face|answer|start|finish|attend|serve)\b`;
const NOT_HERE_OUT = String.raw`\b(?:holiday|away|abroad|visiting|moving|moved|move|out of town|working|at work|on shift|hospital visit|parcel|delivery|engineer|in the office|weekend|lol)\b`;

const SET_FOR_NIGHT_BEFORE = pattern`^(?=.*\b(?:not bothering|no point|will not (?:make|be at|need|be going|go)|not going|cancel|skip|skipping)\b)(?=.*\b(?:got it|have it|it is|it all|everything|that|things|all|plans?) (?:set|planned|sorted|arranged|booked|scheduled|timed) for (?:the (?:night|day|evening|morning|weekend|week) before|before then|the night of)\b)`;
const NIGHT_OUT = String.raw`\b(?:alarm|bag|clothes|outfit|suit|lift|taxi|bus|train|uber|reminder|childcare|ironing|iron|shirt|interview prep|revision|party|night out|birthday|wedding|hotel|${LAUGH})\b`;

const ME_DONE_ON_DAY = pattern`^(?=.*\b(?:hand|give|giving|handing|return|returning|send|sending|post|drop) (?:\w+ ){1,3}?back\b|.*\b(?:sort|sorted|sorting|tie up|tidy|tidying) (?:\w+ ){0,3}?(?:affairs|loose ends|things up)\b)(?=.*\b(?:then|after that|and) (?:that is|that will be|it is) me (?:done|finished|gone|out)(?: for good)? (?:on |by )?${WEEKDAY}\b)`;
const DONE_OUT = String.raw`\b(?:new job|starting|start|notice|leaving do|redundan\w*|final shift|last shift|last day|moving|holiday|temp|temping|agency|placement|employer|boss|manager|rota|contract|${LAUGH})\b`;

const MORE_SO_IT_WORKS = pattern`\b(?:take|taking|use|using|swallow|swallowing|get|buy|save up|saving up) (?:more|double|twice as many|twice as much|the lot|all of them|all of it|extra|a lot more|loads more)\b(?: \w+){0,4}? (?:so (?:that )?it (?:works|will work|actually works|does it|does the job|finishes it|takes)|so i do not wake up|to make sure (?:it works|it does|i do not wake up))\b`;
const MORE_OUT = String.raw`\b(?:hay ?fever|antihistamines?|allerg\w*|cold|flu|headache|migraine|period|recipe|baking|yeast|glue|paint|fertiliser|weed|weeds|cleaner|descaler|plants?|dog|cat|worming|protein|caffeine|coffee|gym|workout|prescribed|doctor|gp|pharmacist|screenshots?|photos?|notes|revision|practice|lessons|vitamins|${LAUGH})\b`;

const HEAT_TO_FEEL = pattern`\b(?:hold|held|holding|put|putting|keep|kept|press|pressing|pressed|run|running|ran|stick|sticking|stuck) (?:my )?(?:hand|hands|arm|arms|finger|fingers|palm|palms|wrist|wrists|skin|leg|legs) (?:over|in|on|under|against|near|to|into) (?:the |a )?(?:kettle|steam|kettle steam|hob|flame|candle|lighter|iron|hot tap|boiling water|oven|cooker|grill|radiator|ice|hot water|fire|cigarette)\b(?: \w+){0,8}? (?:to feel (?:something|anything|it|alive|real|pain)|till it (?:hurts|burns|blisters|stings|bleeds)|until it (?:hurts|burns|blisters|stings|bleeds)|to punish myself|to (?:calm|numb) (?:me|myself|down|it)|on purpose)\b`;
const HEAT_OUT = String.raw`\b(?:physio|therapy|sprain|swelling|warm up|warm my hands|cold hands|freezing|frozen|to warm|accident|accidentally|by mistake|${OTHERS})\b`;

const WAIT_FOR_GRASS = pattern`^(?=.*\b(?:wait|waiting|hang about|hang around|hanging about|hanging around|lie in wait|lying in wait|catch|catching|find|finding|get|getting|sort|sorting|go|going) (?:\w+ ){0,3}?(?:outside|by|at|near|round the back of|behind) (?:the |his |her |their )?(?:school|house|home|work|office|gym|pub|gates|car park|flat|jobcentre|shop|church)\b)(?=.*\bfor (?:the|that|this) \w+ (?:who|that) (?:grassed|snitched|reported|dobbed|told on|ratted|stitched|sacked|excluded|called the police|hit|touched|hurt|bullied|lied about|got \w+ (?:sacked|excluded|arrested|expelled))\b)`;
const WAIT_OUT = String.raw`\b(?:pick up|pick him up|pick her up|collect|collecting|thank|thanks|apolog\w*|sorry|complain|complaint|meeting|parents evening|flowers|card|present|gift|talk|speak|chat|ask|${LAUGH})\b`;

const BENCH_TONIGHT = pattern`^(?=.*\b(?:park bench|a bench|the bench|bench|doorway|a doorway|shop doorway|bus shelter|bus station|train station|stairwell|the streets?|a tent|the park|my car|the car|a car park|multi storey|underpass|subway)\b(?: for me)? (?:it is |it will be |then |for )?(?:tonight|tonite|for the night)\b)(?=.*\b(?:kicked out|chucked out|thrown out|wants? me (?:gone|out)|ran out|run out|nowhere|no where|no one to|nobody to|told to leave|asked to leave|out on my ear|evicted|locked out|homeless|sofa|couch|no place|no bed)\b)`;
const BENCH_OUT = String.raw`\b(?:camping|festival|picnic|date|concert|fireworks|sit on|reading|lunch|walk|football|match|sunset|for (?:him|her|them)|(?:he|she|they) (?:is|are|was|will be|has to|have to) (?:sleeping|on)|${LAUGH})\b`;

const DAYS_WATER = pattern`^(?=.*\b(?:have not|had not|not|have not had|not had) (?:eaten|had (?:a meal|food|anything to eat|any food|a proper meal)|eaten anything|had anything to eat)(?: properly| proper)? (?:in|for|since) (?:over )?(?:two|three|four|five|six|seven|several|a few|\d+|a week|a fortnight)\b)(?=.*\b(?:(?:tap )?water to (?:fill|stop|keep)|to fill (?:me|myself|my stomach|my belly|up)|fill (?:up|my belly|my stomach) (?:on|with)|no (?:money|food|cash) (?:for food|left)|cannot afford (?:food|to eat)|nothing in the (?:cupboards?|fridge|house)|cupboards? (?:are |is )?(?:bare|empty))\b)`;
const DAYS_OUT = String.raw`\b(?:fast|fasting|ramadan|lent|diet|dieting|operation|surgery|procedure|bug|sickness|vomiting|norovirus|dentist|${OTHERS}|${LAUGH})\b`;

// --- Concern ------------------------------------------------------------------------------------
const SAME_AS_NEXT = pattern`\bsame as (?:last (?:week|month|year|time)|yesterday)\b(?: \w+){0,3}? (?:same as|and) (?:next (?:week|month|year|time)|tomorrow)\b`;
const SAME_OUT = String.raw`\b(?:rota|shift|timetable|order|menu|bus|class|lesson|appointment|slot|schedule|routine|gym|pay|rent|price|meeting|time|hours|place|room)\b`;

const STEPS_BACK_HERE = pattern`\b(?:all|every|each) (?:the |of the |one of the |of my )?(?:steps?|roads?|paths?|plans?|routes?|ways?|attempts?|tries|things?)(?: i (?:make|try|take|do|write))? (?:lead|leads|end|ends|go|goes|come|comes|bring me|brings me|take me|takes me|end up|ends up) (?:back )?(?:to|up|at) (?:here|the same place|square one|nowhere|the same spot|where i started|the same)\b`;
const STEPS_OUT = String.raw`\b(?:rome|map|maze|game|directions|satnav|sat nav|building|floor|stairs|car park|town|station|${LAUGH})\b`;

const GOALS_FOR_OTHERS = pattern`\b(?:goals?|plans?|dreams?|hopes?|ambitions?|careers?|futures?|targets|steps) (?:are|is) (?:for|only for|just for) (?:people|those|folk|others|other people|normal people|the lucky ones) (?:who|that|with) (?:have |has |got |stand |still have )?(?:a chance|a future|prospects|hope|something going for them|a shot)\b`;
const GOALS_OUT = String.raw`\b(?:football|match|team|league|keeper|striker|${LAUGH})\b`;

const WHO_WOULD_WANT = pattern`\b(?:who would|whod|who is going to|who will|who is gonna|who would ever|whod ever) (?:want|hire|employ|take on|pick|choose) (?:me|someone like me|the likes of me)\b(?! (?:to|for|at|on|in|back)\b)`;
const WHO_OUT = String.raw`\b(?:shift|overtime|rota|christmas|nights|car|dog|sofa|bike|ticket|leftovers|${LAUGH})\b`;

const DRINK = String.raw`(?:a couple|a few|a drink|a drop|a swig|a nip|a can|a pint|a shot|a vodka|a whisky|a beer|a tin|a quick one|one or two|some dutch courage|a spliff|a joint|a line|a valium|a diazepam)`;
const STEADY_BEFORE = pattern`^(?=.*\b(?:interview|appointment|meeting|shift|work|course|class|jobcentre|assessment|induction|call|morning)\b)(?=.*\b(?:have|having|had|need|needs|take|taking|sink|neck|get) ${DRINK}\b(?: \w+){0,4}? (?:to (?:steady|calm|settle|relax) (?:myself|me|my nerves|the nerves|down|my hands)|for (?:my |the )?nerves|for (?:some )?(?:dutch )?courage|to take the edge off|to get (?:me )?through (?:it|the day|the morning))\b)`;
const DRINK_OUT = String.raw`\b(?:tea|coffee|cup|water|squash|camomile|chamomile|herbal|breaths?|mints?|biscuits?|banana|rescue remedy|${OTHERS}|${LAUGH})\b`;

const FINE_AFTER_DRINK = pattern`\b(?:i will|ill|i am|i would|i should|i always|i will be|i am always) (?:be )?(?:fine|ok|okay|alright|better|grand|sound|right) (?:after|once i have had|with|once i have) (?:a |a few |a couple of |some |my |a quick )?(?:drink|drinks|pint|pints|can|cans|tin|tins|beer|beers|vodka|wine|whisky|spliff|joint|couple|few|dutch courage)\b`;
const FINE_OUT = String.raw`\b(?:water|tea|coffee|energy|red bull|lucozade|hot|cup|brew|squash|soft|juice|coke|${LAUGH})\b`;

const BEFORE_NOON = pattern`\b(?:drinking|drink|on the (?:cans|beer|wine|vodka|booze)|booze|boozing|a can|a drink|first can|first drink|crack open a can|cracking open a can|opening a bottle) (?:before|till|until|by) (?:noon|midday|lunch|lunchtime|10|11|ten|eleven|9|nine|breakfast|10am|11am)\b`;
const NOON_OUT = String.raw`\b(?:coffee|tea|water|juice|protein|smoothie|milk|energy|squash|${OTHERS}|${LAUGH})\b`;

const PUB_ONLY_PLACE = pattern`\bthe (?:pubs?|bar|bookies|offy|bottle|drink|booze|weed|pub is|bar is)(?: is)? (?:the )?only (?:place|thing|time|way|where)\b(?: \w+){0,6}? (?:feel|forget|relax|cope|switch off|normal|human|myself|failure|useless|happy)\b`;
const PUB_OUT = String.raw`\b(?:work|working|job|shift|staff|barman|barmaid|quiz|football|match|darts|pool|kitchen|chef|${OTHERS}|${LAUGH})\b`;

const STILL_ADDRESS = pattern`\bif i (?:still )?(?:have|have got|got|am still in|still got) (?:an? |my |the )?(?:address|roof over my head|home|flat|place to live|room|house|bed|tenancy) (?:by then|then|next (?:week|month)|in (?:a|two|three) (?:weeks?|months?)|after (?:this|next) (?:week|month)|come ${WEEKDAY})\b`;
const ADDRESS_OUT = String.raw`\b(?:hotel|booking|holiday|airbnb|conference|meeting room|${OTHERS}|${LAUGH})\b`;

const ROB_A_BILL = pattern`\b(?:skipping|skip|skipped|missing|miss|missed|not paying|holding off|leaving|robbing|juggling) (?:the |my |this months |a )?(?:water|gas|electric|electricity|council tax|rent|phone|energy|broadband|tv licence|credit card|catalogue|loan|mortgage)(?: bills?| payments?)? (?:to (?:pay|cover|afford|buy|get)|so i can (?:pay|afford|buy|get))\b`;
const BILL_OUT = String.raw`\b(?:${OTHERS}|${LAUGH})\b`;

const NO_SLEEP = pattern`\b(?:running on|surviving on|living on|going on|functioning on|getting by on) (?:no|zero|barely any|hardly any|next to no|about \w+ hours|two hours|2 hours|three hours|3 hours|an hours|an hour of|fumes and no) sleep\b`;
const SLEEP_OUT = String.raw`\b(?:baby|newborn|night shift|nights|festival|party|partying|wedding|stag|hen|flight|travel|jet lag|${OTHERS}|${LAUGH})\b`;

const TALK_WHO = pattern`\btalk to (?:someone|somebody|a friend|friends|people|family|mates)\b(?: \w+){0,2}? (?:who though|who with|but who|who exactly|like who|who would that be|there is no one|there is nobody|i have no one|i have nobody|i do not have anyone|i have not got anyone)\b`;
const TALK_OUT = String.raw`\b(?:hr|recruiter|agency|council|bank|landlord|housing|benefits|form|claim|payroll|manager|supervisor|boss|${LAUGH})\b`;

const GET_UP_AND_GO = pattern`\bmy get up and go\b(?: \w+){0,4}? (?:gone|went|left|vanished|disappeared|deserted me|is missing|packed up|packed in)\b|\bi (?:have |have got |have just |seem to have )?(?:lost|no|zero|not got any) (?:my |all my |any )?get up and go\b`;

const DARK_MOMENT_PLATFORM = pattern`^(?=.*\b(?:dark|bad|weird|scary|wobbly|low|funny) (?:moment|minute|second|few minutes|turn)\b)(?=.*\b(?:platform|tracks?|bridge|edge|ledge|cliff|motorway|roof|river|balcony|tube)\b)|\bstepped back from the (?:edge|platform|ledge|tracks|kerb)\b`;
const MOMENT_OUT = String.raw`\b(?:lights?|power cut|blackout|tunnel|sunglasses|eclipse|${OTHERS}|${LAUGH})\b`;

const ON_THE_NEWS = pattern`^(?=.*\b(?:if|one more|next time|again)\b)(?=.*\b(?:i will|ill|i am going to|i could|i might|i will end up|someone will|someone is going to) (?:end up |be )?(?:on|in) (?:the )?(?:news|papers|paper|front page|crimewatch|local paper)\b)`;
const NEWS_OUT = String.raw`\b(?:interview|reality|documentary|filmed|camera|film crew|viral|famous|lottery|win|won|award|story about)\b`;

const BETTER_HOPE = pattern`\b(?:\w+ )?(?:better|had better|best) hope (?:that )?i (?:do not|never|never ever) (?:get|find|see|bump into|run into|meet|end up)\b`;

const NEED_A_DENTIST = pattern`^(?=.*\b(?:one more|if|next time|again|once more)\b)(?=.*\b(?:he|she|they|he will|she will|they will|hell|shell|theyll|you will|someone will|somebody will|he is going to|she is going to)(?: \w+)? (?:need|be needing|going to need|gonna need) (?:a |an |the |new )?(?:dentist|new teeth|false teeth|ambulance|plastic surgeon|new face|wheelchair|new nose)\b)`;
const DENTIST_OUT = String.raw`\b(?:tooth|toothache|abscess|fell|fall|fallen|crash|accident|broke|broken|chipped|operation|injur\w*|sick|ill|poorly|appointment|nhs|register|registered|check up)\b`;

/** [gate on the whole message, groups read in it] as rules.ts reads whole-message sets. */
export const SEVENTY_FIRST_WHOLE_SETS: readonly (readonly [RegExp, readonly RiskPatternGroup[]])[] = [
  [unless(String.raw`\b${VEHICLE}\b`, NOT_STOP_OUT), [group('crisis', 'wishes to be dead', [NOT_STOP_FOR_ME])]],
  [unless(String.raw`\bover\b`, `\\b(?:${OTHERS}|${LAUGH})\\b`), [group('crisis', 'wishes to be dead', [WANT_IT_OVER_ME])]],
  [unless(String.raw`\b(?:ill|sick|cancer|terminal|poorly|hit by|run over)\b`, ILL_OUT), [group('crisis', 'wishes to be dead', [ILL_NOT_CARRY_ON])]],
  [unless(String.raw`\b(?:thoughts?|feelings?|ideas?)\b`, `${DAYDREAM_OUT}|\\b(?:${LAUGH}|with (?:him|her|them|my \\w+))\\b`), [group('crisis', 'thoughts of suicide', [THOUGHTS_NOT_CARRYING_ON])]],
  [unless(String.raw`\bending\b`, DAYDREAM_OUT), [group('crisis', 'thoughts of suicide', [DAYDREAM_ENDING])]],
  [unless(String.raw`\bfor me\b`, NO_END_OUT), [group('crisis', 'intends to end their life', [NO_END_OF_MONTH])]],
  [unless(String.raw`\bbe (?:here|around|alive)\b`, NOT_HERE_OUT), [group('crisis', 'intends to end their life', [NOT_HERE_TO_PAY])]],
  [unless(String.raw`\bbefore\b`, NIGHT_OUT), [group('crisis', 'a plan to end their life', [SET_FOR_NIGHT_BEFORE])]],
  [unless(String.raw`\bme (?:done|finished|gone|out)\b`, DONE_OUT), [group('crisis', 'a plan to end their life', [ME_DONE_ON_DAY])]],
  [unless(String.raw`\b(?:works?|wake up|does it|takes)\b`, MORE_OUT), [group('crisis', 'a plan to end their life', [MORE_SO_IT_WORKS])]],
  [unless(String.raw`\b(?:kettle|steam|hob|flame|candle|lighter|iron|hot tap|boiling|oven|cooker|grill|radiator|ice|hot water|fire|cigarette)\b`, HEAT_OUT), [group('crisis', 'self-harm', [HEAT_TO_FEEL])]],
  [unless(String.raw`\b(?:grassed|snitched|reported|dobbed|told on|ratted|stitched|sacked|excluded|called the police|bullied|lied about|expelled|arrested)\b`, WAIT_OUT), [group('crisis', 'harm to someone else', [WAIT_FOR_GRASS])]],
  [unless(String.raw`\b(?:tonight|tonite|for the night)\b`, BENCH_OUT), [group('crisis', 'no safe place, food or power tonight', [BENCH_TONIGHT])]],
  [unless(String.raw`\b(?:eaten|meal|food)\b`, DAYS_OUT), [group('crisis', 'no safe place, food or power tonight', [DAYS_WATER])]],
  [unless(String.raw`\bsame as\b`, SAME_OUT), [group('concern', 'hopelessness', [SAME_AS_NEXT])]],
  [unless(String.raw`\b(?:lead|leads|ends?|end up|bring me|brings me|take me|takes me)\b`, STEPS_OUT), [group('concern', 'hopelessness', [STEPS_BACK_HERE])]],
  [unless(String.raw`\b(?:chance|future|prospects|hope|going for them|shot)\b`, GOALS_OUT), [group('concern', 'hopelessness', [GOALS_FOR_OTHERS])]],
  [unless(String.raw`\b(?:want|hire|employ|take on|pick|choose) me\b|\blikes of me\b|\blike me\b`, WHO_OUT), [group('concern', 'feels worthless', [WHO_WOULD_WANT])]],
  [unless(String.raw`\b(?:steady|calm|settle|relax|nerves|courage|edge off|get me through|get through)\b`, DRINK_OUT), [group('concern', 'drinking or drugs to cope', [STEADY_BEFORE])]],
  [unless(String.raw`\b(?:fine|ok|okay|alright|better|grand|sound|right) (?:after|once|with)\b`, FINE_OUT), [group('concern', 'drinking or drugs to cope', [FINE_AFTER_DRINK])]],
  [unless(String.raw`\b(?:noon|midday|lunch|lunchtime|breakfast|10am|11am|ten|eleven|nine|9|10|11)\b`, NOON_OUT), [group('concern', 'drinking or drugs to cope', [BEFORE_NOON])]],
  [unless(String.raw`\bonly (?:place|thing|time|way|where)\b`, PUB_OUT), [group('concern', 'drinking or drugs to cope', [PUB_ONLY_PLACE])]],
  [unless(String.raw`\bif i (?:still )?(?:have|got|am still)\b`, ADDRESS_OUT), [group('concern', 'may lose their home', [STILL_ADDRESS])]],
  [unless(String.raw`\b(?:skip\w*|miss\w*|not paying|holding off|leaving|robbing|juggling)\b`, BILL_OUT), [group('concern', 'money worries', [ROB_A_BILL])]],
  [unless(String.raw`\bsleep\b`, SLEEP_OUT), [group('concern', 'not eating or sleeping', [NO_SLEEP])]],
  [unless(String.raw`\btalk to\b`, TALK_OUT), [group('concern', 'feels alone', [TALK_WHO])]],
  [unless(String.raw`\bget up and go\b`, `\\b(?:${OTHERS}|${LAUGH})\\b`), [group('concern', 'low mood', [GET_UP_AND_GO])]],
  [unless(String.raw`\b(?:moment|minute|second|turn|stepped back)\b`, MOMENT_OUT), [group('concern', 'spoke of harm, then said they would not', [DARK_MOMENT_PLATFORM])]],
  [unless(String.raw`\b(?:${LAUGH})\b`, NEWS_OUT), [group('concern', 'joked about hurting someone', [ON_THE_NEWS])]],
  [unless(String.raw`\bhope i\b|\bhope that i\b`, String.raw`\b(?:job|interview|offer)s? (?:goes|go) well\b`), [group('concern', 'joked about hurting someone', [BETTER_HOPE])]],
  [unless(String.raw`\b(?:dentist|teeth|ambulance|surgeon|new face|wheelchair|new nose)\b`, DENTIST_OUT), [group('concern', 'joked about hurting someone', [NEED_A_DENTIST])]],
];
