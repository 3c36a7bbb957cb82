import type { SamplesFor } from './index.ts';
import type * as messages from '../en/selfAssessment.ts';
import { ASSESSMENT_QUESTIONS } from '../../domain/assessmentQuestions.ts';
import { ASSESSMENT_STEPS } from '../../domain/assessmentSteps.ts';

const questions = ASSESSMENT_QUESTIONS.map((question) => [question] as const);

export const selfAssessment = {
  progressLabel: [[0], [7], [2, 8]],
  stepHeading: ASSESSMENT_STEPS.map((step, index) => [index, step.id] as const),
  skipLabelFor: questions,
  questionText: questions,
  questionExplanation: questions,
  questionPurpose: questions,
  jobIdeasOffered: [['Not sure yet'], ["No, that's all"]],
  homeWorryHeard: [[true], [false]],
  jobChangedTo: [['Care worker']],
  jobDoubtHeard: [['Admin']],
  jobsKeptFromLongWords: [[['Call centre']], [['Customer service', 'Call centre']]],
  lastTimeYouSaid: [[['cooking', 'cleaning']], [7], [true], [false], ['prefer-not-to-say'], ['about 16 hours']],
} satisfies SamplesFor<typeof messages>;
