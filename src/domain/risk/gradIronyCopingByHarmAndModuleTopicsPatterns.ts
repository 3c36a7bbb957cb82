// Read from the hundred-and-eightieth split (graduates and young adults back with their parents:
// ironic, self-mocking, internet shorthand, long paragraphs that bury one line), measured once fresh
// and then read: a plane going down that would not upset them, coping "by cutting", looking forward
// to it all being over for them, days without food and an empty cupboard, a thought of the pills in
// the cupboard (a worry when waved away); as worry, the future as "just this forever", forgotten how
// to talk to people, a month's notice to get a job or move out, "how are you managing? im not",
// crying for forty minutes, a meltdown, "i dont know whats happening to me", the 3am scroll, not
// deserving help, "sleep with one eye open"; and, among everyday messages read as crisis, a course
// module, a podcast or a documentary on abuse or suicide, a friend's risk asked about, and figures.
// Normalised words ("do not", "going to", "unalived" read as "killed myself").
import { oneOf, pattern } from '../riskPatterns.ts';
import { CHAT_HARM_WORDS } from './noFutureCoursesAndSuicideMissionsPatterns.ts';
import { group, SOMEONE_ELSE_OR_A_STORY, unless } from './wholeMessageSets.ts';

// "if the plane went down on the way to that interview i would not be upset about it".
const GOES_DOWN = [
  pattern`\bif (?:the|my|that|a|this) (?:plane|flight|train|bus|coach|ferry|car|taxi|uber|lift)\b(?: \w+){0,10}? (?:went down|goes down|crashed|crashes|came off the (?:road|rails|tracks)|derailed|sank|sinks|flipped)\b(?: \w+){0,10}? (?:i|id)(?: (?:would|could|will))?(?: (?:genuinely|honestly|really|even|truly))? not (?:be )?(?:upset|bothered|sad|mind|care|complain|cry)\b`,
];
const GOES_DOWN_UNLESS = String.raw`\b(?:day off|compensation|refund|delay repay|get out of (?:it|the interview|going)|excuse)\b|${SOMEONE_ELSE_OR_A_STORY}`;

// "how are you coping? honestly by cutting".
const HARM_WAYS = String.raw`(?:cutting|cutting myself|burning myself|scratching myself|hurting myself|harming myself|self harming|hitting myself|starving myself)`;
const COPING_BY_HARM = [
  pattern`\b(?:coping|cope|managing|manage|getting through|get through|dealing with it|dealing)\b(?: \w+){0,4}? by ${HARM_WAYS}\b`,
];
const COPING_BY_HARM_UNLESS = String.raw`\b(?:used to|years ago|stopped|no longer|not any ?more|clean for|instead of)\b|${SOMEONE_ELSE_OR_A_STORY}`;

// "mostly looking forward to it all being over for me".
const OVER_FOR_ME = [
  pattern`\b(?:looking forward to|look forward to|cannot wait (?:for|till|until)|waiting for|counting down (?:to|till|until))\b(?: \w+){0,2}? (?:it all|everything|all of (?:it|this)|life|this life|things|it) (?:being|to be) over (?:for me|for good|forever|for ever)\b`,
];
const OVER_FOR_ME_UNLESS = String.raw`\b(?:exams?|interview|week|shift|course|placement|dissertation|assessment|term|semester|winter|election|world cup|season|move|moving|christmas|hearing|trial|contract|notice)\b|${SOMEONE_ELSE_OR_A_STORY}`;

// Days without food and nothing in: "havent eaten anything in two days, cupboard is a tin of sweetcorn".
const NO_FOOD_DAYS = [
  pattern`\b(?:have not|not|had nothing to|did not|have had nothing to|nothing to) eat(?:en)? (?:anything |a thing |properly |a meal )?(?:in|for|since) (?:two|three|four|five|2|3|4|5|a few|several|days)\b(?: days)?`,
];
const NOTHING_IN = String.raw`\b(?:cupboards?|fridge|no food|no money|nothing (?:in|left)|skint|empty|broke|tin of|can not afford|cannot afford|no cash|0 in (?:my|the) (?:bank|account))\b`;
const NO_FOOD_UNLESS = String.raw`\b(?:he|she|they|man|woman|guy|lady|families|family|people|kids|children)\b(?: \w+){0,3}? (?:had not|has not|have not|did not|had nothing)\b|\b(?:fasting|ramadan|fast|diet|bug|sick|vomit\w*|stomach|operation|surgery|procedure)\b|${SOMEONE_ELSE_OR_A_STORY}`;

