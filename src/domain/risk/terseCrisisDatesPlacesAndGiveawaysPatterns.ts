// Crisis said tersely or obliquely: the intent, the plan or the preparing in a few words, a date or a
// place alone, things given away, a last thank you, and the means asked about as information. The same
// short words fill everyday replies ("that's me done", "bye for now", "Monday then the gym"), so each
// set is anchored to the whole message or rests on two parts of it, and shuts on the everyday uses.
// Crisis: hoping not to come round after the op; asking whoever is up there not to give me a morning;
// someone died peacefully and I am jealous of them; the ending-things thought on a loop; bargaining with
// myself about staying alive; the exit looks more tempting; is the viaduct or the bridge still open,
// need to know for reasons; rope, the thick kind; how long does drowning take; not your fault, I am
// choosing to go; I will not make Monday or any Monday; the kids away, so then; a day, then "that is
// the date"; a crossing or a bridge and a time, nothing more; sign on, then the river; if it is a no,
// that night; the money runs out and so do I; my things given away and a funny look; a funeral plan of
// my own paid for; everything I own got rid of; nails dug in till there is blood; extra pills taken
// "not to die, just to switch off"; marks on my neck and not going out like this; not let to take the
// job and my money kept; my bank card cut up because I applied for jobs.
// Concern: I gave up inside long ago; they were right to let me go, I was rubbish; two hours last
// night, three the night before; lying there till the birds start; one more icebreaker and I am
// committing a crime (a joke about hurting someone, read as a joke: a laugh does not shut it).
// Look-alikes of our own are in test/domain/riskNinetySeventhForms.test.ts. Normalised words ("i am"
// for "I'm", "do not" for "don't", "can not", "will not" for "won't", "honestly" for "tbh").
import { pattern, type RiskPatternGroup } from '../riskPatterns.ts';
import { group, LAUGH, NOT_BEFORE, unless, WEEKDAY } from './wholeMessageSets.ts';

const FICTION = String.raw`film|movie|book|novel|series|episode|character|soap|play|song|lyrics|documentary|podcast|poem|poetry|game|gaming|quiz|pub quiz|trivia|crossword|halloween|fancy dress|storyline|plot|script`;
/** Someone else's doing, said of them. */
const THIRD = String.raw`\b(?:my (?:mum|mom|dad|mother|father|brother|sister|friend|son|daughter|nan|gran|grandad|uncle|aunt|auntie|cousin|neighbour|flatmate|partner|husband|wife|mate|pal|colleague|kid|kids)s?|he|she|they|hes|shes|theyre) (?:says|said|keeps saying|told me|texted|messaged|posted|wrote|is|was|has|had|keeps|digs|took|takes|gave|sold|got)\b`;
const HIGH_OR_RAIL = String.raw`(?:viaduct|bridge|footbridge|railway bridge|cliff|cliffs|cliff top|cliff path|multi ?storey|car park roof|roof|quarry|pier|flyover|overpass|dam|tower block|railway|railway line|train line|rail line|tracks|train tracks|level crossing|crossing|reservoir|river|canal|weir|harbour wall|sea wall)`;
/** The small hours only: a place and "at 6" is a meeting. */
const TIME = String.raw`(?:midnight|dawn|first light|the small hours|(?:[1-5]|one|two|three|four|five) ?am|(?:[1-5]|one|two|three|four|five) in the morning)`;
/** A day that means something, not a weekday or payday ("friday, that's the day" answers when the interview is). */
const DAY = String.raw`(?:new years eve|new years day|christmas eve|christmas day|christmas|boxing day|(?:my |his |her )?birthday|the anniversary|(?:his|her|their|mums|dads) anniversary|valentines day|mothers day|fathers day)`;

// --- Crisis: wishes and thoughts ------------------------------------------------------------------
const NOT_COME_ROUND = pattern`\b(?:hoping|hope|i hope|wishing|i wish|praying|pray|secretly hoping|kind of hoping|half hoping)\b(?: \w+){0,2}? i (?:just )?(?:do not|will not|never|dont) (?:come round|come around|come to|wake up|wake back up)(?: from (?:it|the (?:anaesthetic|op|operation|surgery|general)))?(?: (?:after|from|during) (?:the |my )?(?:op|operation|surgery|anaesthetic|general|procedure))\b`;
const NOT_COME_ROUND_OUT = String.raw`\b(?:wake up (?:the|my|him|her|them|anyone|late|early|groggy|sick|sore|in pain|starving|hungry|confused|with)|${LAUGH})\b|${THIRD}`;

