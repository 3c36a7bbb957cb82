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
  openToAnyJobIdeas: [['Any job']],
  homeWorryHeard: [[true], [false]],
  jobChangedTo: [['Care worker']],
  jobDoubtHeard: [['Admin']],
  jobsKeptFromLongWords: [[['Call centre']], [['Customer service', 'Call centre']]],
  assessmentAsideReply: [
    ['record', { wayOut: 'Tap "I\'d rather not say" if you like.' }],
    ['test', { wayOut: 'You can just say "not sure".' }],
    ['still-helped', { wayOut: 'You can just say "not sure".' }],
    ['personal', { wayOut: 'Tap "Skip" if you like.' }],
    ['what-for', { wayOut: 'Tap "Skip" if you like.', purpose: 'So we look for jobs with hours that work for you.' }],
    ['what-for', { wayOut: 'You can just say "not sure".' }],
    ['fed-up', { wayOut: 'Tap "Skip" if you like.', left: 12 }],
    ['fed-up', { wayOut: 'Tap "Skip" if you like.', left: 1 }],
    ['fed-up', { wayOut: 'Tap "Skip" if you like.' }],
  ],
  barrierCheck: [['Feeling confident'], ['Debts']],
  lastTimeYouSaid: [[['cooking', 'cleaning']], [7], [true], [false], ['prefer-not-to-say'], ['about 16 hours']],
} satisfies SamplesFor<typeof messages>;
