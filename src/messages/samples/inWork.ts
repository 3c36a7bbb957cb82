import type { SamplesFor } from './index.ts';
import type * as messages from '../en/inWork.ts';
import { day, employer } from './fixtures.ts';

export const inWork = {
  congratulations: [[employer], [null]],
  inWorkPlan: [[day, true], [day, false]],
  startNotKnownYet: [[true], [false]],
  startedAlready: [[true], [false]],
  checkInText: [[employer], [null]],
} satisfies SamplesFor<typeof messages>;
