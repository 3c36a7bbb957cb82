// Young people of 16 to 24 not in work or education (sofa surfers, hostel residents, care leavers, young
// parents, gamers): risk said in their own words. Just going to do it, done fighting; next time I'm home
// alone, that's it; "the 15th. I've counted the days"; watching videos of how people hang themselves, or
// looking up which height is guaranteed; my ex turned up drunk and is trying to get in; the lad whose
// sofa I'm on won't let me stay unless I do stuff with him; nothing but tap water since Thursday; burnt
// out from masking all day; "gonna push my sister off the sofa lol"; life on hard mode with no
// checkpoints; "not great, pretty low"; buy now pay later and now I can't pay it back.
// The same words fill everyday messages (going to do it, applying for the job; done fighting the council;
// home alone on Wednesday, that's the only day I'm free; counting the days to payday; a history essay on
// hangings; working at height; trying to get in touch; won't let me stay unless I chip in for bills; only
// water since I'm fasting; masking tape; hard mode in a game; not great, pretty low on credit; Klarna paid
// off), so each set rests on the words that carry the risk together and shuts on the everyday uses, on
// someone else's trouble and on fiction.
// Crisis: going to (just) do it / go through with it with done / tired of / no more fighting (not
// fighting for, with or over something); next time / when I'm home alone or the house is empty, ending
// "that's it"; a bare date or day with "I've counted the days"; how people hang / kill themselves, or
// which height is guaranteed / fatal (an essay, training, working at height or a game shut it, but "not
// for a game" does not; a laugh does not); someone, my ex or partner trying to get / break in (keys, a
// club, getting in touch shut it); won't let me stay / can stay only if I sleep with / do stuff with him,
// or sex for rent; only tap water with no food or meal, or for days (fasting, a diet, a bug or an
// operation shut it).
// Concern: masking all day / from masking with burnt out / shut down / meltdown (masking tape, face
// masks, a child who masks shut it); push / throw / chuck a person off the sofa, out the window, in the
// canal, with a laugh; life / it feels like hard / nightmare mode with no checkpoints / saves or everyone
// else on easy (a named game or a laugh shuts it); a bare "not great, pretty low"; buy now pay later /
// Klarna / Clearpay and can't pay / behind / overdue (paid off, on time shut it).
// Look-alikes of our own are in test/domain/riskHundredAndThirtySixthForms.test.ts. Normalised words
// ("i am" for "I'm", "going to" for "gonna", "will not" for "won't", "can not" for "can't", "friend" for
// "mate", "boyfriend" for "bf", "honestly" for "ngl").
import { pattern } from '../riskPatterns.ts';
import { group, LAUGH, unless, WEEKDAY } from './wholeMessageSets.ts';

const FICTION_BUT_GAMES = String.raw`film|movie|book|novel|series|episode|character|soap|song|lyrics|documentary|podcast|poem|storyline|script|netflix|drama|play|rehearsal|theatre|season`;
const FICTION = String.raw`${FICTION_BUT_GAMES}|game|games|gaming`;
const PERSON = String.raw`(?:mum|mom|mam|dad|mother|father|brother|sister|friend|son|daughter|nan|gran|grandad|grandma|uncle|aunt|auntie|cousin|nephew|niece|neighbour|flatmate|housemate|colleague|client|patient|student|husband|wife|partner|boyfriend|girlfriend|bestie|pal|lad|sibling|child|kid|stepson|stepdaughter)`;
/** Someone else's trouble, said of them. */
const THIRD = String.raw`\b(?:my|his|her|their|a) ${PERSON}s? (?:says|said|keeps saying|told me|texted|messaged|posted|wrote)\b|\bone of the other\b`;
/** Thursday as young people shorten it ("since thurs", "weds"), after the normaliser. */
const DAY = String.raw`(?:${WEEKDAY}|mon|tue|tues|wed|weds|thur|thurs|fri|sat|sun)`;

