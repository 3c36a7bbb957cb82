import type { SamplesFor } from './index.ts';
import type * as messages from '../en/planCard.ts';
import { day, fullName, goal, step } from './fixtures.ts';

export const planCard = {
  earlierGoals: [[1], [32]],
  moreSteps: [[1], [12]],
  nextReviewOn: [[day]],
  goalBy: [[goal, day]],
  itemBy: [[day]],
  itemLate: [[day]],
  versionLine: [[3, 'You agreed to it on Friday 12 June.']],
  clientAgreedOn: [[day]],
  adviserAgreedOn: [[day]],
  adviserPlanTitle: [[fullName]],
  clientAgreed: [[day]],
  youAgreed: [[day]],
  adviserItemLine: [[3, step, 'open', day], [4, 'Do a better-off check', 'done', null]],
} satisfies SamplesFor<typeof messages>;
