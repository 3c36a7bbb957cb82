// An adviser answers an escalation: "acknowledge", "I'll contact them today" or "resolve". Only
// the client's own adviser or a team lead may; every answer is audited without personal content,
// and every copy of the card that was sent is updated to show it.
import { clientNameOf } from '../messages/en/escalationSummary.ts';
import { planCard, type AdaptiveCard } from '../cards/escalationCard.ts';
import { AuditLog } from '../db/audit.ts';
import type { Adviser } from '../db/advisers.ts';
import { EscalationRepository, type EscalationWithClient } from '../db/escalations.ts';
import type { CoachServices } from '../services.ts';
import { readRecord, writeRecord, type AdviserResponse } from './escalationRecord.ts';
import { summaryForEscalation } from './escalationSummaryFromDb.ts';
import { refreshSentCards } from './sentCards.ts';

export { currentEscalationCard } from './sentCards.ts';

/** Who answers: a registered adviser, or the local inbox page (local mode only). */
export type Responder = { adviser: Adviser } | { localInbox: true };

export type ResponseOutcome =
  | { status: 'done'; escalation: EscalationWithClient }
  | { status: 'not-found' }
  | { status: 'not-yours' };

export function mayActOn(responder: Responder, escalation: Pick<EscalationWithClient, 'client'>): boolean {
  if ('localInbox' in responder) return true;
  return responder.adviser.role === 'lead' || escalation.client.adviserId === responder.adviser.id;
}

export async function respondToEscalation(
  services: CoachServices,
  escalationId: string,
  responder: Responder,
  kind: AdviserResponse['kind'],
  /** What was done, kept on the escalation's record with the answer (round four: a crisis closed with no word of it). */
  note: string | null = null,
  /** An urgent one closed with no note by the adviser's choice: the record says no note was given. */
  noNote = false,
): Promise<ResponseOutcome> {
  const repo = new EscalationRepository(services.db);
  const escalation = await repo.findById(escalationId);
  if (!escalation) return { status: 'not-found' };
  if (!mayActOn(responder, escalation)) return { status: 'not-yours' };

  const now = services.clock.now();
  const by = 'localInbox' in responder ? 'Adviser (local inbox)' : responder.adviser.name;
  const actor = 'localInbox' in responder ? 'adviser:local-inbox' : `adviser:${responder.adviser.id}`;
  const audit = new AuditLog(services.db);
  if (escalation.status === 'resolved') return { status: 'done', escalation };
  if (escalation.status !== 'acknowledged') {
    await repo.acknowledge(escalation.id, by, now);
    await audit.record({ actor: actor as `adviser:${string}`, action: 'escalation-acknowledged', subject: escalation.clientId }, now);
  }
  if (kind === 'resolved') {
    await repo.resolve(escalation.id, now);
    await audit.record({ actor: actor as `adviser:${string}`, action: 'escalation-resolved', subject: escalation.clientId }, now);
  }
  // Acknowledging again keeps what the first adviser said ("I'll contact them today").
  const record = readRecord((await repo.findById(escalation.id))?.summary ?? escalation.summary);
  if (kind !== 'acknowledged' || !record.response) {
    record.response = { kind, by, at: now.toISOString(), ...(note ? { note } : {}), ...(noNote && !note && kind === 'resolved' ? { noNote: true as const } : {}) };
    await repo.updateSummary(escalation.id, writeRecord(record));
  }
  const updated = (await repo.findById(escalation.id))!;
  await refreshSentCards(services, updated);
  return { status: 'done', escalation: updated };
}

/** The client's plan as a card; the view is audited. */
export async function escalationPlanCard(services: CoachServices, escalation: EscalationWithClient, actor: string): Promise<AdaptiveCard | null> {
  const built = await summaryForEscalation(services, escalation);
  if (!built) return null;
  await new AuditLog(services.db).record({ actor: actor as `adviser:${string}`, action: 'adviser-viewed-client', subject: escalation.clientId }, services.clock.now());
  return planCard({
    escalationId: escalation.id,
    clientName: clientNameOf(built.summary),
    goals: built.snapshot.goals,
    items: built.snapshot.items,
    timeZone: services.config.ADVISER_HOURS_TIME_ZONE,
  });
}