// --- Crisis: honestly I'm just going to do it, done fighting ----------------------------------------------
const FIGHT_OVER = String.raw`(?:(?:done|finished|through) (?:with )?fighting|(?:tired|sick|sick and tired) of fighting|no more fighting|(?:can not|can not keep|will not keep|not going to keep|will not|not going to) (?:fight|fighting)(?: it| this)? (?:anymore|any more|any longer)|(?:give up|gave up|given up|giving up|stopped|stopping|quit) fighting)(?! (?:for|with|over|about|against|the|my|his|her|them|him|back|in|on|to|at|each)\b)`;
const DO_IT = String.raw`(?:going to|about to) (?:just )?(?:do it|go through with it|do this)(?! (?:myself|yourself|online|on my own|their way|his way|her way|your way|my way|for|with|by|properly|right|again|later|at home|the now|then|in person|by hand|over|together|as well|too|anyway|first|differently)\b)`;
const DONE_FIGHTING_DO_IT = pattern`^(?=.*\b${FIGHT_OVER})(?=.*\b${DO_IT})`;
const DONE_FIGHTING_DO_IT_OUT = String.raw`\b(?:boss|boss fight|level|raid|ufc|boxing|mma|sparring|bout|fight night|kickboxing|elden|souls|fortnite|tekken|street fighter|${FICTION})\b|${THIRD}`;

// --- Crisis: next time I'm home alone, which is Wednesday, that's it -------------------------------------
const ALONE = String.raw`(?:i am (?:home |in |at home |in the house |in the flat )?(?:alone|on my own|by myself)|home alone|(?:the )?(?:house|flat|place|home) (?:is |will be |is going to be )?(?:empty|to myself|to me)|everyone is (?:out|away|gone)|(?:nobody|no one) is (?:home|in|around|about))`;
/** Between being alone and "that's it", only when: "which is Wednesday", "saturday", "at the hostel" (a task, "I'll ring the agency", is everyday). */
const ONLY_WHEN = String.raw`(?: (?:which is|that will be|that is|on|this|next|so|then|and|tonight|tomorrow|morning|night|afternoon|evening|weekend|${DAY}|the \d{1,2}(?:st|nd|rd|th)?|\d{1,2} ?(?:am|pm)|at home|(?:at|in) (?:the|my) (?:hostel|flat|house|room|place|home)))*`;
const ALONE_THAT_IS_IT = pattern`^(?=.*\b(?:next time|the next time|when|once|as soon as|soon as|first chance|got|have got|on ${DAY}|this ${DAY}|${DAY})\b.{0,40}?\b${ALONE}${ONLY_WHEN} that is it(?: then| for me| for good| done| over)?$)`;
const ALONE_THAT_IS_IT_OUT = String.raw`\b(?:only (?:time|times|day|days|night|nights|chance|free)|free (?:on|at|from|after|before|all)|available|appointment|(?:can|could) (?:call|ring|phone)|(?:call|ring|phone) (?:you|me back|them)|calls|meet|meeting|interview|cv|journal|applications?|apply|form|course|revise|revision|study|clean|cleaning|tidy|hoover|party|pizza|takeaway|${FICTION})\b|${THIRD}`;

// --- Crisis: the 15th. I've counted the days --------------------------------------------------------------
const DATE = String.raw`(?:(?:on |it is |it will be )?(?:the )?(?:\d{1,2}(?:st|nd|rd|th)?|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\w+teenth|twentieth|thirtieth|twenty \w+)(?: of \w+)?|(?:this |next |on )?${WEEKDAY}(?: night| morning)?|tonight|tomorrow(?: night)?)`;
const DATE_COUNTED = pattern`^${DATE} (?:i have|i) counted (?:the )?(?:days|hours)(?: now| already)?$`;

