// The words of a sorry, one vocabulary for the three readers below: a sorry alone, a sorry leading
// an answer, a sorry somewhere in a longer reply.
import { normaliseAnswer } from './answers.ts';

const SORRY_WORDS = String.raw`sorry|soz|sozz|sry|apologies`;

// "sorry", "so sorry", "sorry about that": a sorry alone, said by someone who apologises a lot, with
// no hello and no time away in it. Play-testing, round eighteen: a lone "sorry" at a question was
// greeted "Hi there!", as if it were a hello.
const ONLY_SORRY = new RegExp(
  String.raw`^(?:(?:oh|oops|whoops|um|erm|im|i am|i m|so|really|very|so so)\s+)*(?:${SORRY_WORDS}|my bad)` +
    String.raw`(?:\s+(?:sorry|again|about that|about this|for that|for this|for asking|for being slow|for the mistake|for the typo|my mistake|my fault|i got it wrong|i am slow|im slow|im useless at this))*$`,
);

/** A sorry and nothing else ("sorry", "so sorry", "oops sorry about that"). */
export function onlySaysSorry(text: string): boolean {
  const words = text.toLowerCase().replace(/['\u2019`]/g, '').replace(/[^a-z ]+/g, ' ').replace(/\s+/g, ' ').trim();
  return words.length > 0 && ONLY_SORRY.test(words);
}

const LEADING_SORRY = new RegExp(String.raw`^(?:(?:oh |so |im |i am )?(?:${SORRY_WORDS})[\s,.!-]+)+`, 'i');

/** "sorry, get a job in a library": the words after a leading sorry (round twenty-three: kept in a goal). */
export function withoutLeadingSorry(text: string): string {
  return text.trim().replace(LEADING_SORRY, '');
}

// A sorry, or the self-reproach said for one ("been rubbish", "let you down"), anywhere in a reply.
const SORRY_SOMEWHERE = new RegExp(String.raw`\b(?:${SORRY_WORDS}|apologise|apologize|my bad|(?:been|i am|im|was) (?:rubbish|useless|crap|hopeless|a nightmare)|let you down)\b`);
const MAX_SORRY_REPLY = 900;

/** A sorry in the words ("sorry been rubbish", "i did it on tuesday, sorry it was late"). */
export function saysSorry(text: string): boolean {
  const words = normaliseAnswer(text);
  return words.length > 0 && words.length <= MAX_SORRY_REPLY && SORRY_SOMEWHERE.test(words);
}
