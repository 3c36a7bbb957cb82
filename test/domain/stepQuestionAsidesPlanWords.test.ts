// Where a step is asked, a question about the client's own plan is read as everywhere else
// (src/domain/planQuestionWords.ts): one reading of "when is my review", spellings and all.
import { describe, expect, it } from 'vitest';
import { stepQuestionAbout, stepQuestionAside } from '../../src/domain/stepQuestionAsides.ts';

describe('a plan question where a step is asked', () => {
  it.each(['wen is my reveiw', 'wen is ma revew', 'when is my review', 'whens my next review'])('"%s" is a question about the review', (typed) => {
    expect(stepQuestionAside(typed)).toBe('question');
    expect(stepQuestionAbout(typed)).toBe('review');
  });

  it.each(['wots my next step', 'wat r my steps', 'hu is my adviser', 'wot did i agree 2'])('"%s" is a question, never the step', (typed) => {
    expect(stepQuestionAside(typed)).toBe('question');
  });

  it.each(['ring the college on friday', 'look at 2 job adverts', 'review my cv'])('"%s" may still be the step', (typed) => {
    expect(stepQuestionAside(typed)).toBeNull();
  });
});
