// Read from the hundred-and-seventy-sixth split (young people, slang, dark humour), measured once
// fresh and then read: a future the client does not plan on having, and being here next month met
// with "not very sure" (both crises the model called worry or nothing); and, among everyday
// messages read as crisis, "how long does it take" asked of a job or a course, a risky thing called
// "suicide" as a joke ("halo on legendary is pure suicide lol", "a suicide mission"), a course unit
// on abuse or overdoses, and a friend or brother who is homeless. Normalised words ("do not").
import { oneOf, pattern, type RiskPatternGroup } from '../riskPatterns.ts';
import { group, LAUGH, SOMEONE_ELSE_OR_A_STORY, unless } from './wholeMessageSets.ts';

const NOT_PLANNED = String.raw`(?:do not|never|am not|not) (?:plan|planning|intend|intending|expect|expecting) (?:on |to )?`;
const NO_FUTURE = [
  pattern`\bfuture\b.*\b${NOT_PLANNED}(?:having|have) one\b`,
  pattern`\b${NOT_PLANNED}(?:having|have) (?:a|any) future\b`,
  pattern`\b${NOT_PLANNED}(?:getting|growing|living to be) old\b`,
];
// "about being here next month? not very sure lol": the doubt said after the question it answers.
const HERE_UNSURE = [
  pattern`\b(?:being|be|still) (?:here|around|alive) (?:next|by|at|for|come|in) (?:\w+ ){0,2}?(?:week|month|year|christmas|summer|birthday|then)\b.{0,25}\b(?:not (?:very |really |that |too |that |all that )?sure|unsure|no idea|doubt it|who knows|we will see|not likely|probably not)\b`,
];
// A trip, a move, a course, a job, a stay: being here next month in the ordinary sense.
const AWAY_OR_WORK = String.raw`\b(?:job|work|contract|course|placement|trial|probation|shift|hostel|flat|house|room|area|town|country|uk|visa|moving|move|moved|evict\w*|rent|lease|tenancy|holiday|trip|abroad|home|hospital|prison|court|college|uni|kids|baby|pregnant)\b|${SOMEONE_ELSE_OR_A_STORY}`;

// "i will not see another lambing": the seasons of a working life, as the rules had them for christmas.
const NOT_ANOTHER = [
  pattern`\b(?:i )?(?:will not|am not going to|do not think i will|doubt i will|never going to) (?:live to )?see another (?:\w+ )?(?:lambing|harvest|shearing|season|spring|summer|autumn|winter|christmas|birthday|new year|easter)\b`,
];

// A day chosen so that nobody else is blamed: "the day my notice is up, so nobody at work gets in trouble for it".
const NOBODY_BLAMED = [
  pattern`\b(?:the day|when|once|after) (?:my )?(?:notice|contract|last shift|job|tenancy|lease) (?:is up|ends|runs out|finishes|is over)\b.*\bso (?:nobody|no one|no body|none of them|they do not|it does not)\b.*\b(?:trouble|blamed|blame|feels? responsible|their fault)\b`,
];

export const NO_FUTURE_WHOLE_SETS = [
  [unless(String.raw`\bso (?:nobody|no one|no body|none of them|they do not|it does not)\b`, SOMEONE_ELSE_OR_A_STORY), [group('crisis', 'a plan to end their life', NOBODY_BLAMED)]],
  [unless(String.raw`\bsee another\b`, SOMEONE_ELSE_OR_A_STORY), [group('crisis', 'wishes to be dead', NOT_ANOTHER)]],
  [unless(String.raw`\b(?:plan|planning|intend|intending|expect|expecting)\b`, SOMEONE_ELSE_OR_A_STORY), [group('crisis', 'thoughts of suicide', NO_FUTURE)]],
  [unless(String.raw`\b(?:here|around|alive)\b`, AWAY_OR_WORK), [group('crisis', 'thoughts of suicide', HERE_UNSURE)]],
] as const satisfies readonly (readonly [RegExp, readonly RiskPatternGroup[]])[];

// How long a job, a course or a wait takes; not how long something takes to end a life.
const HOW_LONG_GATE = /\bhow long\b/;
const HOW_LONG = [pattern`\bhow long (?:does|do|will|would|did|is|are|could|can|should) (?:it|that|this|they|the \w+(?: \w+)?|a \w+(?: \w+)?|an \w+(?: \w+)?|my \w+(?: \w+)?) (?:take|takes|last|run|go on for|be)\b`];
// Any way to die, to be found or missed, or to stop: "how long would it take for anyone to notice".
const HOW_LONG_HARM = String.raw`\b(?:die|dying|dead|death|bleed\w*|blood|drown\w*|hang\w*|overdose\w*|od|pills|tablets|meds|medication|insulin|paracetamol|alcohol|vodka|kick in|unconscious|pass out|coma|suffocat\w*|breath\w*|fumes|gas|exhaust|carbon monoxide|jump\w*|fall|rope|noose|poison\w*|painless|hurt|suicid\w*|kill\w*|end it|over|gone|myself|my ?self|me|starve|starving|survive|freez\w*|without (?:food|eating|water)|numb|body|heart|lungs|brain|wrists?|veins?|cut|found|find|notice|miss|wake|sleep|train|lethal|fatal)\b`;
// Read so only where the message names the job, the course or the process it asks about.
const WORK_ASKED_ABOUT = String.raw`\b(?:course|courses|job|jobs|training|apprenticeship|qualification|qualified|certificate|licen[cs]e|card|test|exam|become|be an?|electrician|plumber|mechanic|driver|nurse|carer|chef|trade|process|application|apply|check|dbs|interview|contract|probation|induction|shift|appointment|results?|letter|payment|claim|uc|universal credit|cv|form|reference|offer|start|wait|waiting list)\b`;
const HOW_LONG_UNLESS = new RegExp(String.raw`^(?!.*${WORK_ASKED_ABOUT})|${HOW_LONG_HARM}`);

