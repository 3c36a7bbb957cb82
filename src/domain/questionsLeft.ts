// How many of the first questions are still to come, for a client who wants it short ("can we be
// quick"): told how many are left, and that it is OK to stop. An estimate: a question asked only
// after some answer (a third job) is counted when that answer is already given.
import { ASSESSMENT_QUESTIONS, type AssessmentProgress } from './assessmentQuestions.ts';

/** The self-assessment questions still to ask, counting the one on screen. */
export function assessmentQuestionsLeft(progress: AssessmentProgress): number {
  return ASSESSMENT_QUESTIONS.filter(
    (question) =>
      !progress.profile.completedSteps.includes(question.step) &&
      !progress.answered.includes(question.id) &&
      (question.askIf?.(progress.profile) ?? true),
  ).length;
}
