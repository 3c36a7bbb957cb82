// Older clients, formal and understated: the risk said politely, in the third person of oneself or in
// an old-fashioned turn of phrase. The same turns fill everyday replies ("ready to go whenever I am
// called for interview", "I will be joining my wife in Spain", "my grandad took his own life, that is
// why I volunteer"), so each set rests on two parts of the message or on the whole of it, and shuts on
// the everyday uses.
// Crisis: ready to go whenever I am called, the sooner the better; the Lord may take me when he likes;
// I am going to do it, I am done (the whole message); my mind is made up, I shall be joining my late
// wife; I long to be with my late husband; a parent took their own life and I understand them better
// now, or I am now the age they were; he took the SIM out of my phone, or took my phone and I use the
// library's computer and cannot reply at night; no proper meal in days and the last given to the
// grandchildren; my hand scalded, burnt or hit on purpose.
// Concern: the grandchildren must think their grandad is a failure; I will throttle the next voice
// that asks me to repeat myself; she is lucky I am a patient woman, or I would have drowned her in the
// gravy (jokes about hurting someone, read as jokes: a laugh does not shut them); it all seems rather
// futile; I think I may be depressed, or the doctor says I am; if I do not find work the house will
// have to go.
// Look-alikes of our own are in test/domain/riskNinetyNinthForms.test.ts. Normalised words ("i am"
// for "I'm", "do not" for "don't", "can not", "ill" for "I'll", "id" for "I'd").
import { pattern, type RiskPatternGroup } from '../riskPatterns.ts';
import { group, LAUGH, NOT_BEFORE, unless } from './wholeMessageSets.ts';

const FICTION = String.raw`film|movie|book|novel|series|episode|character|soap|play|song|lyrics|documentary|podcast|poem|poetry|game|gaming|quiz|crossword|storyline|plot|script`;
/** Someone else's doing, said of them. */
const THIRD = String.raw`\b(?:my (?:mum|mom|dad|mother|father|brother|sister|friend|son|daughter|nan|gran|grandad|uncle|aunt|auntie|cousin|neighbour|flatmate|partner|husband|wife|mate|pal|colleague|kid|kids)s?|he|she|they|hes|shes|theyre) (?:says|said|keeps saying|told me|texted|messaged|posted|wrote|is|was|has|had|keeps|thinks|thought|might|may)\b`;
const KIN = String.raw`(?:wife|husband|hubby|missus|mum|mother|dad|father|son|daughter|boy|girl|brother|sister|beloved|better half|other half)`;

// --- Crisis: wishes and intent said politely ------------------------------------------------------
/** Ready to go, said of the end: "when I am called" with nothing after it, the Lord, my time. */
const READY_WHEN_CALLED = pattern`\bi am (?:\w+ )?ready (?:to go|to be taken|to be called|to meet my maker|for my maker|for the end)\b(?: \w+){0,3}? (?:whenever|when|as soon as|the moment|any time|anytime) (?:i am (?:called|taken)(?! (?:in|back|up|for|to|by|about|on|at))|i get (?:called|taken)(?! (?:in|back|up|for|to|by|about|on|at))|(?:he|god|the lord|the good lord|the man upstairs|him upstairs|my maker) (?:calls|wants|sees fit|decides|takes)|my time (?:comes|is up)|my number is up)\b|\bready to (?:go(?! (?:to|back|home|out|on|for|in|into|abroad|away|up|down|over|round|across|shopping|again))|be taken|meet my maker)\b(?: \w+){0,8}? (?:the sooner the better|and not before time|it can not come soon enough|can not come soon enough)\b|\b(?:the (?:good )?lord|god|the man upstairs|him upstairs|my maker) (?:can|may|is welcome to|could) (?:take|have|call) me(?: home)? (?:whenever|any time|anytime|any day|when (?:he|she|it) (?:likes|wants|pleases)|as soon as (?:he|she|it) likes)\b|\b(?:my time comes|my number is up|i am called home|he calls me home)\b(?: \w+){0,4}? (?:the sooner the better|and not before time|can not come soon enough)\b`;
const READY_OUT = String.raw`\b(?:job|jobs|interview|interviews|start|starting|shift|shifts|work|role|employer|agency|post|position|contract|training|course|induction|holiday|trip|flight|taxi|bus|train|appointment|meeting|phone|ring|rang|name|number is called|queue|waiting room|operation|op|surgery|dentist|hospital|discharge|discharged|school|college|move|moving|bags|packed|suitcase|car|van|${FICTION}|${LAUGH})\b`;