const NO_MORNING = pattern`\b(?:ask|asking|beg|begging|pray|praying|plead|pleading|tell|telling)\b (?:god|whoever is up there|whoever is listening|someone up there|the man upstairs|him upstairs|the universe|the big man)\b(?: \w+){0,3}? (?:to )?(?:just )?(?:not (?:\w+ )?(?:give|giving|let|letting) me (?:a|another|the|one more) (?:morning|tomorrow|day)|not (?:\w+ )?(?:let|letting) me wake(?: up)?|take me(?: in my sleep| tonight| now)?$|let me (?:go|not wake(?: up)?)(?: in my sleep| tonight)?$)`;
const NO_MORNING_OUT = String.raw`\b(?:lie in|lie ?ins?|early start|alarm|hangover|${LAUGH})\b|${THIRD}`;

const DEATH = String.raw`(?:died|passed|passed away|went|slipped away|went peacefully|passed peacefully|died peacefully|gone|has gone|is gone|is at peace|at peace now)`;
const ENVY_THE_DEAD = pattern`\b(?:my|our|the) (?:\w+ )?(?:nan|gran|grandad|grandma|grandpa|nanny|grandmother|grandfather|uncle|aunt|auntie|neighbour|dad|mum|father|mother|friend|cousin|old boss)\b(?: \w+){0,2}? ${DEATH}\b(?: \w+){0,8}? (?:i am |i was |and i am |honestly |bit |a bit |kind of |secretly |so )?(?:jealous|envious)(?: of (?:her|him|them))?(?: honestly| really| to be honest| tbh| if i am honest)?$|\b(?:my|our|the) (?:\w+ )?(?:nan|gran|grandad|grandma|grandpa|nanny|grandmother|grandfather|uncle|aunt|auntie|neighbour|dad|mum|father|mother|friend|cousin)\b(?: \w+){0,2}? ${DEATH}\b(?: \w+){0,8}? i (?:envy|am envious of) (?:her|him|them)\b`;
const ENVY_OUT = String.raw`\b(?:passed (?:her|his|their|the|my) (?:\w+ )?(?:test|tests|exam|exams|theory|course|mot|assessment|interview|probation)|jealous of (?:her|his|their) (?:\w+ )?(?:age|garden|house|hair|life|luck|cooking|health|energy|pension|skills?|job|car)|everyone is jealous|mum is jealous|dad is jealous|${LAUGH})\b`;

const LOOP = pattern`\b(?:the|that|this|my) (?:ending (?:it|it all|things|everything|my life)|end it all|end it|suicide|suicidal|killing myself|kill myself|not being here|not waking up|topping myself|disappearing for good|dying) (?:thought|thoughts|idea|ideas|urge|urges|voice|feeling)s? (?:is|are|has been|have been|keeps?|keep) (?:on (?:a )?loop|on repeat|going round|back|stuck|louder|constant|there all the time|coming back|coming up|winning|getting louder|not going away|everywhere|loud)\b`;
const LOOP_OUT = String.raw`\b(?:${FICTION}|${LAUGH})\b|${THIRD}`;

const BARGAINING = pattern`^(?=.*\b(?:with myself|with my ?self|with the other half|with the rest of me|with part of me|half of me|part of me|in my (?:own )?head|inside my head|me versus me)\b).*\b(?:bargaining|arguing|negotiating|debating|fighting|at war|in a tug of war|going back and forth|doing deals)\b(?: \w+){0,6}? (?:about|over|on|whether (?:to|i should|i want to)) (?:staying alive|stay alive|keep living|keeping going|living or not|living or dying|going on living|being alive|being here|staying here|whether to live|carrying on living|not killing myself)\b`;
const BARGAINING_OUT = String.raw`\b(?:${FICTION}|plants?|garden|fish|tank|hamster|houseplant|${LAUGH})\b|${THIRD}`;

const EXIT = pattern`^(?:honestly |just |lately |some days |every day )?the (?:exit|way out|easy way out|final exit|exit door|off switch|permanent exit|emergency exit) (?:looks|seems|is looking|feels|sounds|gets|is getting|is starting to look|keeps looking) (?:more and more |more |even more |a lot more |a bit more |so |really |very )?(?:tempting|appealing|inviting|attractive|like the answer|like the only option|better and better|better)(?: (?:every|each) (?:day|week|night)| by the day| all the time| lately| now)?$`;
const EXIT_OUT = String.raw`\b(?:job|role|sector|career|industry|company|firm|profession|team|workplace|redundan\w*|package|pension|retire\w*|course|degree|uni|relationship|marriage|brexit|motorway|junction|interview|contract|scheme|programme|${LAUGH})\b`;

