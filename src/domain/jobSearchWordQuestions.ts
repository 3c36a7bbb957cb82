// "whats a cv", "wot is a reference": a job-search word the client does not know, asked back.
// Play-testing, round twenty-two: a care leaver of 19 asked "whats a cv" at a barrier question and
// had "Sorry, I didn't catch that." A question gets its answer before the question is asked again.
import { normaliseAnswer } from './answers.ts';

export type JobSearchWord = 'cv' | 'cover-letter' | 'reference' | 'dbs';

const WORDS: readonly (readonly [JobSearchWord, RegExp])[] = [
  ['cv', /^(?:cv|c v|cvs|resume)$/],
  ['cover-letter', /^(?:cover letter|covering letter)$/],
  ['reference', /^(?:reference|references|referee|referees|ref|refs)$/],
  ['dbs', /^(?:dbs|dbs check|a dbs check|crb|crb check)$/],
];
const ASKS_WHAT =
  /^(?:(?:and|but|so|sorry|um|erm|ok|wait)\s+)*(?:what|wat|wot|wht)\s*(?:s|is|are|does|do)?\s+(?:(?:a|an|the|u mean by|you mean by|is a|is an)\s+)?(.+?)(?:\s+(?:mean|means|is|then|please|pls|exactly|lol|tho))*$/;

/** The job-search word asked about ("whats a cv" is 'cv'); null when none is. */
export function asksWhatAJobSearchWordIs(text: string): JobSearchWord | null {
  const asked = ASKS_WHAT.exec(normaliseAnswer(text))?.[1];
  if (!asked) return null;
  const word = asked.replace(/^(?:a|an|the)\s+/, '');
  return WORDS.find(([, words]) => words.test(word))?.[0] ?? null;
}
