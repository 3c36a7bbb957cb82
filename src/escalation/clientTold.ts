// What the client was told when the coach handed them over, kept on the escalation so that the
// adviser's card says the same (play-testing: out of hours the client read that nobody was at work,
// while the card said "will try to reach them" as if in hours). The client's words come from
// handoverNews (src/domain/handoverNews.ts); this keeps the facts behind them and reads them back.
// It also reads back what they asked about phone calls in the window, from the coach's notes.
import { EscalationRepository } from '../db/escalations.ts';
import { handoverNews } from '../domain/handoverNews.ts';
import type { ClientTold, PhoneWish } from '../messages/en/escalationSummary.ts';
import { safetyWindowNotes } from '../messages/en/safetyWindowAnswers.ts';
import { botDidNotes } from '../messages/en/escalationUpdates.ts';
import type { EscalationNoteRow } from '../db/escalationNotes.ts';
import type { CoachServices } from '../services.ts';
import { readRecord, writeRecord, type EscalationRecord } from './escalationRecord.ts';

/** Kept just before the first delivery (what they will read if it reaches someone), and again once it is known. */
export async function keepClientTold(services: CoachServices, escalationId: string, reach: 'told' | 'not-reached', abuse: boolean): Promise<void> {
  const repo = new EscalationRepository(services.db);
  const row = await repo.findById(escalationId);
  if (!row) return;
  const record = readRecord(row.summary);
  record.clientTold = { reach, at: services.clock.now().toISOString(), abuse };
  await repo.updateSummary(escalationId, writeRecord(record));
}

/** The handover as the client read it, or null when it was not kept (told before they agreed, or older escalations). */
export function clientToldOf(services: Pick<CoachServices, 'config'>, record: EscalationRecord): ClientTold | null {
  const kept = record.clientTold;
  if (!kept) return null;
  return { news: handoverNews(services.config, new Date(kept.at), kept.reach), abuse: kept.abuse };
}

/** "can you call me" or "please dont ring me", the latest said, from the notes the safety window keeps. */
export function phoneWishOf(notes: readonly Pick<EscalationNoteRow, 'kind' | 'text'>[]): PhoneWish | null {
  for (const note of [...notes].reverse()) {
    if (note.kind !== 'bot-did') continue;
    if (note.text === safetyWindowNotes.askedForCall) return 'call-me';
    if (note.text === botDidNotes.noCalls) return 'no-calls';
  }
  return null;
}
