// The one way to hand a client over to their adviser, whatever the trigger: the client asked,
// a risky message, a job loss, a specialist barrier, the reminders or the hourly rules. The caller
// names a trigger from ESCALATION_TRIGGERS (src/domain/escalationTriggers.ts); its urgency,
// contact-by time and cool-down come from there. Raises (or finds) the open escalation for this
// client and reason and tries delivery at once.
import { ESCALATION_TRIGGERS, type TriggerKind } from '../domain/escalationTriggers.ts';
import { decisionFor } from '../domain/escalationRules.ts';
import type { SafetyKind } from '../domain/safetyKind.ts';
import { WHY_NOW } from '../messages/en/escalationDetails.ts';
import { EscalationRepository, type Escalation } from '../db/escalations.ts';
import { log } from '../log.ts';
import type { CoachServices } from '../services.ts';
import type { Database } from '../db/database.ts';
import { attemptDelivery } from './deliverEscalation.ts';
import { emptyRecord, readRecord, writeRecord } from './escalationRecord.ts';

export type RaiseRequest = {
  clientId: string;
  trigger: TriggerKind;
  /** Plain, factual words for the adviser; the trigger's own sentence when left out. */
  detail?: string;
  /** A crisis's kinds of risk, the leading one first: what the adviser's next step reads. */
  safetyKinds?: readonly SafetyKind[];
  /** When the client reported it (a job loss counts 3 days from then); now when left out. */
  reportedAt?: Date;
  /** Try delivery straight away (default true); the dispatcher delivers it otherwise. */
  deliverNow?: boolean;
};

export type RaiseResult = {
  /** The new escalation, the open one it joined, or (cooling down) the last one for this reason. */
  escalation: Escalation;
  created: boolean;
  /**
   * False when nobody can receive it: no adviser or lead the coach can reach, no adviser channel,
   * no webhook (and not local mode, where the local inbox shows every escalation). Tell the
   * client the truth then, and how to reach someone themselves.
   */
  reached: boolean;
};

const DAY_MS = 24 * 60 * 60 * 1000;
/** An acknowledged escalation older than this is closed when the same thing happens again. */
const STALE_ACKNOWLEDGED_MS = DAY_MS;

/**
 * Records the escalation (or finds the open one) without trying delivery: the escalation
 * dispatcher delivers every row that is due. The scheduler, which has no turn to answer, uses this.
 */
export async function recordEscalation(db: Database, request: RaiseRequest, now: Date): Promise<Omit<RaiseResult, 'reached'>> {
  const repo = new EscalationRepository(db);
  const trigger = ESCALATION_TRIGGERS[request.trigger];
  const decision = decisionFor(request.trigger, request.detail ?? WHY_NOW[trigger.wording], now, request.reportedAt ?? null);

  if (trigger.coolDownDays > 0) {
    const last = await repo.lastRaised(request.clientId, trigger.reason);
    if (last && now.getTime() - last.createdAt.getTime() < trigger.coolDownDays * DAY_MS) return { escalation: last, created: false };
  }

  // An adviser who acknowledged yesterday's crisis must still hear about today's.
  const [open] = (await repo.openFor(request.clientId)).filter((row) => row.reason === trigger.reason);
  if (open?.status === 'acknowledged' && open.acknowledgedAt && now.getTime() - open.acknowledgedAt.getTime() > STALE_ACKNOWLEDGED_MS) {
    await repo.resolve(open.id, now);
  }

  const raised = await repo.raise(
    {
      clientId: request.clientId,
      reason: decision.reason,
      urgency: decision.urgency,
      detail: decision.detail,
      safetyKinds: request.safetyKinds,
      contactBy: decision.contactBy,
      summary: writeRecord(emptyRecord()),
    },
    now,
  );
  // A crisis joining the open one may be of another kind ("he hits me" after a wish to die).
  if (!raised.created && request.safetyKinds?.length) await repo.addSafetyKinds(raised.escalation.id, request.safetyKinds);
  return raised;
}

export async function raiseEscalation(services: CoachServices, request: RaiseRequest): Promise<RaiseResult> {
  const result = await recordEscalation(services.db, request, services.clock.now());
  const localInbox = services.config.localMode;
  if (!result.created || request.deliverNow === false) {
    const record = readRecord(result.escalation.summary);
    const tried = record.attemptsThisRound > 0 || result.escalation.attempts > 0;
    return { ...result, reached: localInbox || !tried || result.escalation.status !== 'open' || record.sent.length > 0 || Boolean(result.escalation.nextAttemptAt) };
  }
  return { ...result, reached: await deliverFirstTime(services, result.escalation.id) };
}

/**
 * The first delivery attempt of a newly raised escalation. False only when it found nobody to
 * tell and nothing to retry, so the client can be told the truth; the local inbox always counts.
 */
export async function deliverFirstTime(services: CoachServices, escalationId: string): Promise<boolean> {
  try {
    const attempt = await attemptDelivery(services, escalationId);
    return attempt === 'not-due' || attempt.reached > 0 || attempt.retrying > 0 || services.config.localMode;
  } catch (error) {
    // The row is saved with nextAttemptAt = now: the dispatcher will deliver it.
    log.error(`Escalation ${escalationId}: first delivery attempt failed`, error);
    return true;
  }
}

/**
 * Whether an escalation raised earlier has reached a person: delivered, answered, or in the local
 * inbox. A row still waiting on a retry does not count, so the client is never told more than is true.
 */
export async function escalationHasReachedSomeone(services: CoachServices, escalationId: string): Promise<boolean> {
  if (services.config.localMode) return true;
  const escalation = await new EscalationRepository(services.db).findById(escalationId);
  if (!escalation) return false;
  return escalation.status === 'delivered' || escalation.status === 'acknowledged' || readRecord(escalation.summary).sent.length > 0;
}
