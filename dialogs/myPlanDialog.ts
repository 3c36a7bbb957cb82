// Placeholder until this conversation is built (see the issues).
import { ComponentDialog, WaterfallDialog } from 'botbuilder-dialogs';
import type { CoachServices } from '../src/services.ts';
import { DialogIds } from './dialogIds.ts';

export class MyPlanDialog extends ComponentDialog {
  constructor(readonly services: CoachServices) {
    super(DialogIds.myPlan);
    this.addDialog(
      new WaterfallDialog('myPlanFlow', [
        async (step) => {
          await step.context.sendActivity('This part is not ready yet.');
          return step.endDialog();
        },
      ]),
    );
    this.initialDialogId = 'myPlanFlow';
  }
}
