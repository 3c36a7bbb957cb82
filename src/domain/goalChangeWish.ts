// "change the goal, i want to do taxi driving instead", "i want a different goal": a wish to change
// the goal itself, which the client's adviser does with them (a step can be changed by the client).
import { normaliseAnswer } from './answers.ts';
import { fixChangeTypos } from './changeWordTypos.ts';

const GOAL_CHANGE =
  /\b(?:change|changing|swap|switch|edit|replace)\b(?:\s+\w+){0,3}?\s+goals?\b|\b(?:different|new|another|other)\s+goals?\b|\bgoals?\b(?:\s+\w+){0,3}?\s+(?:to|into)\s+\w+|\bgoals?\b.*\binstead\b/;

/** A wish to change the goal, not one of its steps. */
export function wantsToChangeTheGoal(text: string): boolean {
  return GOAL_CHANGE.test(fixChangeTypos(normaliseAnswer(text)));
}
