import type { SamplesFor } from './index.ts';
import type * as messages from '../en/adviserPlan.ts';
import { day } from './fixtures.ts';

const action = 'Do a better-off check';

export const adviserPlan = {
  clientToldItemAdded: [[action, day], [action, null]],
  clientToldItemDone: [[action]],
  clientToldItemMoved: [[action, day]],
  clientToldReviewMoved: [[day]],
  adviserItemLateLine: [[2, action, day, 14], [3, action, day, 1]],
  itemAddedReply: [[action, day], [action, null]],
  itemDoneReply: [[action]],
  itemMovedReply: [[action, day]],
} satisfies SamplesFor<typeof messages>;
