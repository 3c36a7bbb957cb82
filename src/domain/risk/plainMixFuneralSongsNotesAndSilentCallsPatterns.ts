// A sixteenth plain mix (an ordinary cross-section of people on a job-search programme): risk said in
// passing, in the middle of everyday talk. A call done on the phone because he is listening so I'll only
// say yes and no; funeral songs put on a list for someone; a goal of stopping cutting; a date written in
// the calendar "like it's an appointment"; a note written and torn up and started again; swapping places
// with anyone in a coffin; "should just finish it all"; making an ex regret it; nothing for tomorrow and
// no money at all; cutting an arm up and needing something that covers it; next week will be better and
// it never is; a curt "meh, down, next question"; planning a flatmate's funeral for an alarm, with a laugh.
// The same words fill everyday messages (the baby is asleep so I can only whisper, a funeral plan with the
// Co-op, stop cutting corners, written the interview in my calendar, a note to the landlord torn up, swap
// places with anyone in the office, finish it all by Friday (the applications), make them regret not
// hiring me, nothing planned for tomorrow, cut my arm open on a nail, next week will be better), so each
// set rests on the words that carry the risk together and shuts on the everyday uses, on someone else's
// trouble and on fiction.
// Crisis: he is listening so I can only say yes and no; my funeral songs picked; stop cutting is the goal;
// a date in the calendar like an appointment; a note written and ripped up; swap places with someone in
// the grave; should just finish it all; I'm going to make sure she regrets it; nothing for tomorrow and no
// money; cut my arms up and need to cover them.
// Concern: it will be better and it never is; down, next question; planning his funeral (a joke).
// Look-alikes of our own are in test/domain/riskHundredAndFifteenthForms.test.ts. Normalised words ("i am"
// for "I'm", "can not" for "can't", "no one" for "nobody", "friend" for "mate", "honestly" for "tbh").
import { pattern } from '../riskPatterns.ts';
import { group, LAUGH, SOMEONE_ELSE_SAID, unless } from './wholeMessageSets.ts';

const FICTION = String.raw`film|movie|book|novel|series|episode|character|soap|song lyrics|lyrics|documentary|podcast|poem|storyline|script|play|sims|minecraft|gta|fortnite|roblox|zelda|pokemon|anime|manga|fanfic|game|gaming|mission|squad|call of duty|cod`;
const PARTNER = String.raw`(?:he|she|husband|wife|partner|boyfriend|girlfriend|fella|ex|my (?:husband|wife|partner|boyfriend|girlfriend|fella|ex|man|other half|missus|mrs|fiance|fiancee|dad|stepdad)|the (?:husband|wife|missus|mrs|other half))`;

// --- Crisis: he is listening, so I'll only say yes and no ------------------------------------------------
const LISTENING = pattern`\b${PARTNER} (?:is |s )?(?:listening|listening in|in the room|in the next room|next to me|sat next to me|sitting next to me|right here|right next to me|here|home|watching|watching me|reading over my shoulder|reading my messages|checking my phone)\b(?: \w+){0,3}? so (?:i can only|ill only|i will only|i can not|i cannot|i have to|i am only going to|i am going to|i will just|ill just|i can just|i will have to|ill have to|i need to|i must) (?:only |just )?(?:say|answer|talk|speak|reply|type|text|nod|keep it)\b(?=.*\b(?:yes|no|quiet|quietly|short|careful|carefully|cannot talk|can not talk|properly|freely|much)\b)`;
const LISTENING_OUT = String.raw`\b(?:baby|babies|newborn|toddler|asleep|sleeping|nap|napping|night shift|nights|on nights|loud|noisy|noise|signal|reception|battery|cafe|library|bus|train|class|lecture|meeting|manager|boss|supervisor|at work|on shift|interviewer|surprise|birthday|present|party|proposal|spoiler|${FICTION}|${LAUGH})\b|${SOMEONE_ELSE_SAID}`;

