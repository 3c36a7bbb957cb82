// A name from what a client typed at "What would you like me to call you?": "call me dave",
// "its marcus", "marcus here" give the name; a reply to the chat ("ok fine yes") or the code
// question answered early ("dont have one") does not.
import { looksLikeGibberish, namesAFeeling } from './textChecks.ts';
import { parseYesNo } from './answers.ts';
import { leadingYesNo } from './partialAnswers.ts';
import { declinesToGiveAName } from './nameDeclinedWords.ts';

export const MAX_NAME_LENGTH = 40;

// Words of an answer or a greeting, never a name alone: "ok fine yes" to the name question is a
// reply to the chat, not what to call someone. Names that are also words ("Will", "Hope", "Joy")
// are not here, nor the words that skip the question ("no", "skip", "pass"): the name step reads those.
const NOT_NAME_WORDS = new Set([
  'yes', 'yeah', 'yea', 'yep', 'yup', 'ya', 'ye', 'aye', 'ok', 'okay', 'okey', 'k', 'kk', 'fine', 'sure',
  'alright', 'alrite', 'right', 'cool', 'good', 'great', 'grand', 'nope', 'nah', 'nae', 'not', 'thanks',
  'thank', 'you', 'cheers', 'ta', 'hi', 'hiya', 'hello', 'hey', 'whatever', 'dunno', 'idk', 'maybe', 'go',
  'on', 'then', 'that', 'is', 'it', 'its', 'me', 'please', 'pls', 'sorry', 'what', 'why', 'how', 'who',
  'huh', 'eh', 'er', 'um', 'erm', 'hmm', 'lol', 'nothing', 'anything', 'none', 'same',
  'done', 'ready', 'wait', 'help', 'cancel', 'stop', 'menu', 'back', 'and', 'so', 'just', 'whats', 'ur',
  'u', 'name', 'my', 'mine',
  'yh', 'yeh', 'yas', // "yh" had been greeted "Nice to meet you, Yh." (round nineteen)
  'tak', // Polish for yes; its no, "nie", skips the question as "no" does (round nineteen)
  'da', // Romanian for yes; its no, "nu", skips the question too (round twenty)
]);

