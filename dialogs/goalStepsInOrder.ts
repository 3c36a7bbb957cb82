// A goal's step said as two, in order: "first I'll update my CV on Monday and then apply to 3 places".
// Play-testing, round twenty-two: the step had been kept whole and the day said in its middle lost.
// The first part becomes the first step (with its own day), the part after "then" the step after
// it; a day not said with a part is asked for that part, by name, never guessed.
import { stepThenNext } from '../src/domain/goalWithFirstStep.ts';
import type { DateContext } from '../src/domain/dates.ts';
import { tidyWords } from '../src/domain/goalWords.ts';
import { escapeMarkdown } from '../src/messages/escapeText.ts';
import * as say from '../src/messages/en/smartGoal.ts';
import { takeFirstStep, type GoalDraft } from './goalCheckDialog.ts';

/** Splits the draft's step in two when it is said in order; true when it was. */
export function takeStepsInOrder(draft: GoalDraft, context: DateContext): boolean {
  const parts = stepThenNext(draft.text);
  if (!parts) return false;
  takeFirstStep(draft, parts.first, context);
  draft.text = parts.then;
  draft.nearerFirstStep = true;
  return true;
}

/** Which part's day is still to ask, first things first; null when both have one (or no parts). */
export function partDayToAsk(draft: GoalDraft): 'first' | 'then' | null {
  if (!draft.firstStep || !draft.nearerFirstStep) return null;
  if (!draft.firstStepDueAt) return 'first';
  return draft.dueAt ? null : 'then';
}

/** The question for that part's day, naming the part. */
export function partDayQuestion(draft: GoalDraft, part: 'first' | 'then'): string {
  return part === 'first' ? say.askWhenFirstPart(escapeMarkdown(tidyWords(draft.firstStep!))) : say.askWhenNextPart(escapeMarkdown(tidyWords(draft.text)));
}

/** The day given, kept with the part it was asked for. */
export function keepPartDay(draft: GoalDraft, part: 'first' | 'then', iso: string): void {
  if (part === 'first') draft.firstStepDueAt = iso;
  else draft.dueAt = iso;
}