/** "I am going to do it. I am done." as the whole message. */
const DONE_DOING_IT = pattern`^(?:(?:honestly |right |ok |okay )?i am (?:really |actually |finally |definitely )?(?:going to|gonna) do it(?: this time| tonight| today| now| for real| properly)? (?:i am done|i am finished|i have had enough|i am through|i have had it|enough is enough|that is it|no more)(?: now| for good| with it all| with everything)?|(?:i am done|i have had enough|i am finished|enough is enough)(?: now| with it all| with everything)? i am (?:really |actually |finally |definitely )?(?:going to|gonna) do it(?: this time| tonight| today| now| for real| properly)?)$`;
const DONE_OUT = String.raw`\b(?:${LAUGH})\b`;

/** A mind made up and a late husband or wife to be joined. */
const JOIN_TARGET = String.raw`(?:(?:joining|join|be joining|going to join|be with|going to be with|be reunited with|be back with) (?:my (?:late|dear late|departed|dear departed) \w+|my ${KIN}(?: again)? (?:shortly|soon|very soon|before long|in due course|presently|sooner rather than later|before (?:christmas|the new year|the spring|long|the year is out))$))`;
const MIND_MADE_UP_JOIN = pattern`^(?=.*\b(?:my mind is made up|i have made up my mind|i have made my mind up|i have decided|the decision is made|i have made my decision|my decision is made|i have made my peace|i have settled it|it is settled|i know what i am doing)\b)(?=.*\b(?:i shall|i will|ill|i am going to|i am|i intend to|i mean to|i plan to) (?:be )?${JOIN_TARGET})`;
const JOIN_OUT = String.raw`\b(?:in (?:spain|france|australia|canada|the states|america|scotland|wales|ireland|the new house|the new place)|abroad|out there|over there|visa|flight|emigrat\w*|mov(?:e|ing)|relocat\w*|company|firm|business|team|job|gym|class|course|club|church|choir|holiday|cruise|${LAUGH})\b`;

/** Longing to be with a late husband or wife. */
const WITH_MY_LATE = pattern`\b(?:i (?:just )?(?:want|wish|long|hope|pray|can not wait|would like|am ready|am longing|yearn|ache) to (?:be with|join|be joining|be reunited with|be back with|go to)|i will be joining|i shall be joining|i shall be with|i will soon be with|i am ready to join|i keep thinking about joining|i keep thinking of joining|take me to) (?:my (?:late|dear late|departed|dear departed|darling late) ${KIN}|(?:him|her|them) (?:again )?(?:soon|now|shortly))\b(?! (?:at|in|for|on|and the|family|parents|grave|side))`;
const WITH_LATE_GATE = String.raw`\b(?:late|departed|died|passed|lost (?:him|her))\b`;
const WITH_LATE_OUT = String.raw`\b(?:grave|cemetery|crematorium|churchyard|memorial|plaque|bench|headstone|anniversary|dream|dreams|dreamt|photos|photo|album|family|ashes|scatter|garden of remembrance|passed (?:her|his|the|my|their)|test|exam|away|abroad|deployed|prison|holiday|${FICTION}|${LAUGH})\b`;

/** A parent who took their own life, and I understand them now, or am the age they were. */
const TOOK_OWN_LIFE = String.raw`(?:took (?:his|her|their) own life|killed (?:himself|herself|themselves)|committed suicide|died by suicide|ended (?:his|her|their) (?:own )?life|hanged (?:himself|herself)|gassed (?:himself|herself)|drowned (?:himself|herself)|topped (?:himself|herself))`;
const UNDERSTAND_THEM_NOW = pattern`^(?=.*\b${TOOK_OWN_LIFE}\b)(?=.*\b(?:i (?:understand|get|see|know) (?:him|her|them|why|it|how (?:he|she|they) felt|what (?:he|she|they) (?:felt|went through))(?: now)? (?:better|more|a bit more|more and more|better and better|every day|these days|now)|i (?:am starting|am beginning|have started|begin|have begun) to (?:understand|see|get|know) (?:why|him|her|them|how (?:he|she|they) felt)|i (?:understand|see|know|get) (?:now )?why (?:he|she|they) did (?:it|that)|i am (?:now )?(?:the same age|that age|his age|her age|the age (?:he|she) was)|(?:i am|i feel like i am) (?:going|heading|going down|on) the same (?:way|road|path)|history (?:is )?repeating|i feel (?:like )?(?:him|her) now)\b)|\b(?:at|aged) (\d+)\b.*\b${TOOK_OWN_LIFE}\b.*\bi am (?:now )?\1\b|\b${TOOK_OWN_LIFE} (?:at|aged) (\d+)\b.*\bi am (?:now )?\2\b`;
const UNDERSTAND_OUT = String.raw`\b(?:never understand|do not understand|can not understand|could never|will never|do not get why|never got why|never understood|charity|fundrais\w*|volunteer\w*|samaritans|course|training|awareness|mental health first aid|helpline|talks|campaign|${FICTION}|${LAUGH})\b`;

