import type { SamplesFor } from './index.ts';
import type * as messages from '../en/reviewMove.ts';
import { day, name } from './fixtures.ts';

export const reviewMove = {
  askWhichDay: [[day]],
  dayTooFar: [[day]],
  reviewMoved: [[day, true], [day, false]],
  reviewAlreadyThatDay: [[day]],
  doYouMean: [[day, 'after-review'], [day, 'soon'], [day, 'weekend'], [day, 'check']],
  moveLeft: [[day]],
  clientMovedTheirReview: [[name, 'Monday 15 June', day], [null, 'Monday 15 June', day, null], [name, 'Monday 15 June', day, 'Sam 2']],
} satisfies SamplesFor<typeof messages>;
