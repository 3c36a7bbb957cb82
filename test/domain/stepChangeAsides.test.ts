// The readers behind the plan-change asides (test/plan/stepChangeAsides.test.ts): news of a new home,
// a step to add, a new step's own words, a wish to change the goal, a question at the read-back, and
// news of work where a day is asked.
import { describe, expect, it } from 'vitest';
import { readStepChange, readsAsANewStep, tellsOfMovingHome, wantsToAddAStep } from '../../src/domain/stepChangeWords.ts';
import { wantsToChangeTheGoal } from '../../src/domain/goalChangeWish.ts';
import { agreesToTheReadBack, asksRatherThanChanges } from '../../src/domain/readBackQuestions.ts';
import { jobNewsInWords } from '../../dialogs/changeStepNews.ts';

describe('readers for words said while a step is changed', () => {
  it('hears news of a new home, and still hears a step moved', () => {
    for (const text of ['i moved house, new address is 4 Elm Road Leeds', 'we moved flat last week', 'i moved to leeds on saturday']) {
      expect(tellsOfMovingHome(text), text).toBe(true);
      expect(readStepChange(text), text).toBeNull();
    }
    for (const text of ['move it', 'i moved house so move the cv step to friday', 'can it be moved to friday']) expect(readStepChange(text), text).toBe('move');
  });

  it('hears a step to add, and a new step beside an old one', () => {
    for (const text of ['add a step', 'I should like to add a step: to update my curriculum vitae', 'can i add another step']) expect(wantsToAddAStep(text), text).toBe(true);
    for (const text of ['move the step', 'take the step off']) expect(wantsToAddAStep(text), text).toBe(false);
    const kitchens = { lineageId: 'k', text: 'Apply to 2 kitchens in Bradford' };
    expect(readsAsANewStep('apply to 2 kitchens in leeds', kitchens)).toBe(true);
    expect(readsAsANewStep('the kitchens one', kitchens)).toBe(false);
  });

  it('hears a wish to change the goal', () => {
    for (const text of ['change the goal, i want to do taxi driving instead', 'i want a different goal']) expect(wantsToChangeTheGoal(text), text).toBe(true);
    for (const text of ['move my licence one to next friday', 'take the cpc one off']) expect(wantsToChangeTheGoal(text), text).toBe(false);
  });

  it('at the read-back, hears a question as a question and "i agree" as yes', () => {
    for (const text of ['When is my next review, please?', 'when do i see my adviser?']) expect(asksRatherThanChanges(text), text).toBe(true);
    for (const text of ['what about friday?', 'can it be the 19th?', 'make it friday']) expect(asksRatherThanChanges(text), text).toBe(false);
    expect(agreesToTheReadBack('i agree with that')).toBe(true);
    expect(agreesToTheReadBack('i agree but make it friday')).toBe(false);
  });

  it('reads news of work, and only that, where a day is asked', () => {
    expect(jobNewsInWords('i got a job!!')?.mode).toBe('started');
    expect(jobNewsInWords('at the hilton, start on the 29th')?.mode).toBe('started');
    expect(jobNewsInWords('they let me go from the warehouse on friday')?.mode).toBe('job-lost');
    for (const text of ['next friday', 'the 29th please', 'start it on the 29th']) expect(jobNewsInWords(text), text).toBeNull();
  });
});