// --- Crisis: my funeral songs are picked, on a list for my brother -----------------------------------------
const FUNERAL_SONGS = pattern`\b(?:put|picked|picked out|chosen|chose|written|wrote|written down|listed|got|sorted|left|planned|done|made|sent|given|writing|picking|choosing|sorting) (?:out |down |up )?(?:all )?(?:my|me) (?:own )?funeral (?:songs?|music|playlist|hymns?|wishes|readings?)\b|\bmy funeral (?:songs?|music|playlist|hymns?|wishes) (?:is |are |have been |has been )?(?:picked|chosen|sorted|written|written down|listed|on a list|done|ready|in an envelope|with)\b`;
const FUNERAL_SONGS_OUT = String.raw`\b(?:co op|coop|prepaid|pre paid|over 50s|over fifties|pension|retired|retirement|age uk|would be|will be|should be|would have|will have|when i am (?:old|gone one day|older)|one day|some day|someday|years? from now|old age|91|90|80|bless|wedding|first dance|karaoke|funeral plan|funeral director|undertaker|celebrant|job|course|care home|hospice work|${FICTION}|${LAUGH})\b|${SOMEONE_ELSE_SAID}`;

// --- Crisis: my goal is to stop cutting ---------------------------------------------------------------------
const STOP_CUTTING = pattern`\bstop (?:cutting|self harming|harming myself|hurting myself|burning myself)(?: myself| again| for good| for real)?\b(?! (?:corners|hair|grass|the|it|back|down|out|up|costs|wood|class|classes|school|lessons|coupons|in|off|my (?:hair|hours|budget)|people|him|her|them|me off|benefits|hedges?|lawns?))`;
const STOP_CUTTING_OUT = String.raw`\b(?:hairdress\w*|barber|hair|haircut|corners|grass|lawn|hedge|budget|budgets|costs|hours|benefits|council|government|services|funding|wood|timber|carpentry|joinery|fabric|sewing|tailor|butcher|meat|veg|cake|teeth|teething|puppy|${FICTION}|${LAUGH})\b|${SOMEONE_ELSE_SAID}|\bmy (?:son|daughter|child|kid|sister|brother|friend|partner|girlfriend|boyfriend) (?:to|needs|has|is|keeps)\b`;

// --- Crisis: the date is in my calendar like it's an appointment -------------------------------------------
const LIKE_APPOINTMENT = pattern`\b(?:written|wrote|put|marked|circled|pencilled|penciled|noted|saved|set|entered) (?:it|the date|the day|a date|a reminder|that) (?:down )?(?:in|on|into) (?:my |the )?(?:calendar|diary|phone|planner|phone calendar)\b(?: \w+){0,2}? like (?:it is |its )?(?:an?|any other|just an?|a normal|any) (?:appointment|meeting|date|errand|normal day|dentist appointment|plan)\b`;
const LIKE_APPOINTMENT_OUT = String.raw`\b(?:interview|shift|rota|dentist on|gp on|doctors on|payday|birthday|anniversary|wedding|holiday|bin day|bins|deadline|exam|course|induction|training|school|parents evening|${FICTION}|${LAUGH})\b|${SOMEONE_ELSE_SAID}`;

// --- Crisis: wrote a note, ripped it up, started another --------------------------------------------------
const NOTE_TORN = pattern`\b(?:wrote|written|writing|started|tried writing|tried to write|keep writing|kept writing|drafted|rewritten|rewrote) (?:a|the|my|another|this) (?:note|goodbye note|last note|final note)\b(?: \w+){0,5}? (?:then |and |but )?(?:ripped|tore|torn|binned|burnt|burned|deleted|scrunched|screwed|threw|crumpled|ripping|tearing|binning|burning|deleting|scrunching|screwing|throwing|crumpling) (?:it|them|that)(?: up| away| out)?\b`;
const NOTE_TORN_OUT = String.raw`\b(?:to (?:my |the |our )?(?:landlord|landlady|boss|manager|teacher|school|neighbours?|council|mp|agency|letting agent|work coach|adviser|advisor|gp|doctor|ex|kids school|milkman|postman)|sick note|fit note|thank you|thankyou|shopping|cover letter|complaint|resignation|notes? for|revision|lecture|meeting|minutes|love note|valentine|card|birthday|recipe|${FICTION}|${LAUGH})\b|${SOMEONE_ELSE_SAID}`;