// "i thought about the pills in the cupboard": a way, however it is waved away after.
const THOUGHT_OF_PILLS = [
  pattern`\b(?:thought|thinking|think|thinks|thoughts) (?:about|of) (?:taking )?(?:the |my |all the |all my |those |them )?(?:pills|tablets|meds|painkillers|paracetamol|sleeping pills)\b(?: in (?:the|my) (?:cupboard|drawer|bathroom|cabinet|bag))?`,
];
const PILLS_EVERYDAY = String.raw`\b(?:take them|taking them|take my|taken them|at tea|teatime|with dinner|with breakfast|remember\w*|forgot|forget|forgetting|prescription|side effects?|doctor|gp|pharmacy|chemist|dose|doses|repeat|refill|collect|pick up|run out|ran out|with food|routine|contraceptive|vitamins|coming off|new meds|changing)\b|${SOMEONE_ELSE_OR_A_STORY}`;
const WAVED_AWAY = String.raw`\b(?:never|will not|would not|did not|not going|i am (?:ok|okay|fine|alright|all right|safe|good)|put them (?:away|back)|flushed|gave them|but no|but nah|felt silly|not doing it|promise)\b`;

// Worries.
const THIS_FOREVER = [
  pattern`\b(?:the future|my future|life|my life|everything|it) (?:is|will be|is going to be|feels like it is|is just going to be) (?:just )?(?:this|more of this|the same) (?:forever|for ever|for good|until i die)\b`,
  pattern`\bno matter what i do\b(?: \w+){0,8}? (?:forever|never (?:change|changes|get better|gets better))\b`,
];
const FORGOTTEN_PEOPLE = [
  pattern`\b(?:forgotten|forgot|forget) how to (?:talk to|talk with|be around|speak to|be with|chat to) (?:people|anyone|humans)\b`,
  pattern`\bpeople (?:you|i) can talk to\b(?: \w+){0,2}? (?:not really|no|nope|nobody|no one|not any ?more|not since)\b`,
];
const MOVE_OUT_OR_ELSE = [
  pattern`\b(?:get a job|find a job|find work|get work|pay (?:rent|board|up|my way)|start paying(?: \w+)?)\b(?: \w+){0,4}? or (?:move out|get out|i am out|i have to (?:move out|leave|go)|leave|find somewhere else|they will kick me out|i get kicked out|be kicked out)\b`,
  pattern`\b(?:till|until|by) (?:the end of (?:the|this|next) (?:month|week)|\w+day|next week|next month|christmas)\b(?: \w+){0,6}? or (?:move out|get out|i am out|leave|find somewhere else|kicked out)\b`,
];
const MANAGING_NOT = [
  pattern`\bhow (?:are|r) (?:you|u) (?:managing|coping|doing|holding up|getting on)\b(?: \w+){0,2}? (?:i am|im) (?:really |honestly |just )?not\b`,
];
const CRIED_FOR = [
  pattern`\b(?:i )?(?:cried|sobbed|bawled|was crying|been crying|sat crying)\b(?: \w+){0,6}? for (?:\d+|forty|twenty|thirty|an|half an|a whole|hours|ages|a good)(?: \w+)? (?:minutes|mins|hours|hour|ages|day|night)\b`,
];
const CRIED_UNLESS = String.raw`\b(?:laugh\w*|happy|joy|film|movie|wedding|the end of|book|episode|onions?|baby|toddler|kid|kids|son|daughter|watch|watched|watching)\b|${SOMEONE_ELSE_OR_A_STORY}`;
const MELTDOWN = [pattern`(?:^|\bi (?:think )?(?:i am |am |was |have )?|\bjust )(?:had|having|have had|nearly had|was having) (?:a |an )?(?:full |total |complete |massive |proper |mini |little |full on |bit of a )?(?:meltdown|breakdown)\b`];
const MELTDOWN_UNLESS = String.raw`\bnot having a\b|\blike (?:i am|im) having\b|\b(?:car|van|motorway|engine|recovery|aa|rac|bus|train|laptop|phone|toddler|son|daughter|kid|kids|baby|child|customer|printer|server|system)\b|${SOMEONE_ELSE_OR_A_STORY}`;
const HAPPENING_TO_ME = [pattern`\b(?:i do not know |no idea )?what(?: is|s)? happening to me\b`];
const SMALL_HOURS = [pattern`\b[1-5] ?am (?:doom ?scroll\w*|scroll\w*|club|crew|gang|overthinking|thoughts)\b`, pattern`\bdoom ?scroll\w* (?:club|till|until) (?:[1-5]|all night|morning)\b`];
const SMALL_HOURS_UNLESS = String.raw`\b(?:shift|night shift|nights|flight|start work|delivery|baby|feed|newborn|new year)\b`;
const NOT_DESERVING = [pattern`\bi (?:do not|really do not) deserve (?:help|the help|your help|to be helped|support|anything good|good things|nice things|to be happy|a job|anyone|this chance|kindness)\b`];
const ONE_EYE_OPEN = [pattern`\b(?:should|better|had better|will have to|needs to|need to) sleep with one eye open\b`];

