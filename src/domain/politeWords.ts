// Sentences of manners before an answer, written formally: "Good morning. I do apologise, I am not
// very used to this. Yes, that is fine." Play-testing, round twenty: that had the low-mood reply at
// consent, and the yes was lost. The greeting, the apology and the shyness are said before the
// answer; the sentence after them is the answer.
import { normaliseAnswer, parseYesNo } from './answers.ts';
import { isUnsureAnswer, saysTheyAreNotGoodWithThis } from './textChecks.ts';

const POLITE =
  /^(?:(?:good (?:morning|afternoon|evening)|hello|hi|dear sir or madam|hello there)(?: there)?|(?:(?:i )?(?:do |must |really )?(?:apologise|apologize|apologies)|(?:i am |im )?(?:so |very |terribly )?sorry)(?: (?:for|about) (?:the|my|this) \w+)?)(?: (?:again|for that))?$/;
const NOT_USED_TO_THIS =
  /^(?:(?:i do apologise|i apologise|sorry|apologies)\s+)?(?:i am|im) not (?:(?:very|really|too|that|so)\s+)?(?:used to|familiar with|confident with|good with) (?:this|these|computers|technology|this sort of thing|these things|chatting like this)(?: (?:yet|at all|i am afraid|im afraid))?$/;

function isOnlyManners(sentence: string): boolean {
  const words = normaliseAnswer(sentence);
  return POLITE.test(words) || NOT_USED_TO_THIS.test(words) || (saysTheyAreNotGoodWithThis(sentence) && words.split(' ').length <= 10);
}

/** The words after sentences of manners only ("Yes, that is fine."); null when there are none before, or nothing after. */
export function answerAfterManners(text: string): string | null {
  const parts = text.split(/(?<=[.!?])\s+|,\s+(?=(?:i am|i'm|im) not)/i).map((part) => part.trim()).filter(Boolean);
  let first = 0;
  while (first < parts.length - 1 && isOnlyManners(parts[first]!)) first += 1;
  return first === 0 ? null : parts.slice(first).join(' ');
}

/** Manners, then a yes or a no ("I do apologise. Yes, that is fine."): the yes or no is the answer. */
export function saysMannersBeforeAnAnswer(text: string): boolean {
  const rest = answerAfterManners(text);
  return rest !== null && parseYesNo(rest) !== null;
}

const APOLOGY = /\b(?:i do apologise|i do apologize|i apologise|i apologize|apologies|my apologies|i am (?:so |very |terribly )?sorry|im (?:so |very )?sorry|sorry|i am afraid|im afraid)\b/g;

/**
 * "I am not sure, I apologise", "No, I am sorry": an apology beside a plain answer (unsure, yes
 * or no), which is no low mood. Play-testing, round twenty: "I am not sure, I apologise" had the
 * low-mood reply.
 */
export function apologisesBesideAPlainAnswer(text: string): boolean {
  const words = normaliseAnswer(text);
  const rest = words.replace(APOLOGY, ' ').replace(/\s+/g, ' ').trim();
  if (rest === words) return false;
  return rest === '' || isUnsureAnswer(rest) || parseYesNo(rest) !== null;
}

// Play-testing, round twenty-one: "I am afraid my qualifications are rather out of date." had the
// low-mood reply. "I am afraid" before a plain statement is manners ("I regret to say"); "afraid
// of", "afraid to", "afraid I will" and "I am afraid" alone are still a feeling.
const AFRAID_AS_MANNERS = /^(?:(?:well|but|oh|erm|um|sadly|so)\s+)*(?:i am|im|i m) afraid (?!of\b|to\b|that\b|i (?:will|might|wont|cant|cannot|can not|am going|m going|ll)\b|ill\b)(.+)$/;

/** The statement after a polite "I am afraid" ("my qualifications are rather out of date"); null when there is none. */
export function afterPoliteAfraid(text: string): string | null {
  return AFRAID_AS_MANNERS.exec(normaliseAnswer(text))?.[1]?.trim() || null;
}
