// An adviser's own caseload, and the few settings an adviser may change for one of their
// clients. Every query is scoped to the adviser: nobody reads another adviser's clients here.
import type { Database } from './database.ts';
import { isOverdue, STILL_TO_DO_STATUSES } from '../domain/plan.ts';
import { countByKind } from '../domain/jobSearch.ts';
import { URGENCY_ORDER, type EscalationUrgency } from '../domain/escalationTriggers.ts';
import { escalationTier, inEscalationOrder, type EscalationTier } from '../domain/escalationOrder.ts';
import { ConversationReferences } from './conversationReferences.ts';
import type { ReminderKind } from '../domain/reminderTiming.ts';
import type { Client } from '../generated/sqlite/client.ts';

/** The open escalation that needs the adviser most, in the order of "escalations" (src/domain/escalationOrder.ts). */
export type MostUrgentEscalation = { urgency: EscalationUrgency; reason: string; raisedAt: Date; tier: EscalationTier; number: number | null };

export type CaseloadEntry = {
  /** 1, 2, 3...: the order clients joined, so "plan 2" keeps meaning the same person. */
  number: number;
  client: Client;
  /** The name their channel gives them (Teams does): tells apart two clients who gave the same name. */
  channelName: string | null;
  /** The client's own steps past their day (the adviser's own actions are not the client's). */
  overdueItems: number;
  /** The adviser's own actions past their day. */
  adviserLate: { text: string; dueAt: Date }[];
  nextReviewAt: Date | null;
  openEscalations: number;
  mostUrgent: MostUrgentEscalation | null;
  /** The job search the client logged, by kind, and when they first contacted an employer. */
  jobSearch: { applications: number; interviews: number; contacts: number; firstContactAt: Date | null };
  /** Their current job, when they are in work. */
  job: { employer: string | null; startsOn: Date } | null;
  /** Round nine: the day their paused reminders start again by themselves (a pending 'reminders-resume' row). */
  remindersResumeAt: Date | null;
};

// The row that starts a client's paused reminders again (src/scheduler/reminderPauseStore.ts).
const RESUME_KIND: ReminderKind = 'reminders-resume';
const ACTIVE = { status: 'active', consentWithdrawnAt: null, consentedAt: { not: null } } as const;
const OPEN_ITEM_STATUSES = [...STILL_TO_DO_STATUSES];

export async function activeClientsOf(db: Database, adviserId: string): Promise<Client[]> {
  return db.client.findMany({ where: { adviserId, ...ACTIVE }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] });
}

/** Client id to the name their channel gives them, where it gives one. */
async function channelNamesOf(db: Database, clients: readonly Client[]): Promise<Map<string, string>> {
  const references = await new ConversationReferences(db).findMany(clients.map((client) => client.userKey));
  const names = new Map<string, string>();
  for (const client of clients) {
    const name = (references.get(client.userKey)?.reference.user as { name?: unknown } | undefined)?.name;
    if (typeof name === 'string' && name.trim()) names.set(client.id, name.trim());
  }
  return names;
}

type OpenEscalationRow = { number: number | null; urgency: string; reason: string; safetyKinds: string; createdAt: Date; notes: { text: string }[] };

function mostUrgentOf(rows: readonly OpenEscalationRow[]): MostUrgentEscalation | null {
  const ranked = rows.map((row) => ({ ...row, tier: escalationTier({ ...row, saidWords: row.notes.map((note) => note.text) }) }));
  const [first] = inEscalationOrder(ranked, (row) => row);
  return first
    ? { urgency: (first.urgency in URGENCY_ORDER ? first.urgency : 'routine') as EscalationUrgency, reason: first.reason, raisedAt: first.createdAt, tier: first.tier, number: first.number }
    : null;
}