// --- Crisis: control, hunger, harm ----------------------------------------------------------------
const CONTROLLER = String.raw`(?:partner|my partner|husband|my husband|wife|my wife|boyfriend|my boyfriend|girlfriend|my girlfriend|fella|my fella|bf|my bf|gf|my gf|ex|my ex|stepdad|my stepdad|in laws|my in laws|he|she)`;
const SIM_TAKEN = pattern`\b${CONTROLLER} (?:has )?(?:took|takes|taken|removed|removes|pulled|keeps taking|hid|hides|hidden|keeps|kept|snapped|cut up|threw away|binned) (?:the |my )?sim(?: card)?(?: out(?: of my (?:phone|mobile))?)?\b`;
const SIM_OUT = String.raw`\b(?:new phone|upgrad\w*|swap\w*|switch\w*|transfer\w*|to put|set ?up|setting up|fix\w*|repair\w*|broken|cracked|abroad|holiday|roaming|esim|shop|network|unlock\w*|${LAUGH})\b`;
const DEVICE_AND_LIBRARY = pattern`^(?=.*\b${CONTROLLER} (?:has )?(?:took|takes|taken|has taken|hid|hides|hidden|keeps|kept|locks away|locked away|confiscated|changed the password on|cut off) (?:my |the )?(?:phone|mobile|charger|phone charger|laptop|tablet|ipad|router|wifi|internet)\b)(?=.*\b(?:(?:i am|i have to|i had to|so i am|i can only) (?:using|use|go to|come to|message from|reply from|borrow|borrowing) (?:the library|a library|my neighbours|my friends|a friends|my sisters|my mums|my daughters|the job centre|a public|the computer at|the computers at)|can not (?:reply|answer|message|text|call|ring|be contacted|get back to you|respond|log in|check)(?: you| my messages| messages)? (?:at night|in the evening|in the evenings|after \d+|when (?:he|she) is (?:home|in|around|back|about)|at weekends|until (?:he|she) (?:goes|is|leaves)))\b)`;
const DEVICE_OUT = String.raw`\b(?:broken|broke|screen|repair\w*|fix\w*|dropped|stolen|lost|upgrad\w*|bill|data|credit|signal|school|homework|grounded|bedtime|${LAUGH})\b`;

const NO_MEAL_IN_DAYS = String.raw`(?:(?:have not|had not|not|did not|have not had|nothing|no|barely|hardly|without) (?:\w+ ){0,3}?(?:meal|meals|eaten|eat|food|a bite|anything to eat)\b(?: \w+){0,3}? (?:in|for|since) (?:\d+|two|three|four|five|six|seven|several|a few|a couple of|the last \w+) ?(?:days?|day and a half)?|(?:\d+|two|three|four|five|six|several) days (?:without|with no|on no) (?:a proper meal|a meal|food|eating|anything))`;
const GAVE_THE_LAST = pattern`^(?=.*\b${NO_MEAL_IN_DAYS})(?=.*\b(?:(?:gave|given|give|giving|went|goes|saved|saving|kept) (?:the last|what was left|what little (?:there was|we had|i had))(?: \w+){0,3}? (?:to|for) (?:the|my|our) (?:kids|children|grandkids|grandchildren|grandson|granddaughter|lad|lass|son|daughter|boy|girl|little one|little ones|youngest|baby)|(?:the |my )?(?:kids|children|grandkids|grandchildren) (?:eat first|get what there is|get fed first|had the last)|(?:nothing|no food) (?:left )?in the (?:cupboards?|fridge|house|flat)|(?:cupboards?|fridge) (?:is|are) (?:bare|empty))\b)`;
const GAVE_LAST_OUT = String.raw`\b(?:diet\w*|fasting|fast|ramadan|lent|operation|surgery|bug|sick|vomit\w*|stomach|tummy|colonoscopy|hospital|slimming|calories|cake|biscuit|biscuits|sweets|chocolate|${LAUGH})\b|${THIRD}`;