// --- Crisis: means as information ---------------------------------------------------------------
const COY = String.raw`(?:need to know for (?:reasons|my own reasons|personal reasons)|for reasons|for my own reasons|do not ask why|dont ask why|just wondering for reasons|not for a walk|not for walking|not to walk|asking for me|asking for myself)`;
const OPEN_FOR_REASONS = pattern`^(?=.*\b(?:is|are|can you still|can i still|does anyone know if|do you know if) (?:the |that )?(?:\w+ ){0,3}?(?:on |over |at |to |by |near |along )?(?:the |that )?(?:\w+ )?${HIGH_OR_RAIL}\b(?: \w+){0,3}? (?:still )?(?:open|accessible|closed|locked|fenced off|fenced|gated|shut|get onto|get up|get to|get on)\b)(?=.*\b${COY}$)`;
const OPEN_OUT = String.raw`\b(?:dog|walk(?:s|ing)? (?:group|club)|run|running|parkrun|cycle|cycling|bike|ramblers|hike|hiking|photo|photos|photography|picnic|fishing|swim|swimming|kayak|canoe|paddle|birdwatching|diversion|bus|traffic|roadworks|commute|school run|route|${FICTION}|${LAUGH})\b|${THIRD}`;

const ROPE = pattern`\brope\b(?: \w+){0,2}? (?:the )?(?:thick|strong|strongest|thickest|heavy duty|heavy|sturdy|proper) ?(?:kind|sort|type|stuff|one|ones|enough to hold (?:a person|my weight|me))?$|\b(?:still )?(?:sell|sells|selling|stock|stocks|do|does) (?:the )?(?:thick|strong|strongest|thickest|heavy duty|sturdy) rope\b(?: \w+){0,2}$|\brope (?:strong|thick) enough to (?:hold|take) (?:my weight|a person|me|a grown (?:man|woman|adult))\b`;
const ROPE_OUT = String.raw`\b(?:climb\w*|boat|boats|sail\w*|tow|towing|camp\w*|tent|dog|dogs|tug of war|garden|swing|hammock|washing line|skipping|gym|battle ropes|crossfit|boxing|mov(?:e|ing|ed)|van|load|tie down|ratchet|rigging|scaffold\w*|farm|horse|pony|lead|knot|macrame|craft\w*|decking|fence|trailer|anchor|mooring|hay|bales|tree surgeon|arborist|abseil\w*|caving|theatre|stage|pulley|winch|${FICTION}|${LAUGH})\b|${THIRD}`;

const HOW_LONG = pattern`^(?:how (?:long|quick|quickly|fast|painful)|how much does it hurt) (?:does|do|would|will|is|does it take|would it take|is it)? ?(?:it take (?:to|for you to|for someone to|a person to|for a person to) )?(?:drowning|drown|drown yourself|hanging|hang yourself|bleeding out|bleed out|bleeding to death|bleed to death|suffocating|suffocation|suffocate|asphyxiation|carbon monoxide|an overdose|overdosing|overdose|od|paracetamol overdose|to die from (?:drowning|hanging|an overdose|paracetamol|carbon monoxide|blood loss)|dying from (?:drowning|hanging|an overdose|blood loss))(?: take| to work| to kill (?:you|someone|a person)| to happen| last| to die)?(?: exactly| roughly| honestly| actually)?$`;
const HOW_LONG_OUT = String.raw`\b(?:${FICTION}|${LAUGH})\b`;

// --- Crisis: intent said in a few words -----------------------------------------------------------
const CHOOSING_TO_GO = pattern`^(?=.*\b(?:none of (?:this|it)|this|it|that) (?:is|was) (?:not )?(?:your|anyones|anybodys|your guys) fault\b)(?=.*\bi (?:am|have|have been) (?:choosing|chosen|choose|deciding|decided|ready|made my mind up|made up my mind) (?:to go|to leave|to check out|to be gone|to not be here)(?: now| tonight| today| for good| quietly| on my own terms)?$)`;
const CHOOSING_OUT = String.raw`\b(?:go (?:back|home|to)|leave (?:the|my|this)|job|college|uni|course|move|moving|abroad|new|offer|contract|agency|${LAUGH})\b`;

const ANY_MONDAY = pattern`\bi (?:will not|am not going to|will never|wont) (?:make|see|be at|be here for|be around for|be there for|get to|come to|do) (?:\w+ ){0,2}?${WEEKDAY}s? (?:or|nor) (?:any|another) (?:other )?${WEEKDAY}s?(?: after that| after)?$|\bi (?:will not|am not going to|will never) (?:make|see|be at|be here for|be around for) (?:the |our )?(?:next (?:appointment|meeting|one|session)|${WEEKDAY}) (?:or|nor) any (?:other|after it|after that|more)(?: \w+)?$`;
const ANY_MONDAY_OUT = String.raw`\b(?:shift|shifts|rota|working|work|job|started|start|contract|course|college|holiday|abroad|moving|moved|childcare|school|nursery|bus|train times|car|${LAUGH})\b|${THIRD}`;

