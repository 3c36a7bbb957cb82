import type { SamplesFor } from './index.ts';
import type * as messages from '../en/jobNewsHeard.ts';

export const jobNewsHeard = {} satisfies SamplesFor<typeof messages>;
