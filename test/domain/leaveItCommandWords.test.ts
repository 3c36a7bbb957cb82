// "leave it" where a button offers to keep something as it is ("No, keep my date", "Keep my plan
// as it is") is that button, not a stop (first conversations, December: "nah leave it" at the
// first step question had stopped the whole goal). Elsewhere "leave it" still stops, and "stop",
// "cancel", "quit" stop everywhere.
import { describe, expect, it } from 'vitest';
import { keepButtonMeant, recogniseGlobalCommand } from '../../dialogs/commands.ts';

const FIRST_STEP = ['Yes', 'No, keep my date'];
const WHICH_STEP = ['Update my CV', 'Ring the college', 'Keep my plan as it is'];

describe('"leave it" at a question that offers to keep', () => {
  it.each([
    ['leave it', FIRST_STEP, 'No, keep my date'],
    ['nah leave it', FIRST_STEP, 'No, keep my date'],
    ['just leave it lol', FIRST_STEP, 'No, keep my date'],
    ['Leave it.', FIRST_STEP, 'No, keep my date'],
    ['leave it as is pls', FIRST_STEP, 'No, keep my date'],
    ['naa just leave it', FIRST_STEP, 'No, keep my date'],
    ['leave it as it is', WHICH_STEP, 'Keep my plan as it is'],
    ['Nah, leave it!', WHICH_STEP, 'Keep my plan as it is'],
    ['no leave it thanks', WHICH_STEP, 'Keep my plan as it is'],
    ['leave it like that ta', WHICH_STEP, 'Keep my plan as it is'],
  ])('%j is %j', (typed, buttons, button) => expect(keepButtonMeant(typed, buttons)).toBe(button));

  it.each([
    ['leave it', ['Yes', 'No']],
    ['nah leave it', []],
    ['leave it for now', FIRST_STEP],
    ['leave it with me', FIRST_STEP],
    ['stop', FIRST_STEP],
    ['cancel', WHICH_STEP],
  ])('%j with %j is no keep', (typed, buttons) => expect(keepButtonMeant(typed, buttons)).toBeNull());
});

describe('stopping still stops', () => {
  it.each(['stop', 'cancel', 'quit', 'exit', 'forget it', 'leave it for now', 'leave it', 'nah leave it', 'stop please'])('%j stops', (typed) => {
    expect(recogniseGlobalCommand(typed)).toBe('cancel');
  });
});
