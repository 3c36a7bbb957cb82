import type { SamplesFor } from './index.ts';
import type * as messages from '../en/inWork.ts';
import { day, employer } from './fixtures.ts';

export const inWork = {
  congratulations: [[employer], [null]],
  inWorkPlan: [[day, true], [day, false]],
  startNotKnownYet: [[true], [false]],
  startedAlready: [[true], [false]],
  checkInText: [[employer], [null]],
  stepsStillOpen: [['Apply for 3 warehouse jobs on Indeed', 1], ['Apply for 3 warehouse jobs on Indeed', 2]],
  stepsKept: [[true], [false]],
  stepsTakenOff: [[true], [false]],
  takenOffForTheJob: [[employer], [null]],
} satisfies SamplesFor<typeof messages>;
