// What got in the way, said where a step is asked: "I HAD EXAMS", "i was ill all week", "been
// working double shifts". Play-testing, round twenty: "I HAD EXAMS" at "What will you do about
// retail?" had been kept as the client's step.
import { normaliseAnswer } from './answers.ts';

const IN_THE_WAY =
  /^(?:(?:sorry|no|nah|well|honestly|tbh|because|cos|coz|cause)\s+)*(?:(?:i|we|ive|i have|i was|ive been)\s+)?(?:had|have had|was|were|been|got)\s+(?:(?:really|so|too|very|a bit|loads of|lots of|my)\s+)*(?:exams?|revision|revising|coursework|deadlines?|ill|sick|poorly|unwell|busy|a cold|flu|covid|the flu|no time|no money|no credit|no data|a funeral|hospital|appointments?|shifts?|double shifts|working|uni|college|school stuff|the kids|family stuff|stuff going on)(?:\s+(?:all week|this week|last week|again|sorry|tbh|innit|lol|and that))*$/;

/** "I HAD EXAMS", "i was ill": why a step did not happen, never a step itself. */
export function saysWhatGotInTheWay(text: string): boolean {
  return IN_THE_WAY.test(normaliseAnswer(text));
}
