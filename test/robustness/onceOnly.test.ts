// Each activity is handled once, and one conversation's turns one at a time: a storm of identical
// "Yes" answers saves one goal, and a channel's retry of the same activity id changes nothing more.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { useBotUnderTest } from '../support/useBotUnderTest.ts';
import { ChatUser } from '../support/botUnderTest.ts';
import { testProvider } from '../support/testDatabase.ts';
import { PlanRepository } from '../../src/db/plans.ts';
import { seedReadyClient, startPlanBotOnFreshDatabase, TestClock } from '../plan/planTestBot.ts';

const MONDAY = new Date('2026-06-08T09:00:00Z');

describe(`each activity once, one turn at a time per conversation, on ${testProvider}`, () => {
  const clock = new TestClock(MONDAY);

  // A shorter wait behind a busy conversation than the default, so the turned-away case is quick.
  const TURN_WAIT_MS = 2_000;
  const bot = useBotUnderTest(() => startPlanBotOnFreshDatabase(clock, { TURN_WAIT_MS: String(TURN_WAIT_MS) }));

  const db = () => bot.app.database.db;
  const last = (replies: string[]) => replies.at(-1) ?? '';

  it('saves one goal when 50 copies of "Yes" arrive at once at "Is that right?"', { timeout: 60_000 }, async () => {
    const seeded = await seedReadyClient(db(), { band: 'internal', now: MONDAY });
    const user = new ChatUser(bot, { userId: seeded.userId });
    await user.say('hi');
    await user.say('Set a goal');
    await user.say('get a job');
    await user.say('apply for cleaning jobs');
    await user.say('2');
    await user.say('Friday');
    await user.say('9');
    expect(last(await user.say('Cleaner'))).toMatch(/Is that right\?.*\[Yes\] \[Change\]/s);

    const started = performance.now();
    const responses = await Promise.all(Array.from({ length: 50 }, () => bot.post(user.activity({ type: 'message', text: 'Yes' }))));
    const stormMs = Math.round(performance.now() - started);
    expect(responses.map((response) => response.status).filter((status) => status !== 200)).toEqual([]);

    const versions = await new PlanRepository(db()).planVersions(seeded.id);
    expect(versions).toHaveLength(1);
    expect(versions[0]!.goals).toHaveLength(1);
    expect(versions[0]!.items).toHaveLength(1);
    expect(await db().goal.count({ where: { plan: { clientId: seeded.id } } })).toBe(1);
    expect(await db().actionItem.count({ where: { plan: { clientId: seeded.id } } })).toBe(1);
    const added = user.replies().filter((reply) => /It is in your plan now/.test(reply.text ?? ''));
    expect(added).toHaveLength(1);
    console.info(`50 at once answered in ${stormMs} ms; busy answers: ${user.replies().filter((reply) => /still working on your last message/.test(reply.text ?? '')).length}`);
    // The copies after the first were read one at a time, each against the state the one before left.
    expect(user.replies().filter((reply) => /Is that right\?/.test(reply.text ?? ''))).toHaveLength(1);
  });

  it('handles a retried activity id once, even when the copies arrive together', async () => {
    const user = new ChatUser(bot);
    await user.say('hello');
    expect(last(await user.say('yes'))).toMatch(/What would you like me to call you\?/);

    const answer = user.activity({ type: 'message', text: 'Robin', id: `retry-${randomUUID()}` });
    const responses = await Promise.all([bot.post(answer), bot.post(answer), bot.post(answer)]);
    expect(responses.map((response) => response.status)).toEqual([200, 200, 200]);
    const afterName = user.replies().filter((reply) => /Did your adviser give you a code\?/.test(reply.text ?? ''));
    expect(afterName).toHaveLength(1);

    // A late retry of the same id, once the conversation has moved on, changes nothing either.
    const before = user.replies().length;
    expect((await bot.post(answer)).status).toBe(200);
    expect(user.replies()).toHaveLength(before);
    expect((await user.say('DEMO')).join('\n')).not.toMatch(/code/i);
    const client = await db().client.findUnique({ where: { userKey: `emulator:${user.userId}` } });
    expect(client?.displayName).toBe('Robin');
  });

  it('tells the client to send again when another instance holds the chat too long, and handles the resend', { timeout: 60_000 }, async () => {
    const user = new ChatUser(bot);
    await user.say('hello');
    // Another instance is in the middle of a turn of this conversation (its lease has not lapsed).
    const key = `emulator/${user.conversationId}`;
    await db().conversationLock.create({ data: { key, holder: 'another-instance', expiresAt: new Date(Date.now() + 5 * TURN_WAIT_MS) } });
    const answer = user.activity({ type: 'message', text: 'yes' });
    expect((await bot.post(answer)).status).toBe(200);
    expect(user.replies().at(-1)?.text).toMatch(/I am still working on your last message\. Please send this one again in a moment\./);
    const invoke = await bot.post(user.activity({ type: 'invoke', name: 'adaptiveCard/action', value: { action: { type: 'Action.Execute', verb: 'x' } } }));
    expect(invoke.status).toBe(429);

    // That instance finishes; the same message sent again is handled, as it was not handled before.
    await db().conversationLock.delete({ where: { key } });
    expect((await bot.post(answer)).status).toBe(200);
    expect(user.replies().at(-1)?.text).toMatch(/What would you like me to call you\?/);
  });
});