// --- Crisis: plans, a date or a place alone -------------------------------------------------------
const AWAY = String.raw`(?:kids|children|the kids|my kids|the boys|the girls|my boy|my girl|my son|my daughter|(?:my |the )?(?:partner|wife|husband|missus|flatmate)|mum|my mum)`;
const AWAY_TIME = String.raw`(?:next week|this week|this weekend|next weekend|for the weekend|for a week|for the week|tonight|tomorrow|on ${WEEKDAY}|${WEEKDAY}|from ${WEEKDAY}|on the \d+(?:st|nd|rd|th)?|over christmas|for half term|at half term|for easter|for the summer)`;
const SO_THEN = pattern`^${AWAY} (?:are|is|will be|go|goes|are going|is going) (?:at (?:their|his|her|my) \w+|with (?:their|his|her|my) \w+|to (?:their|his|her|my) \w+|away|off (?:to|on)|staying (?:at|with)|on (?:holiday|a trip|a school trip)|camping)\b(?: \w+){0,4}? ${AWAY_TIME}(?: \w+){0,2}? (?:so|and) (?:then|that is when|that is the (?:night|day|week|time)|it will be then|then it is)$`;
const SO_THEN_OUT = String.raw`\b(?:school|nursery|college|work|club|practice|training|${LAUGH})\b`;

const THAT_IS_THE_DATE = pattern`^(?:the |on )?${DAY}(?: \w+){0,2}? (?:that is the|that will be the|that is my|that is it the) (?:date|day|night)$|^(?:the date is|the day is|the night is|it will be|it is going to be) ${DAY}(?: then)?$`;
const DATE_OUT = String.raw`\b(?:interview|appointment|meeting|start|starting|wedding|party|deadline|exam|court|tribunal|hearing|moving|move|flight|holiday|anniversary|induction|training|course|shift|pay|rent|due|baby|scan|results|date night|first date|gig|match|trip|opening|launch|${LAUGH})\b`;

const PLACE_AND_TIME = pattern`^(?:the |that )?(?:\w+ )?${HIGH_OR_RAIL}(?: (?:on|by|at|near|off|behind|over|in) (?:the )?(?:\w+ ){0,2}?(?:\w+))?(?: at)? ${TIME}(?: it is| it will be)?$`;
const PLACE_OUT = String.raw`\b(?:meet|meeting|see you|shift|walk|dog|fishing|swim|run|parkrun|cycle|delivery|pick ?up|drop ?off|bus|taxi|lift|train times|stop|station car park|fireworks|party|pub|${LAUGH})\b`;

const THEN_THE_RIVER = pattern`\b(?:then|after that|and then|straight after|after) (?:the |to the |off the )?(?:river|bridge|railway|railway line|tracks|train tracks|cliffs?|cliff edge|viaduct|canal|weir|quarry|level crossing|multi storey|rope|pills|tablets)$`;
const THEN_OUT = String.raw`\b(?:walk\w*|dog|fishing|swim\w*|paddle|kayak|canoe|row\w*|picnic|run|running|jog\w*|cycl\w*|bike|ducks|boat|pub|cafe|lunch|view|photos|bus|train|drive|commute|route|diversion|${FICTION}|${LAUGH})\b|${THIRD}`;

const IF_NO_THAT_NIGHT = pattern`\bif (?:it is|it comes back|they say|the answer is|i get|the result is|the decision is) (?:a )?(?:no|rejected|refused|bad news|turned down|negative|another no|not in my favour|against me)(?: again)?(?: then)? (?:that night|that day|that is it|that is the night|that is the day|then that is it|i am done|i am gone|i am out|i go|i will go|that will be it|it is that night)$`;
const IF_NO_OUT = String.raw`\b(?:(?:will|ill|going to|can|then) appeal|appeal it|reapply|try again|next one|${LAUGH})\b|${THIRD}`;

const RUNS_OUT_SO_DO_I = pattern`\b(?:money|cash|benefits?|savings|uc|universal credit|the pills|time|my luck|luck|rent money|food|the gas|the electric|the credit) (?:runs|run|will run|is going to run|goes|will go|is running) out\b(?: \w+){0,2}? (?:and )?so (?:do|will|am) i$`;
const RUNS_OUT_OUT = String.raw`\b(?:patience|energy|steam|battery|${LAUGH})\b|${THIRD}`;

