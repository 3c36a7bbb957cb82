// Advisers: who they are on Teams, their invite code, and their caseload.
import { randomBytes } from 'node:crypto';
import type { Database } from './database.ts';
import type { Adviser } from '../generated/sqlite/client.ts';

export type { Adviser };

export const DEMO_ADVISER_INVITE = 'DEMO';

export class CaseloadFullError extends Error {
  constructor(readonly adviserId: string, readonly limit: number) {
    super(`Adviser ${adviserId} already has ${limit} active clients`);
    this.name = 'CaseloadFullError';
  }
}

/** Short codes without look-alike characters (0/O, 1/I), easy to read out over the phone. */
export function newInviteCode(): string {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  return Array.from(randomBytes(6), (byte) => alphabet[byte % alphabet.length]).join('');
}

export class AdviserRepository {
  constructor(private readonly db: Database) {}

  findById(id: string): Promise<Adviser | null> {
    return this.db.adviser.findUnique({ where: { id } });
  }

  findByUserKey(userKey: string): Promise<Adviser | null> {
    return this.db.adviser.findUnique({ where: { userKey } });
  }

  findByInviteCode(code: string): Promise<Adviser | null> {
    return this.db.adviser.findUnique({ where: { inviteCode: code.trim().toUpperCase() } });
  }

  async register(input: { name: string; userKey?: string | null; aadObjectId?: string | null; role?: 'adviser' | 'lead'; inviteCode?: string; caseloadLimit?: number }): Promise<Adviser> {
    const data = {
      name: input.name,
      userKey: input.userKey ?? null,
      aadObjectId: input.aadObjectId ?? null,
      role: input.role ?? 'adviser',
      ...(input.caseloadLimit ? { caseloadLimit: input.caseloadLimit } : {}),
    };
    if (input.userKey) {
      return this.db.adviser.upsert({ where: { userKey: input.userKey }, create: { ...data, inviteCode: input.inviteCode ?? newInviteCode() }, update: data });
    }
    return this.db.adviser.create({ data: { ...data, inviteCode: input.inviteCode ?? newInviteCode() } });
  }

  /** The adviser local mode gives everyone, so the whole journey works without Teams. */
  async ensureDemoAdviser(caseloadLimit: number): Promise<Adviser> {
    return this.db.adviser.upsert({
      where: { inviteCode: DEMO_ADVISER_INVITE },
      create: { name: 'Demo adviser', inviteCode: DEMO_ADVISER_INVITE, caseloadLimit },
      update: {},
    });
  }

  activeCaseload(adviserId: string): Promise<number> {
    return this.db.client.count({ where: { adviserId, status: 'active', consentWithdrawnAt: null } });
  }

  /** Links a client to an adviser unless the adviser's caseload is full. */
  async assignClient(clientId: string, adviser: Adviser): Promise<void> {
    const already = await this.db.client.findFirst({ where: { id: clientId, adviserId: adviser.id }, select: { id: true } });
    if (already) return;
    if ((await this.activeCaseload(adviser.id)) >= adviser.caseloadLimit) throw new CaseloadFullError(adviser.id, adviser.caseloadLimit);
    await this.db.client.update({ where: { id: clientId }, data: { adviserId: adviser.id } });
  }

  /** Team leads who can be reached in Teams. */
  leadsWithChat(): Promise<Array<{ id: string; userKey: string }>> {
    return this.db.adviser
      .findMany({ where: { role: 'lead', userKey: { not: null } }, select: { id: true, userKey: true } })
      .then((rows) => rows.map((row) => ({ id: row.id, userKey: row.userKey! })));
  }
}
