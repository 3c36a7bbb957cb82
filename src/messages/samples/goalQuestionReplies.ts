import type { SamplesFor } from './index.ts';
import type * as messages from '../en/goalQuestionReplies.ts';

export const goalQuestionReplies = {} satisfies SamplesFor<typeof messages>;
