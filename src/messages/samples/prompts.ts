import type { SamplesFor } from './index.ts';
import type * as messages from '../en/prompts.ts';

export const prompts = {} satisfies SamplesFor<typeof messages>;