// --- Crisis: watching videos of how people hang themselves; which height is guaranteed -------------------
const HOW_PEOPLE_DO_IT = String.raw`how (?:people|you|someone|somebody|a person|they|others|to) (?:hang|hanged|hung|kill|killed|end|ended) (?:themselves|yourself|oneself|their (?:lives|life))`;
const WHICH_HEIGHT = String.raw`(?:which|what|how much|the|how high a) (?:height|drop|fall|floor|storey|story|level of (?:a|the) car park)s? (?:is|are|would be|will be|you need|do you need|it takes|would do it|would kill)(?: \w+){0,2}? (?:guaranteed|fatal|lethal|deadly|certain|definite|enough to (?:die|kill)|to die|to kill you|unsurvivable|not survivable)|how high (?:do you|you|would i|i would|does it) (?:need|have) to (?:be|jump|fall)(?: \w+){0,3} (?:to die|to not survive|so you do not survive|for it to work)`;
const METHOD_RESEARCH = pattern`\b(?:${HOW_PEOPLE_DO_IT}|${WHICH_HEIGHT})\b`;
const METHOD_RESEARCH_OUT = String.raw`\b(?<!\bnot (?:for |in |from |about )?(?:a |an |the |my |any |some )?)(?:${FICTION}|training|suicide prevention|prevention|awareness|first aid|safeguarding|ligature points?|risk assessments?|module|essay|assignment|dissertation|history|executions?|executed|medieval|true crime|scaffold\w*|working at height|harness|health and safety|ladder|bungee|skydiv\w*|base jump\w*|cliff div\w*|diving|parkour|my (?:little |big |older |younger |baby |step )?${PERSON}s? (?:(?:keeps|has been|was|is) (?:watching|researching|looking|googling|searching|reading)|watches|watched|researched|searched|looked)|(?:he|she|they) (?:keeps|has been|have been|was|is|are|were) (?:watching|researching|looking|googling|searching))\b|${THIRD}`;

// --- Crisis: my ex turned up drunk and is trying to get in ----------------------------------------------
const TRYING_IN = String.raw`(?:trying|tried|try) to (?:get|break|force (?:his|her|their|the) (?:way|door)|kick (?:the|my) door|smash (?:his|her|their) way|climb) in(?= (?:my|the|our|through (?:my|the)) (?:house|flat|room|place|home|door|window|windows|tent|back door|front door|bedroom)\b(?! (?:list|register|queue|market|share|scheme))| (?:right now|now|again|as we speak|while|and|what|help|i am|please)\b|$)`;
const WHO_TRIES = String.raw`(?:ex|partner|boyfriend|girlfriend|husband|wife|dad|stepdad|step dad|brother|baby daddy|babys dad|baby father|landlord|dealer|he|she|they|someone|somebody|some(?:one|body)s|a man|a guy|a bloke|some guy|some bloke|people|men)`;
const TRYING_TO_GET_IN = pattern`^(?=.*\b${WHO_TRIES}\b)(?=.*\b${TRYING_IN})`;
const TRYING_TO_GET_IN_OUT = String.raw`\b(?:(?:lost|forgot|left|locked) (?:my|the|his|her|their) keys?|locksmith|locked (?:myself|himself|herself|themselves) out|(?:landlord|letting agent|agent|maintenance|plumber|engineer|gas man|meter reader|council)(?: \w+){0,3} (?:trying|tried) to get in (?:with|to (?:do|fix|check|read|inspect))|inspection|queue|club|nightclub|festival|gig|concert|stadium|tickets?|guest list|bouncers?|zombies?|(?:his|her|their|my (?:friend|sister|brother|mum|mom|cousin|neighbour|bestie|flatmate|housemate)s?) (?:ex|partner|boyfriend|girlfriend|husband|wife)|${FICTION}|${LAUGH})\b|${THIRD}`;

