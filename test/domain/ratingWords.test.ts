// A number is a rating only when it is not a date, a time or a count of things done; both rating
// readers (the goal's confidence and the self-assessment's scale) agree.
import { describe, expect, it } from 'vitest';
import { parseConfidence } from '../../src/domain/smart.ts';
import { parseNumberInRange } from '../../src/domain/answers.ts';

describe('a count of things done is not a rating', () => {
  it.each(['i did 2 of them', 'one at primark and one at next', 'applied for 3', '2 jobs', 'i rang 2 places', 'sent off two applications'])(
    '"%s" is no confidence',
    (text) => {
      expect(parseConfidence(text)).toBeNull();
      expect(parseNumberInRange(text, 1, 10)).toBeNull();
    },
  );

  it.each([
    ['7 at least', 7],
    ['two at least', 2],
    ['maybe 6 to 7', 6],
    ['a solid 8', 8],
    ['5 because i know the shops', 5],
    ['8 out of 10', 8],
    ['one for sure', 1],
  ] as const)('"%s" is still %i', (text, rating) => {
    expect(parseConfidence(text)).toBe(rating);
  });
});
