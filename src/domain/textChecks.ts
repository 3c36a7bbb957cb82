// Plain checks on what a client typed before it is kept as a name or a goal: a pasted page,
// keyboard mashing, or a sentence where a name should be. Pure: text in, verdict out.
import { normaliseAnswer } from './answers.ts';

export const MAX_NAME_LENGTH = 40;
export const MAX_GOAL_LENGTH = 200;
/** Longer than this is a pasted page, not a goal or an answer to read. */
export const WALL_OF_TEXT = 600;

const VOWELS = /[aeiouy]/;

/** Keyboard mashing: "asdfgh", "jjjjjj", "xzcvb". Real words, even misspelt, have vowels. */
export function looksLikeGibberish(text: string): boolean {
  const words = normaliseAnswer(text).split(' ').filter((word) => /^\p{L}+$/u.test(word));
  if (words.length === 0) return false;
  const mashed = words.filter(
    (word) => (word.length >= 3 && !VOWELS.test(word)) || /[^aeiouy\s]{5,}/.test(word) || /(\p{L})\1{3,}/u.test(word),
  );
  return mashed.length / words.length > 0.5;
}

// Words of an answer or a greeting, never a name alone: "ok fine yes" to the name question is a
// reply to the chat, not what to call someone. Names that are also words ("Will", "Hope", "Joy")
// are not here, nor the words that skip the question ("no", "skip", "pass"): the name step reads those.
const NOT_NAME_WORDS = new Set([
  'yes', 'yeah', 'yea', 'yep', 'yup', 'ya', 'ye', 'aye', 'ok', 'okay', 'okey', 'k', 'kk', 'fine', 'sure',
  'alright', 'alrite', 'right', 'cool', 'good', 'great', 'grand', 'nope', 'nah', 'not', 'thanks',
  'thank', 'you', 'cheers', 'ta', 'hi', 'hiya', 'hello', 'hey', 'whatever', 'dunno', 'idk', 'maybe', 'go',
  'on', 'then', 'that', 'is', 'it', 'its', 'me', 'please', 'pls', 'sorry', 'what', 'why', 'how', 'who',
  'huh', 'eh', 'er', 'um', 'erm', 'hmm', 'lol', 'nothing', 'anything', 'none', 'same',
  'done', 'ready', 'wait', 'help', 'cancel', 'stop', 'menu', 'back', 'and', 'so', 'just', 'whats', 'ur',
  'u', 'name', 'my', 'mine',
]);

const NAME_LEAD = /^(?:(?:you can |please )?call me|my name is|my names|my name s|im|i am|it is|its|name is|just)\s+/;

/**
 * The name to call someone from what they typed ("call me dave" gives "Dave"), or null when it
 * does not look like a name: too long, a sentence, digits, links or mashing.
 */
export function nameFrom(text: string): string | null {
  const trimmed = text.trim().replace(/[.!]+$/, '');
  if (!trimmed || trimmed.length > MAX_NAME_LENGTH) return null;
  if (/[\d@<>[\]()*_#:/\\]/.test(trimmed) || looksLikeGibberish(trimmed)) return null;
  const lowered = trimmed.toLowerCase().replace(/['\u2019]/g, '');
  const lead = NAME_LEAD.exec(lowered);
  const name = lead ? trimmed.replace(/['\u2019]/g, '').slice(lead[0].length) : trimmed;
  const words = name.split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 3) return null;
  if (words.every((word) => NOT_NAME_WORDS.has(word.toLowerCase().replace(/['\u2019]/g, '')))) return null;
  if (!words.every((word) => /^\p{L}[\p{L}'\u2019-]*$/u.test(word))) return null;
  return words.map((word) => (word === word.toLowerCase() ? word.charAt(0).toUpperCase() + word.slice(1) : word)).join(' ');
}

// Only the leads that can introduce nothing but a name: "i am ..." may be a feeling.
const SAYS_NAME = /^(?:call me|my name is|my names|my name s|name is)\s+/;
// Words after "call me" that ask for a call rather than give a name.
const NOT_A_NAME_AFTER_CALL_ME = /^call me (?:back|asap|later|soon|tomorrow|today|tonight|now|please|when|on|at|after|before|in|about|if|plz|pls)\b/;

/**
 * "Please call me Margaret", "my name is Sam": a name said as one, which answers the name question
 * even though "call me" also asks for a call. Not "call me back" or "call me tomorrow".
 */
export function statesAName(text: string): boolean {
  const lowered = text.trim().toLowerCase().replace(/['\u2019]/g, '').replace(/^(?:you can |please )/, '');
  if (!SAYS_NAME.test(lowered) || NOT_A_NAME_AFTER_CALL_ME.test(lowered)) return false;
  return nameFrom(text) !== null;
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

// "dunno tbh", "not really sure", "no idea to be honest": being unsure is an answer, not a mood.
const UNSURE = new RegExp(
  String.raw`^(?:(?:erm|um|hmm|well|honestly|tbh|nah|no|ok|i|im|i am|to be honest)\s+)*` +
    String.raw`(?:not (?:really |totally |too |that |quite |a hundred percent |100 ?(?:percent )?)?sure|unsure|dunno|idk|` +
    String.raw`i (?:do not|dont) (?:really )?know|no idea(?: at all)?|not a clue|(?:i )?(?:havent|have not) (?:got )?a clue|no clue|` +
    String.raw`(?:i )?cant (?:decide|say)|still deciding|(?:i )?(?:havent|have not) (?:decided|thought about it))` +
    String.raw`(?:\s+(?:yet|really|tbh|honestly|to be honest|to be fair|at all|sorry|maybe|mate|lol|either|now|right now|atm))*$`,
);

/**
 * Unsure ("dunno tbh", "not really sure"), which the model of intents can hear as low mood. The
 * coach answers a feeling before its question, and "That sounds really hard" to "not really sure"
 * is not listening.
 */
export function isUnsureAnswer(text: string): boolean {
  const words = normaliseAnswer(text);
  return UNSURE.test(words);
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
  const words = normaliseAnswer(text);
  return STRENGTH.test(words) && !SAYS_MORE.test(words);
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
