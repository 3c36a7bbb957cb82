// "sorry, i'd like to work in a shop, is that ok?": an answer, then a worry that it is the wrong
// one. Play-testing, round twenty-three: a woman of 52 who asks "is that ok?" after her answers
// had "Sorry, I was not clear. Let me ask it another way", and her answer was lost. The answer is
// read as it is, and she is told it is fine before the next question.
// Round twenty-four: a nervous school leaver asked the same in other words ("i was nervous talking
// to customers, is that bad?", "yes, does that matter?", "maybe working with animals? is that a real
// job?", "yes i have never worked, will that put them off?"): her answer was lost, or kept with no
// word about her worry, or the question kept as a job.

import { asksAboutTheirAge, beforeAWorry } from './workHistoryWords.ts';
import { readJobsWanted } from './jobWanted.ts';
import { asksAboutCashWork, asksOrWorriesAboutBenefits } from './benefitWorries.ts';
import { saysNotKnowing } from './textChecks.ts';

/** What the client worries about their answer: each has its own reply (answerWorryReplies, src/messages/en/listening.ts). */
export type AnswerWorry = 'is-that-ok' | 'is-that-bad' | 'does-it-matter' | 'does-it-count' | 'is-it-real-work' | 'puts-employers-off' | 'worry-told' | 'too-old' | 'too-young';

const END = String.raw`\s*[?.!]*\s*$`;
const WORRIES: readonly (readonly [AnswerWorry, RegExp])[] = [
  ['is-that-ok', new RegExp(String.raw`[\s,.;:!?-]*\b(?:(?:is|was) (?:that|it|this) (?:ok|okay|ok then|alright|all right|fine|right|enough)|(?:i )?hope (?:that is|thats|that s|its|it is) (?:ok|okay|alright|all right|fine)|(?:will|does|would) (?:that|this) do)${END}`, 'i')],
  ['is-that-bad', new RegExp(String.raw`[\s,.;:!?-]*\b(?:(?:is|was) (?:that|it|this) (?:bad|wrong|stupid|silly|weird)|(?:is|was) that a bad thing)${END}`, 'i')],
  ['does-it-matter', new RegExp(String.raw`[\s,.;:!?-]*\b(?:(?:does|will|would) (?:that|it|this) matter|(?:is|will) (?:that|it|this) (?:be )?a problem|(?:will|would) (?:that|it|this) (?:count against me|stop me))${END}`, 'i')],
  ['does-it-count', new RegExp(String.raw`[\s,.;:!?-]*\b(?:(?:does|would|will) (?:that|it|this) count(?: as (?:anything|something))?|(?:does|do) (?:that|this|it) (?:still )?count)${END}`, 'i')],
  ['puts-employers-off', new RegExp(String.raw`[\s,.;:!?-]*\b(?:will|would|does|do|could|might|is) (?:that|it|this) (?:going to )?(?:put (?:them|employers|people|bosses|anyone) off|look bad)${END}`, 'i')],
  ['is-it-real-work', new RegExp(String.raw`[\s,.;:!?-]*\b(?:(?:is|was) (?:that|it|this) (?:even )?(?:a real (?:job|thing)|real work|a proper job|an actual job|a job)|do people (?:do|get paid for) (?:that|this))${END}`, 'i')],
];
// Not an answer, only the worry: "sorry is that ok?" or "i dont know is that ok" are heard elsewhere.
const NO_ANSWER = /^(?:(?:so |im |i am |oh )?(?:sorry|soz|sry|ok|okay|um|erm|yes|no|hmm)[\s,.!]*)*$/i;
// Where yes or no is asked, a yes or no is the answer ("yes, does that matter?"); a bare "sorry" is not.
const NO_ANSWER_TO_A_CHOICE = /^(?:(?:so |im |i am |oh )?(?:sorry|soz|sry|um|erm|hmm)[\s,.!]*)*$/i;

/**
 * The answer said before a worry about it, and the worry; null when the message does not end so or
 * holds no answer. `choice`: buttons are asked, where a bare yes or no is an answer. `job`: the job
 * wanted is asked, where a job named before a worry told ("retail but im scared i wont get one") is
 * the answer, and the worry is heard (round twenty-four: "Thank you for telling me what worries
 * you", and the job lost).
 */
export function answerWithWorry(text: string, options: { choice?: boolean; job?: boolean } = {}): { answer: string; worry: AnswerWorry } | null {
  const said = text.trim();
  // "got paid cash in hand, is that a problem?": a question for the adviser, answered as one (benefitWorries.ts).
  if (asksOrWorriesAboutBenefits(said) || asksAboutCashWork(said)) return null;
  const told = options.job ? beforeAWorry(said) : null;
  if (told && !saysNotKnowing(told.goal) && readJobsWanted(told.goal).kind === 'jobs') {
    // "office work, though I worry I'm too old now": the age answered as it is everywhere else.
    const age = asksAboutTheirAge(told.worry);
    return { answer: told.goal, worry: age === 'old' ? 'too-old' : age === 'young' ? 'too-young' : 'worry-told' };
  }
  for (const [worry, words] of WORRIES) {
    const answer = said.replace(words, '').trim();
    if (answer === said) continue;
    // "i dont know what job i want, is that ok?": not knowing, with its own answer (dialogs/wordChecks.ts).
    if ((options.choice ? NO_ANSWER_TO_A_CHOICE : NO_ANSWER).test(answer) || saysNotKnowing(answer)) return null;
    return { answer, worry };
  }
  return null;
}

/** The answer said before "is that ok?", or null when the message does not end so or holds no answer. */
export function answerBeforeIsThatOk(text: string): string | null {
  const read = answerWithWorry(text);
  return read?.worry === 'is-that-ok' ? read.answer : null;
}
