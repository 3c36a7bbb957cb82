// The review's prompts, wrapped so that some replies are read before the prompt's own reading:
// words that say there is no step, a bare "yes" where a button is asked, and the asides of
// reviewAsides.ts. Moved out of reviewItemDialog.ts to keep each file to one concern.
import { Dialog, type DialogContext, type DialogInstance, type DialogReason, type DialogTurnResult, type PromptOptions } from 'botbuilder-dialogs';
import type { TurnContext } from 'botbuilder';
import type { ChoiceReading } from '../src/domain/partialAnswers.ts';
import { onlyAgrees, tellsOfAStepAlreadyTaken } from '../src/domain/reviewWords.ts';
import * as say from '../src/messages/en/review.ts';
import { withButtons, type ListeningOptions } from './prompts.ts';

/** What a wrapped prompt does first with a reply, before its own reading; null leaves it to the prompt. */
export type ReadFirst = (dc: DialogContext, text: string) => Promise<DialogTurnResult> | null;

/**
 * A prompt whose replies are read here first: words that say there is no step end it at once (the
 * prompt heard "wdym i said thats it" as a question and "im good" as good news); a bare "yes" or
 * "ok" at a question of several choices is asked again (see unclearAnswer).
 */
export class FirstRead extends Dialog {
  constructor(
    private readonly inner: Dialog,
    private readonly first: ReadFirst,
  ) {
    super(inner.id);
  }
  override beginDialog(dc: DialogContext, options?: PromptOptions): Promise<DialogTurnResult> {
    return this.inner.beginDialog(dc, options);
  }
  override continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const { type, text } = dc.context.activity;
    return (type === 'message' && this.first(dc, text ?? '')) || this.inner.continueDialog(dc);
  }
  override resumeDialog(dc: DialogContext, reason: DialogReason, result?: unknown): Promise<DialogTurnResult> {
    return this.inner.resumeDialog(dc, reason, result);
  }
  override repromptDialog(context: TurnContext, instance: DialogInstance): Promise<void> {
    return this.inner.repromptDialog(context, instance);
  }
}

export function endsWhen(noStep: (text: string) => boolean, result: unknown): ReadFirst {
  return (dc, text) => (noStep(text) ? dc.endDialog(result) : null);
}

export function readingOf(dc: DialogContext): ChoiceReading | undefined {
  return (dc.activeDialog?.state.options as { validations?: { reading?: ChoiceReading } } | undefined)?.validations?.reading;
}

/**
 * "How did it go?" and the 1 to 10 and 1 to 5 questions: a bare "yes" or "ok" picks no button, so
 * the question is put again plainly, and no done status or score is made up from it.
 */
export const unclearAnswer: ReadFirst = (dc, text) => {
  const options = dc.activeDialog?.state.options as ListeningOptions | undefined;
  const reading = readingOf(dc);
  const titles = options?.question?.titles ?? [];
  if ((reading !== 'progress' && reading !== 'rating') || !onlyAgrees(text) || titles.length === 0) return null;
  const again = reading === 'progress' ? say.askHowFarAgain : say.askWhichNumber(titles[0]!, titles[titles.length - 1]!);
  return dc.context.sendActivity(withButtons(again, titles)).then(() => Dialog.EndOfTurn);
};

/** "applied to 2 at amazon" at "What is your next step?": praised as done, and a step still to do asked for. */
export const stepAlreadyTaken: ReadFirst = (dc, text) => {
  if (!tellsOfAStepAlreadyTaken(text)) return null;
  return dc.context.sendActivity(withButtons(say.stepAlreadyTakenHeard, [say.noNextStepChoices[0]!.label])).then(() => Dialog.EndOfTurn);
};
