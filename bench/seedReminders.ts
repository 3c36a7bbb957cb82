// Seeds the reminder-dispatch data set in bulk: clients with conversation references, one plan
// each, action items, and one reminder row per item. A small share of reminders is due now (one
// per client, on distinct clients, so a duplicate send shows as a conversation with two replies);
// the rest are history (sent) or in the future, as in a live database.
// SQLite: one transaction of INSERT ... SELECT over a recursive counter, through better-sqlite3.
// PostgreSQL: one INSERT ... SELECT over generate_series per table.
import BetterSqlite3 from 'better-sqlite3';
import pg from 'pg';
import { sqliteFilePath } from '../src/db/database.ts';
import type { Provider } from './freshDatabase.ts';

export interface ReminderDataSet {
  clients: number;
  itemsPerClient: number;
  due: number;
  /** Where the conversation references point: the stand-in connector. */
  serviceUrl: string;
  /** A zone where it is daytime now, so quiet hours do not hold the reminders back. */
  timeZone: string;
}

export const dueKeyPrefix = 'bench-due:';

/** An Etc/GMT zone where the local time is about midday now (Etc/GMT-2 is UTC+2). */
export function middayTimeZone(now = new Date()): string {
  let offset = 12 - now.getUTCHours();
  if (offset > 14) offset -= 24;
  if (offset < -12) offset += 24;
  if (offset === 0) return 'Etc/GMT';
  return offset > 0 ? `Etc/GMT-${offset}` : `Etc/GMT+${-offset}`;
}

function shape(set: ReminderDataSet) {
  const items = set.clients * set.itemsPerClient;
  const stride = Math.floor(items / set.due);
  if (stride < set.itemsPerClient) throw new Error('Due reminders must fall on distinct clients: lower the due count');
  return { items, stride };
}

function referenceSql(concat: (...parts: string[]) => string, n: string, serviceUrl: string): string {
  return concat(
    `'{"channelId":"emulator","serviceUrl":"${serviceUrl}","locale":"en-GB","bot":{"id":"coach-bot","name":"Action Plan Coach"},"user":{"id":"bench-r-'`,
    n,
    `'","name":"Bench Client"},"conversation":{"id":"bench-rconv-'`,
    n,
    `'"}}'`,
  );
}

export async function seedReminderDataSet(provider: Provider, url: string, set: ReminderDataSet): Promise<void> {
  if (provider === 'sqlite') seedSqlite(url, set);
  else await seedPostgres(url, set);
}

function seedSqlite(url: string, set: ReminderDataSet): void {
  const { items, stride } = shape(set);
  const db = new BetterSqlite3(sqliteFilePath(url));
  const iso = (modifier: string) => `strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now', ${modifier})`;
  const counter = (count: number) => `WITH RECURSIVE s(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM s WHERE n + 1 < ${count})`;
  const concat = (...parts: string[]) => parts.join(' || ');
  try {
    db.pragma('synchronous = OFF');
    db.pragma('cache_size = -200000');
    db.transaction(() => {
      db.exec(`${counter(set.clients)}
        INSERT INTO "Client" (id, "userKey", "channelId", "displayName", "timeZone", "consentVersion", "consentedAt", status, "unansweredOutreach", "lastContactAt", "createdAt")
        SELECT 'c' || n, 'emulator:bench-r-' || n, 'emulator', 'Bench Client', '${set.timeZone}', '2026-11', ${iso("'-30 days'")}, 'active', 0, ${iso("'-1 days'")}, ${iso("'-30 days'")} FROM s`);
      db.exec(`${counter(set.clients)}
        INSERT INTO "ConversationRef" ("userKey", "clientId", reference, usable, "updatedAt")
        SELECT 'emulator:bench-r-' || n, 'c' || n, ${referenceSql(concat, 'n', set.serviceUrl)}, 1, ${iso("'-1 days'")} FROM s`);
      db.exec(`${counter(set.clients)}
        INSERT INTO "Plan" (id, "clientId", version, status, "createdBy", "createdAt")
        SELECT 'p' || n, 'c' || n, 1, 'agreed', 'client', ${iso("'-30 days'")} FROM s`);
      db.exec(`${counter(items)}
        INSERT INTO "ActionItem" (id, "planId", "lineageId", position, text, owner, "dueAt", status, "createdBy", "createdAt")
        SELECT 'i' || n, 'p' || (n / ${set.itemsPerClient}), 'l' || n, n % ${set.itemsPerClient}, 'Apply for ' || (1 + n % 5) || ' warehouse jobs', 'client',
               ${iso("((n % 60) - 20) || ' days'")}, 'open', 'client', ${iso("'-30 days'")} FROM s`);
      db.exec(`${counter(items)}
        INSERT INTO "Reminder" (id, key, "clientId", kind, "itemLineageId", "sendAt", status, attempts, "sentAt", "createdAt")
        SELECT 'r' || n,
               CASE WHEN n % ${stride} = 0 THEN '${dueKeyPrefix}' ELSE 'item:' END || 'l' || n,
               'c' || (n / ${set.itemsPerClient}),
               CASE WHEN n % ${stride} = 0 THEN 'item-due-today' ELSE 'item-due-soon' END,
               'l' || n,
               CASE WHEN n % ${stride} = 0 THEN ${iso("'-' || (1 + n % 50) || ' minutes'")}
                    WHEN n % 2 = 0 THEN ${iso("'-' || (1 + n % 40) || ' days'")}
                    ELSE ${iso("'+' || (1 + n % 40) || ' days'")} END,
               CASE WHEN n % ${stride} = 0 THEN 'pending' WHEN n % 2 = 0 THEN 'sent' ELSE 'pending' END,
               CASE WHEN n % ${stride} <> 0 AND n % 2 = 0 THEN 1 ELSE 0 END,
               CASE WHEN n % ${stride} <> 0 AND n % 2 = 0 THEN ${iso("'-' || (1 + n % 40) || ' days'")} ELSE NULL END,
               ${iso("'-30 days'")}
        FROM s`);
    })();
    db.exec('ANALYZE');
  } finally {
    db.close();
  }
}

