import type { SamplesFor } from './index.ts';
import type * as messages from '../en/concernOffer.ts';

export const concernOffer = {
  offerWhoSeesReply: [[true], [false]],
  offerHowReachedReply: [[true], [false]],
  heldGoalOfferedBack: [['update your CV'], ['sort yourself out']],
  heldWordsOfferedBack: [['I go to English class on Monday']],
  offerNewsReply: [['interview', true], ['job', false], ['job-search', false]],
} satisfies SamplesFor<typeof messages>;
