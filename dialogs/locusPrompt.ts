// The prompt for a locus-of-control sentence: a listening prompt that first hears what is said
// about the sentences themselves. Listening round (December): "is this a test" had "I am a chat
// bot", and "i hate these questions" had "didn't catch that" (dialogs/assessmentAsides.ts).
import { Dialog, type DialogContext, type DialogTurnResult, type PromptValidator } from 'botbuilder-dialogs';
import { answerAnAside, type AsideOptions } from './assessmentAsides.ts';
import { ListeningPrompt } from './prompts.ts';

export class LocusPrompt extends ListeningPrompt {
  constructor(dialogId: string, validator: PromptValidator<string>) {
    super(dialogId, validator);
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const instance = dc.activeDialog;
    if (!instance || !(await answerAnAside(dc.context, instance.state as { options?: AsideOptions }))) return super.continueDialog(dc);
    await this.repromptDialog(dc.context, instance);
    return Dialog.EndOfTurn;
  }
}
