import type { SamplesFor } from './index.ts';
import type * as messages from '../en/reviewWorries.ts';

export const reviewWorries = {} satisfies SamplesFor<typeof messages>;
