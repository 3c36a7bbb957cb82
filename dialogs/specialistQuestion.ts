// A benefits or disclosure question, asked at any point. The coach gives no advice: it hands the
// question, in the client's words, to their adviser (one open specialist escalation, new topics
// added to it), puts a dated adviser step in the plan the client can see, and says job search
// carries on meanwhile.
import type { TurnContext } from 'botbuilder';
import { currentClient } from '../src/bot/clientContext.ts';
import type { Client } from '../src/db/clients.ts';
import { EmploymentRepository } from '../src/db/employments.ts';
import { EscalationRepository } from '../src/db/escalations.ts';
import { readStartedWork } from '../src/domain/jobNews.ts';
import { PlanRepository } from '../src/db/plans.ts';
import { formatDueDate } from '../src/domain/dates.ts';
import { detectSpecialistBarriers } from '../src/domain/escalationRules.ts';
import { disclosureAbout } from '../src/domain/barrierTopics.ts';
import { dayInDays } from '../src/domain/plan.ts';
import { raiseEscalation } from '../src/escalation/raiseEscalation.ts';
import type { CoachServices } from '../src/services.ts';
import { addAdviserStepOnce } from '../src/usecases/adviserPlan.ts';
import { planDeps } from '../src/usecases/wiring.ts';
import {
  adviserDetail,
  barrierHandedOver,
  barrierStepText,
  planItemText,
  specialistReply,
  specialistWithoutConsent,
  conditionsWithoutConsent,
  type BarrierHandOff,
  type SpecialistTopic,
} from '../src/messages/en/specialist.ts';

const DAY_MS = 24 * 60 * 60 * 1000;
/** When the escalation carries no contact date: the routine specialist hand-over time. */
const DEFAULT_DAYS = 7;
const MAX_QUOTE = 300;
const HANDED_OVER_THIS_TURN = Symbol('coach.specialist.handedOverThisTurn');

/** Whether a benefits or disclosure question was answered this turn: nothing more needs saying. */
export function handedOverThisTurn(context: TurnContext): boolean {
  return ((context.turnState.get(HANDED_OVER_THIS_TURN) as Set<SpecialistTopic> | undefined)?.size ?? 0) > 0;
}

/** `client`: given by the risk check, which runs before the turn's client is known. */
export async function handOverSpecialistQuestion(
  context: TurnContext,
  services: CoachServices,
  topic: SpecialistTopic,
  question: string,
  client: Pick<Client, 'id' | 'timeZone' | 'consentedAt' | 'consentWithdrawnAt'> | null = currentClient(context),
): Promise<void> {
  // Heard once a turn, however many readers hear it: the risk check answers "will i get sanctioned"
  // as a worry, and the first words of a visit had then answered it again.
  const handed = (context.turnState.get(HANDED_OVER_THIS_TURN) as Set<SpecialistTopic> | undefined) ?? new Set<SpecialistTopic>();
  if (handed.has(topic)) return;
  context.turnState.set(HANDED_OVER_THIS_TURN, handed.add(topic));
  if (!client?.consentedAt || client.consentWithdrawnAt) {
    await context.sendActivity(topic === 'conditions' ? conditionsWithoutConsent : specialistWithoutConsent);
    return;
  }
  const now = services.clock.now();
  const detail = adviserDetail(topic, question.trim().slice(0, MAX_QUOTE), topic === 'disclosure' ? disclosureAbout(question) : null);
  const { escalation, created } = await raiseEscalation(services, { clientId: client.id, trigger: 'specialist-question', detail });
  // The safety check may have opened it a moment ago from keywords; either way the question goes in.
  const addedToOpen = !created && now.getTime() - escalation.createdAt.getTime() > 60_000;
  if (!created) await new EscalationRepository(services.db).appendDetail(escalation.id, detail);
  const contactBy = escalation.contactBy ?? new Date(now.getTime() + DEFAULT_DAYS * DAY_MS);
  // A day, not a time: the adviser's step is dated like the client's own.
  const by = dayInDays(now, client.timeZone, Math.max(1, Math.ceil((contactBy.getTime() - now.getTime()) / DAY_MS)));
  const added = await addAdviserStepOnce(planDeps(services), { clientId: client.id, text: adviserStepFor(topic, question), dueAt: by });
  // "i got the job, will i lose my uc?": someone in work is not told to keep looking for work.
  const inWork = readStartedWork(question) !== null || (await new EmploymentRepository(services.db).current(client.id)) !== null;
  await context.sendActivity(specialistReply(topic, formatDueDate(by, client.timeZone, { now }), addedToOpen, inWork, !added));
}

// Whether to tell an employer about a record is what the conviction step is for ("a letter and
// what to tell bosses"): one step for the adviser, not two that say the same thing.
function adviserStepFor(topic: SpecialistTopic, question: string): string {
  if (topic === 'disclosure' && detectSpecialistBarriers(question).includes('convictions')) return barrierStepText.convictions;
  return planItemText[topic];
}

/**
 * Debt, housing or a conviction mentioned in passing: the escalation is raised by the risk check;
 * here the adviser's step goes into the plan (once), so the client sees who will act and when.
 * Quiet (returns null) when the client has no plan yet or the step is there already.
 */
export async function addBarrierHandOffStep(services: CoachServices, client: { id: string; timeZone: string }, barrier: BarrierHandOff, contactBy: Date | null): Promise<string | null> {
  const now = services.clock.now();
  const plan = await new PlanRepository(services.db, services.clock).currentPlan(client.id);
  const text = barrierStepText[barrier];
  if (!plan || plan.items.some((item) => item.owner === 'adviser' && item.status === 'open' && item.text === text)) return null;
  const days = contactBy ? Math.max(1, Math.ceil((contactBy.getTime() - now.getTime()) / DAY_MS)) : DEFAULT_DAYS;
  const by = dayInDays(now, client.timeZone, days);
  await addAdviserStepOnce(planDeps(services), { clientId: client.id, text, dueAt: by });
  return barrierHandedOver(formatDueDate(by, client.timeZone, { now }));
}