// --- Crisis: I'd swap places with anyone in a coffin ------------------------------------------------------
const SWAP_DEAD = pattern`\bswap(?:ped)? places with (?:anyone|anybody|someone|somebody|whoever|any of them|one of them|them|him|her|my \w+)(?: \w+){0,3}? (?:in (?:a|the|that|their|his|her) (?:coffin|grave|graveyard|cemetery|ground|morgue|crematorium|urn|box|casket)|(?:who is|whos|that is|thats|who are|that are|who has|whos been|who have) (?:dead|died|passed|passed away|buried|gone))\b`;
const SWAP_DEAD_OUT = String.raw`\b(?:magic|magician|magicians|trick|illusion|illusionist|stage|show|circus|theatre|panto|pantomime|escape room|halloween|fancy dress|${FICTION})\b|${SOMEONE_ELSE_SAID}`;

// --- Crisis: I should just finish it all ------------------------------------------------------------------
const FINISH_IT_ALL = pattern`\b(?:should|could|want to|wanna|might|going to|gonna|tempted to|telling me to|tells me to|whether to|about|thinking about|thought about|think about|just|i will|ill|urge to|need to) (?:just )?finish(?:ing)? (?:it all|everything|it all off|myself off|my life)\b(?! (?:by|today|tonight|before|in|this|on|at|tomorrow|first|then|off by|for|up|and send|and submit))`;
const FINISH_IT_ALL_OUT = String.raw`\b(?:applications?|cv|cvs|forms?|essay|assignment|coursework|homework|module|modules|box set|boxset|season|book|painting|decorating|jigsaw|puzzle|marathon|meal|pizza|plate|dinner|food|bottle|course|qualification|nvq|diploma|degree|the job off|i mean the|early night|with a (?:bath|hot bath|bubble bath|cuppa|brew|nap|lie down|lie in|takeaway|chippy|pudding|dessert|curry|kebab)|${FICTION})\b|${SOMEONE_ELSE_SAID}`;

// --- Crisis: I'm going to make sure she regrets it ---------------------------------------------------------
const MAKE_REGRET = pattern`(?:\b(?:i am going to|i am gonna|i will|ill|i swear ill|i swear i will|i am|i want to|i could|i will be)|(?<!\b(?:he is|she is|they are|he|she|they|we are|you are|it is) )\b(?:going to|gonna)) make (?:sure )?(?:she|he|they|her|him|them|that (?:\w+ )?(?:woman|man|bloke|lad|guy|girl)|my ex|the (?:\w+ )?(?:woman|man|bloke|guy|manager|landlord|recruiter|adviser|work coach)) (?:regrets? (?:it|this|that|everything|ever \w+ me|the day)|suffers?|suffer for (?:it|this|that)|(?:pays?|pay for) (?:it|this|that) (?:properly|for real))\b`;
const MAKE_REGRET_OUT = String.raw`\b(?:hire|hiring|hired|not hiring|turned me down|turning me down|reject\w*|promot\w*|interview|succeed\w*|success\w*|successful|famous|rich|prove|proving|doing well|do well|better job|by getting|by doing|by being|when i get|when i am|${FICTION})\b|${SOMEONE_ELSE_SAID}`;