// What may come before a name: "call me", "its", and a hello first ("hiya its marcus").
// Before "call me" and a name, these ask for the name to be used, not for a call (name question, round two).
const ASKING_TO_BE_CALLED = String.raw`(?:you can |you may |you could |can you |could you |please |just )`;
const NAME_LEAD = new RegExp(String.raw`^(?:(?:hi|hiya|hello|hey|heya|morning|evening)\s+(?:there\s+)?)?(?:${ASKING_TO_BE_CALLED}?call me|my name is|my names|my name s|my name|im|i am|it is|its|this is|name is|names|name|me|just)\s+`);
// "marcus here"
// "Gerald please", "jade x", "sam thanks": the name without the manners or the kiss (play-testing
// found "Gerald Please" and "Jade X" kept).
const NAME_TRAIL = /(?:,?\s+(?:here|please|pls|plz|thanks|thank you|ta|cheers|x+|xx+|if you don['\u2019]?t mind|if that['\u2019]?s ok|if that is ok|is fine|will do|that['\u2019]?s fine|mate|if you would|if you would be so kind|if you please|if you may|would be fine))+$/i;
// Never part of a name: the code question answered early ("dont have one", "no code").
// "change my plan" at the name question had been greeted "Nice to meet you, Change My Plan" (adviser round seven).
// "no that's it" and "little bit" had been greeted as names (round twenty-six).
// "im from Syria" had read as the name "From Syria" (first conversations, December).
const NEVER_IN_A_NAME = new Set([
  'code', 'dont', 'havent', 'have', 'got', 'adviser', 'advisor', 'skip', 'one', 'plan', 'plans', 'goal', 'goals', 'review', 'reminder', 'reminders', 'steps', 'thats', 'bit', 'from',
  // News, never a name: "phone was broke", "big news", "battery died" (first conversations, December).
  'was', 'were', 'been', 'news', 'broke', 'broken', 'died', 'dead', 'went', 'lost', 'phone',
  // Work, money or a hedge, never a name: "shop work maybe", "to pay rent" (play-testing 2026-12-08).
  'work', 'working', 'job', 'jobs', 'maybe', 'perhaps', 'probably', 'to', 'pay', 'rent', 'money', 'bills',
]);

/**
 * The name to call someone from what they typed ("call me dave" gives "Dave"), or null when it
 * does not look like a name: too long, a sentence, digits, links or mashing.
 */
export function nameFrom(text: string): string | null {
  // "ok. Dev", "sure, its Dev": a reply to the chat before the name.
  // "Kayla 😊": the name without its emoji (round nineteen: "Please type just your first name").
  const unsure = /\?\s*$/.test(text);
  const said = text.replace(/[\p{Extended_Pictographic}\u{FE0F}\u{200D}\u{1F3FB}-\u{1F3FF}]/gu, '').trim().replace(/[.!?]+$/, '');
  const trimmed = stripAcknowledgement(said);
  const afterSorry = /\bsorry\b/i.test(said.slice(0, said.length - trimmed.length));
  // "My name is Olena but everybody call me Lena", "My name is Graham Whitfield. You may call me
  // Graham.": the name they want to be called.
  const preferred = PREFERRED.exec(trimmed) ?? CALL_ME_LATER.exec(trimmed) ?? CALL_ME_FIRST.exec(trimmed) ?? BUT_THIS_ONE_IS_FINE.exec(trimmed);
  if (preferred && preferred[1] !== trimmed) return isANickname(preferred[1]!) ? nameFrom(preferred[1]!) : null;
  // "its jo, short for joanne", "my name is Omar, I am from Syria": the name, without more about it.
  const named = nameBeforeMore(trimmed);
  if (named) return nameFrom(named);
  // "its jo, well joanne": the name put right in the same message (play-testing 2026-12-08).
  const corrected = NAME_PUT_RIGHT.exec(trimmed);
  if (corrected && nameFrom(corrected[1]!) !== null) return nameFrom(corrected[2]!);
  if (!trimmed || trimmed.length > MAX_NAME_LENGTH || declinesToGiveAName(trimmed)) return null;
  if (/[\d@<>[\]()*_#:/\\]/.test(trimmed) || looksLikeGibberish(trimmed)) return null;
  const lowered = trimmed.toLowerCase().replace(/['\u2019]/g, '');
  const lead = NAME_LEAD.exec(lowered);
  const name = (lead ? trimmed.replace(/['\u2019]/g, '').slice(lead[0].length) : trimmed).replace(NAME_TRAIL, '');
  const words = name.split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 3) return null;
  // "hiya sorry phone was broke" had been kept as the name "Phone Was Broke" (first conversations,
  // December): after a sorry, more than one word is news unless said as a name ("sorry, its Dev")
  // or typed with its own capitals ("sorry, Mary Jane").
  if (afterSorry && !lead && words.length > 1 && !words.every((word) => /^\p{Lu}/u.test(word))) return null;
  // "call me K": one letter, asked for as a name ("k" alone is an ok).
  if (lead && LETTER_ASKED_FOR.test(lead[0]) && /^\p{L}$/u.test(name.trim())) return name.trim().toUpperCase();
  // "Geoff?" is a name said unsure; "are you real?" or "really?" asks something.
  if (unsure && (words.length > 1 || ASKED_ALONE.has(words[0]!.toLowerCase()))) return null;
  if (SWEAR.test(name.toLowerCase().replace(/['\u2019]/g, ''))) return null;
  if (words.length > 1 && words.some((word) => NEVER_IN_A_NAME.has(word.toLowerCase().replace(/['\u2019]/g, '')))) return null;
  if (words.every((word) => NOT_NAME_WORDS.has(word.toLowerCase().replace(/['\u2019]/g, '')))) return null;
  if (!words.every((word) => /^\p{L}[\p{L}'\u2019-]*$/u.test(word))) return null;
  return words.map(nameCase).join(' ');
}

// Only these leads make one letter a name (scripted clients, round twenty-seven: "call me K" was refused).
const LETTER_ASKED_FOR = /(?:call me|my name is|my names|my name s|my name|name is)\s+$/;

// Words asked alone with a "?", never a name said unsure ("what?", "huh?" are never names at all).
const ASKED_ALONE = new Set(['really', 'seriously', 'pardon', 'again', 'now', 'here', 'where', 'when', 'which', 'whose', 'nickname', 'real', 'bot', 'why']);

// Two capitals that are a name said in capitals ("JO", "AL", "ED"), not initials ("JP", "AJ").
const SHOUTED_SHORT_NAME = /^(?:[BCDFGHJKLMNPRSTVWZ][AEIOUY]|[AEIOU][BDGLMNRSTVXZ])$/;

/**
 * "roy" and "ROY" are "Roy" (play-testing, round eighteen: "ITS ROY" was greeted as "ROY"); each
 * part of "MARY-JANE" and "O'BRIEN" too. A name typed with its own capitals ("McDonald") and
 * initials ("JP") are kept as typed.
 */
function nameCase(word: string): string {
  const shouted = word === word.toUpperCase() && word !== word.toLowerCase();
  const letters = word.replace(/[^\p{L}]/gu, '');
  if (word !== word.toLowerCase() && !(shouted && (letters.length > 2 || SHOUTED_SHORT_NAME.test(letters)))) return word;
  return word.toLowerCase().replace(/(^|[-'\u2019])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
}

// "You can call me Alex, although my full name is Alexandra": the name asked for, then more about
// it (play-testing, round seventeen: "Please type just your first name").
const CALL_ME_FIRST = /^(?:(?:you|u) (?:may|can|could)\s+|please\s+|just\s+)?call me\s+([\p{L}'\u2019-]+)\s*(?:,|\b(?:although|though|but|as|because|cos|short for)\b)/iu;

// First conversations (December): "darren but evry1 calls me daz", "everyone calls me Gaz", "Siobhan
// but everyone says Shiv", "people call me big T lol" had "Please type just your first name".
const CALLERS = String.raw`(?:every(?:one|body|1)|evry(?:one|1)|evr1|(?:most |all )?(?:people|ppl)|(?:my )?(?:friends|mates|family|pals)|most|they all|they|all)`;
const PREFERRED = new RegExp(
  String.raw`(?:^|\b(?:but|and|so)\s+|,\s*)${CALLERS}\s+(?:calls?\s+me|says?|know me as|knows me as)\s+([\p{L}'\u2019-]+(?:\s+[\p{L}'\u2019-]+)?)(?:\s+(?:lol|haha|tbh|mostly|really|though|x+))*$`,
  'iu',
);
// "kerry-ann but kez is fine", "Tomasz but Tom is easier": the short name said after the full one.
const BUT_THIS_ONE_IS_FINE = /^[\p{L}'\u2019-]+(?:\s+[\p{L}'\u2019-]+)?\s*,?\s+but\s+([\p{L}'\u2019-]+)\s+(?:is|s)\s+(?:fine|ok|okay|easier|better|good|shorter)$/iu;
// Words after "everyone calls me" that are no name: "everyone calls me lazy", "my kids call me mum".
const NOT_A_NICKNAME = new Set(['lazy', 'mum', 'mam', 'mom', 'mummy', 'nan', 'nana', 'gran', 'dad', 'names', 'sorts', 'all', 'stupid', 'weird', 'crazy', 'mad', 'trouble', 'bro', 'mate', 'hun', 'babe', 'love', 'darling', 'boss', 'sir', 'madam', 'the', 'something', 'everything', 'anything', 'that', 'it', 'this']);

function isANickname(said: string): boolean {
  return !said.toLowerCase().split(/\s+/).some((word) => NOT_A_NICKNAME.has(word)) && !namesAFeeling(said.toLowerCase());
}

// More said after the name: "its jo, short for joanne"; "my name is Omar, I am from Syria", "im
// Priya, from Leicester", "its sarah, i live in bolton" (first conversations, December: the name
// lost, "Please type just your first name"). Only after a name said as one ("im tired, i have kids" is none).
const SHORT_FOR = /,?\s+(?:its\s+|it is\s+)?short for\s+[\p{L}'\u2019-]+(?:\s+[\p{L}'\u2019-]+)?$/iu;
const MORE_ABOUT_THEM = /\s*(?:,|\band\b)\s*(?:and\s+)?(?:(?:i am|im|i['\u2019]m|i m|i come|i live|i have|i['\u2019]ve|ive|i got|living|originally)\b|from\b).*$/iu;

const NAME_PUT_RIGHT = /^(.+?)\s*[,.;-]?\s+(?:well|i mean|actually|or rather|sorry|no wait|wait|well actually)\s*,?\s+([\p{L}'\u2019-]+)$/iu;

function nameBeforeMore(said: string): string | null {
  const shortFor = SHORT_FOR.exec(said);
  if (shortFor && shortFor.index > 0) return said.slice(0, shortFor.index);
  const more = MORE_ABOUT_THEM.exec(said);
  if (!more || more.index === 0) return null;
  const first = said.slice(0, more.index).trim();
  return statesAName(first) || isABareName(first) ? first : null;
}
// Play-testing: "My name is Graham Whitfield. You may call me Graham." had "Graham Whitfield". The
// name asked for after the full one, in a later sentence or after "but": "..., but call me Sue".
const CALL_ME_LATER = new RegExp(
  String.raw`(?:[.!?,;]|\b(?:but|and|so))\s*(?:(?:you|u) (?:may|can|could|should)\s+|(?:please|pls|plz|just|though)\s+)*` +
    String.raw`(?:(?:you |u )?call me|say|use|i go by|i prefer|id prefer|i would prefer)\s+([\p{L}'\u2019-]+)(?:,?\s+(?:please|pls|plz|for short|instead|thanks|if you like|if you want))*[.!]*$`,
  'iu',
);
// Play-testing: "ok. Dev" had "Please type just your first name". Only with a name after it;
// words that can start a name ("Ye Wang", "So Yeon", "Oh Min") only with a stop or comma after them.
// "hello, my name is Olga": a hello first (scripted clients, round twenty-seven).
const ACKNOWLEDGEMENT = /^(?:(?:(?:ok|okay|okey|sure|fine|alright|yes|yeah|yep|um|erm|sorry|hi|hiya|hello|helo|hey|heya|good morning|good afternoon|good evening)(?:[\s,.!:;-]+|$))|(?:(?:oki|k|right|yea|ye|well|oh|so|go on)(?:\s*[,.!:;-]+\s*|$)))+/i;

function stripAcknowledgement(text: string): string {
  const rest = text.replace(ACKNOWLEDGEMENT, '');
  return rest && rest !== text ? rest : text;
}

// Only the leads that can introduce nothing but a name: "i am ..." may be a feeling, and "its ..."
// or "this is ..." only when one or two words follow that say no feeling ("its marcus", read as a
// hello by the intent model, had been answered "Hello again!").
// "my name Amina" (ESOL, scripted clients round twenty-six: "didn't catch that" at consent).
const SAYS_NAME = /^(?:call me|my name is|my names|my name s|my name|name is)\s+/;
const INTRODUCES = /^(?:(?:hi|hiya|hello|hey|heya)\s+(?:there\s+)?)?(?:(?:its|it is|this is)\s+\S+(?:\s+\S+)?|(?:im|i am)\s+\S+)$|^\S+\s+here$/;
// "im back", "im ready": how someone is, not who.
const NOT_A_NAME_AFTER_IM = /^(?:im|i am)\s+(?:back|ready|confused|lost|bored|unemployed|here|new|stuck|busy|sick|ill|home|out|free|single|looking|working|waiting|done|sorry|unsure|trying|retired|disabled|pregnant|late|early|away|around|in|on|off|up|cold|hot|hungry|skint|broke|fine|good|ok|okay|alright|shy|nervous|\d+)$/;
const TITLED = /^(?:mr|mrs|ms|miss|mx|dr)\.?\s+(\p{L}[\p{L}'\u2019-]*)(?:\s+\p{L}[\p{L}'\u2019-]*)?(?:[,.!\s]|$)/iu;
// Words after "call me" that ask for a call rather than give a name.
const NOT_A_NAME_AFTER_CALL_ME = /^call me (?:back|asap|later|soon|tomorrow|tmrw|tmr|today|tonight|now|please|when|on|at|after|before|in|about|if|plz|pls|this|next|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b/;
// Round two of the name question: "can you call me Sam?" and "just call me sam pls" had asked the adviser to call.
const CALL_ME_ASKED = new RegExp(`^${ASKING_TO_BE_CALLED}`);

/**
 * "Please call me Margaret", "my name is Sam": a name said as one, which answers the name question
 * even though "call me" also asks for a call. Not "call me back" or "call me tomorrow".
 */
export function statesAName(text: string): boolean {
  // "darren but evry1 calls me daz", "its jo, short for joanne": a name said with more (first conversations, December).
  if (saysANameWithMore(text.trim())) return nameFrom(text) !== null;
  // "Mr Patel, if you would": a name with its title (play-testing, round fifteen: it had the low-mood reply).
  const titled = TITLED.exec(text.trim());
  if (titled) return nameFrom(text) !== null && !NOT_NAME_WORDS.has(titled[1]!.toLowerCase());
  const lowered = stripAcknowledgement(text.trim()).toLowerCase().replace(/['\u2019]/g, '').replace(CALL_ME_ASKED, '');
  // Round two: "Geoff?" had "Sorry, I was not clear", and the name was lost.
  if (/^\p{L}[\p{L}'-]*\s*\?+$/u.test(lowered)) return nameFrom(text) !== null;
  if (INTRODUCES.test(lowered) && !NOT_A_NAME_AFTER_IM.test(lowered)) return nameFrom(text) !== null && !namesAFeeling(lowered.replace(/^.*\b(?:its|it is|this is|im|i am)\s+/, ''));
  if (!SAYS_NAME.test(lowered) || NOT_A_NAME_AFTER_CALL_ME.test(lowered)) return false;
  return nameFrom(text) !== null;
}

// "My name is Priya, what's yours?": a question asked back after a comma (play-testing found the
// name not kept, and "Sorry, I was not clear" said instead).
const QUESTION_AFTER_A_COMMA = /^([^.?!\n,]+),\s*((?:and |so |but )?(?:what|whats|what's|who|how|are|is|can|do|will|you|u|ur|your|yours)\b[\s\S]*\?*)$/i;
// "what's yours?", "and you?", "whats ur name": the coach's own name asked.
const ASKS_THE_COACHS_NAME = /^(?:and |so |but )?(?:(?:what|whats|what is) (?:is )?(?:yours|your name|ur name|you called|are you called)|(?:and )?(?:you|u|yours)|who are (?:you|u)|have you got a name|do you have a name)\??$/;

function saysANameWithMore(said: string): boolean {
  const plain = said.replace(/[.!]+$/, '');
  return [PREFERRED, CALL_ME_LATER, BUT_THIS_ONE_IS_FINE, SHORT_FOR].some((form) => form.test(plain)) || nameBeforeMore(plain) !== null;
}

/** "what's yours?", "and you?": asking the coach's name back. */
export function asksTheCoachsName(text: string): boolean {
  return ASKS_THE_COACHS_NAME.test(text.trim().toLowerCase().replace(/['\u2019]/g, '').replace(/[?!.]+$/, '').replace(/\s+/g, ' '));
}

/**
 * "hi im Tom. is this going to be long? i havent got much time": a name said in the first sentence,
 * with more after it. The name, and the rest to be heard on its own; null when the first sentence
 * gives no name.
 */
export function nameOpening(text: string): { name: string; rest: string } | null {
  const parts = /^([^.?!\n]+)[.?!\n]+\s*(\S[\s\S]*)$/.exec(text.trim()) ?? QUESTION_AFTER_A_COMMA.exec(text.trim());
  if (!parts || !(statesAName(parts[1]!) || isABareName(parts[1]!))) return null;
  const name = nameFrom(parts[1]!);
  return name ? { name, rest: parts[2]!.trim() } : null;
}

// "Priya. I have a code somewhere, hold on...": a name alone, with its capital, as the first
// sentence (scripted clients, round twenty-seven: "Please type just your first name").
function isABareName(sentence: string): boolean {
  const word = sentence.trim();
  return /^\p{Lu}\p{Ll}+$/u.test(word) && nameFrom(word) !== null && !namesAFeeling(word) && !ASKED_ALONE.has(word.toLowerCase());
}

// Said before the name is asked (at consent): only a name said as one ("my name is Graham", "im
// Tom") or a capitalised name with manners after it ("Graham please"), never "this is weird".
const OFFERS_A_NAME = /^(?:(?:hi|hiya|hello|helo|hey|good morning|good afternoon)[\s,.!]+(?:there[\s,.!]+)?)?(?:(?:you can |you may |please )?call me|my name is|my names|my name|name is|im|i am)\s+/;
const NAME_WITH_MANNERS = /^(?!(?:Later|Now|More|Again|Next|Continue|Start|Explain|Delete|Info|Details|Both|Neither|Slower|Quicker|Faster)\b)\p{Lu}[\p{L}'\u2019-]+,?\s+(?:please|pls|plz|here|thanks|thank you|x+)[.!]*$/u;

/** A name offered before its question ("My name is Graham", "Graham please"); null otherwise. */
export function nameOfferedEarly(text: string): string | null {
  const said = text.trim();
  if (parseYesNo(said) !== null) return null;
  const lowered = said.toLowerCase().replace(/['\u2019]/g, '');
  const offered = (OFFERS_A_NAME.test(lowered) && statesAName(said)) || NAME_WITH_MANNERS.test(said);
  return offered ? nameFrom(said) : null;
}

// "yes that's fine my name is Marcus" (voice-typed, round twenty-six: the name was asked again): each yes word goes.
const YES_FIRST = /^(?:(?:yes|yess|yeah|yeh|yep|yup|yea|ya|aye|ok|okay|sure|fine|thats fine|thats ok|that is ok|thats alright|go on)\s+)+/i;

/**
 * "yes, my name is Priya", "ok thats fine, im Tom": a yes to consent with a name after it (the
 * name question had been asked anyway). The name; null when no name is said after the yes.
 */
export function nameAfterAYes(text: string): string | null {
  if (leadingYesNo(text) !== 'yes') return null;
  const [first = '', ...rest] = text.trim().split(/[,.!;]+|\s+and\s+/);
  for (const part of [first.replace(/['\u2019]/g, '').replace(YES_FIRST, ''), ...rest]) {
    const name = part.trim() ? nameOfferedEarly(part.trim()) : null;
    if (name) return name;
  }
  return null;
}

// "Dick" and "Dickon" are names: "dick" is rude only called someone ("you dick", "a total dick").
// The intent guards' rude words use it too.
export const DICK_CALLED_SOMEONE = String.raw`(?:a|you|ya|ur|youre|such|are|big|total|absolute|proper|bunch of|load of) dicks?`;
// Play-testing, round twenty-five: "Geoff" at "What would you like me to call you?" had "I can tell
// you are fed up ... let us keep it kind" (the model hears "off"), and his name was lost. A name
// given is no insult; only a plain swear word makes it one.
const SWEAR = new RegExp(String.raw`\b(?:fuck\w*|fk|fuk|ffs|wtf|shit\w*|twat|wanker|bastard|bitch\w*|cunt\w*|piss\w*|arsehole|arse|prick|dickheads?|${DICK_CALLED_SOMEONE}|bellend|knobhead|tosser)\b`);
const MAX_NAME_WORDS = 3;

/** "Geoff", "Dickon", "call me Jeff": a name given, with no swear word in it. */
export function isNoInsultButAName(text: string): boolean {
  const said = text.trim();
  if (said.split(/\s+/).length > MAX_NAME_WORDS + 2 || SWEAR.test(said.toLowerCase())) return false;
  return nameFrom(said) !== null;
}
