// An adviser's own caseload, and the few settings an adviser may change for one of their
// clients. Every query is scoped to the adviser: nobody reads another adviser's clients here.
import type { Database } from './database.ts';
import { STILL_TO_DO_STATUSES } from '../domain/plan.ts';
import { countByKind } from '../domain/jobSearch.ts';
import type { Client } from '../generated/sqlite/client.ts';

export type CaseloadEntry = {
  /** 1, 2, 3...: the order clients joined, so "plan 2" keeps meaning the same person. */
  number: number;
  client: Client;
  overdueItems: number;
  nextReviewAt: Date | null;
  openEscalations: number;
  /** The job search the client logged, by kind, and when they first contacted an employer. */
  jobSearch: { applications: number; interviews: number; contacts: number; firstContactAt: Date | null };
  /** Their current job, when they are in work. */
  job: { employer: string | null; startsOn: Date } | null;
};

const ACTIVE = { status: 'active', consentWithdrawnAt: null, consentedAt: { not: null } } as const;
const OPEN_ITEM_STATUSES = [...STILL_TO_DO_STATUSES];

export async function activeClientsOf(db: Database, adviserId: string): Promise<Client[]> {
  return db.client.findMany({ where: { adviserId, ...ACTIVE }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] });
}

export async function caseloadOf(db: Database, adviserId: string, now: Date): Promise<CaseloadEntry[]> {
  const clients = await activeClientsOf(db, adviserId);
  return Promise.all(
    clients.map(async (client, index) => {
      const [plan, openEscalations, logged, job] = await Promise.all([
        db.plan.findFirst({
          where: { clientId: client.id },
          orderBy: { version: 'desc' },
          select: { nextReviewAt: true, items: { where: { status: { in: OPEN_ITEM_STATUSES }, dueAt: { lt: now } }, select: { id: true } } },
        }),
        db.escalation.count({ where: { clientId: client.id, status: { not: 'resolved' } } }),
        db.jobSearchEntry.findMany({ where: { clientId: client.id }, orderBy: { recordedAt: 'asc' }, select: { kind: true, recordedAt: true } }),
        db.employment.findFirst({ where: { clientId: client.id, endedAt: null }, orderBy: { startsOn: 'desc' }, select: { employer: true, startsOn: true } }),
      ]);
      const counts = countByKind(logged);
      const jobSearch = { applications: counts.application, interviews: counts.interview, contacts: counts['employer-contact'], firstContactAt: logged[0]?.recordedAt ?? null };
      return { number: index + 1, client, overdueItems: plan?.items.length ?? 0, nextReviewAt: plan?.nextReviewAt ?? null, openEscalations, jobSearch, job };
    }),
  );
}

/** A client of this adviser by caseload number or by (part of) their name; null if none or several. */
export async function findInCaseload(db: Database, adviserId: string, reference: string): Promise<Client | null> {
  const clients = await activeClientsOf(db, adviserId);
  const wanted = reference.trim().toLowerCase();
  if (/^\d+$/.test(wanted)) return clients[Number(wanted) - 1] ?? null;
  const exact = clients.filter((client) => (client.displayName ?? '').toLowerCase() === wanted);
  if (exact.length === 1) return exact[0]!;
  const partial = clients.filter((client) => (client.displayName ?? '').toLowerCase().includes(wanted));
  return partial.length === 1 ? partial[0]! : null;
}

export async function setReviewCadence(db: Database, clientId: string, days: number): Promise<void> {
  await db.client.update({ where: { id: clientId }, data: { reviewCadenceDays: days } });
}

export async function setStyleOverride(db: Database, clientId: string, override: object | null): Promise<void> {
  await db.client.update({ where: { id: clientId }, data: { styleOverride: override ? JSON.stringify(override) : null } });
}

/** Candidates for "register adviser <name>": people who have talked to the bot, by name or id. */
export async function peopleMatching(db: Database, nameOrId: string): Promise<Array<{ userKey: string; name: string }>> {
  const wanted = nameOrId.trim().toLowerCase();
  const rows = await db.conversationRef.findMany({ orderBy: { updatedAt: 'desc' }, take: 1000, select: { userKey: true, reference: true } });
  return rows.flatMap((row) => {
    if (row.userKey.startsWith('channel:')) return [];
    const user = (JSON.parse(row.reference) as { user?: { id?: string; name?: string } }).user ?? {};
    const name = user.name ?? '';
    const matches = row.userKey.toLowerCase() === wanted || (user.id ?? '').toLowerCase() === wanted || name.toLowerCase() === wanted;
    return matches ? [{ userKey: row.userKey, name: name || user.id || row.userKey }] : [];
  });
}