// --- Crisis: won't let me stay unless I do stuff with him -------------------------------------------------
const STAY = String.raw`(?:(?:will not|does not|would not|not|never|wont) let me (?:stay|sleep|crash|kip|live|stop|keep staying|keep the (?:room|sofa|bed))|(?:i )?(?:can|could) (?:only )?(?:stay|sleep|crash|kip|keep (?:the|my) (?:room|sofa|bed|place))|(?:kick|throw|chuck|put) me out|(?:a|the|his|her) (?:room|sofa|couch|bed|place to stay|roof over my head))`;
const SEX_PRICE = String.raw`(?:unless|only if|if|as long as|in exchange for|in return for|for) i (?:do (?:stuff|things|bits|favours|favors|sexual \w+) (?:with|to) (?:him|her|them)|do (?:favours|favors|sexual \w+|what he wants|what she wants|what they want)|sleep with (?:him|her|them)|have sex|go to bed with (?:him|her|them)|hook up with (?:him|her|them)|send (?:him|her|them) (?:pics|pictures|photos|nudes)|pay (?:him|her|them) (?:in kind|another way|some other way|in other ways)|let (?:him|her|them) (?:touch|do (?:stuff|things|what)))`;
const STAY_UNLESS_SEX = pattern`\b${STAY}\b.{0,60}?\b${SEX_PRICE}\b|\b(?:sex for rent|rent for sex|pay (?:the rent|rent|my way) (?:in kind|with sex)|sexual favou?rs? for (?:a|the) (?:room|bed|sofa|place))\b`;
const STAY_UNLESS_SEX_OUT = String.raw`\b(?:chores|cleaning|clean|washing up|dishes|hoover\w*|cook|cooking|chip in|bills|shopping|tidy|babysit\w*|news|article|campaign|${FICTION})\b|${THIRD}`;

// --- Crisis: haven't had a proper meal since Thursday, just tap water -----------------------------------
const ONLY_WATER = String.raw`(?:(?:just|only|nothing but|living on|surviving on|been on|been having|drinking|had) (?:tap )?water|(?:tap )?water (?:only|and nothing else))`;
const NO_FOOD = String.raw`(?:(?:have not|not|had not|did not|have not had|not had) (?:had |eaten )?(?:a |any )?(?:proper |real |hot |decent )?(?:meal|food|dinner|breakfast|lunch|anything(?: to eat| proper)?|a bite|a thing|eaten|eat|properly)|no (?:food|meals?|money for food|dinner)|nothing (?:to eat|in the (?:cupboards?|fridge|house))|empty (?:cupboards?|fridge)|since (?:yesterday|last night|${DAY}|the weekend|last week|payday)|for (?:\d+|two|three|four|five|a couple of|a few|several) days|(?:\d+|two|three|four|five|a couple of|a few) days)`;
const WATER_NO_FOOD = pattern`^(?=.*\b${ONLY_WATER}\b)(?=.*\b${NO_FOOD}\b)`;
const WATER_NO_FOOD_OUT = String.raw`\b(?:fast|fasting|ramadan|detox|diet|dieting|juice|cleanse|lose weight|losing weight|weight loss|calories|gym|bulk|bulking|hydrat\w*|healthy|health kick|dry january|sober|alcohol|booze|pints?|caffeine|energy drinks?|fizzy|nil by mouth|op|operation|surgery|procedure|scan|blood tests?|colonoscopy|bug|virus|flu|food poisoning|being sick|throwing up|vomit\w*|sickness|hangover|hungover|water (?:bill|rates|meter|company|board)|included|bills?|plants?|garden|${FICTION}|${LAUGH})\b|${THIRD}`;

