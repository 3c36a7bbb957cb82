// "my plan" typed while a question is on screen: the plan card, then the same question again
// (dialogs/mainDialog.ts). While a goal is being set, that goal is not in the plan until the client
// says "Yes" to it: play-testing, round eleven, found "show me my plan" at the goal's read-back
// answered "You do not have a plan yet", with no word of the goal just read back.
import type { DialogContext } from 'botbuilder-dialogs';
import type { CoachServices } from '../src/services.ts';
import { PlanRepository } from '../src/db/plans.ts';
import { planWrittenThisTurn } from '../src/bot/planThisTurn.ts';
import * as say from '../src/messages/en/plan.ts';
import { DialogIds } from './dialogIds.ts';
import { sendPlanCard } from './myPlanDialog.ts';

/** A goal is being set somewhere down the dialog stack. */
export function isSettingAGoal(dc: DialogContext): boolean {
  for (let at: DialogContext | undefined = dc; at; at = at.child) {
    if (at.stack.some((instance) => instance.id === DialogIds.smartGoal)) return true;
  }
  return false;
}

/** The plan as it is now; while a goal is set, said plainly that the goal is not in it yet. */
export async function sendPlanMidQuestion(dc: DialogContext, services: CoachServices, client: { id: string; timeZone: string }): Promise<void> {
  if (!isSettingAGoal(dc)) return void (await sendPlanCard(dc.context, services, client));
  const plan = planWrittenThisTurn(dc.context, client.id) ?? (await new PlanRepository(services.db, services.clock).currentPlan(client.id));
  if (!plan) return void (await dc.context.sendActivity(`${say.goalNotInPlanYet} ${say.planEmptySoFar}`));
  await dc.context.sendActivity(`${say.goalNotInPlanYet} ${say.planAsItIsNow}`);
  await sendPlanCard(dc.context, services, client);
}