export const HUNDRED_AND_EIGHTIETH_WHOLE_SETS = [
  [unless(String.raw`\bif (?:the|my|that|a|this)\b`, GOES_DOWN_UNLESS), [group('crisis', 'wishes to be dead', GOES_DOWN)]],
  [unless(String.raw`\bby (?:cutting|burning|scratching|hurting|harming|self harming|hitting|starving)\b`, COPING_BY_HARM_UNLESS), [group('crisis', 'self-harm', COPING_BY_HARM)]],
  [unless(String.raw`\bover (?:for me|for good|forever|for ever)\b`, OVER_FOR_ME_UNLESS), [group('crisis', 'wishes to be dead', OVER_FOR_ME)]],
  [unless(NOTHING_IN, NO_FOOD_UNLESS), [group('crisis', 'no safe place, food or power tonight', NO_FOOD_DAYS)]],
  [unless(String.raw`\b(?:pills|tablets|meds|painkillers|paracetamol)\b`, `${PILLS_EVERYDAY}|${WAVED_AWAY}`), [group('crisis', 'thinking about a way to end their life', THOUGHT_OF_PILLS)]],
  [unless(WAVED_AWAY, PILLS_EVERYDAY), [group('concern', 'spoke of harm, then said they would not', THOUGHT_OF_PILLS)]],
  [unless(String.raw`\b(?:forever|for ever|for good|until i die|no matter what)\b`, SOMEONE_ELSE_OR_A_STORY), [group('concern', 'hopelessness', THIS_FOREVER)]],
  [unless(String.raw`\b(?:forgot|forget|forgotten|talk to)\b`, SOMEONE_ELSE_OR_A_STORY), [group('concern', 'feels alone', FORGOTTEN_PEOPLE)]],
  [unless(String.raw`\bor (?:move out|get out|i am out|i have to|leave|find somewhere|they will kick|i get kicked|be kicked|kicked)\b`, SOMEONE_ELSE_OR_A_STORY), [group('concern', 'may lose their home', MOVE_OUT_OR_ELSE)]],
  [unless(String.raw`\bhow (?:are|r) (?:you|u)\b`, SOMEONE_ELSE_OR_A_STORY), [group('concern', 'not coping', MANAGING_NOT)]],
  [unless(String.raw`\b(?:cried|sobbed|bawled|crying)\b`, CRIED_UNLESS), [group('concern', 'not coping', CRIED_FOR)]],
  [unless(String.raw`\b(?:meltdown|breakdown)\b`, MELTDOWN_UNLESS), [group('concern', 'not coping', MELTDOWN)]],
  [unless(String.raw`\bhappening to me\b`, SOMEONE_ELSE_OR_A_STORY), [group('concern', 'not coping', HAPPENING_TO_ME)]],
  [unless(String.raw`(?:\d ?am|\bdoom ?scroll\w*)\b`, SMALL_HOURS_UNLESS), [group('concern', 'not eating or sleeping', SMALL_HOURS)]],
  [unless(String.raw`\bdeserve\b`, String.raw`\b(?:treated|spoken to|shouted at|talked to)\b|${SOMEONE_ELSE_OR_A_STORY}`), [group('concern', 'feels worthless', NOT_DESERVING)]],
  [unless(String.raw`\bone eye open\b`, SOMEONE_ELSE_OR_A_STORY), [group('concern', 'joked about hurting someone', ONE_EYE_OPEN)]],
] as const;

// A course module, a podcast, a documentary or a poster on these subjects: "my course module this
// week is domestic abuse awareness", "watched a documentary about coercive control".
const SUBJECT = oneOf('domestic abuse', 'abuse', 'coercive control', 'self harm', 'self harming', 'suicide', 'suicides', 'suicidal thoughts', 'overdoses?', 'overdose awareness', 'risk factors for self harm', 'mental health', 'addiction', 'homelessness', 'knife crime', 'violence', 'grooming', 'safeguarding');
const MEDIA = oneOf('module', 'modules', 'lecture', 'seminar', 'unit', 'workshop', 'webinar', 'quiz', 'case studies', 'podcast', 'documentary', 'doc', 'poster', 'leaflet', 'article', 'video', 'episode', 'talk', 'training', 'awareness week', 'assembly', 'ad', 'advert', 'job ad', 'job description');
const ABOUT_GATE = /\b(?:module|modules|lecture|seminar|unit|workshop|webinar|quiz|case studies|podcast|documentary|doc|poster|leaflet|article|video|episode|talk|training|awareness|assembly|ad|advert|description|cases|patients|admissions)\b/;
const ABOUT = [
  pattern`\b${MEDIA}\b(?: \w+){0,4}? (?:is|was|on|about|covered|covers|covering|went through|goes through|talks about|talked about|showed|shows|taught|mentioned|said|says|asked|had|called)\b(?: \w+){0,6}? ${SUBJECT}\b(?: (?:awareness|risk factors|scars|cases|statistics|figures))?`,
  pattern`\b${SUBJECT}(?: awareness)? (?:${MEDIA}|cases|patients|admissions|callouts|call outs)\b`,
  pattern`\b(?:watched|watching|listened to|listening to|read|reading|did|doing) (?:a|the|this|that) (?:${MEDIA}) (?:about|on) ${SUBJECT}\b`,
];
const ABOUT_UNLESS = pattern`\b(?:doing it|do it|thinking about (?:it|doing)|kill myself|killing myself|end it|end my life|want to die|i want to|i wanna|do the same|same thing|i will|i might|i am going to|thinking of doing|myself|my ?self|me too|like me|i am|i was|i have been|i feel|i felt|happened to me|my own|same as me|i still|brings? (?:it|stuff|things|it all) back|triggered|triggering|made me want|reminded me of when i)\b`;

