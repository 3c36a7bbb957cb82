import type { SamplesFor } from './index.ts';
import type * as messages from '../en/assessmentHeard.ts';

export const assessmentHeard = {
  jobInsteadOf: [['Barber', 'Chef'], ['Care work', 'Shop work']],
  jobChangeSaidBack: [['Barber', 'Chef'], ['Care worker', null]],
} satisfies SamplesFor<typeof messages>;
