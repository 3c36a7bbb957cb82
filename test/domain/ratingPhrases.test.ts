// How sure, said as clients say it at "How sure are you (1 to 10)?" (play-testing: "fairly sure" had
// been kept as 5, where people mean about 7). Lines written before the mend; the second table was held
// out while mending and only run at the end.
import { describe, expect, it } from 'vitest';
import { parseConfidence } from '../../src/domain/smart.ts';
import { ratingFromWords } from '../../src/domain/ratingWords.ts';
import { ratingOutOfTen } from '../../src/domain/ratingPhrases.ts';
import { holdsANumber, isNumberToken, ratingNumberValue } from '../../src/domain/ratingNumbers.ts';

type Want = number | [number, number] | null;
const within = (got: number | null, want: Want): boolean =>
  want === null ? got === null : typeof want === 'number' ? got === want : got !== null && got >= want[0] && got <= want[1];

const own: [string, Want][] = [
  ['fairly sure', 7], ['quite confident', 7], ['not very', [2, 4]], ['50/50', 5], ['dead cert', [9, 10]],
  ['kinda', [5, 6]], ['7ish', 7], ['7 or 8', 7], ['about a six', 6], ['8/10', 8], ['a solid 6', 6],
  ['pretty confident', 8], ['very sure', [8, 9]], ['100%', 10], ['not really', [2, 4]], ['a bit unsure', [3, 5]],
  ['no idea', null], ['hmm', null], ['defo', [9, 10]], ['i think so', [6, 7]], ['six-ish', 6],
  ['between 5 and 6', 5], ['5 out of 10', 5], ['nine outta ten', 9], ['totally', [9, 10]], ['somewhat', [5, 6]],
  ['fairly confident tbh', 7], ['reasonably sure', 7], ['super confident', [9, 10]], ['not confident at all', [1, 3]],
  ['could go either way', 5], ['pretty unsure', [2, 4]], ["i'd say a 7", 7], ['7.5', 7], ['8 defo', 8],
  ['not too bad', [5, 6]], ['3/5', 6], ['very', [8, 9]], ['absolutely', [9, 10]], ['prity sure', 8],
  ['confidant', 8], ['a good 7', 7], ['solid 8', 8], ['7 outta 10', 7], ['5ish', 5], ['6-7', 6],
  ['fairly', [6, 7]], ['ish', null], ['maybe', null], ['quite sure', 7],
];
const heldOut: [string, Want][] = [
  ['fairly sure tbh', 7], ['quite confident yeah', 7], ['not very sure', [2, 4]], ['fifty fifty', 5], ['dead certain', [9, 10]],
  ['kinda sure', [5, 6]], ['like a 6 ish', 6], ['6 or 7', 6], ['bout a seven', 7], ['9/10', 9], ['a solid seven', 7],
  ['pretty sure', 8], ['really confident', [8, 9]], ['completely sure', [9, 10]], ['not really sure', [2, 4]],
  ['dunno', null], ['reasonably confident', 7], ['10/10', 10], ['4 out of 5', 8], ['half n half', 5],
  ['not very confident', [2, 4]], ['kinda confident', [5, 6]], ['eightish', 8], ['fairley sure', 7],
  ['sort of', [5, 6]], ['about 7 or 8', 7],
];

describe('how sure, as clients type it', () => {
  it.each([...own, ...heldOut])('"%s" reads as %j (null: asked again)', (typed, want) => {
    const got = parseConfidence(typed);
    expect(within(got, want), `${typed} -> ${got}`).toBe(true);
  });

  it('keeps a rating a whole number: the Int the plan stores', () => {
    for (const typed of ['7.5', '6.5', '3.5/5', '75%', '1000%']) expect(Number.isInteger(parseConfidence(typed))).toBe(true);
  });

  it('"not sure", "unsure" and "maybe" alone say nothing clear: asked again', () => {
    for (const typed of ['not sure', 'unsure', 'maybe', 'hopefully', 'ish', 'dunno really']) expect(ratingOutOfTen(typed)).toBeNull();
  });

  it('"definitely" is high, "definitely not" the bottom', () => {
    expect(ratingOutOfTen('definitely')).toBe(9);
    expect(ratingOutOfTen('definitely not')).toBe(1);
    expect(ratingOutOfTen('not definitely')).toBeNull();
  });

  it('puts a phrase on the scale asked: "fairly sure" on 1 to 5 is 4', () => {
    expect(ratingFromWords('fairly sure', 1, 10)).toBe(7);
    expect(ratingFromWords('fairly sure', 1, 5)).toBe(4);
    expect(ratingFromWords('50/50', 1, 10)).toBe(5);
  });
});

describe('one list of rating numbers for every reader', () => {
  it('knows figures and the words one to ten', () => {
    expect(['7', '7.5', '100', 'seven', 'ten'].every(isNumberToken)).toBe(true);
    expect(['eleven', 'sevens', 'a'].some(isNumberToken)).toBe(false);
    expect([ratingNumberValue('seven'), ratingNumberValue('7'), ratingNumberValue('lots')]).toEqual([7, 7, null]);
    expect([holdsANumber('about a seven'), holdsANumber('zero'), holdsANumber('pretty sure')]).toEqual([true, true, false]);
  });
});
