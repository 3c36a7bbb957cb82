import type { SamplesFor } from './index.ts';
import type * as messages from '../en/listening.ts';

export const listening = {
  cutNote: [[500]],
  menuWordsMidQuestion: [['Review my plan'], ['Log my job search']],
} satisfies SamplesFor<typeof messages>;