// --- Concern: burnt out from masking all day, just shut down when I got home ----------------------------
const MASKING = String.raw`(?:(?:from|after|of|by|with|all the|been|keep|i|from all the) masking|masking (?:all day|all week|so much|constantly|every day|for hours|at (?:the|work|college|uni|school|the course)|my (?:autism|adhd)))`;
const SHUTDOWN = String.raw`(?:burnt out|burned out|burnout|shut down|shutdown|shutting down|meltdowns?|melt down|melted down|exhausted|wiped out|drained|crashed|can not cope|falling apart|fried|nothing left)`;
const MASKING_BURNOUT = pattern`^(?=.*\b${MASKING}\b)(?=.*\b${SHUTDOWN}\b)`;
const MASKING_BURNOUT_OUT = String.raw`\b(?:masking tape|masking fluid|face masks?|masks? on|wearing (?:a|the) masks?|decorat\w*|painting|spray\w*|(?:he|she|they|son|daughter|child|kid|boy|girl|pupil|student|client)(?: is| are| was| were| has been| have been| keeps| does| do)? (?:masking|masks)|${FICTION}|${LAUGH})\b|${THIRD}`;

// --- Concern: gonna push my sister off the sofa next time she nicks the controller lol -------------------
const VICTIM = String.raw`(?:him|her|them|my (?:\w+ )?${PERSON}|my (?:boss|manager|supervisor|landlord|ex|baby daddy|work coach|coach)|the (?:guy|bloke|woman|lady|man|lad|girl|recruiter|manager|landlord|driver))`;
const PLACE = String.raw`(?:sofa|couch|settee|bed|chair|roof|balcony|cliff|pier|bridge|window|stairs|canal|river|sea|pond|lake|bin|skip|road|bus|train|top|edge|mezzanine|pool)`;
const JOKED_PUSH = pattern`\b(?:push|pushing|shove|shoving|throw|throwing|chuck|chucking|lob|lobbing|boot|booting|drop kick|dropkick|yeet|yeeting) ${VICTIM} (?:off|out of|out|down|into|in|over)(?: the| a| his| her| their| my| of the| of a)? (?:\w+ )?${PLACE}\b`;
const JOKED_PUSH_GATE = String.raw`\b(?:${LAUGH}|lmfao|rofl|istg|i swear)\b`;
const JOKED_PUSH_OUT = String.raw`\b(?:pushed|shoved|threw|chucked|lobbed) (?:him|her|them|my)|${FICTION}|in the (?:film|game|book|play)|${THIRD}`;

// --- Concern: feels like I'm on hard mode with no checkpoints and everyone else is on easy ---------------
const HARD_MODE = pattern`^(?=.*\b(?:hard|hardest|nightmare|hardcore|impossible|expert|legendary|ultra hard) mode\b)(?=.*\b(?:feels like|feel like|felt like|life|real life|irl|everyone else|spawned|born)\b)(?=.*\b(?:no (?:checkpoints?|save points?|saves?|respawns?|tutorial|cheats?|cheat codes?|extra lives|lives|continues?|guide|map|pause)|everyone else (?:is |got |gets |has |playing |plays )?(?:on )?easy|rigged|can not win|never win|stacked against)\b)`;
const HARD_MODE_OUT = String.raw`\b(?:minecraft|fortnite|halo|hades|elden|souls|zelda|fifa|fc \d+|cod|call of duty|apex|valorant|roblox|pokemon|mario|character|playthrough|controller|xbox|playstation|ps\d|switch|steam|console|in the game|video game|${FICTION_BUT_GAMES}|${LAUGH})\b|${THIRD}`;

// --- Concern: how am I doing? not great, pretty low -------------------------------------------------------
const NOT_GREAT_LOW = pattern`^(?:(?:how am i doing|how i am doing|how am i|how i am|you asked|since you asked|since you ask|honestly|to be honest|truthfully|if i am honest|in all honesty|well|erm|um|hmm) )*(?:not (?:great|good|brilliant|amazing|too good|so good|the best|well|ok|okay|fine|gonna lie|going to lie)|could be better|been better) (?:(?:pretty|a bit|bit|quite|really|very|so|kind of|kinda|feeling|just|proper|rather|if i am honest|honestly|to be honest) )+(?:low|down|flat|rubbish|crap|rough|grim|shit|meh)(?: (?:honestly|to be honest|today|lately|this week|at the moment|atm|right now|again))?$`;
const NOT_GREAT_LOW_OUT = String.raw`\b(?:${LAUGH})\b`;

