import type { SamplesFor } from './index.ts';
import type * as messages from '../en/menu.ts';
import { day, name } from './fixtures.ts';

export const menu = {
  reviewIsDue: [[day], [null]],
  welcomeBack: { 'warm-guided': [[name], [null]], 'self-directed': [[name], [null]] },
} satisfies SamplesFor<typeof messages>;