// --- Crisis: nothing for tomorrow and no money at all ----------------------------------------------------
const NOTHING_TOMORROW = pattern`^(?=.*\b(?:nothing|no food|nothing left|nothing in|nothing to eat|nothing at all) (?:left |at all |in )?for (?:tomorrow|tomorrows (?:tea|dinner|breakfast|lunch)|their breakfast|breakfast|the kids tomorrow)\b)(?=.*\b(?:no money|not a penny|no cash|no pennies|nothing in the bank|nothing in my account|skint|broke|zero in|0 in)\b)(?=.*\b(?:tea|dinner|breakfast|lunch|eat|ate|eaten|food|cupboards?|fridge|toast|cereal|meal|meals|hungry|kids|children|baby|formula|nappies)\b)`;
const NOTHING_TOMORROW_OUT = String.raw`\b(?:planned|plans|booked|appointments?|diary|interview|shift|rota|jobs? on|order|orders|delivery|deliveries|post|parcel|forecast|weather|${FICTION}|${LAUGH})\b|${SOMEONE_ELSE_SAID}|\bmy (?:brother|sister|cousin|friend|neighbour|mum|dad)(?: \w+)? (?:has|had|is|got)\b`;

// --- Crisis: cut my arm up, need something that covers it ---------------------------------------------------
const CUT_AND_COVER = pattern`^(?=.*\b(?:cut|slashed|sliced|scratched|carved|burnt|burned) (?:my|me) (?:arms?|wrists?|legs?|thighs?|stomach|skin|forearms?)(?: up| open| again| to bits| badly| to pieces| a lot)\b)(?=.*\b(?:covers? (?:it|them|the cuts|my arms?|my wrists?|my legs?)|cover (?:it|them) up|hide (?:it|them|the cuts)|long sleeves?|long sleeved|cardigan|jumper|hoodie|bad night|rough night|awful night|relapsed|relapse|again last night|did it again)\b)`;
const CUT_AND_COVER_OUT = String.raw`\b(?:nail|nails|glass|broken glass|knife slipped|slipped|box cutter|stanley|blade at work|cooking|kitchen|chopping|fell|fall|fallen|tripped|trip|accident|fence|barbed|wire|brambles|thorns|roses|tin|shaving|shave|bike|cycling|football|rugby|climbing|dog|cat|bit|bitten|oven|iron|hob|kettle|at work|on shift|warehouse|building site|on site|${FICTION}|${LAUGH})\b|${SOMEONE_ELSE_SAID}`;

// --- Concern: next week will be better, and it never is ----------------------------------------------------
const NEVER_IS = pattern`\b(?:say|said|tell myself|telling myself|told myself|keep saying|keep telling myself|kept saying|think|thought|hope|hoped|promise myself|promised myself|convince myself)(?: that)? (?:next (?:week|month|year|time)|this (?:week|month|year|time)|tomorrow|things|it|life)(?: \w+)? (?:will|is going to|would|is gonna|was going to|are going to|will) (?:be|get) (?:better|different|easier|the one|my week|my year)\b.*\b(?:it|they|things|that) (?:never|never ever) (?:is|are|does|do|gets? better|happens|comes|was)\b`;
const NEVER_IS_OUT = String.raw`\b(?:diet|gym|quit smoking|smoking|vape|weight|tidy|tidying|clean|cleaning|early night|alarm|snooze|lie in|lay in|budget spreadsheet|homework|${FICTION}|${LAUGH})\b|${SOMEONE_ELSE_SAID}`;

// --- Concern: meh, down, next question -----------------------------------------------------------------------
const DOWN_NEXT = pattern`^(?:meh |eh |ugh |hmm |honestly |dunno |i do not know |not great |rubbish |pretty |bit |a bit |quite |very |really )*(?:down|low|flat|bleak|grim|miserable|numb|empty|shit|crap|rubbish|awful|horrible)(?: again| as usual| as always| today| lately| this week| if i am honest)? (?:next question|next|move on|moving on|can we move on|skip|skip it|whatever|pass|next one|what is next|anyway next)$`;
const DOWN_NEXT_OUT = String.raw`\b(?:wifi|internet|signal|server|website|site|system|computer|laptop|phone|app|bus|train|traffic|market|shares|price|prices|battery|tyre|tyres|${LAUGH})\b`;

