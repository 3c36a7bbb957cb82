// The reference to reach a user is kept without the id of the message it came with, written when
// it changes, made usable again by the user's next message after a failed send, and rewritten
// within minutes even if another instance changed the row behind this one's back.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConversationReferences, REFERENCE_REWRITE_MS } from '../../src/db/conversationReferences.ts';
import { createMigratedDatabase, testProvider } from '../support/testDatabase.ts';

const reference = (conversationId: string, activityId: string) => ({
  activityId,
  user: { id: 'u1' },
  bot: { id: 'bot' },
  conversation: { id: conversationId },
  channelId: 'msteams',
  serviceUrl: 'https://smba.example/emea/',
});

describe(`conversation reference writes on ${testProvider}`, () => {
  let database: Awaited<ReturnType<typeof createMigratedDatabase>>;
  let references: ConversationReferences;
  const stored = () => database.handle.db.conversationRef.findUniqueOrThrow({ where: { userKey: 'msteams:u1' } });

  beforeAll(async () => {
    database = await createMigratedDatabase();
    references = new ConversationReferences(database.handle.db);
  });
  afterAll(() => database.drop());

  it('stores where to reach the user, without the message id, and follows a new conversation', async () => {
    const t = Date.now();
    await references.save('msteams:u1', reference('a', 'm1'), t);
    await references.save('msteams:u1', reference('a', 'm2'), t + 1000);
    expect(JSON.parse((await stored()).reference)).toEqual({ ...reference('a', 'x'), activityId: undefined, conversation: { id: 'a' } });
    expect((await stored()).reference).not.toContain('activityId');
    await references.save('msteams:u1', reference('b', 'm3'), t + 2000);
    expect(JSON.parse((await stored()).reference).conversation.id).toBe('b');
  });

  it('is usable again at the next message after a failed send marked it unusable', async () => {
    const t = Date.now();
    await references.save('msteams:u1', reference('c', 'm1'), t);
    await references.markUnusable('msteams:u1', 'HTTP 403');
    expect((await stored()).usable).toBe(false);
    await references.save('msteams:u1', reference('c', 'm2'), t + 1000);
    expect(await stored()).toMatchObject({ usable: true, unusableReason: null });
  });

  it('puts right a row changed elsewhere within the rewrite interval', async () => {
    const t = Date.now();
    await references.save('msteams:u1', reference('d', 'm1'), t);
    // Another instance marks it unusable, so this one's memory of the write is out of date.
    await database.handle.db.conversationRef.update({ where: { userKey: 'msteams:u1' }, data: { usable: false } });
    await references.save('msteams:u1', reference('d', 'm2'), t + REFERENCE_REWRITE_MS + 1);
    expect((await stored()).usable).toBe(true);
  });

  it('writes again after the row was deleted and forgotten (data erased, consent declined)', async () => {
    const t = Date.now();
    await references.save('msteams:u1', reference('e', 'm1'), t);
    await database.handle.db.conversationRef.delete({ where: { userKey: 'msteams:u1' } });
    references.forget('msteams:u1');
    await references.save('msteams:u1', reference('e', 'm2'), t + 1000);
    expect(JSON.parse((await stored()).reference).conversation.id).toBe('e');
  });
});
