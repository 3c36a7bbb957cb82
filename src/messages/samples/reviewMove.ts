import type { SamplesFor } from './index.ts';
import type * as messages from '../en/reviewMove.ts';
import { day, name } from './fixtures.ts';

export const reviewMove = {
  askWhichDay: [[day]],
  dayTooFar: [[day]],
  reviewMoved: [[day, true], [day, false]],
  reviewAlreadyThatDay: [[day]],
  doYouMean: [[day, 'after-review'], [day, 'soon'], [day, 'weekend'], [day, 'check'], [day, 'check', 'June has no 31st.']],
  ifYouCantMakeIt: [[day], [null]],
  ifIllOnTheDay: [[day], [null]],
  monthHasNoSuchDay: [[6, 31, day], [6, 31], [4, 31, null], [2, 30, day], [11, 31, day]],
  moveLeft: [[day]],
  clientMovedTheirReview: [[name, 'Monday 15 June', day], [null, 'Monday 15 June', day, null], [name, 'Monday 15 June', day, 'Sam 2'], [name, 'Monday 15 June', day, name, 'my review clashes with a job interview']],
} satisfies SamplesFor<typeof messages>;
