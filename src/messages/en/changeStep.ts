// What the coach says when a client changes one of their own steps: a new day, or off the plan.
import type { ChoiceOption } from '../../domain/answers.ts';

export const whatICanChange = 'I can move one of your steps to another day, or take it off your plan. Your adviser can change a goal with you.';
export const noStepsToChange = 'You have no steps of your own to change right now. To add one, tap "Set a goal".';
/** The change said where the step was asked: the step is asked again. */
export const changeHeard = { move: 'OK, a new day.', drop: 'OK, off your plan.' } as const;
export const askWhichStep = 'Which step would you like to change?';
export const whichStepNotCaught = "Sorry, I didn't catch which step. Tap one, or type a word from it.";
export const keepPlanLabel = 'Keep my plan as it is';
export const keepPlanSynonyms = ['keep it', 'keep my plan', 'none', 'neither', 'nothing', 'no', 'no thanks', 'leave it', 'never mind', 'nevermind'];

export type ChangeChoice = 'move' | 'drop' | 'keep';
export function askWhatToDo(step: string): string {
  return `What would you like to do with "${step}"?`;
}
export const changeChoices: ChoiceOption<ChangeChoice>[] = [
  { value: 'move', label: 'Move it to another day', synonyms: ['move it', 'move', 'another day', 'new day', 'later', 'more time', 'change the day', 'put it off'] },
  { value: 'drop', label: 'Take it off my plan', synonyms: ['take it off', 'delete it', 'delete', 'remove it', 'remove', 'drop it', 'get rid of it', 'i dont need it'] },
  { value: 'keep', label: 'Keep it as it is', synonyms: ['keep it', 'keep', 'leave it', 'no', 'nothing', 'never mind', 'nevermind', 'no change'] },
];

/** "what happens if i take it off", "will my adviser be annoyed". */
export const explainChange =
  'Moving a step gives it a new day. Taking it off means it is no longer in your plan. Your adviser will see the change. Plans change, and that is OK.';

export function askNewDay(step: string): string {
  return `Which day would suit you better for "${step}"? You can say a day, like "next Friday".`;
}
export const askNewDayShort = 'Which day would suit you better? You can say a day, like "next Friday".';
export const dayNotCaught = "I didn't catch that date. Try a day, like \"Monday\" or \"in two weeks\".";
export function movedTo(step: string, due: string): string {
  return `Done. "${step}" is now due ${due}. I will remind you nearer the day.`;
}

export function askDropSure(step: string): string {
  return `Shall I take "${step}" off your plan? Your adviser will see that it came off.`;
}
export type DropChoice = 'drop-yes' | 'drop-no';
export const dropChoices: ChoiceOption<DropChoice>[] = [
  { value: 'drop-yes', label: 'Yes, take it off', synonyms: ['yes', 'yes please', 'take it off', 'do it', 'ok', 'yeah'] },
  { value: 'drop-no', label: 'No, keep it', synonyms: ['no', 'keep it', 'no thanks', 'leave it', 'nah'] },
];
export function dropped(step: string): string {
  return `Done. "${step}" is off your plan.`;
}
export const alreadyClosed = 'That step is already done or off your plan, so there is nothing to change.';
export const keptAsItIs = 'OK. Your plan stays as it is.';
/** Kept as it is, where the change began at agreeing the plan: the plan is shown to agree again. */
export const keptAgreeAgain = 'OK. Your plan stays as it is. Here it is again, so you can agree to it.';
export const lookAgain = 'Your plan has changed, so here it is again.';

/** "i moved house" where the change is asked: heard, and never read as a new day (play-testing). */
export const movedHomeHeard = 'Thank you for telling me. Please give your new address to your adviser too, so they can help.';
/** "add a step" or a new step's words where the step to change is asked (play-testing: a new step had been taken for an old one). */
export const addAStepHow = 'That sounds like a new step. I can only move or take off the steps you have here. To add a new step, tap "Set a goal" on the menu.';
/** "the kitchens one" where taking that step off is asked: the same step, so the question is put plainly. */
export function sameStepAtDrop(step: string): string {
  return `Yes, I mean "${step}". To take it off, tap "Yes, take it off". To give it a new day, type "move it".`;
}
