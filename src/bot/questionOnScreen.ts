// What the question on screen is about, read from the saved dialog stack before the dialogs run:
// the risk check's hand-overs need it ("contract ended" to "How did that job end?" is work
// history, not news of a job lost today). Each listening prompt keeps `listening.about` (and what
// it expects) in its options.
import type { DialogInstance, DialogState } from 'botbuilder-dialogs';

/** The conversation-state property the dialogs keep their stack in (src/bot/coachBot.ts). */
export const DIALOG_STATE_PROPERTY = 'dialogState';

type Listening = { about?: string; expecting?: string };
type SavedOptions = { listening?: Listening; question?: { titles?: string[] } };
type ListeningInstance = DialogInstance<{ options?: SavedOptions; dialogs?: DialogState }>;

/** Each stack from the outermost in: the top of a stack is its last entry, and a component dialog keeps its own stack in its state. */
function* stacksOf(state: DialogState | undefined): Generator<ListeningInstance[]> {
  let stack = state?.dialogStack as ListeningInstance[] | undefined;
  while (stack && stack.length > 0) {
    yield stack;
    stack = stack[stack.length - 1]!.state?.dialogs?.dialogStack as ListeningInstance[] | undefined;
  }
}

/** The innermost waiting question's options. */
function innermostOptions(state: DialogState | undefined): SavedOptions | undefined {
  let options: SavedOptions | undefined;
  for (const stack of stacksOf(state)) options = stack[stack.length - 1]!.state?.options;
  return options;
}

/** The innermost waiting question's listening options. */
function innermostListening(state: DialogState | undefined): Listening | undefined {
  return innermostOptions(state)?.listening;
}

/** The words on the buttons of the innermost waiting question, as the dialog keeps them. */
export function buttonsOnScreen(state: DialogState | undefined): readonly string[] {
  return innermostOptions(state)?.question?.titles ?? [];
}

/** The `about` of the innermost waiting question, if it has one. */
export function aboutOnScreen(state: DialogState | undefined): string | undefined {
  return innermostListening(state)?.about;
}

/** What the innermost waiting question expects ('choice', 'words', ...), if it says. */
export function expectingOnScreen(state: DialogState | undefined): string | undefined {
  return innermostListening(state)?.expecting;
}

/** Whether the dialog with this id is anywhere on the saved stack. */
export function isOnStack(state: DialogState | undefined, dialogId: string): boolean {
  for (const stack of stacksOf(state)) if (stack.some((entry) => entry.id === dialogId)) return true;
  return false;
}

/** Whether the waiting question asks for a goal or a step in the client's own words. */
export function asksForAGoalOrStep(state: DialogState | undefined): boolean {
  const listening = innermostListening(state);
  return listening?.expecting === 'goal' || listening?.about === 'plan-words' || listening?.about === 'next-step';
}
