import type { SamplesFor } from './index.ts';
import type * as messages from '../en/plan.ts';

export const plan = {} satisfies SamplesFor<typeof messages>;
