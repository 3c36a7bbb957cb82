// Replies while a goal is being set that are not the answer the question on screen offers:
// "change the date" or "the step is wrong" at the goal's read-back ("Is that right?"), a new day
// for a step ("make it thursday"), and "go back". Play-testing found each had "didn't catch that".
import { normaliseAnswer } from './answers.ts';
import { goalSteps, type GoalAnswers } from './goalWords.ts';

/** The part of a goal the client can change at its read-back; "goal" starts it again. */
export type GoalPart = 'date' | 'step' | 'goal';

const MAX_PART_WORDS = 8;
const DATE_PART = /\b(?:date|dates|day|days|deadline|when)\b/;
const STEP_PART = /\b(?:step|steps|task|what i (?:will|am going to|have to) do)\b/;
const WHOLE_GOAL = /\b(?:goal|aim|all of it|everything|whole thing|start over|from scratch)\b/;

/** "change the date", "the step is wrong", "start again": the part named, or null. */
export function partToChange(text: string): GoalPart | null {
  const words = normaliseAnswer(text);
  if (!words || words.split(' ').length > MAX_PART_WORDS) return null;
  if (DATE_PART.test(words)) return 'date';
  if (STEP_PART.test(words)) return 'step';
  return WHOLE_GOAL.test(words) ? 'goal' : null;
}

// "no wait go back", "hang on can we go back", "go back i got that wrong" (play-testing: "wait go back" had
// been kept as an answer). Whole messages only: "after the kids go back to school" is a day.
const GO_BACK =
  /^(?:(?:can|could) (?:we|i|you) |please |let me |lets |let us |i want to |i wanna |i need to |wait |no |nah |hang on |hold on |sorry |oops |whoops |oh |um |erm |actually |i made a mistake |my mistake |wrong )*(?:go back|back|undo|previous question|last question)(?: (?:one|a|to the (?:last|previous|other)|to the) (?:question|step|bit|one|date|day))?(?: (?:please|pls|plz|sorry|a sec|a second|i made a mistake|i got (?:it|that) wrong|i typed (?:it|that) wrong|wrong))*$/;

/** "go back", "can we go back a question", "undo": asked to return to the question before. */
export function saysGoBack(text: string): boolean {
  return GO_BACK.test(normaliseAnswer(text));
}

// "actually no keep it", "leave it as it is", "its fine as it was" where a new step is asked after
// "Change": the step stays as it was (play-testing found "Actually no keep it" kept as the step).
const KEEP_STEP =
  /^(?:(?:actually|oh|no|nah|ok|okay|sorry|wait|hmm|erm|um|on second thoughts|thinking about it)\s+)*(?:keep (?:it|that|the step|my step|the old one|the first one|what i had|it the same|the same)|leave (?:it|that|the step|my step) (?:as it (?:is|was)|the same|how it (?:is|was))|(?:its|it is|that is|thats) fine(?: as it (?:is|was))?|no change|dont change (?:it|that|the step|anything)|same as before|as it (?:was|is))(?:\s+(?:as it (?:is|was)|the same|then|please|pls|thanks|actually|sorry|after all))*$/;

/** "actually no keep it", "keep it as it is": the step is not to change after all. */
export function keepsTheStep(text: string): boolean {
  return KEEP_STEP.test(normaliseAnswer(text));
}

/**
 * A new day said at the read-back ("make it thursday"). With one step, the step (and a goal that is
 * its own step) takes it. With a first step and a step after it, a day on or before the later
 * step's day is the first step's; a day after it is the later step's. `changed`: the step's words.
 */
export function withNewDay<T extends GoalAnswers>(answers: T, due: Date): { answers: T; changed: string } {
  const steps = goalSteps(answers);
  const iso = due.toISOString();
  if (steps.length > 1 && due.getTime() <= Date.parse(answers.dueAt!)) return { answers: { ...answers, firstStepDueAt: iso }, changed: steps[0]!.text };
  if (steps.length > 1) return { answers: { ...answers, dueAt: iso }, changed: steps[1]!.text };
  const { firstStepDueAt: _dropped, ...rest } = answers;
  return { answers: { ...rest, dueAt: iso } as T, changed: steps[0]!.text };
}

/**
 * A new day said while a later question waits ("actually no make it thursday" at "How sure are you?").
 * Where a nearer first step was agreed and not yet said, a day on or before the goal's day is that
 * first step's, a later one the goal's; otherwise as at the read-back (withNewDay). `changed`: the
 * step's words, or null for the first step not said yet.
 */
export function withCorrectedDay<T extends GoalAnswers>(answers: T, due: Date): { answers: T; changed: string | null } {
  if (!answers.nearerFirstStep || answers.firstStep || !answers.dueAt) return withNewDay(answers, due);
  const iso = due.toISOString();
  if (due.getTime() <= Date.parse(answers.dueAt)) return { answers: { ...answers, firstStepDueAt: iso }, changed: null };
  return { answers: { ...answers, dueAt: iso }, changed: goalSteps(answers).at(-1)!.text };
}

/**
 * A goal read back with two steps, less one of them (0: the first step, 1: the step after it): what
 * is left is the goal's one step, with its own day. The only step never comes off: a goal needs one.
 */
export function withoutStep<T extends GoalAnswers>(answers: T, index: number): T {
  const steps = goalSteps(answers);
  if (steps.length < 2 || !steps[index]) return answers;
  const { firstStep, firstStepDueAt, nearerFirstStep: _nearer, ...rest } = answers;
  if (index === 0) return rest as T;
  return { ...rest, text: firstStep!, dueAt: firstStepDueAt ?? answers.dueAt } as T;
}
