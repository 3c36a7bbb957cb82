// Clients: who they are on their channel, their consent, their adviser and their preferences.
import type { Database } from './database.ts';
import { ConversationReferences } from './conversationReferences.ts';
import type { Client } from '../generated/sqlite/client.ts';
import { changeCount, factsFromRow, type ReadFacts } from './clientFacts.ts';
import { asDate, asDateOrNull, asNumber, asNumberOrNull, asText, asTextOrNull, decodeRow, directSql, type Columns } from './directSql.ts';

export type { Client };

/** Every column of Client: the type check fails here when the schema gains one. */
const CLIENT_COLUMNS: Columns<Client> = {
  id: asText,
  userKey: asText,
  channelId: asText,
  displayName: asTextOrNull,
  aadObjectId: asTextOrNull,
  timeZone: asText,
  adviserId: asTextOrNull,
  consentVersion: asTextOrNull,
  consentedAt: asDateOrNull,
  consentWithdrawnAt: asDateOrNull,
  status: asText,
  reviewCadenceDays: asNumberOrNull,
  styleOverride: asTextOrNull,
  remindersPausedAt: asDateOrNull,
  unansweredOutreach: asNumber,
  lastContactAt: asDate,
  closedAt: asDateOrNull,
  createdAt: asDate,
};

/** Who is behind a user key: their client record, and whether they are an adviser. */
export interface TurnParties {
  client: Client | null;
  adviserId: string | null;
  /** The client's facts (clientFacts.ts), read in the same statement. */
  facts: ReadFacts | null;
}

export class ClientRepository {
  constructor(private readonly db: Database) {}

  findByUserKey(userKey: string): Promise<Client | null> {
    return this.db.client.findUnique({ where: { userKey } });
  }

  /** The client, their facts and the adviser with this user key, in one statement (every turn asks). */
  async findTurnParties(userKey: string): Promise<TurnParties> {
    const readAt = changeCount();
    const { names, rows } = await directSql(this.db).query(
      `SELECT c."id", c."userKey", c."channelId", c."displayName", c."aadObjectId", c."timeZone", c."adviserId",
         c."consentVersion", c."consentedAt", c."consentWithdrawnAt", c."status", c."reviewCadenceDays", c."styleOverride",
         c."remindersPausedAt", c."unansweredOutreach", c."lastContactAt", c."closedAt", c."createdAt", a."id" AS "asAdviser",
         (SELECT vp."completedAt" FROM "VocationalProfile" AS vp WHERE vp."clientId" = c."id") AS "profileCompletedAt",
         (SELECT lr."band" FROM "LocusResult" AS lr WHERE lr."clientId" = c."id" ORDER BY lr."takenAt" DESC LIMIT 1) AS "locusBand",
         (SELECT pl."nextReviewAt" FROM "Plan" AS pl WHERE pl."clientId" = c."id" ORDER BY pl."version" DESC LIMIT 1) AS "nextReviewAt"
       FROM (SELECT CAST(? AS TEXT) AS "userKey") AS who
       LEFT JOIN "Client" AS c ON c."userKey" = who."userKey"
       LEFT JOIN "Adviser" AS a ON a."userKey" = who."userKey"`,
      [userKey],
    );
    const row = rows[0]!;
    const adviserId = (row[names.indexOf('asAdviser')] ?? null) as string | null;
    if (row[0] === null) return { client: null, adviserId, facts: null };
    const client = decodeRow(names, row, CLIENT_COLUMNS);
    return { client, adviserId, facts: { clientId: client.id, facts: factsFromRow(names, row), readAt } };
  }

  findById(id: string): Promise<Client | null> {
    return this.db.client.findUnique({ where: { id } });
  }

  /** Consent is the moment a client record is first made: before it, nothing is stored. */
  async createWithConsent(input: {
    userKey: string;
    channelId: string;
    displayName?: string | null;
    aadObjectId?: string | null;
    timeZone: string;
    consentVersion: string;
    consentedAt: Date;
  }): Promise<Client> {
    return this.db.client.upsert({
      where: { userKey: input.userKey },
      create: { ...input, lastContactAt: input.consentedAt },
      update: { consentVersion: input.consentVersion, consentedAt: input.consentedAt, consentWithdrawnAt: null, status: 'active' },
    });
  }

  async recordContact(id: string, at: Date, timeZone?: string | null): Promise<Client> {
    return this.db.client.update({
      where: { id },
      data: { lastContactAt: at, unansweredOutreach: 0, ...(timeZone ? { timeZone } : {}) },
    });
  }

  /** The name the client would like the bot to use. */
  async setPreferredName(id: string, name: string): Promise<void> {
    await this.db.client.update({ where: { id }, data: { displayName: name } });
  }

  /**
   * No name given: the channel's name kept at consent is not the coach's to greet them by. Their
   * adviser still sees it, read from the conversation (caseload.ts, namesForNameless).
   */
  async forgetPreferredName(id: string): Promise<void> {
    await this.db.client.update({ where: { id }, data: { displayName: null } });
  }

  /**
   * Someone who says no to consent leaves nothing behind, not even where to reach them. A
   * client who consented before keeps their record: withdrawing is a separate path.
   */
  async forgetDeclined(userKey: string): Promise<void> {
    if (await this.findByUserKey(userKey)) return;
    await this.db.conversationRef.deleteMany({ where: { userKey, clientId: null } });
    new ConversationReferences(this.db).forget(userKey);
  }

  async linkAdviser(clientId: string, adviserId: string): Promise<void> {
    await this.db.client.update({ where: { id: clientId }, data: { adviserId } });
  }

  /** Several clients in one query (missing ones are left out). */
  findManyByIds(ids: readonly string[]): Promise<Client[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.db.client.findMany({ where: { id: { in: [...new Set(ids)] } } });
  }

  /** Withdrawing consent: the stamp and the end of every reminder not yet sent, together. */
  async withdrawConsent(id: string, at: Date): Promise<{ remindersCancelled: number }> {
    const { count } = await this.db.$transaction(async (tx) => {
      await tx.client.update({ where: { id }, data: { consentWithdrawnAt: at } });
      return tx.reminder.updateMany({ where: { clientId: id, status: { in: ['pending', 'claimed'] } }, data: { status: 'cancelled', leaseUntil: null } });
    });
    return { remindersCancelled: count };
  }

  /** One more unanswered reminder in a row, unless the client has been in touch since `sentAt` (checked as it writes). */
  async addUnansweredOutreach(id: string, sentAt: Date): Promise<void> {
    await this.db.client.updateMany({ where: { id, lastContactAt: { lt: sentAt } }, data: { unansweredOutreach: { increment: 1 } } });
  }
}
