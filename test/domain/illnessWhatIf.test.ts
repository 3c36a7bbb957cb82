import { describe, expect, it } from 'vitest';
import { asksWhatIfIll } from '../../src/domain/illnessWhatIf.ts';
import { readTimeAway } from '../../src/domain/reminderPauseWords.ts';
import { reviewMoveWished } from '../../src/domain/reviewMoveWords.ts';
import { ILL_NOW, ILL_WHAT_IF } from '../journey/clientIllWhatIfLines.ts';

const when = { now: new Date('2026-06-08T09:00:00Z'), timeZone: 'Europe/London' };

describe('illness asked about ahead, not told', () => {
  it.each([...ILL_WHAT_IF.own, ...ILL_WHAT_IF.heldOut])('"%s" asks: no time away, the review question', (typed) => {
    expect(asksWhatIfIll(typed)).toBe(true);
    expect(readTimeAway(typed, when)).toBeNull();
    expect(reviewMoveWished(typed)).toEqual({ when: null, question: true, ill: true });
  });

  it.each([...ILL_NOW.own, ...ILL_NOW.heldOut, 'been poorly all week', 'what if ill be late', 'if i need to move my review'])('"%s" is not asked ahead', (typed) => {
    expect(asksWhatIfIll(typed)).toBe(false);
  });

  it('keeps the day in "can i move my review to friday in case im ill"', () => {
    expect(reviewMoveWished('can i move my review to friday in case im ill')?.ill).toBeUndefined();
  });
});
