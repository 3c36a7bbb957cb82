// One vocabulary for not knowing (src/domain/textChecks.ts): the whole answer "dunno tbh", and the
// words inside a longer one ("i dont know what job i want, is that ok?"). Each reader now hears
// what only the other heard before.
import { describe, expect, it } from 'vitest';
import { isUnsureAnswer, saysNotKnowing } from '../../src/domain/textChecks.ts';
import { answerWithWorry } from '../../src/domain/reassuranceAsked.ts';

describe('not knowing, one vocabulary', () => {
  it.each(['i didnt know', "didn't know tbh", 'i did not know'])('%j alone is an unsure answer', (typed) => {
    expect(isUnsureAnswer(typed)).toBe(true);
  });

  it.each([
    ['i dont no what job i want, is that ok?', 'spelt as it sounds'],
    ['no clue what i want to do, is that bad?', 'no clue'],
    ['im unsure what i want, is that ok?', 'unsure'],
    ['i don’t know what job i want, is that ok?', 'a curly apostrophe'],
  ])('%j is not knowing, not an answer with a worry (%s)', (typed) => {
    expect(answerWithWorry(typed)).toBeNull();
  });

  it.each(['i dont normally work weekends', 'retail, is that ok?', 'i know what i want'])('%j is not not knowing', (typed) => {
    expect(saysNotKnowing(typed)).toBe(false);
  });

  it('an answer said before a worry is still kept', () => {
    expect(answerWithWorry('retail, is that ok?')).toEqual({ answer: 'retail', worry: 'is-that-ok' });
  });
});
