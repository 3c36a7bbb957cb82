// One stall card per client (December: an open "Not replying to messages" card still let "Review
// missed" be raised beside it). The hourly rules mark each stall finding (src/domain/escalationRules.ts):
// one that joins is added to the open stall card as a new line, once, as a client's further words are
// added to an open escalation, and the adviser who has the card is told in their personal chat; one
// more urgent than the open card is raised, and the older card is closed into it. A crisis or a
// hand-over is never held back by this: only the stall rules' own cards are joined.
import { ESCALATION_TRIGGERS, type EscalationReason, type TimedTrigger } from '../domain/escalationTriggers.ts';
import { EscalationRepository, type Escalation } from '../db/escalations.ts';
import type { Database } from '../db/database.ts';
import { escapeMarkdown } from '../messages/escapeText.ts';
import { joinedIntoMoreUrgent, joinedIntoNote, stallFactAddedText } from '../messages/en/escalationUpdates.ts';
import type { CoachServices } from '../services.ts';
import { readRecord, writeRecord } from './escalationRecord.ts';
import { addEscalationNote, tellAdvisers } from './escalationUpdates.ts';
import { refreshSentCards } from './sentCards.ts';
import { STALL_REASONS } from '../domain/escalationRules.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Adds the fact to the client's open stall card of `home`, once per kind of fact. False when there
 * is no such card open (it was closed meanwhile): the caller raises the finding as its own card then.
 */
export async function addToOpenStallCard(services: CoachServices, clientId: string, home: EscalationReason, trigger: TimedTrigger, detail: string): Promise<boolean> {
  const repo = new EscalationRepository(services.db);
  const open = (await repo.openFor(clientId)).find((row) => row.reason === home);
  if (!open) return false;
  const reason = ESCALATION_TRIGGERS[trigger].reason;
  const record = readRecord(open.summary);
  if ((record.joined ?? []).some((joined) => joined.reason === reason)) return true;
  await repo.appendDetail(open.id, detail);
  await markJoined(repo, open.id, reason, services.clock.now());
  const escalation = (await repo.findById(open.id))!;
  // Told only once the card has reached someone; a card still to be sent carries the new line.
  if (record.sent.length > 0) {
    const clientName = escalation.client.displayName ? escapeMarkdown(escalation.client.displayName) : null;
    await tellAdvisers(services, escalation, stallFactAddedText({ clientName, number: escalation.number, reason: home, added: detail }));
  }
  await refreshSentCards(services, escalation);
  return true;
}

/** Closes the client's open stall card of `older` into the new, more urgent one, whose card gains its facts. */
export async function takeInOlderStallCard(services: CoachServices, raised: Escalation, older: EscalationReason): Promise<void> {
  const repo = new EscalationRepository(services.db);
  const open = (await repo.openFor(raised.clientId)).find((row) => row.reason === older && row.id !== raised.id);
  if (!open) return;
  const now = services.clock.now();
  await repo.appendDetail(raised.id, open.detail);
  await markJoined(repo, raised.id, older, now);
  if (!(await repo.resolve(open.id, now))) return;
  await addEscalationNote(services, open.id, 'bot-did', joinedIntoNote(raised.number));
  const record = readRecord((await repo.findById(open.id))!.summary);
  record.response = { kind: 'resolved', by: joinedIntoMoreUrgent(raised.number), at: now.toISOString() };
  await repo.updateSummary(open.id, writeRecord(record));
  await refreshSentCards(services, (await repo.findById(open.id))!);
  await refreshSentCards(services, (await repo.findById(raised.id))!);
}

/**
 * True when this kind of stall fact was added to another stall card of the client within its
 * trigger's cool-down: that card being closed does not raise the fact again as a card of its own.
 */
export async function addedLately(db: Database, clientId: string, trigger: TimedTrigger, now: Date): Promise<boolean> {
  const { reason, coolDownDays } = ESCALATION_TRIGGERS[trigger];
  const repo = new EscalationRepository(db);
  for (const other of STALL_REASONS.filter((stall) => stall !== reason)) {
    const last = await repo.lastRaised(clientId, other);
    const joined = last ? (readRecord(last.summary).joined ?? []).find((entry) => entry.reason === reason) : undefined;
    if (joined && now.getTime() - new Date(joined.at).getTime() < coolDownDays * DAY_MS) return true;
  }
  return false;
}

/**
 * The lines other stall facts added to this card ("The review due on ... has not happened yet."),
 * after its own first line; empty when none was added. Said when the card closes, so they are not lost with it.
 */
export function linesAddedToStallCard(card: Pick<Escalation, 'detail' | 'summary'>): string[] {
  if ((readRecord(card.summary).joined ?? []).length === 0) return [];
  return card.detail.split('\n').slice(1).map((line) => line.trim()).filter(Boolean);
}

async function markJoined(repo: EscalationRepository, id: string, reason: string, at: Date): Promise<void> {
  const row = (await repo.findById(id))!;
  const record = readRecord(row.summary);
  record.joined = [...(record.joined ?? []).filter((joined) => joined.reason !== reason), { reason, at: at.toISOString() }];
  await repo.updateSummary(id, writeRecord(record));
}
