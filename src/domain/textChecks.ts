// Plain checks on what a client typed before it is kept as an answer: a pasted page, keyboard
// mashing, being unsure, a strength, a worry, a feeling, a request for more time. Names are read
// in nameWords.ts. Pure: text in, verdict out.
import { normaliseAnswer } from './answers.ts';
import { spellStrengthWords } from './strengthTypos.ts';
import { WELSH_UNSURE } from './welshWords.ts';

export const MAX_GOAL_LENGTH = 200;
/** Longer than this is a pasted page, not a goal or an answer to read. */
export const WALL_OF_TEXT = 600;

const VOWELS = /[aeiouy]/;

// Short words with no vowel that people type for work: "hgv" had been told it was not a goal (play-testing).
const WORK_ABBREVIATIONS = new Set(['hgv', 'lgv', 'pcv', 'cpc', 'cpcs', 'dbs', 'cscs', 'nvq', 'nvqs', 'btec', 'hr', 'gp', 'nhs', 'cctv', 'sql', 'html', 'css', 'cnc', 'plc', 'ppl', 'dwp', 'cv', 'cvs', 'mcdonalds', 'tk', 'tkmaxx', 'hmrc']);

/** Keyboard mashing: "asdfgh", "jjjjjj", "xzcvb". Real words, even misspelt, have vowels. */
export function looksLikeGibberish(text: string): boolean {
  const words = normaliseAnswer(text).split(' ').filter((word) => /^\p{L}+$/u.test(word) && !WORK_ABBREVIATIONS.has(word));
  if (words.length === 0) return false;
  const mashed = words.filter(
    (word) => (word.length >= 3 && !VOWELS.test(word)) || /[^aeiouy\s]{5,}/.test(word) || /(\p{L})\1{3,}/u.test(word),
  );
  return mashed.length / words.length > 0.5;
}

/** Text kept to a length, cut at a word where possible; `cut` says whether anything was lost. */
export function cutToLength(text: string, max: number): { text: string; cut: boolean } {
  const trimmed = text.trim();
  if (trimmed.length <= max) return { text: trimmed, cut: false };
  const slice = trimmed.slice(0, max);
  const lastSpace = slice.lastIndexOf(' ');
  return { text: (lastSpace > max / 2 ? slice.slice(0, lastSpace) : slice).trim(), cut: true };
}

