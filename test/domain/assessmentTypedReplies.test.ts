// Play-testing (round O): replies to the self-assessment typed as people type them. "like a 4
// maybe 5" is a rating; "idk" or a plain "No" where no "not sure" button is offered is heard and
// left without an answer; "no not really" to the help wanted is no help to keep.
import { describe, expect, it } from 'vitest';
import { parseAssessmentAnswer } from '../../src/domain/assessmentAnswers.ts';
import { questionById, recordAnswer, type AssessmentProgress } from '../../src/domain/assessmentQuestions.ts';
import { emptyVocationalProfile } from '../../src/domain/assessmentSteps.ts';
import { lowerOfTwoRatings } from '../../src/domain/ratingWords.ts';

const read = (id: string, text: string) => parseAssessmentAnswer(questionById(id), text, { skipLabel: 'Skip' });

describe('typed replies at the self-assessment', () => {
  it.each([
    ['like a 4 maybe 5', 4],
    ['4 or 5', 4],
    ['6-7', 6],
    ['maybe five or six', 5],
    ['7 out of 10', 7],
  ])('"%s" at how sure is %i', (text, value) => {
    expect(read('confidence', text)).toEqual({ kind: 'confidence', value });
  });

  it.each(['4/5', '3 or 11', 'i did 2 and 3', '4 5 6'])('"%s" holds no one rating', (text) => {
    expect(lowerOfTwoRatings(text, 1, 10)).toBeNull();
  });

  it.each(['idk', 'not sure', 'dunno', 'No', 'nope', 'skip'])('"%s" at how sure is unsure', (text) => {
    expect(read('confidence', text)).toEqual({ kind: 'unsure' });
  });

  it('keeps a low rating said in words, not unsure', () => {
    expect(read('confidence', 'not sure at all')).toEqual({ kind: 'confidence', value: 3 });
  });

  it.each(['idk', 'not sure', 'dunno', 'no idea'])('"%s" at "Have you had a paid job?" is unsure', (text) => {
    expect(read('recent-work', text)).toEqual({ kind: 'unsure' });
  });

  it('keeps no rating and no yes or no for an unsure answer', () => {
    const fresh: AssessmentProgress = { profile: { ...emptyVocationalProfile(), confidence: 6 }, answered: [] };
    expect(recordAnswer(fresh, questionById('confidence'), { kind: 'unsure' }).profile.confidence).toBeNull();
    expect(recordAnswer(fresh, questionById('recent-work'), { kind: 'unsure' }).profile.workHistory.hasRecentWork).toBeNull();
  });

  it.each(['No', 'no not really', 'nah im fine', 'nothing really', 'No im ok', 'no thanks'])('"%s" at the help wanted keeps no help', (text) => {
    expect(read('support-wanted', text)).toEqual({ kind: 'text', value: null });
  });

  it('keeps help asked for after a no', () => {
    expect(read('support-wanted', 'no i need help with my cv')).toEqual({ kind: 'text', value: 'no i need help with my cv' });
  });
});
