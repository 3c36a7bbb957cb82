// Test support: a row in every table for one client, and a scan of every column of every row of
// every table. Both walk Prisma's own list of models, so a model added later without a seed (and
// so, very likely, without erasure coverage) fails the privacy tests until someone adds both.
import { conversationDigest } from '../../src/db/processedActivities.ts';
import { Prisma } from '../../src/generated/sqlite/client.ts';
import type { Database } from '../../src/db/database.ts';
import { AuditLog } from '../../src/db/audit.ts';

type ModelName = Prisma.ModelName;

export interface Person {
  clientId: string;
  userKey: string;
  channelId: string;
  channelUserId: string;
  conversationId: string;
  /** Distinctive words only this person wrote. */
  words: string;
}

type Seeder = (db: Database, who: Person, now: Date) => Promise<void>;

/** One or more rows per table that belong to (or mention) the person. */
const seeders: Record<ModelName, Seeder> = {
  BotState: async (db, who) => {
    await db.botState.upsert({
      where: { key: `${who.channelId}/users/${who.channelUserId}/` },
      create: { key: `${who.channelId}/users/${who.channelUserId}/`, eTag: '1', data: JSON.stringify({ note: who.words }) },
      update: {},
    });
  },
  ConversationRef: async (db, who) => {
    await db.conversationRef.upsert({
      where: { userKey: who.userKey },
      create: { userKey: who.userKey, clientId: who.clientId, reference: JSON.stringify({ conversation: { id: who.conversationId }, user: { id: who.channelUserId } }) },
      update: { clientId: who.clientId },
    });
  },
  UserConversation: async (db, who) => {
    await db.userConversation.upsert({
      where: { userKey_conversationId: { userKey: who.userKey, conversationId: who.conversationId } },
      create: { userKey: who.userKey, channelId: who.channelId, conversationId: who.conversationId },
      update: {},
    });
  },
  WebChatOutbox: async (db, who) => {
    // A message waiting for this person's browser (web chat users only, but the table is keyed alike).
    await db.webChatOutbox.create({ data: { userKey: who.userKey, activity: JSON.stringify({ type: 'message', text: `Remember: ${who.words}` }) } });
  },
  ProcessedActivity: async (db, who) => {
    // As the product stores it: a digest of the conversation id (see processedActivities.ts).
    await db.processedActivity.create({ data: { channelId: who.channelId, conversationId: conversationDigest(who.channelId, who.conversationId), activityId: `seed-${who.clientId}` } });
  },
  ConversationLock: async (db, who, now) => {
    await db.conversationLock.create({ data: { key: `${who.channelId}/${who.conversationId}`, holder: `seed-${who.clientId}`, expiresAt: now } });
  },
  Adviser: async (db, who) => {
    const adviser = await db.adviser.upsert({
      where: { inviteCode: 'SEED-ADVISER' },
      create: { name: 'Alex Adviser', inviteCode: 'SEED-ADVISER', userKey: 'emulator:seed-adviser' },
      update: {},
    });
    await db.client.update({ where: { id: who.clientId }, data: { adviserId: adviser.id } });
  },
  Client: async (db, who) => {
    await db.client.update({ where: { id: who.clientId }, data: { styleOverride: `directive ${who.words}` } });
  },
  VocationalProfile: async (db, who, now) => {
    await db.vocationalProfile.upsert({
      where: { clientId: who.clientId },
      create: { clientId: who.clientId, data: JSON.stringify({ jobs: [who.words], barriers: ['convictions', 'debt'] }), marker: 'amber', completedAt: now },
      update: { data: JSON.stringify({ jobs: [who.words], barriers: ['convictions', 'debt'] }) },
    });
  },
  LocusResult: async (db, who) => {
    await db.locusResult.create({ data: { clientId: who.clientId, score: 0.3, band: 'external', answers: JSON.stringify([who.words]) } });
  },
  ConfidenceRating: async (db, who) => {
    await db.confidenceRating.create({ data: { clientId: who.clientId, value: 4, context: `goal: ${who.words}` } });
  },
  Plan: async (db, who) => {
    const plan = await db.plan.create({
      data: { clientId: who.clientId, version: 90 + Math.floor(Math.random() * 1000), status: 'agreed', situation: `Looking for work. ${who.words}`, createdBy: 'client' },
    });
    await db.goal.create({ data: { planId: plan.id, lineageId: `goal-${plan.id}`, position: 1, text: `Get a job as ${who.words}` } });
    await db.actionItem.create({ data: { planId: plan.id, lineageId: `item-${plan.id}`, position: 1, text: `Call about ${who.words}`, owner: 'client', createdBy: 'client' } });
  },
  Goal: async () => undefined, // made with the plan
  ActionItem: async () => undefined, // made with the plan
  Review: async (db, who) => {
    const plan = await db.plan.findFirstOrThrow({ where: { clientId: who.clientId } });
    await db.review.create({ data: { clientId: who.clientId, planId: plan.id, number: 1, usefulness: 4 } });
  },
  ReviewEntry: async (db, who) => {
    const item = await db.actionItem.findFirstOrThrow({ where: { plan: { clientId: who.clientId } } });
    await db.reviewEntry.create({
      data: { clientId: who.clientId, itemLineageId: item.lineageId, outcome: 'partly-done', whatHappened: who.words, feelings: 'nervous', sequence: 1 },
    });
  },
  Reminder: async (db, who, now) => {
    await db.reminder.create({ data: { key: `seed:${who.clientId}:${now.getTime()}`, clientId: who.clientId, kind: 'item-due-soon', sendAt: new Date(now.getTime() + 86_400_000) } });
  },
  Escalation: async (db, who) => {
    await db.escalation.create({
      data: { clientId: who.clientId, reason: 'client-asked', urgency: 'soon', openKey: `${who.clientId}:client-asked`, detail: `They said: ${who.words}`, summary: JSON.stringify({ said: who.words }) },
    });
  },
  EscalationNote: async (db, who) => {
    const escalation = await db.escalation.create({
      data: { clientId: who.clientId, reason: 'crisis', urgency: 'urgent', openKey: `${who.clientId}:crisis`, detail: 'Risk to safety.', summary: '{}' },
    });
    await db.escalationNote.create({ data: { escalationId: escalation.id, kind: 'client-said', text: `I still feel ${who.words}` } });
  },
  JobSearchEntry: async (db, who) => {
    await db.jobSearchEntry.create({ data: { clientId: who.clientId, kind: 'application', employer: `Shop of ${who.words}`, text: `applied to the shop of ${who.words}` } });
  },
  Employment: async (db, who) => {
    await db.employment.create({ data: { clientId: who.clientId, employer: `Shop of ${who.words}`, startsOn: new Date(), endNote: `They said ${who.words}` } });
  },
  ClientMessage: async (db, who) => {
    await db.clientMessage.create({ data: { clientId: who.clientId, text: `I feel ${who.words}` } });
  },
  AuditEvent: async (db, who, now) => {
    await new AuditLog(db).record({ actor: 'adviser:seed', action: 'adviser-viewed-client', subject: who.clientId }, now);
  },
};

