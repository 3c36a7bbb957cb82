import type { SamplesFor } from './index.ts';
import type * as messages from '../en/review.ts';
import { day, step } from './fixtures.ts';

export const review = {
  nothingDueYet: [[day], [null]],
  doneSinceLastReview: [[[step]], [[step, 'Look at 2 job adverts']]],
  askStillOnTrack: [[step, day]],
  stepMovedTo: [[day]],
  askOutcome: [[step, day]],
  nextStepSaved: [[day], [null]],
  sameStepAgain: [['Ring the agency']],
  celebrateSummary: [[1, 3], [2, 3], [1, 1], [2, 2], [3, 3]],
  askWhichNumber: [['1', '10'], ['1', '5']],
  nextReviewOn: [[day]],
  reviewWasDue: [[day]],
  askHowWorkIsGoing: [['Greggs', true], [null, true], ['Greggs', false], [null, false]],
  keepJobHelpAsked: [[true], [false]],
  adviserStepNews: [['Call the college about the course', day, false], ['Call the college about the course', null, false], ['Call the college about the course', null, true]],
} satisfies SamplesFor<typeof messages>;
