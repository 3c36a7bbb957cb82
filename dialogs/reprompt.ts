import type { DialogContext } from 'botbuilder-dialogs';

/**
 * Asks the waiting question again. It must run from the innermost context: prompts shared from a
 * parent dialog are found through the parent chain, which only child contexts carry (a component's
 * own repromptDialog builds a context without it and fails to find them).
 */
export async function repromptInnermost(dc: DialogContext): Promise<void> {
  let innermost = dc;
  while (innermost.child) innermost = innermost.child;
  if (innermost.activeDialog) await innermost.repromptDialog();
}
