// Data rights by chat, over real HTTP: "show my data" gives everything stored, "delete my data"
// (confirmed twice) leaves nothing of the client in any table, "stop consent" stops reminders.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { useBotUnderTest } from '../support/useBotUnderTest.ts';
import { ChatUser, startBotOnFreshDatabase } from '../support/botUnderTest.ts';
import { testProvider } from '../support/testDatabase.ts';
import { createHash } from 'node:crypto';
import { seedReadyClient } from '../plan/planTestBot.ts';
import { allModels, rowCounts, rowIdentity, scanDatabaseCatalog, scanEveryTable, seedEveryTable, type Person } from './everyTable.ts';
import { AuditLog, auditSubject } from '../../src/db/audit.ts';
import { clientDataMap } from '../../src/privacy/clientData.ts';

interface Someone {
  user: ChatUser;
  person: Person;
  name: string;
  aadObjectId: string;
}

describe(`data rights by chat on ${testProvider}`, () => {
  const bot = useBotUnderTest(() => startBotOnFreshDatabase());

  /** A client who has consented over chat and has a row in every table. */
  async function clientWithEverything(name: string, words: string): Promise<Someone> {
    const userId = `user-${randomUUID()}`;
    const aadObjectId = `aad-${randomUUID()}`;
    const user = new ChatUser(bot, { userId, name }, { from: { id: userId, name, aadObjectId } });
    await user.say('hello');
    await user.say('yes');
    await user.say(name); // onboarding asks what to call them
    const db = bot.app.database.db;
    const client = await db.client.findUniqueOrThrow({ where: { userKey: `emulator:${userId}` } });
    const person: Person = {
      clientId: client.id,
      userKey: client.userKey,
      channelId: 'emulator',
      channelUserId: userId,
      conversationId: user.conversationId,
      words,
    };
    await seedEveryTable(db, person, new Date());
    await user.say(`My favourite things are ${words}`);
    return { user, person, name, aadObjectId };
  }

  function needlesOf(someone: Someone): string[] {
    const { person } = someone;
    return [someone.name, someone.aadObjectId, person.userKey, person.channelUserId, person.clientId, person.conversationId, person.words];
  }

  it('covers every model Prisma knows in the privacy map', () => {
    expect(Object.keys(clientDataMap).sort()).toEqual([...allModels()].sort());
  });

  it('"show my data" sends a readable summary and every stored row as a JSON file', async () => {
    const someone = await clientWithEverything('Zephyrine Quillfeather', 'marmalade xylophone');
    const before = someone.user.replies().length;
    const replies = await someone.user.say('show my data');
    expect(replies.join('\n')).toMatch(/Here is what I keep about you/);
    expect(replies.join('\n')).toMatch(/Your name: Zephyrine Quillfeather/);
    expect(replies.join('\n')).toMatch(/Your plan: 1 version, 1 goal and 1 step/);

    const sent = someone.user.replies().slice(before);
    const attachment = sent.flatMap((a) => a.attachments ?? []).find((a: { contentType: string }) => a.contentType === 'application/json');
    expect(attachment?.name).toBe('my-data.json');
    const json = Buffer.from(String(attachment.contentUrl).replace(/^data:application\/json;base64,/, ''), 'base64').toString('utf8');
    const exported = JSON.parse(json) as { tables: Record<string, Array<Record<string, unknown>>> };

    // Independently of the privacy map: every row anywhere that mentions the client is exported.
    const stored = await scanEveryTable(bot.app.database.db, [someone.person.clientId, someone.person.userKey, someone.person.words]);
    expect(stored.length).toBeGreaterThan(0);
    const tablesWithTheirRows = new Set(stored.map((finding) => finding.model));
    for (const model of allModels()) {
      if (model === 'Adviser') continue; // the adviser is staff; their own row is not the client's data
      if (model === 'AuditEvent') continue; // no personal content; checked below by pseudonym
      if (model === 'ConversationLock') continue; // the export turn takes over the seeded lapsed lease and releases it
      expect(tablesWithTheirRows.has(model), `${model} should hold a row of the client's`).toBe(true);
    }
    for (const finding of stored) {
      const exportedRows = exported.tables[finding.model] ?? [];
      expect(exportedRows.map(rowIdentity), `${finding.model} row ${rowIdentity(finding.row)} missing from the export`).toContain(rowIdentity(finding.row));
    }
    expect(exported.tables.AuditEvent?.length).toBeGreaterThan(0);
    expect(JSON.stringify(exported)).not.toContain('Alex Adviser');

    const audit = await new AuditLog(bot.app.database.db).forSubject(someone.person.clientId);
    expect(audit.map((event) => event.action)).toContain('data-exported');
  });

  it('"delete my data", confirmed twice, leaves nothing of the client in any table but an audit record', async () => {
    const someone = await clientWithEverything('Oriel Brackenbury', 'tangerine harpsichord');
    const bystander = await clientWithEverything('Quentin Lowther', 'cobalt periwinkle');
    const db = bot.app.database.db;
    const bystanderRows = await scanEveryTable(db, [bystander.person.clientId, bystander.person.words]);

    const first = await someone.user.say('delete my data');
    expect(first.join('\n')).toMatch(/Do you want me to delete it all\?/);
    expect(first.join('\n')).toMatch(/\[Yes, delete it\]/);
    const second = await someone.user.say('yes');
    expect(second.join('\n')).toMatch(/Are you sure\?/);
    const done = await someone.user.say('Yes, I am sure');
    expect(done.join('\n')).toMatch(/I have deleted everything I kept about you/);

    const leftovers = await scanEveryTable(db, needlesOf(someone));
    expect(leftovers.map((f) => `${f.model}.${f.column} holds "${f.needle}"`)).toEqual([]);
    expect(await scanDatabaseCatalog(db, bot.app.database.provider, needlesOf(someone))).toEqual([]);

    const audit = await db.auditEvent.findMany({ where: { subject: auditSubject(someone.person.clientId) } });
    expect(audit.map((event) => event.action)).toEqual(expect.arrayContaining(['adviser-viewed-client', 'data-erased']));
    expect(await db.adviser.count({ where: { inviteCode: 'SEED-ADVISER' } })).toBe(1);

    // Nobody else lost anything.
    const bystanderAfter = await scanEveryTable(db, [bystander.person.clientId, bystander.person.words]);
    expect(bystanderAfter.map((f) => `${f.model}:${rowIdentity(f.row)}`).sort()).toEqual(bystanderRows.map((f) => `${f.model}:${rowIdentity(f.row)}`).sort());

    // The next hello is a stranger's: the bot asks for consent again.
    const again = await someone.user.say('hello');
    expect(again.join('\n')).toMatch(/Is it OK for me to keep your answers\?/);
  });

  it('"delete my data" also clears the half-finished answers of every earlier conversation', async () => {
    const db = bot.app.database.db;
    const { userId } = await seedReadyClient(db, { band: 'mixed', now: new Date() });
    const words = 'vermilion accordion';
    // The first chat: left half way through setting a goal, with the client's own words in it.
    const first = new ChatUser(bot, { userId, name: 'Tobias' });
    await first.say('Set a goal');
    await first.say(`Become a ${words} teacher`);
    const firstState = await db.botState.findMany({ where: { key: { contains: first.conversationId } } });
    expect(firstState.map((row) => row.data).join('\n')).toContain(words);
    // Later chats on the same channel (a new window, a new device): the first is no longer the latest.
    const second = new ChatUser(bot, { userId, name: 'Tobias' });
    await second.say('hello');
    const third = new ChatUser(bot, { userId, name: 'Tobias' });
    await third.say('delete my data');
    await third.say('yes');
    expect((await third.say('Yes, I am sure')).join('\n')).toMatch(/I have deleted everything/);

    const needles = [userId, words, first.conversationId, second.conversationId, third.conversationId];
    expect(await scanDatabaseCatalog(db, bot.app.database.provider, needles)).toEqual([]);
  });

  it('leaves nothing at all of someone who says "No thanks" at the consent question', async () => {
    const user = new ChatUser(bot, { name: 'Wilhelmina Ashdown' });
    await user.say('hello');
    expect((await user.say('No thanks')).join('\n')).toMatch(/adviser/);
    const needles = [user.userId, user.conversationId, 'Wilhelmina Ashdown'];
    expect(await scanDatabaseCatalog(bot.app.database.db, bot.app.database.provider, needles)).toEqual([]);
  });

  it('keys the audit pseudonym with a secret, so an old client id cannot be linked to its events', async () => {
    const someone = await clientWithEverything('Cressida Vane', 'pewter marigold');
    await someone.user.say('delete my data');
    await someone.user.say('yes');
    await someone.user.say('Yes, I am sure');
    const db = bot.app.database.db;
    const subjects = (await db.auditEvent.findMany({ select: { subject: true } })).map((row) => row.subject);
    expect(subjects).toContain(auditSubject(someone.person.clientId));
    // What anyone holding the id could compute without the secret, the way it used to be made.
    const id = someone.person.clientId;
    const guesses = [`action-plan-coach/audit/${id}`, id].map((text) => createHash('sha256').update(text).digest('hex'));
    for (const guess of guesses) expect(subjects.some((subject) => subject?.includes(guess.slice(0, 32)))).toBe(false);
  });

  it('keeps everything when the client says no at either question', async () => {
    const someone = await clientWithEverything('Perpetua Hollingsworth', 'saffron gondola');
    const db = bot.app.database.db;
    const before = await rowCounts(db);
    // Typed as play-testing found people type it, not only "delete my data".
    expect((await someone.user.say('can you delete my stuff please')).join('\n')).toMatch(/Do you want me to delete it all\?/);
    expect((await someone.user.say('No, keep it')).join('\n')).toMatch(/I have not deleted anything/);
    await someone.user.say('delete my data');
    await someone.user.say('yes');
    expect((await someone.user.say('no')).join('\n')).toMatch(/I have not deleted anything/);
    const after = await rowCounts(db);
    for (const model of allModels()) {
      if (model === 'AuditEvent' || model === 'ClientMessage' || model === 'BotState' || model === 'ProcessedActivity') continue;
      expect(after[model], model).toBe(before[model]);
    }
    expect(await db.client.count({ where: { id: someone.person.clientId } })).toBe(1);
  });

  it('"stop consent" stops reminders at once and records it', async () => {
    const someone = await clientWithEverything('Ignatius Fairweather', 'juniper lantern');
    const db = bot.app.database.db;
    expect(await db.reminder.count({ where: { clientId: someone.person.clientId, status: 'pending' } })).toBe(1);
    const replies = await someone.user.say('stop consent');
    expect(replies.join('\n')).toMatch(/I will not send you any more reminders/);
    const client = await db.client.findUniqueOrThrow({ where: { id: someone.person.clientId } });
    expect(client.consentWithdrawnAt).not.toBeNull();
    expect(await db.reminder.count({ where: { clientId: someone.person.clientId, status: 'pending' } })).toBe(0);
    expect(await db.reminder.count({ where: { clientId: someone.person.clientId, status: 'cancelled' } })).toBe(1);
    const audit = await new AuditLog(db).forSubject(someone.person.clientId);
    expect(audit.map((event) => event.action)).toContain('consent-withdrawn');
    expect(JSON.stringify(audit)).not.toContain(someone.person.clientId);
  });

  it("shows the client's own words back as text, never as formatting", async () => {
    const someone = await clientWithEverything('**Boss** [x](http://e.vil)', 'amber quokka');
    const summary = (await someone.user.say('show my data')).join('\n');
    expect(summary).toContain('\\*\\*Boss\\*\\* \\[x\\](http://e.vil)');
    expect(summary).not.toContain('**Boss**');
  });

  it('tells someone who never said yes that nothing is kept', async () => {
    const user = new ChatUser(bot);
    const replies = await user.say('show my data');
    expect(replies.join('\n')).toMatch(/I do not keep anything about you/);
  });
});