const BODY = String.raw`(?:my (?:own )?(?:hand|hands|arm|arms|wrist|wrists|leg|legs|thigh|thighs|fingers?|skin|stomach|chest|forearm|forearms|palm|palms)|myself)`;
const HURT_VERB = String.raw`(?:scalded|scald|scalding|burned|burnt|burn|burning|branded|hit|hitting|punched|punching|bashed|bashing|banged|banging|slammed|cut|cutting|sliced|scratched|scratching|bit|biting|bruised|bruising|hurt|hurting)`;
const ON_PURPOSE = String.raw`(?:deliberately|on purpose|intentionally|purposely|purposefully|to feel something|to punish myself|to feel the pain|for the pain|to feel better|to calm (?:myself )?down)`;
const DELIBERATE_HURT = pattern`${NOT_BEFORE}\b${HURT_VERB} ${BODY}\b(?: \w+){0,6}? ${ON_PURPOSE}\b|${NOT_BEFORE}\b(?:deliberately|purposely|intentionally) ${HURT_VERB} ${BODY}\b|\b${HURT_VERB} ${BODY}\b(?: \w+){0,6}? (?:it was|it was not an|not an|that was) (?:no accident|not an accident|not by accident|accident)\b(?! was)`;
const DELIBERATE_OUT = String.raw`\b(?:not (?:deliberately|on purpose|intentionally|deliberate)|did not mean|by accident|accidentally|clumsy|boxing|martial|karate|kung fu|condition\w*|sparring|first aid|training|course|sunbed|tanning|${FICTION}|${LAUGH})\b|${THIRD}`;

// --- Concern ------------------------------------------------------------------------------------
const FAILURE_WORD = String.raw`(?:a |an |such a |an utter |a complete |a total |nothing but a |the family )?(?:failure|disappointment|let down|letdown|waste of space|burden|loser|good for nothing|has been|scrounger|sponger|embarrassment|no good|dead loss|layabout|dosser|waster|waste of time)`;
const MUST_THINK_FAILURE = pattern`\b(?:my |the |our |all my |all the )?(?:grandchildren|grandkids|grandson|granddaughter|kids|children|son|daughter|family|wife|husband|neighbours|friends|old colleagues|everyone|people|the lads|my lot)\b(?: \w+){0,2}? (?:must|probably|surely|no doubt|clearly|secretly|all) (?:\w+ )?(?:think|thinks|see|sees|view|consider|look at) (?:i am|me as|(?:their|the|the old|their old) (?:grandad|grandpa|grandma|granny|nan|nana|gran|grandmother|grandfather|old man|old girl)(?: is| as)?) ${FAILURE_WORD}\b`;
const MUST_THINK_OUT = String.raw`\b(?:not a failure|never a failure|they do not|they are wrong|but i am not|proud|${LAUGH})\b`;

const HARM_VERB = String.raw`(?:kill|murder|strangle|throttle|punch|thump|deck|slap|lamp|batter|brain|swing for|chin|headbutt|drown|stab|shoot|smack|clobber|wring the neck of|wring the necks of|flatten)`;
const NOT_A_STRETCH = String.raw`(?!(?:hour|hours|few|half|couple|bit|while|minute|minutes|day|days|week|weeks|month|interview|interviews|round|level|exam|test|shift|batch|set|rep|reps|mile|miles|lap|laps|task|job|application|applications|form|one (?:hour|minute))\b)`;
const KILL_THE_NEXT = pattern`\b(?:ill|i will|i am going to|i am gonna|i swear ill|i could|i am liable to|i am ready to|i might|i shall|i would) (?:actually |honestly |literally |genuinely |cheerfully |happily |personally )?${HARM_VERB} the (?:next|very next) ${NOT_A_STRETCH}(?:\w+ ){1,4}?(?:who|that|which|to)\b`;
const KILL_NEXT_OUT = String.raw`\b(?:wasp|wasps|fly|flies|spider|spiders|mosquito|midge|midges|slug|slugs|rat|rats|mouse|mice|pigeon|pigeons|fox|weed|weeds|plant|bug|bugs|ant|ants|cockroach|video|photo|photos|picture|clip|reel|${FICTION})\b`;

