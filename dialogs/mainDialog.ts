// The first dialog of every conversation: greets, answers help, and routes to the rest.
import { ComponentDialog, WaterfallDialog, type DialogTurnResult, type WaterfallStepContext } from 'botbuilder-dialogs';
import { botIntroduction, helpMessage } from './messages/common.ts';

export const MAIN_DIALOG = 'main';
const MAIN_FLOW = 'mainFlow';

export class MainDialog extends ComponentDialog {
  constructor() {
    super(MAIN_DIALOG);
    this.addDialog(new WaterfallDialog(MAIN_FLOW, [this.greet.bind(this)]));
    this.initialDialogId = MAIN_FLOW;
  }

  private async greet(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const text = (step.context.activity.text ?? '').trim().toLowerCase();
    if (text === 'help') {
      await step.context.sendActivity(helpMessage);
    } else {
      await step.context.sendActivity(botIntroduction);
      await step.context.sendActivity('Type "help" at any time to see what you can do.');
    }
    return step.endDialog();
  }
}
