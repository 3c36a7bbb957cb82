// A number is a rating only when it is not a date, a time or a count of things done; both rating
// readers (the goal's confidence and the self-assessment's scale) agree.
import { describe, expect, it } from 'vitest';
import { parseConfidence } from '../../src/domain/smart.ts';
import { parseNumberInRange } from '../../src/domain/answers.ts';
import { ratingFromWords, ratingWords } from '../../src/domain/ratingWords.ts';
import { readChoice } from '../../src/domain/partialAnswers.ts';
import { parseAssessmentAnswer } from '../../src/domain/assessmentAnswers.ts';
import { questionById } from '../../src/domain/assessmentQuestions.ts';

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

// Play-testing: "bad" at "How sure do you feel, from 1 to 10?" had "That is good to hear. I am glad."
describe('a rating in words', () => {
  it.each([
    ['bad', 'low'],
    ['not good', 'low'],
    ['rubbish', 'low'],
    ['low', 'low'],
    ['pretty bad tbh', 'low'],
    ['not very sure', 'low'],
    ['not sure at all', 'low'],
    ['ok', 'middle'],
    ['alright', 'middle'],
    ['ok i guess', 'middle'],
    ['not bad', 'middle'],
    ['good', 'high'],
    ['great', 'high'],
    ['pretty sure', 'high'],
  ] as const)('"%s" is %s', (text, level) => {
    expect(ratingWords(text)).toBe(level);
  });

  it.each(['not sure', 'dunno', 'meh', 'good but scared', 'what do you mean?', 'I went to the job centre on tuesday and it was good'])('"%s" is unclear: asked again', (text) => {
    expect(ratingWords(text)).toBeNull();
  });

  it('puts low, middle and high on the scale asked', () => {
    expect([ratingFromWords('bad', 1, 10), ratingFromWords('ok', 1, 10), ratingFromWords('good', 1, 10)]).toEqual([3, 5, 8]);
    expect([ratingFromWords('bad', 1, 5), ratingFromWords('ok', 1, 5), ratingFromWords('good', 1, 5)]).toEqual([2, 3, 4]);
  });

  it('is read by every 1 to 10 question: the goal, the self-assessment and the review', () => {
    expect(parseConfidence('bad')).toBe(3);
    expect(parseAssessmentAnswer(questionById('confidence'), 'bad')).toEqual({ kind: 'confidence', value: 3 });
    const tenButtons = Array.from({ length: 10 }, (_, i) => ({ value: String(i + 1), label: String(i + 1) }));
    expect(readChoice('great', tenButtons, 'rating')).toBe('8');
    expect(parseConfidence('7')).toBe(7);
  });
});
