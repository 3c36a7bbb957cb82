// Escalations not closed yet, in the one order advisers read them (src/domain/escalationOrder.ts):
// the adviser's "escalations" in chat and the local inbox page both list them from here. Each comes
// with what the order read from its notes, and what the client asked about phone calls, read by
// the same function the card uses (phoneWishOf), so the list and the card never disagree.
import { EscalationNoteRepository } from '../db/escalationNotes.ts';
import { EscalationRepository, type EscalationWithClient } from '../db/escalations.ts';
import { escalationTier, inEscalationOrder, type EscalationTier } from '../domain/escalationOrder.ts';
import type { PhoneWish } from '../messages/en/escalationSummary.ts';
import type { CoachServices } from '../services.ts';
import { phoneWishOf } from './clientTold.ts';

export type ListedEscalation = EscalationWithClient & { tier: EscalationTier; phoneWish: PhoneWish | null };

/** For one adviser's clients, or for everyone when null; at most `limit`, picked most urgent first. */
export async function escalationsInOrder(services: Pick<CoachServices, 'db'>, adviserId: string | null, limit = 50): Promise<ListedEscalation[]> {
  const rows = await new EscalationRepository(services.db).listUnresolved(adviserId, limit);
  const notes = await new EscalationNoteRepository(services.db).listForMany(rows.map((row) => row.id));
  const listed = rows.map((row): ListedEscalation => {
    const kept = notes.get(row.id) ?? [];
    const saidWords = kept.filter((note) => note.kind === 'client-said').map((note) => note.text);
    return { ...row, tier: escalationTier({ ...row, saidWords }), phoneWish: phoneWishOf(kept) };
  });
  return inEscalationOrder(listed, (row) => row);
}
