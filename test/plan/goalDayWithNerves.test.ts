// Dates and goals, round six: a day typed with a feeling at "When could you do it?" ("by friday i
// hope, bit nervous") had the day kept and the feeling passed over, straight to "How sure do you
// feel". The day is still kept; the feeling is answered first. A day said calmly gets no such words.
import { describe, expect, it } from 'vitest';
import { useBotUnderTest } from '../support/useBotUnderTest.ts';
import { ChatUser } from '../support/botUnderTest.ts';
import { seedReadyClient, startPlanBotOnFreshDatabase, TestClock } from './planTestBot.ts';
import { saysNervesWithTheDay } from '../../src/domain/dateSaidWithNerves.ts';

// Monday 8 June 2026, 10am in London.
const MONDAY = new Date('2026-06-08T09:00:00Z');
const ANSWERED = /It is normal to feel nervous about that\./;
const HOW_SURE = /How sure do you feel/;

describe('a day said with nerves, at "When could you do it?"', () => {
  const clock = new TestClock(MONDAY);
  const bot = useBotUnderTest(() => startPlanBotOnFreshDatabase(clock));

  it.each<[typed: string, day: string, feeling: boolean]>([
    ['by friday i hope, bit nervous', 'Friday 12 June', true],
    ['tomorrow but im really scared', 'Tuesday 9 June', true],
    ['wednesday if my anxiety lets me', 'Wednesday 10 June', true],
    ['by friday hopefully, im dreading it', 'Friday 12 June', true],
    ['thursday, cant wait', 'Thursday 11 June', false],
    ['friday', 'Friday 12 June', false],
  ])('%j keeps %s; the feeling answered: %s', async (typed, day, feeling) => {
    const seeded = await seedReadyClient(bot.app.database.db, { band: 'mixed', now: MONDAY });
    const user = new ChatUser(bot, { userId: seeded.userId });
    await user.say('hi');
    await user.say('Set a goal');
    await user.say('call the Co-op about the job');
    const replies = (await user.say(typed)).join('\n');
    expect(replies).toMatch(HOW_SURE);
    if (feeling) expect(replies).toMatch(ANSWERED);
    else expect(replies).not.toMatch(ANSWERED);
    await user.say('8');
    expect((await user.say('Not sure')).join('\n')).toContain(`by ${day}.`);
  });
});

describe('nerves beside a day', () => {
  it('hears them, and not when they are denied', () => {
    for (const text of ['bit nervous', 'im worried', 'petrified tbh', 'bricking it']) expect(saysNervesWithTheDay(`friday ${text}`), text).toBe(true);
    for (const text of ['friday', 'not worried', 'no longer scared', 'friday hopefully']) expect(saysNervesWithTheDay(text), text).toBe(false);
  });
});
