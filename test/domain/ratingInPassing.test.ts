// A number said in passing at "How sure do you feel, from 1 to 10?" is no rating (answers round
// one); a rating with words after it still is. Barrier answers that could mean yes or no are asked again.
import { describe, expect, it } from 'vitest';
import { numberSaidInPassing } from '../../src/domain/ratingInPassing.ts';
import { isOnlyANumber, missingButAllRight, thingSaidAllRight } from '../../src/domain/barrierChecks.ts';
import { parseAssessmentAnswer } from '../../src/domain/assessmentAnswers.ts';
import { questionById } from '../../src/domain/assessmentQuestions.ts';

const howSure = (text: string) => parseAssessmentAnswer(questionById('confidence'), text);

describe('a number said in passing', () => {
  it.each(['Register with two logistics recruitment agencies.', 'one step at a time', 'Sign up with one cleaning agency', 'Register with 2 logistics agencies'])(
    '%j is no rating: asked again',
    (said) => {
      expect(numberSaidInPassing(said)).toBe(true);
      expect(howSure(said)).toBeNull();
    },
  );

  it.each([
    ['5 most days', 5],
    ['five most days', 5],
    ['a 4 due to my age', 4],
    ['8 fingers crossed', 8],
    ['nine im confident', 9],
    ['id say a 4 tbh', 4],
    ['10/10', 10],
  ] as const)('%j is still a rating of %i', (said, rating) => {
    expect(numberSaidInPassing(said)).toBe(false);
    expect(howSure(said)).toEqual({ kind: 'confidence', value: rating });
  });
});

describe('barrier answers that could mean yes or no', () => {
  it('a number alone answers no yes-or-no question; "yes 100%" still does', () => {
    for (const said of ['3', '2 or 3', '10']) expect(isOnlyANumber(said), said).toBe(true);
    expect(isOnlyANumber('yes 100%')).toBe(false);
    expect(parseAssessmentAnswer(questionById('barrier:health'), 'yes 100%')).toMatchObject({ kind: 'barrier', value: 'yes' });
  });

  it('something missing, then all right after all, is asked again; missing and not all right stays a yes', () => {
    expect(missingButAllRight('no bus ok')).toBe('bus');
    expect(missingButAllRight('no car but theres a bus')).toBe('car');
    expect(missingButAllRight('no car and the buses are not ok')).toBeNull();
    expect(parseAssessmentAnswer(questionById('barrier:transport'), 'no bus after 6')).toMatchObject({ kind: 'barrier', value: 'yes' });
    expect(parseAssessmentAnswer(questionById('barrier:transport'), 'no car, buses are rubbish')).toMatchObject({ kind: 'barrier', value: 'yes' });
  });

  it('"bus no problem" at "Getting to work" is a no; "yes english is fine" is not read that way', () => {
    expect(thingSaidAllRight('bus no problem')).toBe('bus');
    expect(thingSaidAllRight('yes english is fine')).toBeNull();
    expect(parseAssessmentAnswer(questionById('barrier:transport'), 'bus no problem')).toEqual({ kind: 'barrier', value: 'no' });
  });
});