// --- Concern: planning his funeral, for an alarm or the last yoghurt -------------------------------------------
const PLANNING_FUNERAL = pattern`\b(?:planning|plotting|arranging|organising|picking songs for|booked|booking) (?:his|her|their) funeral\b`;
const PLANNING_FUNERAL_OUT = String.raw`\b(?:died|dies|dying|passed|passing|passed away|dead|death|terminal|hospice|cancer|palliative|poorly|illness|ill|rip|sadly|loss|lost (?:him|her|them)|bereave\w*|grief|grieving|funeral director|funeral directors|undertaker|celebrant|funeral plan|nan|gran|grandad|grandma|grandpa|mum|dad|mother|father|uncle|aunt|auntie|${FICTION})\b`;

export const HUNDRED_AND_FIFTEENTH_WHOLE_SETS = [
  [unless(String.raw`\bso (?:i can|ill|i will|i have|i am|i need|i must)\b`, LISTENING_OUT), [group('crisis', 'coercive control', [LISTENING])]],
  [unless(String.raw`\bfuneral\b`, FUNERAL_SONGS_OUT), [group('crisis', 'preparing to end their life, or a past attempt', [FUNERAL_SONGS])]],
  [unless(String.raw`\bstop (?:cutting|self harming|harming myself|hurting myself|burning myself)\b`, STOP_CUTTING_OUT), [group('crisis', 'self-harm', [STOP_CUTTING])]],
  [unless(String.raw`\blike (?:it is |its )?(?:an?|any other|just an?|a normal|any) (?:appointment|meeting|date|errand|normal day|dentist appointment|plan)\b`, LIKE_APPOINTMENT_OUT), [group('crisis', 'a plan to end their life', [LIKE_APPOINTMENT])]],
  [unless(String.raw`\bnote\b`, NOTE_TORN_OUT), [group('crisis', 'preparing to end their life, or a past attempt', [NOTE_TORN])]],
  [unless(String.raw`\bswap(?:ped)? places\b`, SWAP_DEAD_OUT), [group('crisis', 'wishes to be dead', [SWAP_DEAD])]],
  [unless(String.raw`\bfinish(?:ing)? (?:it all|everything|myself off|my life)\b`, FINISH_IT_ALL_OUT), [group('crisis', 'thoughts of suicide', [FINISH_IT_ALL])]],
  [unless(String.raw`\bmake (?:sure )?\w+`, MAKE_REGRET_OUT), [group('crisis', 'harm to someone else', [MAKE_REGRET])]],
  [unless(String.raw`\bfor (?:tomorrow|tomorrows|their breakfast|breakfast|the kids tomorrow)\b`, NOTHING_TOMORROW_OUT), [group('crisis', 'no safe place, food or power tonight', [NOTHING_TOMORROW])]],
  [unless(String.raw`\b(?:cut|slashed|sliced|scratched|carved|burnt|burned) (?:my|me)\b`, CUT_AND_COVER_OUT), [group('crisis', 'self-harm', [CUT_AND_COVER])]],
  [unless(String.raw`\bnever\b`, NEVER_IS_OUT), [group('concern', 'hopelessness', [NEVER_IS])]],
  [unless(String.raw`^(?:\w+ ){0,4}(?:down|low|flat|bleak|grim|miserable|numb|empty|shit|crap|rubbish|awful|horrible)\b`, DOWN_NEXT_OUT), [group('concern', 'low mood', [DOWN_NEXT])]],
  [unless(String.raw`\bfuneral\b`, PLANNING_FUNERAL_OUT), [group('concern', 'joked about hurting someone', [PLANNING_FUNERAL])]],
] as const;