const PATIENT = String.raw`(?:patient|calm|nice|kind|forgiving|reasonable|pacifist|tolerant|placid|gentle|peaceful|mild mannered|level headed|restrained|good christian|christian|law abiding)`;
/** Lucky I am patient, read only with a laugh or with what I would have done: alone it may be a sigh at a husband. */
const LUCKY_I_AM_PATIENT = pattern`\b(?:is|are|was|were|should count (?:himself|herself|themselves)|can count (?:himself|herself|themselves)) (?:very |damn |bloody |so )?lucky i am (?:a |such a |so |an )?(?:very |extremely |remarkably )?${PATIENT}\b`;
const WOULD_HAVE_HARMED = pattern`\b(?:id|i would|i could|i nearly|i almost|i was ready to|i was this close to|i wanted to|i could happily|i could cheerfully) (?:have )?(?:drowned|strangled|throttled|murdered|killed|brained|decked|thumped|lamped|slapped|battered|clobbered|swung for|stabbed|smothered|suffocated|poisoned|wrung (?:his|her|their) necks?)\b(?: \w+){0,1}? (?:him|her|them|the (?:\w+ ){0,2}?(?:man|woman|bloke|lad|girl|guy|fella|lady|idiot|manager|boss|recruiter|adviser|advisor|driver|neighbour))\b`;
const HARMED_GATE = String.raw`\b(?:${LAUGH})\b|\blucky i am\b`;
const LUCKY_OUT = String.raw`\b(?:${FICTION}|kitten|puppy|dog|cat|plant|plants|garden)\b`;

const FUTILE = pattern`^(?:\w+ ){0,4}?(?:it all|everything|all of it|all this|all of this|the whole thing|the whole business|the whole lot|life|my life|trying|carrying on|going on|the lot|any of it|all my efforts|my efforts|all the effort) (?:\w+ )?(?:seems|seem|feels|feel|is|are|looks|look|appears|has become|is becoming|seems to me|strikes me as) (?:rather |quite |so |very |utterly |completely |entirely |a bit |all a bit |somewhat |increasingly |more and more |just |totally |terribly |all )*(?:futile|pointless|hopeless|meaningless|in vain|a lost cause|without purpose|purposeless|for nothing|to no avail)\b(?! (?:having|to have|doing|asking|when|because|since|filling|logging|sending|trying to|that|if the|until|unless|without))`;
const FUTILE_OUT = String.raw`\b(?:form|forms|website|system|app|portal|password|log ?in|meeting|appointment|queue|traffic|journey|bus|train|parking|weather|rain|match|team|football|rugby|cricket|diet|not (?:futile|pointless|hopeless)|never (?:futile|pointless|hopeless)|${FICTION}|${LAUGH})\b|${THIRD}`;

const DEPRESSION = String.raw`(?:a bit |a touch |slightly |somewhat |quite |rather |mildly |clinically |probably |possibly |a little )?(?:depressed|depression|a depression|clinical depression|a touch of depression|signs of depression)`;
const MAY_BE_DEPRESSED = pattern`${NOT_BEFORE}\b(?:i think|i wonder if|i wonder whether|i suspect|i am worried|i worry|i fear|i am afraid|i am starting to think|i am beginning to think|i reckon|i feel like|i am pretty sure|i am fairly sure|perhaps|maybe|possibly) i (?:may|might|could|must) (?:be|have|be getting|have got|be suffering from|be heading into|be sliding into) ${DEPRESSION}\b|\b(?:the |my )?(?:doctor|gp|dr|nurse|counsellor|therapist|consultant) (?:says|said|thinks|thought|reckons|told me|suggested|suspects|wonders if|has said|believes) (?:that )?(?:i am|i have|i may be|i might be|i might have|i may have|i could be|i could have|i have got|i am suffering from|i am showing|i am showing signs of) ${DEPRESSION}\b|\b(?:the |my )?(?:doctor|gp|dr|nurse) (?:mentioned|brought up|raised|said the word|used the word|put me down for|wants to treat me for|diagnosed me with) (?:the word )?(?:depression|clinical depression|me being depressed)\b`;
const DEPRESSED_OUT = String.raw`\b(?:not depressed|never been depressed|economy|market|prices|depressed area|depressed town|dog|cat|${FICTION}|${LAUGH})\b|${THIRD}`;

