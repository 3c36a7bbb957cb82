// Reading a wish to change the plan: that it is one (at the menu, or as a visit's first words),
// which step it names, and whether it wants a new day or the step off the plan.
import { describe, expect, it } from 'vitest';
import { asksToChangeThePlan } from '../../src/domain/goalWords.ts';
import { readStepChange, stepNamedIn } from '../../src/domain/stepChangeWords.ts';

describe('asking to change the plan at the menu', () => {
  it.each([
    'can i change my goal',
    'i want to delete the cv step',
    'take the cv step off my plan',
    'remove that goal please',
    'can i change the date of my step',
    'move my cv step to friday',
    'can i move the college step',
    'i need to postpone my agency step',
    'i dont need the cv step any more',
    'please push back the interview step',
    'can i put the college step off till next week',
    'push my cv step back a few days',
    'can i move the cv one to monday',
    'change the date of my cv thing',
    'push the applying one back a few days',
    'the cv step is not needed now, the jobcentre did it with me',
  ])('"%s" asks to change it', (text) => {
    expect(asksToChangeThePlan(text)).toBe(true);
  });

  it.each(['can we set a new goal', 'i want to change career', 'change my day off', 'i want to move to a new area', 'i dont need help with my cv', 'we are moving house soon', 'i need to swap one shift', 'i dont need one'])(
    '"%s" does not',
    (text) => {
      expect(asksToChangeThePlan(text)).toBe(false);
    },
  );
});

describe('what change the words ask for', () => {
  it.each([
    ['move my cv step to friday', 'move'],
    ['can i put it off till next week', 'move'],
    ['can i put the college step off till next week', 'move'],
    ['push the college one back a bit', 'move'],
    ['i need more time for the agency step', 'move'],
    ['can we do it another day', 'move'],
    ['i want to reschedule it', 'move'],
    ['delete the cv step', 'drop'],
    ['take it off please', 'drop'],
    ['i dont need that step anymore, done it already', 'drop'],
    ['get rid of the college one', 'drop'],
    ['scrap the agency step', 'drop'],
    ['that step is not needed now', 'drop'],
  ])('"%s" asks to %s it', (text, change) => {
    expect(readStepChange(text)).toBe(change);
  });

  it.each(['can i change my plan', 'change my goal', 'the cv one', 'move it or take it off, not sure', ''])('"%s" says neither, so it is asked', (text) => {
    expect(readStepChange(text)).toBeNull();
  });
});

describe('which step the words name', () => {
  const steps = [
    { lineageId: 'cv', text: 'Update my CV' },
    { lineageId: 'agency', text: 'Ring 2 agencies about cleaning work' },
    { lineageId: 'college', text: 'Ring the college about a course' },
  ];

  it.each([
    ['move the cv step', 'cv'],
    ['the CV one', 'cv'],
    ['delete the agency step', 'agency'],
    ['the college', 'college'],
    ['step 2', 'agency'],
    ['the second one', 'agency'],
    ['the last one', 'college'],
    ['the first step', 'cv'],
    ['cleaning work', 'agency'],
    ['the updating one', 'cv'],
  ])('"%s" names %s', (text, lineageId) => {
    expect(stepNamedIn(text, steps)?.lineageId).toBe(lineageId);
  });

  it.each([
    ['ring', 'two steps start with it'],
    ['can i change my plan', 'no step is named'],
    ['the interview step', 'no step has the word'],
    ['step 7', 'there is no seventh step'],
  ])('"%s" names none: %s', (text) => {
    expect(stepNamedIn(text, steps)).toBeNull();
  });
});
