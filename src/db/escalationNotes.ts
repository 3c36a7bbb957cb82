// Notes added to an open escalation after it was raised: the client's further words in a safety
// window, what the bot did, and when the window ended. Advisers read them on the card.
import type { Database } from './database.ts';

export type EscalationNoteKind = 'client-said' | 'bot-did' | 'window-ended';
export type EscalationNoteRow = { kind: EscalationNoteKind; text: string; createdAt: Date };

const MAX_NOTE_LENGTH = 2000;

export class EscalationNoteRepository {
  constructor(private readonly db: Database) {}

  async add(escalationId: string, kind: EscalationNoteKind, text: string, at: Date): Promise<void> {
    // create, not createMany: Prisma keeps the compiled plan of a create, never of a createMany.
    await this.db.escalationNote.create({ data: { escalationId, kind, text: text.slice(0, MAX_NOTE_LENGTH), createdAt: at }, select: { id: true } });
  }

  /** Oldest first. */
  async listFor(escalationId: string): Promise<EscalationNoteRow[]> {
    const rows = await this.db.escalationNote.findMany({
      where: { escalationId },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      select: { kind: true, text: true, createdAt: true },
    });
    return rows.map((row) => ({ ...row, kind: row.kind as EscalationNoteKind }));
  }

  /** The notes of several escalations at once (for the list's order and its phone line), each oldest first. */
  async listForMany(escalationIds: readonly string[]): Promise<Map<string, EscalationNoteRow[]>> {
    const byId = new Map<string, EscalationNoteRow[]>(escalationIds.map((id) => [id, []]));
    if (escalationIds.length === 0) return byId;
    const rows = await this.db.escalationNote.findMany({
      where: { escalationId: { in: [...escalationIds] } },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      select: { escalationId: true, kind: true, text: true, createdAt: true },
    });
    for (const { escalationId, ...row } of rows) byId.get(escalationId)?.push({ ...row, kind: row.kind as EscalationNoteKind });
    return byId;
  }
}