const HOUSE_WILL_GO = pattern`^(?=.*\b(?:the|my|our) (?:house|home|flat|bungalow|place|cottage)\b(?: \w+){0,2}? (?:will|would|may|might|could|is going to|must|shall) (?:have to |need to |end up having to )?(?:go|be sold|go up for sale|be repossessed|be taken|be lost)\b)(?=.*\b(?:if (?:i|we) (?:do not|can not|cannot|do not manage to|fail to|have not|can not manage to) (?:find|get|land|secure|have|keep up|pay)|unless (?:i|we|something) (?:find|get|land|turns up|comes up)|if (?:nothing|no work|no job) (?:comes up|turns up)|if (?:this|it) (?:carries on|goes on|keeps up)|can not (?:keep up|afford|pay|manage)(?: the)? (?:mortgage|payments|rent|bills)|mortgage|arrears|repossess\w*|behind on)\b)`;
const HOUSE_OUT = String.raw`\b(?:downsiz\w*|mov(?:e|ing)|relocat\w*|bigger|smaller|nearer|closer|retire\w*|inherit\w*|probate|estate|mums|dads|parents|nans|care home|extension|renovat\w*|${LAUGH})\b|${THIRD}`;

/** [gate on the whole message, groups read in it] as rules.ts reads whole-message sets. */
export const NINETY_NINTH_WHOLE_SETS: readonly (readonly [RegExp, readonly RiskPatternGroup[]])[] = [
  [unless(String.raw`\bready to|\bthe sooner the better\b|\b(?:take|have|call) me\b`, READY_OUT), [group('crisis', 'wishes to be dead', [READY_WHEN_CALLED])]],
  [unless(String.raw`\bdo it\b`, DONE_OUT), [group('crisis', 'intends to end their life', [DONE_DOING_IT])]],
  [unless(String.raw`\b(?:mind|decided|decision|peace|settled|what i am doing)\b`, JOIN_OUT), [group('crisis', 'intends to end their life', [MIND_MADE_UP_JOIN])]],
  [unless(WITH_LATE_GATE, WITH_LATE_OUT), [group('crisis', 'wishes to be dead', [WITH_MY_LATE])]],
  [unless(String.raw`\b(?:own life|himself|herself|themselves|suicide)\b`, UNDERSTAND_OUT), [group('crisis', 'thoughts of suicide', [UNDERSTAND_THEM_NOW])]],
  [unless(String.raw`\bsim\b`, SIM_OUT), [group('crisis', 'coercive control', [SIM_TAKEN])]],
  [unless(String.raw`\b(?:library|can not)\b`, DEVICE_OUT), [group('crisis', 'coercive control', [DEVICE_AND_LIBRARY])]],
  [unless(String.raw`\bdays?\b`, GAVE_LAST_OUT), [group('crisis', 'no safe place, food or power tonight', [GAVE_THE_LAST])]],
  [unless(String.raw`\b(?:deliberately|on purpose|intentionally|purposely|purposefully|to feel|to punish|for the pain|to calm|accident)\b`, DELIBERATE_OUT), [group('crisis', 'self-harm', [DELIBERATE_HURT])]],
  [unless(String.raw`\b(?:must|probably|surely|no doubt|clearly|secretly|all)\b`, MUST_THINK_OUT), [group('concern', 'feels worthless', [MUST_THINK_FAILURE])]],
  [unless(String.raw`\bthe (?:very )?next\b`, KILL_NEXT_OUT), [group('concern', 'joked about hurting someone', [KILL_THE_NEXT])]],
  [unless(String.raw`\b(?:${LAUGH}|id|i would|i could|or else)\b`, LUCKY_OUT), [group('concern', 'joked about hurting someone', [LUCKY_I_AM_PATIENT])]],
  [unless(HARMED_GATE, LUCKY_OUT), [group('concern', 'joked about hurting someone', [WOULD_HAVE_HARMED])]],
  [unless(String.raw`\b(?:futile|pointless|hopeless|meaningless|in vain|lost cause|purpose|for nothing|no avail)\b`, FUTILE_OUT), [group('concern', 'hopelessness', [FUTILE])]],
  [unless(String.raw`\bdepress`, DEPRESSED_OUT), [group('concern', 'low mood', [MAY_BE_DEPRESSED])]],
  [unless(String.raw`\b(?:house|home|flat|bungalow|place|cottage)\b`, HOUSE_OUT), [group('concern', 'may lose their home', [HOUSE_WILL_GO])]],
] as const;
