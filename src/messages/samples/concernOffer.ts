import type { SamplesFor } from './index.ts';
import type * as messages from '../en/concernOffer.ts';

export const concernOffer = {
  offerWhoSeesReply: [[true], [false]],
  offerHowReachedReply: [[true], [false]],
} satisfies SamplesFor<typeof messages>;
