import type { SamplesFor } from './index.ts';
import type * as messages from '../en/planQuestions.ts';
import { adviserName, day, step } from './fixtures.ts';

const mine = [{ step, day }, { step: 'Update my CV', day: null }];
const theirs = [{ step: 'Send you three shop jobs', day }];

export const planQuestions = {
  nextReviewOn: [[day]],
  reviewWasDue: [[day]],
  yourSteps: [[mine, theirs, false], [[], [], true], [[], [], false], [mine, [], false]],
  adviserSteps: [[theirs]],
  adviserIs: [[adviserName]],
} satisfies SamplesFor<typeof messages>;