export async function caseloadOf(db: Database, adviserId: string, now: Date): Promise<CaseloadEntry[]> {
  const clients = await activeClientsOf(db, adviserId);
  const channelNames = await channelNamesOf(db, clients);
  return Promise.all(
    clients.map(async (client, index) => {
      const [plan, escalations, logged, job, resume] = await Promise.all([
        db.plan.findFirst({
          where: { clientId: client.id },
          orderBy: { version: 'desc' },
          select: {
            nextReviewAt: true,
            items: { where: { status: { in: OPEN_ITEM_STATUSES }, dueAt: { lt: now } }, orderBy: { position: 'asc' }, select: { text: true, owner: true, status: true, dueAt: true } },
          },
        }),
        db.escalation.findMany({
          where: { clientId: client.id, status: { not: 'resolved' } },
          // The client's words kept on it say whether a crisis is danger now (listed first).
          select: { number: true, urgency: true, reason: true, safetyKinds: true, createdAt: true, notes: { where: { kind: 'client-said' }, select: { text: true } } },
        }),
        db.jobSearchEntry.findMany({ where: { clientId: client.id }, orderBy: { recordedAt: 'asc' }, select: { kind: true, recordedAt: true } }),
        db.employment.findFirst({ where: { clientId: client.id, endedAt: null }, orderBy: { startsOn: 'desc' }, select: { employer: true, startsOn: true } }),
        client.remindersPausedAt
          ? db.reminder.findFirst({ where: { clientId: client.id, kind: RESUME_KIND, status: 'pending' }, orderBy: { sendAt: 'asc' }, select: { sendAt: true } })
          : null,
      ]);
      const counts = countByKind(logged);
      const jobSearch = { applications: counts.application, interviews: counts.interview, contacts: counts['employer-contact'], firstContactAt: logged[0]?.recordedAt ?? null };
      // Late as the client's own card says it: the day is over in the client's calendar.
      const late = (plan?.items ?? []).filter((item) => isOverdue(item, now, client.timeZone));
      return {
        number: index + 1,
        client,
        channelName: channelNames.get(client.id) ?? null,
        overdueItems: late.filter((item) => item.owner !== 'adviser').length,
        adviserLate: late.filter((item) => item.owner === 'adviser').map((item) => ({ text: item.text, dueAt: item.dueAt! })),
        nextReviewAt: plan?.nextReviewAt ?? null,
        openEscalations: escalations.length,
        mostUrgent: mostUrgentOf(escalations),
        jobSearch,
        job,
        remindersResumeAt: resume?.sendAt ?? null,
      };
    }),
  );
}

/** A client picked from the caseload: one, several with that name (say which), or none. */
export type CaseloadPick =
  | { kind: 'one'; client: Client }
  | { kind: 'several'; matches: { number: number; name: string; channelName: string | null }[] }
  | { kind: 'none' };

const normalised = (name: string | null | undefined): string => (name ?? '').trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * A client of this adviser by caseload number, or by the name they gave or the name their channel
 * gives them, whole or in whole words ("sam jones" for a Sam whose Teams name is Sam Jones, "jones").
 */
export async function pickFromCaseload(db: Database, adviserId: string, reference: string): Promise<CaseloadPick> {
  const clients = await activeClientsOf(db, adviserId);
  const wanted = normalised(reference);
  if (!wanted) return { kind: 'none' };
  if (/^#?\d+$/.test(wanted)) {
    const client = clients[Number(wanted.replace('#', '')) - 1];
    return client ? { kind: 'one', client } : { kind: 'none' };
  }
  const channelNames = await channelNamesOf(db, clients);
  const numbered = clients.map((client, index) => ({ client, number: index + 1, names: [normalised(client.displayName), normalised(channelNames.get(client.id))].filter(Boolean) }));
  const exact = numbered.filter((entry) => entry.names.includes(wanted));
  // Whole words only ("hale" or "fay" for Fay Hale): "hal", typed for another adviser's Hal, had
  // opened Fay Hale's plan (round ten), and an add would have gone on it.
  const whole = exact.length > 0 ? exact : numbered.filter((entry) => entry.names.some((name) => ` ${name} `.includes(` ${wanted} `)));
  const found = whole.length > 0 ? whole : byInitial(numbered, wanted);
  if (found.length === 1) return { kind: 'one', client: found[0]!.client };
  if (found.length === 0) return { kind: 'none' };
  return {
    kind: 'several',
    matches: found.map(({ client, number }) => ({ number, name: client.displayName?.trim() || channelNames.get(client.id) || '', channelName: channelNames.get(client.id) ?? null })),
  };
}

/**
 * "tom b" or "tom b.": whole words, then the first letter of the next word ("tom b" for Tom Barnes),
 * as advisers tell two Toms apart. Only a last word of one letter is an initial: "hal" stays a word.
 */
function byInitial<T extends { names: string[] }>(numbered: T[], wanted: string): T[] {
  const initial = /^(.+) (\p{L})\.?$/u.exec(wanted);
  if (!initial) return [];
  const start = ` ${initial[1]} ${initial[2]}`;
  return numbered.filter((entry) => entry.names.some((name) => ` ${name}`.includes(start)));
}

/** A client of this adviser by caseload number or by name; null if none or several. */
export async function findInCaseload(db: Database, adviserId: string, reference: string): Promise<Client | null> {
  const pick = await pickFromCaseload(db, adviserId, reference);
  return pick.kind === 'one' ? pick.client : null;
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
