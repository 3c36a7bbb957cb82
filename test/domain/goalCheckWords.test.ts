// The words read where a goal is read back before it is kept, and "go back" at a goal question.
import { describe, expect, it } from 'vitest';
import { partToChange, saysGoBack, withNewDay } from '../../src/domain/goalCheckWords.ts';

const day = (iso: string) => new Date(`${iso}T00:00:00+01:00`);

describe('what the client asks to change at "Is that right?"', () => {
  it.each([
    ['change the date', 'date'],
    ['the day is wrong', 'date'],
    ['the step is wrong', 'step'],
    ['change the step', 'step'],
    ['the goal is wrong', 'goal'],
    ['start over', 'goal'],
    ['yes', null],
    ['i dont know what i want to do with my life or which of these things to pick', null],
  ])('%j -> %j', (text, part) => {
    expect(partToChange(text)).toBe(part);
  });

  it('hears "go back" in its plain forms only', () => {
    for (const text of ['go back', 'Go back!', 'can we go back', 'go back a question please', 'back', 'undo']) expect(saysGoBack(text), text).toBe(true);
    for (const text of ['go back to work', 'i want to go back to college', 'carry on']) expect(saysGoBack(text), text).toBe(false);
  });
});

describe('a new day said at the read-back', () => {
  const twoSteps = { aim: 'get a job', text: 'apply for 2 cleaning jobs', dueAt: day('2026-06-18').toISOString(), firstStep: 'look at jobs', firstStepDueAt: day('2026-06-15').toISOString(), nearerFirstStep: true };

  it('moves the first step when the day is on or before the later step, else the later step', () => {
    const sooner = withNewDay(twoSteps, day('2026-06-11'));
    expect(sooner.changed).toBe('Look at jobs');
    expect(sooner.answers).toMatchObject({ firstStepDueAt: day('2026-06-11').toISOString(), dueAt: twoSteps.dueAt });
    const later = withNewDay(twoSteps, day('2026-06-19'));
    expect(later.changed).toBe('Apply for 2 cleaning jobs');
    expect(later.answers).toMatchObject({ firstStepDueAt: twoSteps.firstStepDueAt, dueAt: day('2026-06-19').toISOString() });
  });

  it('moves a single step and the goal with it', () => {
    const { answers, changed } = withNewDay({ aim: 'update my cv', text: 'update my cv', dueAt: day('2026-06-18').toISOString(), firstStepDueAt: day('2026-06-15').toISOString() }, day('2026-06-12'));
    expect(changed).toBe('Update my CV');
    expect(answers.dueAt).toBe(day('2026-06-12').toISOString());
    expect(answers.firstStepDueAt).toBeUndefined();
  });
});
