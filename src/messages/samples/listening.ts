import type { SamplesFor } from './index.ts';
import type * as messages from '../en/listening.ts';

export const listening = {
  cutNote: [[500]],
} satisfies SamplesFor<typeof messages>;
