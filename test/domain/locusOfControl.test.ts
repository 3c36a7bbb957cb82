import { describe, expect, it } from 'vitest';
import {
  IncompleteLocusAnswersError,
  LIKERT_OPTIONS,
  LOCUS_STATEMENTS,
  bandForScore,
  locusChange,
  parseLikertAnswer,
  scoreLocusOfControl,
} from '../../src/domain/locusOfControl.ts';

function answersWhere(answerFor: (reverseKeyed: boolean) => number): Record<string, number> {
  return Object.fromEntries(LOCUS_STATEMENTS.map((s) => [s.id, answerFor(s.reverseKeyed)]));
}

describe('the statements', () => {
  it('are 8, with unique ids, half worded each way', () => {
    expect(LOCUS_STATEMENTS).toHaveLength(8);
    expect(new Set(LOCUS_STATEMENTS.map((s) => s.id)).size).toBe(8);
    expect(LOCUS_STATEMENTS.filter((s) => s.reverseKeyed)).toHaveLength(4);
  });

  it('alternate direction, so no run of answers leans one way by position', () => {
    LOCUS_STATEMENTS.forEach((s, i) => expect(s.reverseKeyed).toBe(i % 2 === 0));
  });

  it('offer five labelled answers from 1 to 5', () => {
    expect(LIKERT_OPTIONS.map((o) => [o.value, o.label])).toEqual([
      ['1', 'Disagree a lot'],
      ['2', 'Disagree'],
      ['3', 'Not sure'],
      ['4', 'Agree'],
      ['5', 'Agree a lot'],
    ]);
  });
});

describe('parseLikertAnswer', () => {
  it.each([
    ['1', 1], ['3', 3], ['5', 5], ['five', 5],
    ['Disagree a lot', 1], ['strongly disagree', 1], ['not at all', 1],
    ['disagree', 2], ['no', 2], ['nope', 2], ['not really', 2], ["I don't agree", 2],
    ['not sure', 3], ['Not sure', 3], ['dunno', 3], ["I don't know", 3], ["I'm not sure", 3], ['maybe', 3],
    ['agree', 4], ['Agree.', 4], ['I agree', 4], ['yes', 4], ['yeah', 4], ['kind of', 4], ['sort of', 4],
    ['strongly agree', 5], ['agree a lot', 5], ['totally', 5], ['Totally!', 5], ['definitely', 5],
  ])('reads %j as %i', (text, expected) => {
    expect(parseLikertAnswer(text)).toBe(expected);
  });

  it('forgives small typos', () => {
    expect(parseLikertAnswer('agre')).toBe(4);
    expect(parseLikertAnswer('disagre')).toBe(2);
    expect(parseLikertAnswer('not shure')).toBe(3);
    expect(parseLikertAnswer('stongly agree')).toBe(5);
  });

  it('reads a numbered label, as some channels send it', () => {
    expect(parseLikertAnswer('4 - Agree')).toBe(4);
    expect(parseLikertAnswer('3: Not sure')).toBe(3);
    expect(parseLikertAnswer('2 - agree')).toBeNull();
  });

  it.each(['', '0', '6', '10', '5/10', 'banana', 'a lot', 'what do you mean?'])('gives null for %j', (text) => {
    expect(parseLikertAnswer(text)).toBeNull();
  });
});

describe('scoreLocusOfControl', () => {
  it('scores full agreement with the internal statements as fully internal', () => {
    const result = scoreLocusOfControl(answersWhere((reverse) => (reverse ? 5 : 1)));
    expect(result).toEqual({ score: 1, band: 'internal', answered: 8 });
  });

  it('scores full agreement with the external statements as fully external', () => {
    const result = scoreLocusOfControl(answersWhere((reverse) => (reverse ? 1 : 5)));
    expect(result).toEqual({ score: 5, band: 'external', answered: 8 });
  });

  it('puts someone who agrees with everything in the middle', () => {
    expect(scoreLocusOfControl(answersWhere(() => 5))).toEqual({ score: 3, band: 'mixed', answered: 8 });
    expect(scoreLocusOfControl(answersWhere(() => 3)).band).toBe('mixed');
  });

  it('reverses the internally worded answers before taking the mean', () => {
    // Internal statements answered 4 (externality 2), external ones answered 3: mean 2.5.
    expect(scoreLocusOfControl(answersWhere((reverse) => (reverse ? 4 : 3))).score).toBe(2.5);
  });

  it('puts the band edges where the rule says', () => {
    expect(bandForScore(2.5)).toBe('internal');
    expect(bandForScore(2.625)).toBe('mixed');
    expect(bandForScore(3.375)).toBe('mixed');
    expect(bandForScore(3.5)).toBe('external');
  });

  it('rejects missing answers and names them', () => {
    const answers = answersWhere(() => 3);
    delete answers['jobs-are-luck'];
    delete answers['i-can-learn'];
    expect(() => scoreLocusOfControl(answers)).toThrow(IncompleteLocusAnswersError);
    try {
      scoreLocusOfControl(answers);
    } catch (error) {
      expect((error as IncompleteLocusAnswersError).missing).toEqual(['jobs-are-luck', 'i-can-learn']);
      expect((error as Error).message).toContain('unanswered: jobs-are-luck, i-can-learn');
    }
  });

  it('rejects an empty set of answers', () => {
    expect(() => scoreLocusOfControl({})).toThrow(/unanswered/);
  });

  it.each([0, 6, 2.5, Number.NaN])('rejects the answer %s', (bad) => {
    const answers = { ...answersWhere(() => 3), 'others-decide': bad };
    expect(() => scoreLocusOfControl(answers)).toThrow(/not a whole number from 1 to 5: others-decide/);
  });

  it('rejects answers to statements that are not ours', () => {
    const answers = { ...answersWhere(() => 3), 'rotter-12': 4 };
    expect(() => scoreLocusOfControl(answers)).toThrow(/not one of our statements: rotter-12/);
  });
});

describe('locusChange', () => {
  it('shows a clear move toward feeling in charge', () => {
    expect(locusChange(3.75, 3.25)).toBe('toward-internal');
    expect(locusChange(2.5, 3.125)).toBe('toward-external');
    expect(locusChange(3, 3.375)).toBe('no-clear-change');
  });
});

describe('agreeing and disagreeing in a formal voice, or in a word (play-testing, December)', () => {
  it.each([
    ['Of course.', 5],
    ['Certainly not.', 1],
    ['Usually, yes.', 4],
    ['ye', 4],
    ['naw', 2],
  ])('%j is %i', (typed, answer) => expect(parseLikertAnswer(typed)).toBe(answer));
});
