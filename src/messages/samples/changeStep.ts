import type { SamplesFor } from './index.ts';
import type * as messages from '../en/changeStep.ts';
import { day, step } from './fixtures.ts';

export const changeStep = {
  askWhatToDo: [[step]],
  askNewDay: [[step]],
  movedTo: [[step, day]],
  askDropSure: [[step]],
  dropped: [[step]],
  sameStepAtDrop: [[step]],
} satisfies SamplesFor<typeof messages>;
