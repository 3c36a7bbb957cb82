// The adviser plan card's buttons (Action.Execute, verbs "plan.*"): the change is made, and the
// answer is the card as it now stands with a line saying what happened. Only a registered
// adviser whose client it is (or a lead) may; anyone else gets a notice card.
import type { AdaptiveCardInvokeValue, TurnContext } from 'botbuilder';
import { ADD_DUE_INPUT, ADD_TEXT_INPUT, adviserPlanCard, PLAN_VERBS } from '../cards/adviserPlanCard.ts';
import { noticeCard, type AdaptiveCard } from '../cards/escalationCard.ts';
import type { Adviser } from '../db/advisers.ts';
import { PlanRepository } from '../db/plans.ts';
import { parseDueDate } from '../domain/dates.ts';
import type { CoachServices } from '../services.ts';
import { ClientRepository } from '../db/clients.ts';
import {
  addAdviserAction,
  agreePlanAsAdviser,
  clientForAdviser,
  completeAdviserAction,
  moveAdviserAction,
  type AdvisedClient,
  type PlanActionResult,
} from '../usecases/adviserPlan.ts';
import { planDeps } from '../usecases/wiring.ts';
import { actionNotFound, addUsage, chooseADay } from '../messages/en/adviserPlan.ts';
import { cardNotices } from '../messages/en/adviser.ts';
import { noName } from '../messages/en/escalationSummary.ts';
import { turnAdviser } from './turnLookups.ts';

const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

export function isPlanVerb(verb: string | undefined): boolean {
  return Object.values<string>(PLAN_VERBS).includes(verb ?? '');
}

export async function answerPlanCardAction(services: CoachServices, context: TurnContext, invoke: AdaptiveCardInvokeValue): Promise<AdaptiveCard> {
  const data = (invoke.action?.data ?? {}) as Record<string, unknown>;
  const adviser = await turnAdviser(context, services.db);
  if (!adviser) return noticeCard(cardNotices.advisersOnly);
  const client = typeof data.clientId === 'string' ? await clientForAdviser(planDeps(services), adviser, data.clientId) : null;
  if (!client) return noticeCard(cardNotices.notInCaseload);
  const outcome = await act(services, adviser, client, invoke.action?.verb ?? '', data);
  return (await currentAdviserPlanCard(services, client.id, outcome.reply)) ?? noticeCard(outcome.reply);
}

async function act(
  services: CoachServices,
  adviser: Adviser,
  client: AdvisedClient,
  verb: string,
  data: Record<string, unknown>,
): Promise<PlanActionResult> {
  const deps = planDeps(services);
  if (verb === PLAN_VERBS.agree) return agreePlanAsAdviser(deps, adviser, client);
  if (verb === PLAN_VERBS.addItem) {
    const text = typeof data[ADD_TEXT_INPUT] === 'string' ? data[ADD_TEXT_INPUT].trim().slice(0, 300) : '';
    if (!text) return { ok: false, reply: addUsage };
    const dueText = typeof data[ADD_DUE_INPUT] === 'string' ? data[ADD_DUE_INPUT] : '';
    const dueAt = dueText ? parseDueDate(dueText, { now: services.clock.now(), timeZone: client.timeZone }) : null;
    // The card asks for a day from today; a request without one (or with a day gone) adds nothing
    // (play-testing as advisers: such actions were saved with no day, so no reminder).
    if (!dueAt) return { ok: false, reply: chooseADay };
    return addAdviserAction(deps, adviser, client, text, dueAt);
  }
  const plan = await new PlanRepository(services.db, services.clock).currentPlan(client.id);
  const item = plan?.items.find((candidate) => candidate.lineageId === data.lineageId);
  if (!item) return { ok: false, reply: actionNotFound };
  if (verb === PLAN_VERBS.itemDone) return completeAdviserAction(deps, adviser, client, item);
  const from = Math.max((item.dueAt ?? services.clock.now()).getTime(), services.clock.now().getTime());
  return moveAdviserAction(deps, adviser, client, item, new Date(from + WEEK_MS));
}

/** The adviser's plan card for a client as it stands now, with an optional line on top. */
export async function currentAdviserPlanCard(services: CoachServices, clientId: string, notice?: string): Promise<AdaptiveCard | null> {
  const [plan, client] = await Promise.all([
    new PlanRepository(services.db, services.clock).currentPlan(clientId),
    new ClientRepository(services.db).findById(clientId),
  ]);
  if (!plan) return null;
  return adviserPlanCard({
    clientId,
    clientName: client?.displayName?.trim() || noName,
    plan,
    timeZone: services.config.ADVISER_HOURS_TIME_ZONE,
    now: services.clock.now(),
    ...(notice ? { notice } : {}),
  });
}
