// The prompt for a locus-of-control sentence: a listening prompt that first hears what is said
// about the sentences themselves. Listening round (December): "is this a test" had "I am a chat
// bot", and "i hate these questions" had "didn't catch that" (dialogs/assessmentAsides.ts).
// Play-testing: "brb", "one sec", "back in 5" had "didn't catch that"; the sentence waits for them
// as the other questions do (stepAwayReply.ts), and nothing they said is kept as an answer.
import { Dialog, type DialogContext, type DialogTurnResult, type PromptValidator } from 'botbuilder-dialogs';
import { answerAnAside, type AsideOptions } from './assessmentAsides.ts';
import { ListeningPrompt } from './prompts.ts';
import { stepAwayReply } from './stepAwayReply.ts';

export class LocusPrompt extends ListeningPrompt {
  constructor(dialogId: string, validator: PromptValidator<string>) {
    super(dialogId, validator);
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const instance = dc.activeDialog;
    if (!instance) return super.continueDialog(dc);
    if (await answerAnAside(dc.context, instance.state as { options?: AsideOptions })) return this.askAgain(dc);
    const steppedAway = dc.context.activity.type === 'message' ? stepAwayReply(dc.context.activity.text ?? '') : null;
    if (!steppedAway) return super.continueDialog(dc);
    await dc.context.sendActivity(steppedAway);
    return this.askAgain(dc);
  }

  private async askAgain(dc: DialogContext): Promise<DialogTurnResult> {
    await this.repromptDialog(dc.context, dc.activeDialog!);
    return Dialog.EndOfTurn;
  }
}
