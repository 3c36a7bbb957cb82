// Round eleven: "move lee 9 to fri" when Lee's plan has two steps had only "I could not find that
// action" (as "done lee 7" had, until it shared this reply), and "move lee 2 to fir" only "I could
// not read that date": the adviser had to work out again what to type. Now the reply says how many
// steps there are, or the day as read, with the command to copy and what was typed kept (the plan
// on a button, to see the numbers).
import type { Adviser } from '../src/db/advisers.ts';
import type { Client } from '../src/db/clients.ts';
import { PlanRepository } from '../src/db/plans.ts';
import { isStillToDo, type PlanItem } from '../src/domain/plan.ts';
import { referenceFor } from '../src/escalation/caseloadNames.ts';
import { namesForNameless } from '../src/escalation/clientNames.ts';
import * as say from '../src/messages/en/adviserPlan.ts';
import { escapeMarkdown } from '../src/messages/escapeText.ts';
import type { CoachServices } from '../src/services.ts';
import { withButtons } from './adviserButtons.ts';
import type { AdviserReply } from './adviserPlanCommands.ts';

/** What to type for the client, escaped: their name, or their number when the name fits several. */
async function typeAsFor(services: CoachServices, adviser: Adviser, client: Client, typed: string): Promise<string> {
  return escapeMarkdown((await referenceFor(services.db, adviser.id, client)) ?? typed.trim());
}

/**
 * "move lee 9 to fri", "done lee 7": no such step, so nothing changed; the plan to see the numbers,
 * and the command to copy (`commandFor` makes it from what to type for the client and the plan's steps).
 */
export async function noSuchStepReply(
  services: CoachServices,
  adviser: Adviser,
  client: Client,
  typed: string,
  number: string,
  commandFor: (typeAs: string, steps: readonly PlanItem[]) => string,
): Promise<AdviserReply> {
  const steps = (await new PlanRepository(services.db, services.clock).currentPlan(client.id))?.items ?? [];
  const count = steps.length;
  const typeAs = await typeAsFor(services, adviser, client, typed);
  const name = escapeMarkdown(client.displayName?.trim() || (await namesForNameless(services.db, [client])).get(client.id) || typed.trim());
  const none = say.noStepNumbered(escapeMarkdown(number), name, count);
  if (count === 0) return none;
  const line = [none, say.seeNumbersThenTypeAgain(typeAs, commandFor(typeAs, steps))].join('\n');
  return withButtons(line, [{ title: say.seePlanButton(name), value: `plan ${typeAs}` }]);
}

/** "move lee 2 to fir": the day said back, and the command to copy with a day that is read. */
export async function moveDayNotRead(services: CoachServices, adviser: Adviser, client: Client, typed: string, number: string, day: string): Promise<string> {
  const typeAs = await typeAsFor(services, adviser, client, typed);
  return say.moveDayNotRead(escapeMarkdown(day), `move ${typeAs} ${escapeMarkdown(number)} to Friday`);
}

/** The step to show in "done lee 2": the last action of the adviser's still to do, else the last step. */
export function stepToMarkDone(steps: readonly PlanItem[]): number {
  const last = steps.map((step) => step.owner === 'adviser' && isStillToDo(step.status)).lastIndexOf(true);
  return last >= 0 ? last + 1 : steps.length;
}
