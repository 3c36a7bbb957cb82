import type { SamplesFor } from './index.ts';
import type * as messages from '../en/sharedChats.ts';
import { fullName } from './fixtures.ts';

export const sharedChats = {
  channelEscalationWords: { needsAdviser: [[fullName]] },
} satisfies SamplesFor<typeof messages>;
