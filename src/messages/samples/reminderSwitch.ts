import type { SamplesFor } from './index.ts';
import type * as messages from '../en/reminderSwitch.ts';

export const reminderSwitch = {
  offerPauseUntil: [['Monday 29 June']],
  pausedUntil: [['Monday 29 June']],
} satisfies SamplesFor<typeof messages>;