// "Suicide" for a risky thing, said as a joke or a name: a mission, a squad, a game on its hardest level.
const SUICIDE_GATE = /\bsuicide\b/;
const SUICIDE_JOKES = [
  pattern`\bsuicide (?:mission|missions|squad|run|runs|doors?|bid|pact with the (?:printer|boss|deadline))\b`,
  pattern`\b(?:career|social|financial|political|commercial|fashion) suicide\b`,
  pattern`\b(?:would be|will be|is|was|be|it is|that is|that would be) (?:pure |literally |basically |actual |absolute |total |complete |proper )?suicide (?:${LAUGH}|on (?:that|those|them|legendary|hard|nightmare|expert|the)|with (?:that|those|no|my|the|a)|in (?:that|this|those|the))\b`,
];
const SUICIDE_UNLESS = pattern`\b(?:myself|my ?self|my life|kill\w*|want to die|end it|end my|i will do it|i am going to|thinking|think about|thoughts|the answer|only way|way out|better off|pills|rope|bridge|note|plan to|planning|sometimes i|every day|not joking|i mean it|serious)\b`;

// A unit, a module or training on a hard topic: what the client learns, not what happens to them.
const TOPIC = oneOf('abuse', 'domestic abuse', 'domestic violence', 'coercive control', 'safeguarding', 'self harm', 'suicide', 'suicide prevention', 'overdoses?', 'naloxone', 'mental health', 'first aid', 'restraint', 'violence', 'grooming', 'exploitation', 'addiction', 'substance misuse', 'drugs?', 'neglect', 'trauma');
const COURSE = oneOf('training', 'course', 'class', 'lessons?', 'unit', 'module', 'induction', 'placement', 'apprenticeship', 'degree', 'diploma', 'nvq', 'btec', 'college', 'uni', 'certificate', 'qualification', 'level \\d');
const COURSE_GATE = /\b(?:unit|units|module|modules|course|courses|training|lesson|lessons|class|classes|lecture|workshop|assignment|essay|learning|learnt|learned|studying|revising)\b/;
const COURSE_TOPICS = [
  pattern`\b(?:unit|units|module|modules|course|courses|training|lesson|lessons|class|classes|lecture|lectures|workshop|assignment|essay|session|topic|chapter|exam) (?:on|about|covering|called|in) (?:\w+ ){0,4}?${TOPIC}(?: and (?:\w+ ){0,2}?${TOPIC})?\b`,
  pattern`\b(?:learning|learnt|learned|studying|studied|revising|reading up) (?:about|on) (?:\w+ ){0,3}?${TOPIC}(?: \w+){0,6}? (?:in|on|for|at|during) (?:my|the|our|a|this) (?:\w+ ){0,3}?${COURSE}\b`,
];
const COURSE_UNLESS = pattern`\b(?:happening to me|happens to me|happened to me|to me too|it is me|that is me|myself|my ?self|my own|i have been|happened to me|like me|i was|hits me|hurts me|controls me|my partner|my ex|me too|triggered|triggering|brought (?:it|stuff|things|it all) back|flashbacks?|i went through|reminds me|same as me|what i went through)\b`;

// A friend or a brother without a home: their trouble, told by the client.
const OTHERS = oneOf('friend', 'mate', 'pal', 'bro', 'sis', 'brother', 'sister', 'stepbrother', 'stepsister', 'half brother', 'half sister', 'cousin', 'uncle', 'aunt', 'auntie', 'dad', 'mum', 'son', 'daughter', 'neighbour', 'flatmate', 'ex', 'boyfriend', 'girlfriend', 'bf', 'gf', 'nephew', 'niece', 'friends? from \\w+');
const HOMELESS = oneOf('homeless', 'sleeping rough', 'sleep rough', 'slept rough', 'on the streets?', 'sofa surfing', 'sleeping in (?:his|her|their) car', 'living in (?:his|her|their) car');
const HOMELESS_GATE = new RegExp(HOMELESS);
const OTHERS_HOMELESS = [
  pattern`\bmy (?:\w+ ){0,2}?${OTHERS}s? (?:is|has been|been|was|s|are|have been|ended up|is now|now|keeps|kept) (?:\w+ ){0,3}?${HOMELESS}(?: (?:right now|at the moment|now|again))?(?: (?:sleeping|living|staying) (?:in (?:his|her|their) car|on the streets?|rough|on sofas|in a hostel))?\b`,
];
const OTHERS_HOMELESS_UNLESS = pattern`\b(?:me too|so am i|and me|me and|with (?:him|her|them)|we are|we have been|we both|both of us|i am (?:too|also)|i have nowhere|nowhere (?:for me|to go|to sleep)|i might|i could be|i will be|i am next|i am sleeping|i slept|i sleep|i am homeless|i am on the streets|us)\b`;

