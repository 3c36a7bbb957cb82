import type { TurnContext } from 'botbuilder';
import type { Dialog, DialogContext, DialogInstance } from 'botbuilder-dialogs';

/**
 * A waiting question that can take, as its answer, words the safety check answered first ("yes
 * depression" at "Health, in body or mind": the check-in, then kept as a yes, not asked again).
 * True when it will: the question then reads those words, not the message of this turn.
 */
export interface TakesHeldAnswer {
  takeHeldAnswer(context: TurnContext, instance: DialogInstance): Promise<boolean>;
}

function takesHeldAnswer(dialog: Dialog | undefined): dialog is Dialog & TakesHeldAnswer {
  return typeof (dialog as Partial<TakesHeldAnswer> | undefined)?.takeHeldAnswer === 'function';
}

/**
 * Asks the waiting question again. It must run from the innermost context: prompts shared from a
 * parent dialog are found through the parent chain, which only child contexts carry (a component's
 * own repromptDialog builds a context without it and fails to find them).
 */
export async function repromptInnermost(dc: DialogContext): Promise<void> {
  let innermost = dc;
  while (innermost.child) innermost = innermost.child;
  const instance = innermost.activeDialog;
  if (!instance) return;
  const dialog = innermost.findDialog(instance.id);
  if (takesHeldAnswer(dialog) && (await dialog.takeHeldAnswer(innermost.context, instance))) {
    // Continued from the context that holds the question's own dialog, so that one ends when it should.
    await (innermost.parent ?? innermost).continueDialog();
    return;
  }
  await innermost.repromptDialog();
}
