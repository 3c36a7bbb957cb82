// Choice lists that never change, known by a name. A prompt asking from one keeps only its name in
// the dialog state, which is read and written on every turn, instead of every choice with its
// synonyms; and the choices it reads an answer with are the same objects each turn, whose
// normalised names are worked out once (answers.ts). Each set is named where it is defined or
// first used, when its module loads, so every set is known before the first turn runs.
import type { ChoiceOption } from '../src/domain/answers.ts';

/** A choice list as a prompt keeps it: a set's name, or the choices themselves. */
export type ChoicesRef = string | readonly ChoiceOption[];

const byName = new Map<string, readonly ChoiceOption[]>();
const nameOf = new Map<readonly ChoiceOption[], string>();

/** Names a constant list of choices; the name must stay the same across releases (saved state uses it). */
export function choiceSet<T extends readonly ChoiceOption[]>(name: string, choices: T): T {
  const known = byName.get(name);
  if (known && known !== choices) throw new Error(`Two choice sets are named "${name}"`);
  byName.set(name, choices);
  nameOf.set(choices, name);
  return choices;
}

/** The set's name when the list is a named set, or else the list itself. */
export function refOf(choices: readonly ChoiceOption[]): ChoicesRef {
  return nameOf.get(choices) ?? choices;
}

/** The choices a ref stands for; a name no longer known (an older release's) gives none. */
export function choicesOf(ref: ChoicesRef): readonly ChoiceOption[] {
  return typeof ref === 'string' ? (byName.get(ref) ?? []) : ref;
}
