// Everything the adviser's summary and the escalation rules need about one client, read in one
// place. Tolerant: a client may have no plan, profile or reviews yet.
import type { BarrierId } from '../domain/barriers.ts';
import type { LocusBand } from '../domain/locusOfControl.ts';
import type { SupportMarker } from '../domain/supportMarker.ts';
import type { Database } from './database.ts';
import { KEEP_MESSAGES_PER_CLIENT } from './clientMessages.ts';
import type { Adviser, Client } from '../generated/sqlite/client.ts';

export type SnapshotItem = { lineageId: string; text: string; owner: string; dueAt: Date | null; status: string };

export type ClientSnapshot = {
  client: Client;
  adviser: Adviser | null;
  goals: string[];
  items: SnapshotItem[];
  nextReviewAt: Date | null;
  lastReviewAt: Date | null;
  /** Every message still kept (the last 20), oldest first, with the risk level each was read at. */
  recentMessages: { text: string; createdAt: Date; riskLevel: string }[];
  barriers: BarrierId[];
  /** The client's own words beside a barrier they said yes to ("bad knees"). */
  barrierNotes: Partial<Record<BarrierId, string>>;
  marker: SupportMarker | null;
  locusBand: LocusBand | null;
  confidenceHistory: number[];
  /** Per action item (lineage id): reminders sent after it fell due that got no reply. */
  unansweredReminders: Map<string, number>;
  /** False when the stored conversation reference no longer works. */
  reachable: boolean;
  /** Their latest job, current or ended, for the adviser's summary. */
  job: { employer: string | null; startsOn: Date; endedAt: Date | null; endNote: string | null } | null;
};

export async function loadClientSnapshot(db: Database, clientId: string): Promise<ClientSnapshot | null> {
  const client = await db.client.findUnique({ where: { id: clientId }, include: { adviser: true } });
  if (!client) return null;
  const [plan, lastReview, messages, profile, locus, confidence, reminders, reference, job] = await Promise.all([
    db.plan.findFirst({
      where: { clientId },
      orderBy: { version: 'desc' },
      include: { goals: { orderBy: { position: 'asc' } }, items: { orderBy: { position: 'asc' } } },
    }),
    db.review.findFirst({ where: { clientId }, orderBy: { heldAt: 'desc' }, select: { heldAt: true } }),
    db.clientMessage.findMany({ where: { clientId }, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], take: KEEP_MESSAGES_PER_CLIENT }),
    db.vocationalProfile.findUnique({ where: { clientId } }),
    db.locusResult.findFirst({ where: { clientId }, orderBy: { takenAt: 'desc' }, select: { band: true } }),
    db.confidenceRating.findMany({ where: { clientId }, orderBy: { recordedAt: 'asc' }, select: { value: true } }),
    db.reminder.findMany({
      where: { clientId, kind: 'item-overdue', status: 'sent', answeredAt: null, itemLineageId: { not: null } },
      select: { itemLineageId: true },
    }),
    db.conversationRef.findUnique({ where: { userKey: client.userKey }, select: { usable: true } }),
    db.employment.findFirst({ where: { clientId }, orderBy: { startsOn: 'desc' }, select: { employer: true, startsOn: true, endedAt: true, endNote: true } }),
  ]);

  const unansweredReminders = new Map<string, number>();
  for (const reminder of reminders) {
    const key = reminder.itemLineageId!;
    unansweredReminders.set(key, (unansweredReminders.get(key) ?? 0) + 1);
  }
  const { adviser, ...clientRow } = client;
  return {
    client: clientRow,
    adviser,
    goals: plan ? goalTexts(plan.goals.map((goal) => goal.text), plan.jobGoals) : [],
    items: (plan?.items ?? []).map(({ lineageId, text, owner, dueAt, status }) => ({ lineageId, text, owner, dueAt, status })),
    nextReviewAt: plan?.nextReviewAt ?? null,
    lastReviewAt: lastReview?.heldAt ?? null,
    recentMessages: messages.reverse().map(({ text, createdAt, riskLevel }) => ({ text, createdAt, riskLevel })),
    barriers: barriersFrom(profile?.data),
    barrierNotes: barrierNotesFrom(profile?.data),
    marker: (profile?.marker as SupportMarker | null | undefined) ?? null,
    locusBand: (locus?.band as LocusBand | undefined) ?? null,
    confidenceHistory: confidence.map((rating) => rating.value),
    unansweredReminders,
    reachable: reference?.usable ?? false,
    job: job ?? null,
  };
}

function goalTexts(goalRows: string[], jobGoalsJson: string): string[] {
  if (goalRows.length > 0) return goalRows;
  return parseJson<unknown[]>(jobGoalsJson, [])
    .map((goal) => (typeof goal === 'string' ? goal : String((goal as { title?: unknown; job?: unknown })?.title ?? (goal as { job?: unknown })?.job ?? '')))
    .filter((text) => text.trim().length > 0);
}

function barriersFrom(data: string | undefined): BarrierId[] {
  const profile = parseJson<{ barriers?: Record<string, string> }>(data ?? '{}', {});
  return Object.entries(profile.barriers ?? {})
    .filter(([, answer]) => answer === 'yes')
    .map(([id]) => id as BarrierId);
}

function barrierNotesFrom(data: string | undefined): Partial<Record<BarrierId, string>> {
  const profile = parseJson<{ barrierNotes?: Record<string, unknown> }>(data ?? '{}', {});
  return Object.fromEntries(Object.entries(profile.barrierNotes ?? {}).filter(([, note]) => typeof note === 'string' && note.trim().length > 0)) as Partial<Record<BarrierId, string>>;
}

function parseJson<T>(text: string, fallback: T): T {
  try {
    return (JSON.parse(text) as T) ?? fallback;
  } catch {
    return fallback;
  }
}
