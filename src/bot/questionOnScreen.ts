// What the question on screen is about, read from the saved dialog stack before the dialogs run:
// the risk check's hand-overs need it ("contract ended" to "How did that job end?" is work
// history, not news of a job lost today). Each listening prompt keeps `listening.about` in its options.
import type { DialogInstance, DialogState } from 'botbuilder-dialogs';

/** The conversation-state property the dialogs keep their stack in (src/bot/coachBot.ts). */
export const DIALOG_STATE_PROPERTY = 'dialogState';

type ListeningInstance = DialogInstance<{ options?: { listening?: { about?: string } }; dialogs?: DialogState }>;

type WithExpecting = DialogInstance<{ options?: { listening?: { expecting?: string } }; dialogs?: DialogState }>;

/** What the innermost waiting question expects ('choice', 'words', ...), if it says. */
export function expectingOnScreen(state: DialogState | undefined): string | undefined {
  let stack = state?.dialogStack as WithExpecting[] | undefined;
  let expecting: string | undefined;
  while (stack && stack.length > 0) {
    const top = stack[stack.length - 1]!;
    expecting = top.state?.options?.listening?.expecting;
    stack = top.state?.dialogs?.dialogStack as WithExpecting[] | undefined;
  }
  return expecting;
}

/** Whether the dialog with this id is anywhere on the saved stack (a component keeps its own inside). */
export function isOnStack(state: DialogState | undefined, dialogId: string): boolean {
  let stack = state?.dialogStack as ListeningInstance[] | undefined;
  while (stack && stack.length > 0) {
    if (stack.some((entry) => entry.id === dialogId)) return true;
    stack = stack[stack.length - 1]!.state?.dialogs?.dialogStack as ListeningInstance[] | undefined;
  }
  return false;
}

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
