// Retention, as in IPS: a case closes after CASE_CLOSE_AFTER_DAYS with no contact either way
// (no message from the client, no reminder or escalation sent), and the client's personal data is
// erased DELETE_AFTER_CLOSE_DAYS after closure. A client who comes back reopens their case.
// Safe to run on several instances at once: every step re-checks its condition as it writes.
import { subDays } from 'date-fns';
import type { Database } from '../db/database.ts';
import { AuditLog } from '../db/audit.ts';
import { identifyClientById } from './clientData.ts';
import { eraseClientData } from './dataErasure.ts';

export interface RetentionSettings {
  CASE_CLOSE_AFTER_DAYS: number;
  DELETE_AFTER_CLOSE_DAYS: number;
}

export interface RetentionOutcome {
  closed: number;
  reopened: number;
  erased: number;
}

const BATCH = 200;

export async function applyRetention(db: Database, settings: RetentionSettings, now: Date): Promise<RetentionOutcome> {
  const reopened = await reopenReturningClients(db, now);
  const closed = await closeQuietCases(db, subDays(now, settings.CASE_CLOSE_AFTER_DAYS), now);
  const erased = await eraseExpiredCases(db, subDays(now, settings.DELETE_AFTER_CLOSE_DAYS), now);
  return { closed, reopened, erased };
}

async function reopenReturningClients(db: Database, now: Date): Promise<number> {
  const closedCases = await db.client.findMany({ where: { status: 'closed' }, select: { id: true, lastContactAt: true, closedAt: true } });
  let reopened = 0;
  for (const client of closedCases) {
    if (!client.closedAt || client.lastContactAt <= client.closedAt) continue;
    const { count } = await db.client.updateMany({ where: { id: client.id, status: 'closed' }, data: { status: 'active', closedAt: null } });
    if (count) {
      reopened += 1;
      await new AuditLog(db).record({ actor: 'system:retention', action: 'case-reopened', subject: client.id }, now);
    }
  }
  return reopened;
}

async function closeQuietCases(db: Database, quietSince: Date, now: Date): Promise<number> {
  const candidates = await db.client.findMany({
    where: {
      status: 'active',
      lastContactAt: { lt: quietSince },
      reminders: { none: { sentAt: { gte: quietSince } } },
      escalations: { none: { createdAt: { gte: quietSince } } },
    },
    select: { id: true },
    take: BATCH,
  });
  let closed = 0;
  for (const { id } of candidates) {
    const { count } = await db.$transaction(async (tx) => {
      const result = await tx.client.updateMany({ where: { id, status: 'active', lastContactAt: { lt: quietSince } }, data: { status: 'closed', closedAt: now } });
      if (result.count) await tx.reminder.updateMany({ where: { clientId: id, status: 'pending' }, data: { status: 'cancelled' } });
      return result;
    });
    if (count) {
      closed += 1;
      await new AuditLog(db).record({ actor: 'system:retention', action: 'case-closed', subject: id }, now);
    }
  }
  return closed;
}

async function eraseExpiredCases(db: Database, closedBefore: Date, now: Date): Promise<number> {
  const expired = await db.client.findMany({ where: { status: 'closed', closedAt: { lt: closedBefore } }, select: { id: true, lastContactAt: true, closedAt: true }, take: BATCH });
  let erased = 0;
  for (const client of expired) {
    if (client.closedAt && client.lastContactAt > client.closedAt) continue; // came back: reopened next run
    const who = await identifyClientById(db, client.id);
    if (!who) continue;
    await eraseClientData(db, who, 'system:retention', now);
    erased += 1;
  }
  return erased;
}
