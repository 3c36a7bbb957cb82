import type { SamplesFor } from './index.ts';
import type * as messages from '../en/reminderSwitch.ts';

export const reminderSwitch = {} satisfies SamplesFor<typeof messages>;
