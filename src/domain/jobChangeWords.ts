// A change of mind at "Is there another job you would like too?" (play-testing, assessment round
// five): "actually no, make that barber" had "That is good to hear. I am glad." and the job said
// before stayed. The new job replaces the one said before, and is said back.
import { wordsAfterChangeOfMind } from './goalAnswerWords.ts';
import { readJobsWanted } from './jobWanted.ts';
import { JOB_GOAL_QUESTIONS, questionById, recordAnswer, type AssessmentAnswer, type AssessmentProgress, type AssessmentQuestion } from './assessmentQuestions.ts';

// "make that", "change it to", "it's": lead-in words before the new job.
const LEAD_IN = /^(?:(?:make|change|switch) (?:that|it|this)(?: to)?|put|put down|(?:it|its|it is|it should be|id say|i want|i would like|id like|i wanna)(?: to be| be)?)\s+/;
const TAIL = /\s+(?:instead|then|please|thanks)$/;
// "actually no thats all", "no wait, im happy with that": no new job, only no more jobs.
const NO_NEW_JOB = /\b(?:thats all|that is all|thats it|that is it|happy with (?:that|it|them)|none|nothing|no more|no other|im good|im ok|im fine|all good|just (?:that|the one)|not sure|dont know|dunno|idk)\b/;

/** The job said as a change of mind ("actually no, make that barber" is "Barber"); null when none is. */
export function jobChangedInstead(text: string): string | null {
  const after = wordsAfterChangeOfMind(text);
  if (!after) return null;
  const words = after.toLowerCase().replace(/['\u2019`]/g, '').replace(/[.!]+$/, '').trim().replace(LEAD_IN, '').replace(TAIL, '');
  if (!words || NO_NEW_JOB.test(words)) return null;
  const read = readJobsWanted(words);
  return read.kind === 'jobs' && read.titles.length === 1 ? read.titles[0]! : null;
}

/** At "Is there another job you would like too?", the job said just before it (a change of mind replaces it); null elsewhere. */
export function jobSaidBefore(progress: AssessmentProgress, questionId: string): string | null {
  const index = JOB_GOAL_QUESTIONS.indexOf(questionId);
  return index >= 1 ? (progress.profile.jobGoals[index - 1]?.title ?? null) : null;
}

/** Records the answer; a changed job at "another job?" replaces the job said just before, not the first. */
export function recordAnswerOrJobChange(progress: AssessmentProgress, question: AssessmentQuestion, answer: AssessmentAnswer): AssessmentProgress {
  const index = JOB_GOAL_QUESTIONS.indexOf(question.id);
  if (answer.kind !== 'job-changed' || index < 1) return recordAnswer(progress, question, answer);
  return recordAnswer(progress, questionById(JOB_GOAL_QUESTIONS[index - 1]!), { kind: 'text', value: answer.value });
}