// --- Concern: buy now pay later for Christmas and now I can't pay it back -------------------------------
const BNPL = String.raw`(?:buy now pay later|klarna|clearpay|laybuy|pay in 3|pay in three|afterpay|bnpl|paypal credit|pay later)`;
const CANT_PAY = String.raw`(?:(?:can not|could not|can not afford to|unable to|struggling to|do not know how (?:i am going to|to|i will)) (?:pay|afford|keep up|cover|make)(?: (?:it|them|that|this|the payments?|any of it))?(?: back| off)?|behind|overdue|missed (?:a |the |my |two |three )?payments?|late fees?|debt collect\w*|in debt|in arrears|arrears|defaulted|bounced)`;
const BNPL_CANT_PAY = pattern`^(?=.*\b${BNPL}\b)(?=.*\b${CANT_PAY}\b)`;
const BNPL_CANT_PAY_OUT = String.raw`\b(?:paid (?:it |them |the last one |everything )?off|all paid|(?:always|paid|paying it) on time|never (?:missed|late)|not behind|interest free and|is it worth|should i use|can i use|${FICTION}|${LAUGH})\b|${THIRD}|\b(?:her|his|their) (?:klarna|clearpay|debts?)\b|\bmy ${PERSON}s? (?:(?:is|was) (?:in debt|behind|drowning|struggling)|owes|keeps using|uses|used)\b`;

export const HUNDRED_AND_THIRTY_SIXTH_WHOLE_SETS = [
  [unless(String.raw`\bfight`, DONE_FIGHTING_DO_IT_OUT), [group('crisis', 'intends to end their life', [DONE_FIGHTING_DO_IT])]],
  [unless(String.raw`\bthat is it\b`, ALONE_THAT_IS_IT_OUT), [group('crisis', 'a plan to end their life', [ALONE_THAT_IS_IT])]],
  [unless(String.raw`\bcounted\b`, String.raw`\b(?:payday|holiday|birthday|wedding|christmas)\b`), [group('crisis', 'a plan to end their life', [DATE_COUNTED])]],
  [unless(String.raw`\b(?:themselves|yourself|oneself|their lives|their life|height|drop|fall|floor|storey|story|how high)\b`, METHOD_RESEARCH_OUT), [group('crisis', 'thinking about a way to end their life', [METHOD_RESEARCH])]],
  [unless(String.raw`\b(?:trying|tried|try) to\b`, TRYING_TO_GET_IN_OUT), [group('crisis', 'no safe place, food or power tonight', [TRYING_TO_GET_IN])]],
  [unless(String.raw`\b(?:unless|only if|if|as long as|in exchange|in return|for rent|rent for|in kind|favou?rs?)\b`, STAY_UNLESS_SEX_OUT), [group('crisis', 'abuse or violence', [STAY_UNLESS_SEX])]],
  [unless(String.raw`\bwater\b`, WATER_NO_FOOD_OUT), [group('crisis', 'no safe place, food or power tonight', [WATER_NO_FOOD])]],
  [unless(String.raw`\bmasking\b`, MASKING_BURNOUT_OUT), [group('concern', 'not coping', [MASKING_BURNOUT])]],
  [unless(JOKED_PUSH_GATE, JOKED_PUSH_OUT), [group('concern', 'joked about hurting someone', [JOKED_PUSH])]],
  [unless(String.raw`\bmode\b`, HARD_MODE_OUT), [group('concern', 'hopelessness', [HARD_MODE])]],
  [unless(String.raw`\b(?:low|down|flat|rubbish|crap|rough|grim|shit|meh)\b`, NOT_GREAT_LOW_OUT), [group('concern', 'low mood', [NOT_GREAT_LOW])]],
  [unless(String.raw`\b${BNPL}\b`, BNPL_CANT_PAY_OUT), [group('concern', 'money worries', [BNPL_CANT_PAY])]],
] as const;