async function seedPostgres(url: string, set: ReminderDataSet): Promise<void> {
  const { items, stride } = shape(set);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const concat = (...parts: string[]) => parts.join(' || ');
  try {
    await client.query('BEGIN');
    await client.query('SET LOCAL synchronous_commit = off');
    await client.query(`
      INSERT INTO "Client" (id, "userKey", "channelId", "displayName", "timeZone", "consentVersion", "consentedAt", status, "unansweredOutreach", "lastContactAt", "createdAt")
      SELECT 'c' || n, 'emulator:bench-r-' || n, 'emulator', 'Bench Client', '${set.timeZone}', '2026-11', now() - interval '30 days', 'active', 0, now() - interval '1 day', now() - interval '30 days'
      FROM generate_series(0, ${set.clients - 1}) AS n`);
    await client.query(`
      INSERT INTO "ConversationRef" ("userKey", "clientId", reference, usable, "updatedAt")
      SELECT 'emulator:bench-r-' || n, 'c' || n, ${referenceSql(concat, 'n', set.serviceUrl)}, true, now() - interval '1 day'
      FROM generate_series(0, ${set.clients - 1}) AS n`);
    await client.query(`
      INSERT INTO "Plan" (id, "clientId", version, status, "createdBy", "createdAt")
      SELECT 'p' || n, 'c' || n, 1, 'agreed', 'client', now() - interval '30 days'
      FROM generate_series(0, ${set.clients - 1}) AS n`);
    await client.query(`
      INSERT INTO "ActionItem" (id, "planId", "lineageId", position, text, owner, "dueAt", status, "createdBy", "createdAt")
      SELECT 'i' || n, 'p' || (n / ${set.itemsPerClient}), 'l' || n, n % ${set.itemsPerClient}, 'Apply for ' || (1 + n % 5) || ' warehouse jobs', 'client',
             now() + ((n % 60) - 20) * interval '1 day', 'open', 'client', now() - interval '30 days'
      FROM generate_series(0, ${items - 1}) AS n`);
    await client.query(`
      INSERT INTO "Reminder" (id, key, "clientId", kind, "itemLineageId", "sendAt", status, attempts, "sentAt", "createdAt")
      SELECT 'r' || n,
             CASE WHEN n % ${stride} = 0 THEN '${dueKeyPrefix}' ELSE 'item:' END || 'l' || n,
             'c' || (n / ${set.itemsPerClient}),
             CASE WHEN n % ${stride} = 0 THEN 'item-due-today' ELSE 'item-due-soon' END,
             'l' || n,
             CASE WHEN n % ${stride} = 0 THEN now() - (1 + n % 50) * interval '1 minute'
                  WHEN n % 2 = 0 THEN now() - (1 + n % 40) * interval '1 day'
                  ELSE now() + (1 + n % 40) * interval '1 day' END,
             CASE WHEN n % ${stride} = 0 THEN 'pending' WHEN n % 2 = 0 THEN 'sent' ELSE 'pending' END,
             CASE WHEN n % ${stride} <> 0 AND n % 2 = 0 THEN 1 ELSE 0 END,
             CASE WHEN n % ${stride} <> 0 AND n % 2 = 0 THEN now() - (1 + n % 40) * interval '1 day' END,
             now() - interval '30 days'
      FROM generate_series(0, ${items - 1}) AS n`);
    await client.query('COMMIT');
    await client.query('ANALYZE');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}

/** Puts the due reminders back to pending and due, so each dispatch run starts the same. */
export async function resetDueReminders(provider: Provider, url: string): Promise<void> {
  if (provider === 'sqlite') {
    const db = new BetterSqlite3(sqliteFilePath(url));
    try {
      db.prepare(
        `UPDATE "Reminder" SET status = 'pending', "claimedBy" = NULL, "leaseUntil" = NULL, "sentAt" = NULL, attempts = 0, "lastError" = NULL,
           "sendAt" = strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now', '-5 minutes')
         WHERE key >= ? AND key < ?`,
      ).run(dueKeyPrefix, `${dueKeyPrefix}\uffff`);
    } finally {
      db.close();
    }
    return;
  }
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(
      `UPDATE "Reminder" SET status = 'pending', "claimedBy" = NULL, "leaseUntil" = NULL, "sentAt" = NULL, attempts = 0, "lastError" = NULL,
         "sendAt" = now() - interval '5 minutes'
       WHERE key LIKE $1`,
      [`${dueKeyPrefix}%`],
    );
  } finally {
    await client.end();
  }
}
