// A part answer to a self-assessment question, met with one short question instead of the same
// one again. Listening round (December): "kinda, a few shifts at my uncles cafe" at "Have you had
// a paid job in the last two years?" and "depends on the day" at "How sure do you feel" had "didn't
// catch that"; "not really, im shy around new ppl" at "Feeling confident" and "no... well a bit on
// my credit card" at "Debts" had been kept as a no. Nothing is kept until the client says which.
import { normaliseAnswer } from './answers.ts';
import type { AssessmentQuestion } from './assessmentQuestions.ts';
import { namesTopicOf } from './barrierTopics.ts';
import { saysSortOf, tellsOfUnpaidWork } from './paidWorkAnswers.ts';

/** 'paid': were you paid for it? 'most-days': what number on most days? 'check': a yes or a no after all? */
export type FollowUp = 'paid' | 'most-days' | 'check';

// Work said with a hedge, or as odd jobs: whether it was paid is what the question asks.
const SOME_WORK =
  /^(?:(?:um|erm|well|yeah|yes|ye)\s+)*(?:kinda|kind of|sort of|sorta|a bit|a little|bits and bobs|bits|odd jobs|here and there|on and off|off and on|now and then|now and again|sometimes|helping out|i helped out|i help out|a few (?:shifts|hours|days|jobs|bits)|some (?:shifts|hours|bits|odd jobs)|not really paid|not properly)\b/;
const CHANGES = /\b(?:depends|depending|varies|it varies|up and down|changes|some days|day to day|day by day|one day|good days|bad days|comes and goes|on and off)\b/;
// A no said first, as its own part: "not really, ...", "no... well ...".
const NO_THEN = /^(?:no|nah|nope|naw|na|not really|not rly|not realy|not as such)\s+(.+)$/;
// Words after the no that keep it a no: "nah im ok got a bike", "no never had debts".
const KEEPS_THE_NO = /\b(?:no|not|never|dont|doesnt|didnt|isnt|wasnt|cant|fine|ok|okay|alright|sorted|manage|cope|coping|good|great|happy|comfortable|confident|used to|anymore|any more)\b/;

/** The one short question to ask after these words, or null when they answer (or say nothing). */
export function followUpFor(question: AssessmentQuestion, text: string): FollowUp | null {
  const words = normaliseAnswer(text);
  if (!words) return null;
  // A bare "sort of" is told what paid work counts, and work said to be unpaid what the question
  // is about (dialogs/wordChecks.ts): only work told of with a hedge is asked about.
  if (question.id === 'recent-work') return SOME_WORK.test(words) && !saysSortOf(text) && !tellsOfUnpaidWork(text) ? 'paid' : null;
  if (question.kind === 'confidence') return CHANGES.test(words) && !/\d/.test(words) ? 'most-days' : null;
  if (question.kind !== 'barrier' || !question.barrier) return null;
  const rest = NO_THEN.exec(words)?.[1];
  if (!rest || KEEPS_THE_NO.test(rest)) return null;
  return namesTopicOf(rest, question.barrier) || /^(?:well|actually|tbh|maybe|but)\b/.test(rest) ? 'check' : null;
}
