// Words typed where the plan waits to be agreed ("Please have a look. If it feels right, tap..."):
// a wish to move or take off a step starts that change (the plan is then shown to agree again,
// changed or kept as it is); a wish to change the goal goes to the adviser; a question about the
// adviser's step and a wish to add a step are answered. Each time the agreement is asked again,
// never "Let us finish this question first" (play-testing: every one of these had been blocked).
import type { DialogContext, DialogTurnResult } from 'botbuilder-dialogs';
import { Dialog } from 'botbuilder-dialogs';
import { currentClient } from '../src/bot/clientContext.ts';
import { asksToChangeThePlan } from '../src/domain/goalWords.ts';
import { wantsToChangeTheGoal } from '../src/domain/goalChangeWish.ts';
import { asksAboutAdviserStep } from '../src/domain/reviewAsides.ts';
import { readStepChange, wantsToAddAStep } from '../src/domain/stepChangeWords.ts';
import type { CoachServices } from '../src/services.ts';
import * as say from '../src/messages/en/plan.ts';
import type { ChangeStepOptions } from './changeStepDialog.ts';
import { DialogIds } from './dialogIds.ts';
import { adviserStepAnswer } from './reviewAsides.ts';
import { requestAdviser } from './talkToAdviser.ts';

/** The turn taken by an aside at the agreement question, or null when the words are for the question itself. */
export async function asideAtAgreement(inner: DialogContext, services: CoachServices): Promise<DialogTurnResult | null> {
  const { context } = inner;
  const client = currentClient(context);
  const text = context.activity.type === 'message' ? (context.activity.text ?? '').trim() : '';
  if (!client || !text) return null;
  if (wantsToChangeTheGoal(text)) {
    await context.sendActivity(say.goalChangeWish);
    await requestAdviser(context, services);
    return askAgain(inner);
  }
  if (asksAboutAdviserStep(text)) {
    await context.sendActivity(await adviserStepAnswer(services, client.id, client.timeZone, text));
    return askAgain(inner);
  }
  if (wantsToAddAStep(text)) {
    await context.sendActivity(say.addStepAfterAgreeing);
    return askAgain(inner);
  }
  if (asksToChangeThePlan(text) || readStepChange(text)) {
    await inner.cancelAllDialogs();
    return inner.beginDialog(DialogIds.changeStep, { text, fromAgreement: true } satisfies ChangeStepOptions);
  }
  return null;
}

async function askAgain(inner: DialogContext): Promise<DialogTurnResult> {
  await inner.repromptDialog();
  return Dialog.EndOfTurn;
}
