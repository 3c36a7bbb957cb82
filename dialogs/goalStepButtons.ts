// A goal's steps as the read-back's buttons and step readers take them: each known by its place
// (0 first), long words cut on their buttons.
import { goalSteps, type GoalAnswers } from '../src/domain/goalWords.ts';
import type { ChoiceOption } from '../src/domain/answers.ts';
import type { NamedStep } from '../src/domain/stepChangeWords.ts';
import { cutToLength } from '../src/domain/textChecks.ts';

/** Long steps are cut on their buttons; the whole step is said when it comes off. */
const BUTTON_LENGTH = 40;

/** The goal's steps, each known by its place (0 first). */
export function stepsOf(draft: GoalAnswers): NamedStep[] {
  return goalSteps(draft).map((item, index) => ({ lineageId: String(index), text: item.text }));
}

export function buttonLabel(shown: NamedStep): string {
  const { text, cut } = cutToLength(shown.text, BUTTON_LENGTH);
  return cut ? `${text}...` : text;
}

/** Each step as a choice (its button, and its whole words), then one choice that picks none ("Neither", "Keep both"). */
export function stepChoices(steps: readonly NamedStep[], none: ChoiceOption): ChoiceOption[] {
  return [...steps.map((shown) => ({ value: shown.lineageId, label: buttonLabel(shown), synonyms: [shown.text] })), none];
}