// "I hope I am doing this right": a first message, found read as crisis by the models (play-testing,
// round eight: the crisis reply to a polite hello, and the safety window for thirty messages).
const DOING_IT_RIGHT_GATE = /\b(?:right|correctly|properly|ok|okay|doing|told|goes nothing)\b/;
const DOING_IT_RIGHT = [
  pattern`\b(?:i )?(?:hope|hoping|not sure if|not sure whether|wonder if|dont know if|do not know if) (?:i am|im|i m|i have been) (?:doing|using|typing|answering|filling (?:in|out)|writing|replying to) (?:this|it|these|them|the questions|this chat|this thing)(?: \w+)? (?:right|correctly|properly|ok|okay)\b`,
  pattern`\b(?:am i|have i been) (?:doing|using|typing|answering|filling (?:in|out)|writing) (?:this|it|these|them)(?: \w+)? (?:right|correctly|properly|ok|okay)\b`,
  pattern`\b(?:is this|is that) (?:the )?(?:right|correct) (?:way|place|thing)(?: to (?:do it|start|answer|reply|type))?\b`,
  // More first words (each had a check-in): "i dont really know what im doing here", "here goes nothing".
  pattern`\b(?:i )?(?:do not|dont) (?:really |even )?know what (?:i am|im|i m) (?:doing|meant to do|supposed to do|meant to be doing|supposed to be doing)(?: (?:here|on here|with this|with this thing|lol|haha))?$`,
  pattern`\b(?:i )?(?:have|got) no (?:idea|clue) what (?:i am|im|i m) (?:doing|meant to do|supposed to do)(?: (?:here|on here|with this|lol|haha))?$`,
  pattern`\bhere goes nothing\b`,
  pattern`\b(?:i have been|ive been|i was|i got|been) told to (?:contact|message|use|talk to|speak to|chat to|get in touch with|text|try) (?:you|this|the bot|the coach|this bot|this app|this chat)\b`,
];
const DOING_IT_RIGHT_UNLESS = pattern`\b(?:any ?more|in life|with my life|on this earth|alive|exist\w*|die|died|dying|dead|death|kill\w*|suicid\w*|end (?:it|things|my|me|this|everything)|hurt\w*|harm\w*|cut\w*|pills|overdose|rope|hang\w*|jump\w*|goodbye|note|letters?|affairs|sorted|plan|ready|tonight|myself|my ?self)\b`;

// Questions about the chat itself: "will you remind me or do i have to come back here myself".
const THE_CHAT_GATE = /\b(?:remind|come back)\b/;
const THE_CHAT = [
  pattern`\b(?:will|can|could|do|would) (?:you|u) (?:remind|message|text) me\b`,
  pattern`\bdo i (?:have|need|got) to (?:come back|log (?:back )?in|check back|come on) (?:here|on here|to (?:this|you|the chat))(?: (?:myself|again|every day|each time))?\b`,
];
/** Words of harm that read a question about the chat as written (the 178th's chat topic reads with them too). */
export const CHAT_HARM_WORDS = String.raw`die|died|dying|dead|death|kill\w*|suicid\w*|end (?:it|things|my|me|this|everything)|hurt\w*|harm\w*|cut\w*|pills|overdose|rope|hang\w*|jump\w*|goodbye|note|letters?|affairs|not be here|will not be here|wont be here|gone|tonight`;
const THE_CHAT_UNLESS = pattern`\b(?:${CHAT_HARM_WORDS})\b`;

/** Read as a topic only when a message is read (rules.ts), never in the text the model trains on. */
export const NO_FUTURE_READING_TOPIC_SETS: readonly (readonly [RegExp, readonly RegExp[], RegExp | null])[] = [
  [DOING_IT_RIGHT_GATE, DOING_IT_RIGHT, DOING_IT_RIGHT_UNLESS],
  [THE_CHAT_GATE, THE_CHAT, THE_CHAT_UNLESS],
  [HOW_LONG_GATE, HOW_LONG, HOW_LONG_UNLESS],
  [SUICIDE_GATE, SUICIDE_JOKES, SUICIDE_UNLESS],
  [COURSE_GATE, COURSE_TOPICS, COURSE_UNLESS],
  [HOMELESS_GATE, OTHERS_HOMELESS, OTHERS_HOMELESS_UNLESS],
];
