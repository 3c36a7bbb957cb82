// A goal typed with a worry, held under the adviser's offer (concernOffer.ts), comes back as this
// turn's words once the offer is answered. The goal question offers it back rather than taking it
// (dialogs/goalWordsPrompt.ts): the client said it in the same breath as the worry.
import type { TurnContext } from 'botbuilder';

const HELD = Symbol('coach.concernOffer.heldGoal');

/** The held words will answer the question on screen this turn. */
export function markGoalHeldThroughTheOffer(context: TurnContext, words: string): void {
  context.turnState.set(HELD, words);
}

/** The held words, when they are this turn's words; null when the client typed them now. */
export function goalHeldThroughTheOffer(context: TurnContext): string | null {
  const held = context.turnState.get(HELD) as string | undefined;
  return held !== undefined && context.activity.text === held ? held : null;
}
