import type { SamplesFor } from './index.ts';
import type * as messages from '../en/review.ts';
import { day, step } from './fixtures.ts';

export const review = {
  nothingDueYet: [[day], [null]],
  askOutcome: [[step, day]],
  nextStepSaved: [[day], [null]],
  celebrateSummary: [[1, 3], [2, 3]],
  nextReviewOn: [[day]],
} satisfies SamplesFor<typeof messages>;
