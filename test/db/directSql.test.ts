// Direct statements (src/db/directSql.ts) read and write what Prisma reads and writes, on the
// database under test: a client read directly equals Prisma's read of the same row, every column
// set or left empty; an adviser is told apart; rows written directly read back through Prisma.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ClientRepository } from '../../src/db/clients.ts';
import { ClientMessageRepository } from '../../src/db/clientMessages.ts';
import { ConversationLedger } from '../../src/db/conversationLedger.ts';
import { ConversationReferences } from '../../src/db/conversationReferences.ts';
import { newRowId } from '../../src/db/rowId.ts';
import { createMigratedDatabase, testProvider } from '../support/testDatabase.ts';

describe(`direct statements on ${testProvider}`, () => {
  let database: Awaited<ReturnType<typeof createMigratedDatabase>>;
  const db = () => database.handle.db;

  beforeAll(async () => {
    database = await createMigratedDatabase();
  });
  afterAll(() => database.drop());

  it('reads a client as Prisma does, with every column set', async () => {
    const adviser = await db().adviser.create({ data: { name: 'Ada', inviteCode: 'ADA123' } });
    const at = (iso: string) => new Date(iso);
    await db().client.create({
      data: {
        userKey: 'emulator:full',
        channelId: 'emulator',
        displayName: 'Full',
        aadObjectId: 'aad-1',
        timeZone: 'Europe/Paris',
        adviserId: adviser.id,
        consentVersion: '2026-11',
        consentedAt: at('2026-11-01T09:30:00.123Z'),
        consentWithdrawnAt: at('2026-11-02T10:00:00Z'),
        status: 'closed',
        reviewCadenceDays: 14,
        styleOverride: 'internal',
        remindersPausedAt: at('2026-11-03T11:00:00Z'),
        unansweredOutreach: 3,
        lastContactAt: at('2026-11-04T12:00:00.999Z'),
        closedAt: at('2026-11-05T13:00:00Z'),
      },
    });
    const parties = await new ClientRepository(db()).findTurnParties('emulator:full');
    const client = await db().client.findUnique({ where: { userKey: 'emulator:full' } });
    expect(parties).toEqual({
      client,
      adviserId: null,
      facts: { clientId: client!.id, facts: { profileComplete: false, locusBand: null, nextReviewAt: null }, readAt: expect.any(Number) },
    });
  });

  it('reads a client with nothing optional set, and tells an adviser apart', async () => {
    await db().client.create({ data: { userKey: 'emulator:bare', channelId: 'emulator' } });
    const bare = await new ClientRepository(db()).findTurnParties('emulator:bare');
    expect(bare.client).toEqual(await db().client.findUnique({ where: { userKey: 'emulator:bare' } }));

    const adviser = await db().adviser.create({ data: { name: 'Bo', userKey: 'emulator:bo', inviteCode: 'BO1234' } });
    expect(await new ClientRepository(db()).findTurnParties('emulator:bo')).toEqual({ client: null, adviserId: adviser.id, facts: null });
    expect(await new ClientRepository(db()).findTurnParties('emulator:nobody')).toEqual({ client: null, adviserId: null, facts: null });
  });

  it('writes a message Prisma reads back, newest first by time and then by id', async () => {
    const client = await db().client.create({ data: { userKey: 'emulator:words', channelId: 'emulator' } });
    const at = new Date('2026-11-06T08:00:00.500Z');
    const messages = new ClientMessageRepository(db());
    await messages.record(client.id, 'first', 'none', at);
    await messages.record(client.id, 'second', 'concern', at);
    expect(await messages.recent(client.id)).toEqual([
      { text: 'first', riskLevel: 'none', createdAt: at },
      { text: 'second', riskLevel: 'concern', createdAt: at },
    ]);
  });

  it('writes a conversation reference and a ledger row Prisma reads back, the row unchanged by a second note', async () => {
    const at = new Date('2026-11-07T10:00:00.250Z');
    await new ConversationReferences(db()).save('emulator:ref', { conversation: { id: 'c1' } }, at.getTime());
    expect(await db().conversationRef.findUnique({ where: { userKey: 'emulator:ref' } })).toEqual({
      userKey: 'emulator:ref', clientId: null, adviserId: null, reference: '{"conversation":{"id":"c1"}}', usable: true, unusableReason: null, updatedAt: at,
    });
    const ledger = new ConversationLedger(db());
    await ledger.note('emulator:ref', 'emulator', 'c1', at.getTime());
    ledger.forget('emulator:ref');
    await ledger.note('emulator:ref', 'msteams', 'c1', at.getTime() + 1000);
    expect(await db().userConversation.findMany({ where: { userKey: 'emulator:ref' } })).toEqual([
      { userKey: 'emulator:ref', channelId: 'emulator', conversationId: 'c1', createdAt: at },
    ]);
  });

  it('makes ids that sort by time and then by order of writing', () => {
    const ids = [newRowId(1_000), newRowId(1_000), newRowId(2_000), newRowId(Date.now())];
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(4);
  });

  it('keeps ids unique and of one length across many refills of their random bytes', () => {
    const ids = Array.from({ length: 5_000 }, () => newRowId(1_000));
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(ids.map((id) => id.length))).toEqual(new Set([23]));
    // The random tails differ too, not only the counter: two ids never share one.
    expect(new Set(ids.map((id) => id.slice(13))).size).toBe(ids.length);
  });
});
