// A client's wish to move their own review (src/domain/reviewMoveWords.ts), as people type it, with
// the new day when one is said; and the look-alikes that are questions, news or another step. The
// held-out lines (test/journey/clientReviewDayLines.ts) were written with the others and never tuned on.
import { describe, expect, it } from 'vitest';
import { reviewMoveWished, type ReviewMoveWish } from '../../src/domain/reviewMoveWords.ts';
import { MOVE_WISHES } from '../journey/clientReviewDayLines.ts';

const WISHES: Array<[string, ReviewMoveWish['when']]> = [
  // Play-testing, December
  ['I want to move my review', null],
  ['can i move my review to friday', { kind: 'day', text: 'friday' }],
  ['cant make my review next week', null],
  // Written for this change
  ['can we change my review day', null],
  ['i need to reschedule my review', null],
  ['can my review be moved to next tuesday', { kind: 'day', text: 'next tuesday' }],
  ['move my review to the 19th', { kind: 'day', text: 'the 19th' }],
  ['i cant do my review on monday can we do wednesday', { kind: 'day', text: 'wednesday' }],
  ['pls can i move me review', null],
  ["i won't be able to make my review", null],
  ['can i change the date of my review', null],
  ['can i move my reveiw to thursday plz', { kind: 'day', text: 'thursday' }],
  ['Can I push my review back a week?', { kind: 'weeks', weeks: 1 }],
  ['hi sorry can we do my review another day', null],
  ['could i re-arrange my next review for 3 july', { kind: 'day', text: '3 july' }],
];

const NOT_A_WISH = [
  'when is my review',
  'whats a review',
  'i missed my review',
  'review my plan',
  'move my step to friday',
  'can i move asda to friday',
  'my review went well',
  'i did my review',
  'i want to review my plan',
  'can i move my appointment to friday',
];

describe('a client asking to move their own review', () => {
  it.each(WISHES)('"%s" is a wish to move it, with the day said', (typed, when) => {
    expect(reviewMoveWished(typed)).toEqual({ when });
  });

  it.each(NOT_A_WISH)('"%s" is not', (typed) => {
    expect(reviewMoveWished(typed)).toBeNull();
  });

  it('hears "what if i cant make my review" as a question to answer, with nothing to move', () => {
    expect(reviewMoveWished('what if i cant make my review')).toEqual({ when: null, question: true });
  });

  it('reads the held-out lines, and the day in them when one is said', () => {
    const read = MOVE_WISHES.heldOut.filter(({ typed, day }) => {
      const wish = reviewMoveWished(typed);
      return wish !== null && (day === null) === (wish.when === null);
    });
    expect(read.map(({ typed }) => typed)).toEqual(MOVE_WISHES.heldOut.map(({ typed }) => typed));
  });
});