// --- Crisis: preparing --------------------------------------------------------------------------
const THINGS = String.raw`(?:ps\d|ps|playstation|xbox|switch|console|games|boots|good boots|guitar|bass|drum kit|watch|ring|rings|jewellery|records|vinyl|tools|bike|car|dog|cat|clothes|coat|jacket|stuff|things|belongings|medals|books|collection|tv|telly|laptop|camera|signed shirt|shirt|season ticket|trainers|fishing gear|rods|golf clubs|savings|telescope|keyboard|speakers|decks|record player)`;
const GAVE_FUNNY_LOOK = pattern`^(?=.*\b(?:gave|given|have given|handed|passed on|signed over) (?:away )?(?:my (?:friend|mate|brother|sister|nephew|niece|cousin|neighbour|son|daughter|pal|best friend|lad) )?my (?:\w+ )?${THINGS}\b)(?=.*\b(?:funny look|odd look|weird look|strange look|looked at me (?:funny|weird|strange|oddly|like i was mad)|asked (?:me )?(?:if i was ok|if i was alright|what was going on|what is going on)|thought it was (?:odd|weird|strange)|thought i was (?:mad|joking)|did not understand why|(?:will|hell|shell|theyll|he will|she will|they will) understand (?:later|one day|soon|why))\b)`;
const GAVE_OUT = String.raw`\b(?:cv|application|number|notice|resignation|birthday|christmas|present|wedding|mov(?:e|ing|ed)|new one|upgrade|upgrading|upgraded|bought (?:a|myself) new|sold|for (?:cash|money|a fiver|a tenner)|lend|lent|borrow|back|swap|swapped|repair|fix|${LAUGH})\b`;

const FUNERAL_PLAN = pattern`${NOT_BEFORE}\b(?:sorted|bought|took out|taken out|paid for|paid off|set up|arranged|got|signed up for|organised) (?:a |my |my own |a prepaid |a pre paid )?(?:prepaid |pre paid )?funeral(?: plan| package| cover)?\b(?! for\b)(?: \w+){0,3}?(?: (?:paid in full|all paid|paid up|fully paid|all sorted|sorted|done|online))?$`;
const FUNERAL_OUT = String.raw`\b(?:mum|mums|mom|dad|dads|nan|nans|gran|grans|grandad|grandads|grandma|grandpa|his|her|their|parents|wife|husband|partner|uncle|aunt|auntie|brother|sister|friend|mate|for (?:him|her|them|my)|insurance (?:sales|job|company)|sales|call centre|advert|funeral directors?|undertaker|job|role|shift|work|customers?|clients?|${LAUGH})\b|${THIRD}`;

const GOT_RID_OF_ALL = pattern`\b(?:got rid of|given away|gave away|giving away|have given away|donated|binned|cleared out|emptied out) (?:nearly |almost |pretty much |just about |basically )?(?:everything|all)(?: (?:i own|i have|i had|i have got)| of my (?:stuff|things|belongings|possessions|clothes)| my (?:stuff|things|belongings|possessions))\b`;
const GOT_RID_OUT = String.raw`\b(?:mov(?:e|ing|ed)|declutter\w*|minimalis\w*|kondo|downsiz\w*|relocat\w*|abroad|travel\w*|backpack\w*|new (?:flat|place|house|start|home)|fresh start|storage|van life|emigrat\w*|spring clean\w*|rent|bills|money|debt|for cash|ebay|vinted|car boot|flood|fire|damp|mould|bed bugs|bedbugs|divorce|break ?up|ex|baby|kids (?:clothes|toys)|${LAUGH})\b|${THIRD}`;

// --- Crisis: self-harm, abuse, control ------------------------------------------------------------
const NAILS_TILL_BLOOD = pattern`\b(?:dig|digging|dug|press|pressing|scratch|scratching|scratched|pick|picking|picked|claw|clawing|clawed|pinch|pinching|gouge|gouging) (?:my )?(?:nails|fingernails|nails in|skin|arms?|legs?|wrists?|hands?|thighs?)(?: in| into (?:my \w+|myself|my skin))?(?: \w+){0,3}? (?:till|until|so hard) (?:there is |it |i |they )?(?:blood|bleed|bleeds|bled|draw blood|drawn blood|breaks the skin|the skin breaks|it bleeds)\b`;
const NAILS_OUT = String.raw`\b(?:eczema|psoriasis|rash|itch|itchy|itching|mosquito|midge|bites|hives|allerg\w*|chicken ?pox|dermatitis|cold sore|hangnail|cuticles?|scab|spot|spots|acne|tattoo|sunburn|dog|cat|${FICTION}|${LAUGH})\b|${THIRD}`;

