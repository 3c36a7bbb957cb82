import type { SamplesFor } from './index.ts';
import type * as messages from '../en/goalQuestionReplies.ts';

export const goalQuestionReplies = {
  ideaFromSomeoneElseOffered: [['Do care work'], ['Try cleaning']],
} satisfies SamplesFor<typeof messages>;
