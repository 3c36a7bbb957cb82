// What most turns ask about a client besides their record: is the self-assessment done, the band
// of their latest locus-of-control result (their coaching style), and when their next review is.
// The turn's own lookup of who is talking reads them in the same statement (clients.ts), so a
// turn need not ask three more times. A turn that changes one of them (finishing the
// self-assessment or the locus questions, a new plan version) must not go on reading what it read
// before: the writers call factsChanged, and facts read before that count as stale.
import type { LocusBand } from '../domain/locusOfControl.ts';
import type { Database } from './database.ts';
import { asDateOrNull, asTextOrNull, directSql } from './directSql.ts';

export type ClientFacts = { profileComplete: boolean; locusBand: LocusBand | null; nextReviewAt: Date | null };

/** Facts as read, with when: `readAt` is the change count just before the read. */
export type ReadFacts = { clientId: string; facts: ClientFacts; readAt: number };

/**
 * The facts from a row with the columns "profileCompletedAt", "locusBand" and "nextReviewAt", as
 * readClientFacts and ClientRepository.findTurnParties select them (each statement is one
 * constant string, test/robustness/noSqlFromStrings.test.ts).
 */
export function factsFromRow(names: readonly string[], row: readonly unknown[]): ClientFacts {
  return {
    profileComplete: asDateOrNull(row[names.indexOf('profileCompletedAt')]) !== null,
    locusBand: asTextOrNull(row[names.indexOf('locusBand')]) as LocusBand | null,
    nextReviewAt: asDateOrNull(row[names.indexOf('nextReviewAt')]),
  };
}

/** One client's facts now, in one statement. */
export async function readClientFacts(db: Database, clientId: string): Promise<ReadFacts> {
  const readAt = changeCount();
  const { names, rows } = await directSql(db).query(
    `SELECT
       (SELECT vp."completedAt" FROM "VocationalProfile" AS vp WHERE vp."clientId" = c."id") AS "profileCompletedAt",
       (SELECT lr."band" FROM "LocusResult" AS lr WHERE lr."clientId" = c."id" ORDER BY lr."takenAt" DESC LIMIT 1) AS "locusBand",
       (SELECT pl."nextReviewAt" FROM "Plan" AS pl WHERE pl."clientId" = c."id" ORDER BY pl."version" DESC LIMIT 1) AS "nextReviewAt"
     FROM (SELECT CAST(? AS TEXT) AS "id") AS c`,
    [clientId],
  );
  return { clientId, facts: factsFromRow(names, rows[0]!), readAt };
}

// Each change takes the next number; the latest number per client is kept for the clients
// changed most recently. Numbers only grow, and the map is in the order of its numbers, so the
// entry dropped when it is full is the oldest, and `forgottenUpTo` is the newest dropped.
const LIMIT = 10_000;
let changes = 0;
let forgottenUpTo = 0;
const latestChange = new Map<string, number>();

export function changeCount(): number {
  return changes;
}

/** A writer of the profile's completion, a locus result or a plan version says so here. */
export function factsChanged(clientId: string): void {
  changes += 1;
  latestChange.delete(clientId);
  latestChange.set(clientId, changes);
  if (latestChange.size > LIMIT) {
    const [oldest, number] = latestChange.entries().next().value!;
    latestChange.delete(oldest);
    forgottenUpTo = number;
  }
}

/** True when nothing has changed this client's facts since they were read. */
export function factsStillFresh(read: ReadFacts): boolean {
  const latest = latestChange.get(read.clientId);
  return latest === undefined ? read.readAt >= forgottenUpTo : latest <= read.readAt;
}