const PILLS = String.raw`(?:pills|tablets|painkillers|meds|medication|co ?codamol|codeine|sleeping pills|sleeping tablets|diazepam|tramadol|zopiclone|pregabalin|sertraline|oxycodone|morphine)`;
const EXTRA_PILLS = pattern`^(?=.*\b(?:took|take|taking|taken|had|necked|swallowed|downed|popped) (?:a few |some |a couple of |a load of |loads of |a handful of |a bunch of |way )?(?:extra|too many|more|double|a double dose of|a few more|more than (?:i should|i am meant to|i am supposed to)(?: have)?(?: of)?)(?: of)?(?: my)? ${PILLS}\b)(?=.*\b(?:not to die|not trying to die|not to kill myself|not trying to kill myself|not to end it|not trying to end it|was not trying to (?:die|kill myself|end it)|i did not want to die|did not want to die|not to (?:not )?wake up|not suicidal)\b)`;
const EXTRA_PILLS_OUT = String.raw`\b(?:tooth|toothache|teeth|back|knee|migraine|headache|period|cramps|surgery|operation|injury|arthritis|leg|shoulder|hip|dentist|sciatica|physical pain|the pain in|flu|cold|fever|${LAUGH})\b|${THIRD}`;

const MARKS_ON_NECK = pattern`^(?=.*\b(?:marks|bruises|bruising|fingermarks|finger marks|handprints?|hand prints?|red marks|a mark|a bruise|grip marks) (?:on|round|around|across|all over) my (?:neck|throat)\b)(?=.*\b(?:can not|cannot|will not|do not want to|not going to|could not) (?:go|show|face|turn up|be seen|let (?:anyone|them|people|you) see|go out|leave the house)\b(?: \w+){0,5}? (?:like this|looking like this|with them|with it|until they (?:fade|go|heal))\b|\b(?:polo neck|turtle ?neck|scarf) to (?:cover|hide)|(?:cover|hide|covering|hiding) (?:them|it) (?:up )?(?:with|under)\b)`;
const MARKS_OUT = String.raw`\b(?:love ?bites?|hickey|hickeys|shav\w*|razor|rash|eczema|sunburn\w*|tattoo\w*|allergic|allergy|hives|bites?|collar|necklace|tie|lanyard|strap|headphones|chain|brace|acne|spots?|lump|fell|fall|injection|surgery|operation|drip|cannula|scan|rugby|boxing|sparring|judo|wrestling|mma|bjj|jiu ?jitsu|${FICTION}|${LAUGH})\b`;

const CONTROLLER = String.raw`(?:family|my family|partner|my partner|husband|my husband|wife|my wife|boyfriend|my boyfriend|girlfriend|my girlfriend|fella|my fella|bf|my bf|gf|my gf|ex|my ex|dad|my dad|mum|my mum|stepdad|my stepdad|in laws|my in laws|they|he|she)`;
const KEEP_MONEY_NO_JOB = pattern`^(?=.*\b${CONTROLLER} (?:will not|do not|does not|wont|never|would not) let me (?:take|have|get|go for|apply for|start|do|accept|work|keep)\b(?: \w+){0,3}? (?:job|jobs|work|offer|course|role|position|training|interview|shifts?)\b)(?=.*\b(?:they|he|she|${CONTROLLER}) (?:keep|keeps|take|takes|took|hold|holds|control|controls|have|has) (?:all )?(?:of )?my (?:money|wages|benefits|bank card|card|cards|pay|uc|universal credit|cash|payments|pin)\b)`;
const KEEP_MONEY_OUT = String.raw`\b(?:bank keeps|savings account|isa|pension|fixed rate|deposit|employer|landlord|${LAUGH})\b`;

const CUT_CARD_FOR_JOBS = pattern`\b${CONTROLLER} (?:cut up|took|takes|hid|hides|snapped|binned|confiscated|has taken|destroyed|burnt|burned|smashed|locked away|changed the pin on|cancelled|stopped|blocked) my (?:bank card|card|cards|debit card|purse|wallet|phone|laptop|passport|id|keys|documents|cv|money|bank account)\b(?: \w+){0,3}? (?:because|cos|after|when|since|as) (?:i|i had|i have) (?:applied for|apply for|went (?:to|for)|got|tried to get|wanted|want|had|have|was looking for|looked for|went looking for|signed up for|started) (?:a |an |the |some |that |this )?(?:jobs?|work|interviews?|job centre|role|position|course|training|new job|shifts?)\b`;
const CUT_CARD_OUT = String.raw`\b(?:overspend\w*|spending|gambl\w*|debt|bet|betting|${LAUGH})\b`;

