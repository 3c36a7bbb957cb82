// What the question on screen is about, read from the saved dialog stack before the dialogs run:
// the risk check's hand-overs need it ("contract ended" to "How did that job end?" is work
// history, not news of a job lost today). Each listening prompt keeps `listening.about` in its options.
import type { DialogInstance, DialogState } from 'botbuilder-dialogs';

/** The conversation-state property the dialogs keep their stack in (src/bot/coachBot.ts). */
export const DIALOG_STATE_PROPERTY = 'dialogState';

type ListeningInstance = DialogInstance<{ options?: { listening?: { about?: string } }; dialogs?: DialogState }>;

/** The `about` of the innermost waiting question, if it has one. */
export function aboutOnScreen(state: DialogState | undefined): string | undefined {
  let stack = state?.dialogStack as ListeningInstance[] | undefined;
  let about: string | undefined;
  // The top of a stack is its last entry; a component dialog keeps its own stack in its state.
  while (stack && stack.length > 0) {
    const top = stack[stack.length - 1]!;
    about = top.state?.options?.listening?.about;
    stack = top.state?.dialogs?.dialogStack as ListeningInstance[] | undefined;
  }
  return about;
}
