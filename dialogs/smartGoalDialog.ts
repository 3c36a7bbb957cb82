// Placeholder until this conversation is built (see the issues).
import { ComponentDialog, WaterfallDialog } from 'botbuilder-dialogs';
import type { CoachServices } from '../src/services.ts';
import { DialogIds } from './dialogIds.ts';

export class SmartGoalDialog extends ComponentDialog {
  constructor(readonly services: CoachServices) {
    super(DialogIds.smartGoal);
    this.addDialog(
      new WaterfallDialog('smartGoalFlow', [
        async (step) => {
          await step.context.sendActivity('This part is not ready yet.');
          return step.endDialog();
        },
      ]),
    );
    this.initialDialogId = 'smartGoalFlow';
  }
}