// --- Concern ------------------------------------------------------------------------------------
const GAVE_UP_INSIDE = pattern`${NOT_BEFORE}\bi (?:gave up|have given up|had given up|have already given up|gave up long ago|have long given up) (?:inside|on the inside|in myself|on myself|on me|on everything|on it all|in my head)\b(?! (?:lane|track|job|role|sales|door|pocket))`;
const GAVE_UP_OUT = String.raw`\b(?:smoking|drinking|vaping|sugar|caffeine|${FICTION}|${LAUGH})\b|${THIRD}`;

const RIGHT_TO_LET_GO = pattern`^(?=.*\b(?:they|he|she|my (?:old |last |previous |former )?(?:boss|manager|employer|job|work|company)|the company|work) (?:were|was) right (?:to|when they|when he|when she) (?:let me go|sack me|sacked me|fire me|fired me|get rid of me|got rid of me|drop me|dropped me|turn me down|turned me down|reject me|rejected me|not hire me|pick someone else|picked someone else|let me go)\b)(?=.*\bi (?:was|am|was just|am just) (?:rubbish|useless|hopeless|crap|terrible|worthless|a waste of space|no good|pants|pathetic|a liability|a joke|not good enough|shit|awful|a failure|dead weight)\b)`;
const RIGHT_OUT = String.raw`\b(?:not the job for me|not for me|happier|much better|best thing|blessing|learned|learnt|${LAUGH})\b`;

const HOURS = String.raw`(?:[0-4]|one|two|three|four|an?|half an?) (?:hours?|hrs?|hr)`;
/** Alone, "three hours last night" may answer how long the CV took: sleep named, or two nights told. */
const TINY_HOURS = pattern`^(?:only |just |maybe |about |barely |like |got |had |managed |slept )*${HOURS}(?: of sleep| sleep| kip) (?:last night|a night)$|^(?:only |just |maybe |about |barely |like |got |had |managed |slept )*${HOURS}(?: of sleep| sleep| kip)? (?:last night|a night)(?: and| then)? (?:only |maybe |about )?(?:[0-4]|one|two|three|four)(?: hours?| hrs?)?(?: of sleep| sleep| kip)? (?:the night before(?: that)?|before that|the night before)$`;
const TINY_HOURS_OUT = String.raw`\b(?:${LAUGH})\b`;

const TILL_THE_BIRDS = pattern`\b(?:lie|lying|lay|laying|laid) (?:there|awake|in bed|in the dark)\b(?: \w+){0,7}? (?:till|until) (?:the )?(?:birds (?:start|are singing|sing|start singing|wake up)|dawn|dawn chorus|sun comes up|it gets light|it is light|light|4|5|four|five|4am|5am)\b`;
const BIRDS_OUT = String.raw`\b(?:baby|newborn|toddler|camping|tent|festival|beach|sunbathing|sun lounger|holiday|hammock|${LAUGH})\b|${THIRD}`;

const COMMITTING_A_CRIME = pattern`\bone more (?:\w+ ){1,5}?and (?:i am|ill|i will|i am going to|i swear i am|i swear ill) (?:be )?(?:committing|commit|going to commit) (?:a )?(?:crime|murder|homicide|an offence|a felony|arson|gbh|manslaughter)\b`;
const CRIME_OUT = String.raw`\b(?:fashion crime|crime against (?:fashion|sleep|food|music|taste)|${FICTION})\b`;

