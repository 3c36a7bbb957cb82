// Retention, as in IPS: a case closes after CASE_CLOSE_AFTER_DAYS with no contact either way
// (no message from the client, no reminder or escalation sent), and the client's personal data is
// erased DELETE_AFTER_CLOSE_DAYS after closure. A client who comes back reopens their case.
// Safe to run on several instances at once: every step re-checks its condition as it writes.
import { subDays } from 'date-fns';
import type { Database } from '../db/database.ts';
import { AuditLog } from '../db/audit.ts';
import { CaseRetention } from '../db/caseRetention.ts';
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
  const cases = new CaseRetention(db);
  let reopened = 0;
  for (const client of await cases.closedCases()) {
    if (!client.closedAt || client.lastContactAt <= client.closedAt) continue;
    if (await cases.reopen(client.id)) {
      reopened += 1;
      await new AuditLog(db).record({ actor: 'system:retention', action: 'case-reopened', subject: client.id }, now);
    }
  }
  return reopened;
}

async function closeQuietCases(db: Database, quietSince: Date, now: Date): Promise<number> {
  const cases = new CaseRetention(db);
  let closed = 0;
  for (const id of await cases.quietCases(quietSince, BATCH)) {
    if (await cases.close(id, quietSince, now)) {
      closed += 1;
      await new AuditLog(db).record({ actor: 'system:retention', action: 'case-closed', subject: id }, now);
    }
  }
  return closed;
}

async function eraseExpiredCases(db: Database, closedBefore: Date, now: Date): Promise<number> {
  const expired = await new CaseRetention(db).closedCases(BATCH, closedBefore);
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