export function allModels(): ModelName[] {
  return Object.values(Prisma.ModelName) as ModelName[];
}

export async function seedEveryTable(db: Database, who: Person, now: Date): Promise<void> {
  const missing = allModels().filter((model) => !seeders[model]);
  if (missing.length) throw new Error(`The privacy test has no seed for: ${missing.join(', ')}. Add one, and cover the model in src/privacy/clientData.ts.`);
  for (const model of allModels()) await seeders[model](db, who, now);
}

export function delegate(db: Database, model: ModelName): { findMany(args?: object): Promise<Array<Record<string, unknown>>>; count(args?: object): Promise<number> } {
  return (db as unknown as Record<string, any>)[model.charAt(0).toLowerCase() + model.slice(1)];
}

export async function rowCounts(db: Database): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const model of allModels()) counts[model] = await delegate(db, model).count();
  return counts;
}

export interface Finding {
  model: ModelName;
  column: string;
  needle: string;
  row: Record<string, unknown>;
}

/** Every column of every row of every table, searched for each needle (case-insensitive). */
export async function scanEveryTable(db: Database, needles: string[]): Promise<Finding[]> {
  const wanted = needles.filter(Boolean).map((needle) => needle.toLowerCase());
  const findings: Finding[] = [];
  for (const model of allModels()) {
    for (const row of await delegate(db, model).findMany()) {
      for (const [column, value] of Object.entries(row)) {
        const text = (value instanceof Date ? value.toISOString() : typeof value === 'string' ? value : JSON.stringify(value ?? '')).toLowerCase();
        for (const needle of wanted) if (text.includes(needle)) findings.push({ model, column, needle, row });
      }
    }
  }
  return findings;
}

/** The column that names a row: id, or the table's own key. */
export function rowIdentity(row: Record<string, unknown>): string {
  for (const column of ['id', 'key', 'userKey', 'clientId']) if (typeof row[column] === 'string') return `${column}=${row[column]}`;
  return JSON.stringify(row);
}

/**
 * Every column of every row of every table the database itself lists (its catalog), not only the
 * tables Prisma knows: a table added by hand, or a model the privacy map forgot, is scanned too.
 */
export async function scanDatabaseCatalog(db: Database, provider: 'sqlite' | 'postgresql', needles: string[]): Promise<Array<{ table: string; needle: string; row: string }>> {
  const tables =
    provider === 'sqlite'
      ? await db.$queryRawUnsafe<Array<{ name: string }>>("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
      : await db.$queryRawUnsafe<Array<{ name: string }>>("SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'");
  const wanted = needles.filter(Boolean).map((needle) => needle.toLowerCase());
  const findings: Array<{ table: string; needle: string; row: string }> = [];
  for (const { name } of tables) {
    const rows = await db.$queryRawUnsafe<Array<Record<string, unknown>>>(`SELECT * FROM "${name.replace(/"/g, '""')}"`);
    for (const row of rows) {
      const text = JSON.stringify(row, (_key, value) => (typeof value === 'bigint' ? String(value) : value)).toLowerCase();
      for (const needle of wanted) if (text.includes(needle)) findings.push({ table: name, needle, row: text.slice(0, 300) });
    }
  }
  if (tables.length < allModels().length) throw new Error(`The catalog listed ${tables.length} tables, fewer than the ${allModels().length} models`);
  return findings;
}