/** [gate on the whole message, groups read in it] as rules.ts reads whole-message sets. */
export const NINETY_SEVENTH_WHOLE_SETS: readonly (readonly [RegExp, readonly RiskPatternGroup[]])[] = [
  [unless(String.raw`\b(?:come round|come around|come to|wake up|wake back up)\b`, NOT_COME_ROUND_OUT), [group('crisis', 'wishes to be dead', [NOT_COME_ROUND])]],
  [unless(String.raw`\b(?:up there|upstairs|god|universe|listening)\b`, NO_MORNING_OUT), [group('crisis', 'wishes to be dead', [NO_MORNING])]],
  [unless(String.raw`\b(?:jealous|envious|envy)\b`, ENVY_OUT), [group('crisis', 'wishes to be dead', [ENVY_THE_DEAD])]],
  [unless(String.raw`\b(?:thought|thoughts|idea|ideas|urges?|voice|feeling)\b`, LOOP_OUT), [group('crisis', 'thoughts of suicide', [LOOP])]],
  [unless(String.raw`\b(?:staying alive|stay alive|keep living|living or|going on living|carrying on living|being alive|being here|staying here|not killing myself)\b`, BARGAINING_OUT), [group('crisis', 'thoughts of suicide', [BARGAINING])]],
  [unless(String.raw`\b(?:exit|way out|off switch)\b`, EXIT_OUT), [group('crisis', 'thoughts of suicide', [EXIT])]],
  [unless(String.raw`\b(?:reasons|ask why|not for a walk|not for walking|not to walk|asking for me|asking for myself)$`, OPEN_OUT), [group('crisis', 'thinking about a way to end their life', [OPEN_FOR_REASONS])]],
  [unless(String.raw`\brope\b`, ROPE_OUT), [group('crisis', 'thinking about a way to end their life', [ROPE])]],
  [unless(String.raw`^how (?:long|quick|quickly|fast|painful|much)\b`, HOW_LONG_OUT), [group('crisis', 'thinking about a way to end their life', [HOW_LONG])]],
  [unless(String.raw`\bfault\b`, CHOOSING_OUT), [group('crisis', 'intends to end their life', [CHOOSING_TO_GO])]],
  [unless(String.raw`\b(?:or|nor) (?:any|another)\b`, ANY_MONDAY_OUT), [group('crisis', 'intends to end their life', [ANY_MONDAY])]],
  [unless(String.raw`\b(?:so|and) (?:then|that is when|that is the|it will be then|then it is)$`, SO_THEN_OUT), [group('crisis', 'a plan to end their life', [SO_THEN])]],
  [unless(String.raw`\b(?:date|day|night)\b`, DATE_OUT), [group('crisis', 'a plan to end their life', [THAT_IS_THE_DATE])]],
  [unless(String.raw`^(?:\w+ ){0,12}\w+$`, PLACE_OUT), [group('crisis', 'a plan to end their life', [PLACE_AND_TIME])]],
  [unless(String.raw`\b(?:then|after that|after)\b`, THEN_OUT), [group('crisis', 'a plan to end their life', [THEN_THE_RIVER])]],
  [unless(String.raw`\bif\b`, IF_NO_OUT), [group('crisis', 'a plan to end their life', [IF_NO_THAT_NIGHT])]],
  [unless(String.raw`\bso (?:do|will|am) i$`, RUNS_OUT_OUT), [group('crisis', 'a plan to end their life', [RUNS_OUT_SO_DO_I])]],
  [unless(String.raw`\b(?:look|looked|asked|thought|understand)\b`, GAVE_OUT), [group('crisis', 'preparing to end their life, or a past attempt', [GAVE_FUNNY_LOOK])]],
  [unless(String.raw`\bfuneral\b`, FUNERAL_OUT), [group('crisis', 'preparing to end their life, or a past attempt', [FUNERAL_PLAN])]],
  [unless(String.raw`\b(?:everything|all)\b`, GOT_RID_OUT), [group('crisis', 'preparing to end their life, or a past attempt', [GOT_RID_OF_ALL])]],
  [unless(String.raw`\b(?:blood|bleed|bleeds|bled|skin)\b`, NAILS_OUT), [group('crisis', 'self-harm', [NAILS_TILL_BLOOD])]],
  [unless(String.raw`\b(?:die|kill myself|end it|wake up|suicidal)\b`, EXTRA_PILLS_OUT), [group('crisis', 'self-harm', [EXTRA_PILLS])]],
  [unless(String.raw`\b(?:neck|throat)\b`, MARKS_OUT), [group('crisis', 'abuse or violence', [MARKS_ON_NECK])]],
  [unless(String.raw`\blet me\b`, KEEP_MONEY_OUT), [group('crisis', 'coercive control', [KEEP_MONEY_NO_JOB])]],
  [unless(String.raw`\b(?:because|cos|after|when|since|as) (?:i|i had|i have) (?:applied|apply|went|got|tried|wanted|want|had|have|was looking|looked|signed|started)\b`, CUT_CARD_OUT), [group('crisis', 'coercive control', [CUT_CARD_FOR_JOBS])]],
  [unless(String.raw`\bgave up|given up\b`, GAVE_UP_OUT), [group('concern', 'hopelessness', [GAVE_UP_INSIDE])]],
  [unless(String.raw`\bright (?:to|when)\b`, RIGHT_OUT), [group('concern', 'feels worthless', [RIGHT_TO_LET_GO])]],
  [unless(String.raw`\b(?:hours?|hrs?|hr)\b`, TINY_HOURS_OUT), [group('concern', 'not eating or sleeping', [TINY_HOURS])]],
  [unless(String.raw`\b(?:till|until)\b`, BIRDS_OUT), [group('concern', 'not eating or sleeping', [TILL_THE_BIRDS])]],
  [unless(String.raw`\bone more\b`, CRIME_OUT), [group('concern', 'joked about hurting someone', [COMMITTING_A_CRIME])]],
] as const;