// "men are three times more likely to die by suicide".
const LIKELIER_GATE = /\blikely\b/;
const LIKELIER = [pattern`\b(?:more|less|most|times more|times as) likely to (?:die by|die from|attempt|commit|self harm|be (?:suicidal|homeless|abused))\b(?: suicide)?`];
const LIKELIER_UNLESS = pattern`\b(?:myself|my ?self|i will|i am going to|i want to|me too|like me|i am one|one of them)\b`;

// A pet or a small child "trying to kill me"; bullies telling someone else to kill themself; what to
// say when someone in one's care says they want to die.
const OTHERS_GATE = /\b(?:trying to kill me|told (?:him|her|them)|says|said|tells you|mentions)\b/;
const OTHERS = [
  pattern`\b(?:my|the|our) (?:cat|cats|dog|dogs|puppy|kitten|toddler|kid|kids|baby|hamster|parrot|goose|geese) (?:is|are|was|were|keeps|keep) (?:\w+ )?trying to kill me\b`,
  pattern`\b(?:someone|somebody|people|they|kids|a lad|a girl|a boy|bullies|the bullies) (?:told|tell|keep telling|kept telling|are telling) (?:him|her|them|my (?:brother|sister|son|daughter|kid|friend|mate)) to (?:kill|hang|top) (?:himself|herself|themselves|themself)\b`,
  pattern`\b(?:respond|react|what to say|what to do|how to help|how to act)\b(?: \w+){0,3}? (?:if|when) (?:a|an|the|someone|somebody|people|residents?|patients?|clients?|customers?|students?|pupils?|a young person) (?:\w+ )?(?:says|say|said|tells you|tell you|mentions|talks about) (?:they|he|she) (?:want to die|wants to die|are suicidal|is suicidal|self harm|self harms|are self harming|is self harming)\b`,
];
const OTHERS_UNLESS = pattern`\b(?:myself|my ?self|me too|like me|i want to|i have|i am|told me to)\b`;

// Words about the chat (play-testing, round ten: "what was i meant to be doing again?" had the crisis
// reply and an urgent escalation; "sorry i need to stop" a check-in).
const THE_CHAT_GATE = /\b(?:meant|supposed|stop)\b/;
const THE_CHAT = [
  pattern`^(?:(?:sorry|ok|so|wait|hang on|um|erm|hmm|right) )*what (?:was|am|were|are|should|do) (?:i|we) (?:meant|supposed) to (?:be )?(?:doing|do)(?: (?:again|now|next|today|here|on here|lol|sorry|then))*$`,
  pattern`^(?:(?:sorry|ok|right|oh) )*i (?:need|have|have got|got) to stop(?: (?:now|here|for now|for today|there|sorry|thanks|for a bit))*$`,
];
const THE_CHAT_UNLESS = pattern`\b(?:${CHAT_HARM_WORDS}|with my life|any ?more)\b`;

/**
 * "watched a documentary about suicide and i want to do the same": wanting to copy what was seen or
 * studied keeps every topic from being read as one (rules.ts), whichever set would have read it.
 */
export const COPYING_WHAT_WAS_SEEN = /\bi (?:want|would like|am going|will|might|could|feel like i could) (?:to )?do the same\b(?! (?:course|job|training|role|work|degree|qualification|apprenticeship|thing for|for))/;

/** Read as a topic only when a message is read (rules.ts), never in the text the model trains on. */
export const HUNDRED_AND_EIGHTIETH_READING_TOPIC_SETS: readonly (readonly [RegExp, readonly RegExp[], RegExp | null])[] = [
  [ABOUT_GATE, ABOUT, ABOUT_UNLESS],
  [LIKELIER_GATE, LIKELIER, LIKELIER_UNLESS],
  [OTHERS_GATE, OTHERS, OTHERS_UNLESS],
  [THE_CHAT_GATE, THE_CHAT, THE_CHAT_UNLESS],
];