const ABOUT_THE_QUESTION =
  /^(?:sorry[\s,]+)?(?:what do (?:you|u|ya) mean|wdym|what does (?:that|this|it|\w+) mean|what is (?:a|an|that|this)\b|i (?:do not|dont|don't) (?:understand|get it|follow)|(?:can you |could you |please )?explain\b|(?:say|ask) (?:it|that) again)/i;

/** A question about the question ("what do you mean by Friday"): explain it, never keep it. */
export function asksWhatWeMean(text: string): boolean {
  return ABOUT_THE_QUESTION.test(text.trim());
}

// "dunno", "not really sure", "no idea": not knowing, in the words people type. Spelt as it sounds
// too ("dont no", "i dno", "not shure"): play-testing found "dont no" kept as the job a client would
// like, and as what went well. The one list of these words: the review readers and justWantsWork
// (below) use it too.
export const NOT_KNOWING_NOW =
  String.raw`not (?:really |totally |too |that |quite |a hundred percent |100 ?(?:percent )?)?sure|unsure|dunno|idk|` +
  String.raw`(?:dont|dnt|do not|don) (?:really )?(?:no|know|kno|knw)|dont knoe|donno|dono|duno|dno|dk|(?:not|nt) (?:shure|shur|sur|shore)|notsure|notshure|nosure|no idear|` +
  String.raw`i (?:do not|dont) (?:really )?know|no idea(?: at all)?|not a clue|(?:i )?(?:havent|have not) (?:got )?a clue|no clue`;
// "didnt know" too, as a whole answer. Not where the first words are read: "i didnt know anyone
// there" is a telling of what happened, not being unsure now.
const NOT_KNOWING_WORDS = String.raw`${NOT_KNOWING_NOW}|(?:didnt|did not) (?:really )?(?:no|know|kno|knw)`;

// "dunno tbh", "not really sure", "no idea to be honest": being unsure is an answer, not a mood.
const UNSURE = new RegExp(
  String.raw`^(?:(?:erm|um|hmm|well|honestly|tbh|nah|no|ok|i|im|i am|to be honest)\s+)*` +
    String.raw`(?:${NOT_KNOWING_WORDS}|(?:i )?cant (?:decide|say)|still deciding|(?:i )?(?:havent|have not) (?:decided|thought about it)|${WELSH_UNSURE})` +
    String.raw`(?:\s+(?:yet|really|tbh|honestly|to be honest|to be fair|at all|sorry|maybe|mate|lol|either|now|right now|atm))*$`,
);
const SAYS_NOT_KNOWING = new RegExp(String.raw`\b(?:${NOT_KNOWING_WORDS})\b`);

/** Not knowing, said anywhere in the words: "i dont know what job i want", "no idea tbh". */
export function saysNotKnowing(text: string): boolean {
  return SAYS_NOT_KNOWING.test(normaliseAnswer(text));
}

/**
 * Unsure ("dunno tbh", "not really sure"), which the model of intents can hear as low mood. The
 * coach answers a feeling before its question, and "That sounds really hard" to "not really sure"
 * is not listening.
 */
export function isUnsureAnswer(text: string): boolean {
  const words = normaliseAnswer(text);
  return UNSURE.test(words);
}

const BARE_OK = /^(?:ok|okay|okey|oki|okie|k|kk|ok then|okay then|ok cool|ok sound|alright|alrite|aight|right|right ok|fine|cool|sound|nice|great|grand|noted|got it|gotcha|ah ok|oh ok|oh right|ok ok)$/;

/**
 * "ok", "cool", "right": a bare nod where a button is asked. Heard as a nod, not met with "didn't
 * catch that" (play-testing: "ok" after a reminder had the menu's sorry three times running).
 */
export function isBareAcknowledgement(text: string): boolean {
  return BARE_OK.test(normaliseAnswer(text));
}

// "im good with people", "great at fixing things", "reliable and a fast learner": what someone is
// good at. A strength said beside a feeling ("good with people but i hate myself") is the feeling's.
const STRENGTH = new RegExp(
  String.raw`^(?:(?:i am|im|i m|and|also|plus)\s+)*(?:very |really |quite |pretty |so )?` +
    String.raw`(?:(?:good|great|decent|handy|brilliant|excellent|confident|experienced) (?:at|with|on) \S+|` +
    String.raw`(?:reliable|organised|organized|punctual|patient|hard ?working|a hard worker|a (?:fast|quick) learner|calm under pressure|dependable|friendly|a team player)\b)`,
);
const SAYS_MORE = /\b(?:but|feel|feeling|felt|hate|sad|low|down|rubbish|awful|terrible|useless|worthless|tired|stressed|anxious|scared|worried|lonely|depressed)\b/;

/** A strength, not a job: "im good with people, reliable, i can drive" to "what job would you like?". */
export function saysAStrength(text: string): boolean {
  // "im relible and hard working": typed on a phone (src/domain/strengthTypos.ts).
  const words = spellStrengthWords(normaliseAnswer(text));
  return STRENGTH.test(words) && !SAYS_MORE.test(words);
}

// "just want a job tbh" where a number or a button is asked: what they want, said plainly, not low
// mood (play-testing found the low-mood reply at the confidence question).
const JUST_WANTS_WORK = new RegExp(
  String.raw`^(?:(?:${NOT_KNOWING_NOW}|honestly|tbh|well|look|really)\s+)*(?:i |all i |i only |i just )?(?:just |only |really )?(?:want|wanna|need) (?:a job|work|to work|to get a job|to get back to work|a job really|some work)` +
    String.raw`(?:\s+(?:tbh|really|honestly|mate|thats all|to be honest|thats it))*$`,
);

/** Wanting work, said plainly and nothing more. */
export function justWantsWork(text: string): boolean {
  return JUST_WANTS_WORK.test(normaliseAnswer(text));
}

// "this is a lot", "im nervous about all this": a feeling about the questions themselves, said where
// an answer is asked (play-testing found them saved as a skill and as the hours wanted).
const ABOUT_THIS = /^(?:(?:oh|god|omg|ugh|wow|honestly|tbh|sorry|well|hmm)\s+)*(?:(?:this|it|that) is|its|thats|theres) (?:a lot|too much|loads|so much|a lot of questions|so many questions|too many questions|a lot to take in|hard work|long)(?:\s+(?:tbh|honestly|really|though|isnt it|to be honest|of questions))*$|^(?:(?:honestly|tbh|sorry)\s+)*(?:im|i am|i feel|feeling|i get) (?:so |really |a bit |quite |very |well )?(?:nervous|anxious|scared|worried|overwhelmed|stressed|panicky) (?:about|by|with|doing) (?:all )?(?:this|it|these questions|the questions)$/;

/** A feeling about the questions themselves. */
export function feelsAboutTheQuestions(text: string): boolean {
  return ABOUT_THIS.test(normaliseAnswer(text));
}

// "Hello, sorry, I'm not very good with these things", "im rubbish with computers": shy of the chat
// itself, said where a button is asked (play-testing: it had "didn't catch that" at consent).
const NOT_GOOD_WITH_THIS = new RegExp(
  String.raw`\b(?:im|i am|ive always been|i have always been|i was never|never been)\s+(?:not\s+)?(?:(?:very|that|too|so|really|a bit|quite|well|totally|pretty)\s+)*` +
    String.raw`(?:good|great|clever|handy|rubbish|useless|bad|hopeless|terrible|awful|pants|no good|new)\s+(?:with|at|to)\s+` +
    String.raw`(?:these|this|computers?|technology|tech|phones?|apps?|chat ?bots?|bots?|typing|online|the internet|(?:these|this|that)\s+(?:things?|stuff|sort of things?|kind of things?|chats?|apps?))\b`,
);

/** Shy of the chat or of computers, said as a remark ("sorry, I'm not very good with these things"). */
export function saysTheyAreNotGoodWithThis(text: string): boolean {
  const words = normaliseAnswer(text);
  if (!NOT_GOOD_WITH_THIS.test(words)) return false;
  // "im not bad with computers" is no worry; "im good with computers" is a strength, not shyness.
  if (/\bnot (?:(?:very|that|too|so|really)\s+)?(?:rubbish|useless|bad|hopeless|terrible|awful|new)\b/.test(words)) return false;
  return /\b(?:not|never|no good|rubbish|useless|bad|hopeless|terrible|awful|pants|new)\b/.test(words);
}

// "what happens if i dont do it", "will i get in trouble if i dont": a worry about a step not done.
// Benefits and sanctions named are for the adviser (asksAboutBenefitConditions); this is the rest.
const IF_NOT_DONE = /\b(?:what (?:happens|will happen|would happen)|will i (?:get|be) (?:in trouble|told off|punished)|am i (?:in|gonna be in|going to be in) trouble|do i get (?:in trouble|told off)|is (?:it|that) (?:bad|a problem)|does it matter)\b.*\bif i (?:dont|do not|cant|cannot|can not|didnt|did not|miss|skip|havent|have not|fail|forget|never)\b|^(?:will|would|do|am) i (?:get|be|gonna be) in trouble\b|^(?:(?:but|and|so|hmm|um|ok|okay|yeah)\s+)*what if i (?:cant|cannot|can not|fail|dont manage|do not manage|mess (?:it|this|up)|get it wrong|dont do it|do not do it|dont|do not|cant manage|never)\b/;

/** Worried about what happens if a step is not done. */
export function asksWhatIfNotDone(text: string): boolean {
  const words = normaliseAnswer(text);
  return IF_NOT_DONE.test(words) && !/\b(?:sanction\w*|benefits?|uc|universal credit|money|pip|esa|jsa|payments?)\b/.test(words);
}

// "the gaps in my cv worry me", "i get nervous in interviews": a worry told, not an answer to a
// button question. "not worried" is not one, and a question ("what if...?") is heard as a question.
const WORRY = new RegExp(
  String.raw`\b(?:worr(?:y|ies|ied|ying|yin)|scared|nervous|anxious|afraid|frightened|terrified|dread(?:ing|s)?|` +
    String.raw`panic(?:s|king|ky)?|fear(?:s)?|stress(?:es|ing)? me|stressed (?:about|over)|bother(?:s|ing)? me|puts? me off|freaks? me out|freaking out|(?:not )?confident)\b`,
);
const NOT_WORRIED = /\b(?:not|never|no longer|dont|do not|isnt|wasnt|arent|no) (?:(?:really|too|that|so|very|even|a bit|at all|feel|feeling|get|getting) )*(?:worr|scared|nervous|anxious|afraid|frightened|terrified|dread|panic|fear|stress|bother)/;
// "ill worry about that later", and the polite "im afraid i cant make tuesday".
const NOT_A_WORRY = /\b(?:ill|i will|i ll) worry\b|\bafraid (?:that )?i (?:cant|cannot|can not|wont|will not|missed|forgot|have to|had to|need to|didnt|did not|dont|do not|must)\b/;
const LACKS_CONFIDENCE = /\bnot (?:(?:very|that|too|so|really) )?confident\b/;

/** A worry said as a statement: "im worried about the gaps in my cv", "interviews scare me". */
export function saysAWorry(text: string): boolean {
  const words = normaliseAnswer(text);
  const match = WORRY.exec(words);
  if (NOT_A_WORRY.test(words)) return false;
  if (!match) return /\bscares? me\b/.test(words) && !NOT_WORRIED.test(words);
  if (match[0].endsWith('confident')) return LACKS_CONFIDENCE.test(words);
  return !NOT_WORRIED.test(words);
}

// "can i have till next week", "could i get a bit more time": asking for a new day, in a review.
const MORE_TIME = /^(?:please |so |but |and |erm |um )?(?:can|could|may|is it ok if|is it okay if|would it be ok if|am i allowed to|can we|could we)\b.*\b(?:more time|extra time|longer|another (?:week|day|couple of days|few days)|a new (?:day|date)|(?:till|until|til) (?:next|the|monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|\d)|move (?:it|the date|the day)|change (?:the|my) (?:date|day)|push it back|put it off|do it (?:next week|later|another day))\b/;

/** A request for more time: answered in a review, not kept as what made it hard. */
export function asksForMoreTime(text: string): boolean {
  return MORE_TIME.test(normaliseAnswer(text));
}

// Worried and scared: the one list, read also after a goal (goalFeelingOrBarrier.ts) and beside a
// job (jobSaidWithAFeeling.ts). Those keep to it, not to FEELING below: its "good" or "hard" would
// cut a goal or a job in two.
export const WORRIED_WORDS = String.raw`(?:stressed|scared|nervous|anxious|worried|terrified|frightened|overwhelmed)`;

// How a step felt, in the words people use: "ok i guess", "bit stressful", "proud of myself".
// Play-testing reviews, round twenty-seven: "fone scary", "bricking it" and "anxiety lets me down"
// were not heard as feelings, nor "I am afraid of phone" or "shaky"; the fear words and a few
// phone spellings are here now.
const FEELING = new RegExp(String.raw`\b(?:${WORRIED_WORDS}|afraid(?! (?:that )?i (?:cant|cannot|didnt|did not|havent|have not|forgot|missed|wont|will not))|fear\w*|shaky|shaking|wobbly|on edge|scary|scares?|scarey|scred|frighten\w*|terrif\w*|petrified|panic\w*|anxiety|anxius|anxous|nerves|nervy|nervus|dread\w*|bricking it|brickin it|shitting it|shittin it|freak(?:ed|ing|in) out|good|ok|okay|fine|great|alright|allright|bad|rubbish|awful|terrible|horrible|hard|tough|difficult|easy|stress\w*|happy|proud|sad|down|low|tired|exhausted|meh|annoyed|annoying|irritat\w*|infuriat\w*|gutting|angry|frustrat\w*|fed up|gutted|relieved|excited|confident|embarrass\w*|overwhelm\w*|so so|not bad|crap|shit|weird|strange|mixed|nice|amazing|brilliant|boring|lonely|upset|hopeless|useless|pleased|chuffed|buzzing|glad|felt|feel|feeling|awkward|depress\w*|miserable|shattered|knackered|drained|better|worse)\b`);

/** Words that say how something felt; "my laptop broke" says what got in the way instead. */
export function namesAFeeling(text: string): boolean {
  return FEELING.test(normaliseAnswer(text));
}

// Glad words: "no it went fine" or "feel more confident" name no hard feeling.
const GLAD = /\b(?:good|great|fine|ok|okay|alright|well|better|happy|proud|easy|nice|amazing|brilliant|pleased|chuffed|buzzing|glad|relieved|excited|confident|terrific)\b/;

/** A hard feeling: "fone scary", "anxiety lets me down"; not "it went fine". */
export function namesAHardFeeling(text: string): boolean {
  return namesAFeeling(text) && !GLAD.test(normaliseAnswer(text));
}

// "ive been ill", "i was off sick all week": news of their health, not "sick of it all".
const SAYS_ILL = /\b(?:i have been|ive been|i was|been|im|i am|i have|ive) (?:really |very |quite |so |a bit |a little |pretty |proper )?(?:ill|poorly|sick|unwell|off sick|under the weather|had (?:flu|covid|a cold|a bug))\b(?! of| and tired)/;

/** The client says they have been ill: met kindly, and never passed on as a question about telling an employer. */
export function saysTheyAreIll(text: string): boolean {
  return SAYS_ILL.test(normaliseAnswer(text));
}

// "is this going to be long?", "how many more questions". Not "i havent got much time" alone: said
// inside an answer ("ring the agency, i havent got much time") it is not a question.
const HOW_LONG = /\b(?:how long (?:is|will|does|do) (?:this|it|these|the questions)|(?:is|will) (?:this|it) (?:going to be |gonna be |be |take )?(?:long|ages)|how many (?:more )?questions)\b/;

/** Asking how long this takes, or saying time is short: answered, then the question again. */
export function asksHowLong(text: string): boolean {
  return HOW_LONG.test(normaliseAnswer(text));
}

// Play-testing: "honestly im knackered, can we be quick" had been kept as what did not go so well,
// and 30 questions followed. Wanting it short, or tired right now, is heard: it is OK to stop.
const SHORTER =
  /\b(?:be quick|make (?:it|this) quick|quickly please|hurry(?: up)?|speed (?:this|it) up|get (?:this|it) over with|(?:do|finish) (?:this|the rest)(?: of (?:this|it|them))? (?:later|another (?:time|day))|carry on (?:later|another (?:time|day))|(?:can|could) (?:we|i) (?:stop|pause|finish)(?: (?:here|now|for now|for today))?$|(?:can|could) (?:we|i) (?:take|have) a break|(?:i )?need a break|(?:is there|are there) (?:much|many|lots|loads) more|(?:are we|is it|we) (?:nearly|almost) (?:done|finished|there|over))\b/;
const TIRED_NOW = new RegExp(
  String.raw`^(?:(?:honestly|tbh|oh|ugh|sorry|god|man|to be honest)\s+)*(?:im|i am|i m|feeling|i feel|i feel so|so)\s+(?:so |really |very |proper |well |absolutely |totally |a bit |quite |too )?` +
    String.raw`(?:tired|knackered|exhausted|shattered|worn out|wiped out|drained|cream crackered|done in)(?:\s+(?:tbh|honestly|today|now|right now|to be honest|mate|lol|already|sorry))*$`,
);

/** Wants this over quickly, or is tired now: told it is OK to stop, and asked again. `tiredCounts`: tired alone is not an answer here. */
export function wantsItShort(text: string, tiredCounts = true): boolean {
  const words = normaliseAnswer(text);
  return SHORTER.test(words) || (tiredCounts && TIRED_NOW.test(words));
}

// Play-testing: "got an email sayin they rejected me. gutted ngl" where the next step is asked had
// been kept as the step, and at the menu had "didn't catch that". News of a no, with no step in it.
const TURNED_DOWN =
  /\b(?:rejected|rejection|rejecting|turned (?:me )?down|knocked (?:me )?back|knock back|unsuccessful|not successful|(?:didnt|did not|never|havent|have not|not) (?:get|got) (?:it|the job|the interview|the role|the post|the position|through|in)|they (?:said|say|sed) no|got a no)\b/;
const SAYS_A_STEP = /\b(?:apply|applying|try|trying|ring|call|phone|send|sending|look for|look at|search|update|ask|go to|visit|next|will|ill|gonna|going to|plan to|want to)\b/;

/** Words of something to do next ("apply", "ring", "i will"): a step may be in them, whatever else is said. */
export function namesAStepToTake(text: string): boolean {
  return SAYS_A_STEP.test(normaliseAnswer(text));
}

const SAYS_A_GOAL = /^(?:(?:to|i want to|i would like to|i d like to|id like to|want to|wanna|i wanna)\s+)?(?:get|find|become|learn|start|work|improve|build|gain|pass|finish|save|move|go back|do a|do an|do some|be a|be an)\b/;

/**
 * A goal or a step said ("get a job in a shop", "ring the training centre"): after the adviser was
 * offered, where one was asked, it is that answer. "my probation officer" is neither (round five).
 */
export function namesAGoalOrStep(text: string): boolean {
  return namesAStepToTake(text) || SAYS_A_GOAL.test(normaliseAnswer(text));
}

/** Told of being turned down, with no step said beside it. */
export function saysTheyWereTurnedDown(text: string): boolean {
  return TURNED_DOWN.test(normaliseAnswer(text)) && !namesAStepToTake(text) && !text.trim().endsWith('?');
}
