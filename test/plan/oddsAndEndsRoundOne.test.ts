// Odds and ends, round one: a day already gone, typed where the goal's read-back asks for a new
// day ("Which day would suit you?"), had "I didn't catch that date", as if it were nonsense.
import { describe, expect, it } from 'vitest';
import { useBotUnderTest } from '../support/useBotUnderTest.ts';
import { ChatUser, startBotOnFreshDatabase } from '../support/botUnderTest.ts';
import { questionIsNoInsult } from '../../src/domain/intentGuards.ts';
import { modelReading } from '../../dialogs/intentReading.ts';
import { seedReadyClient, startPlanBotOnFreshDatabase, TestClock } from './planTestBot.ts';

// Monday 8 June 2026, 10am in London.
const MONDAY = new Date('2026-06-08T09:00:00Z');

describe('a day that has gone, at "Which day would suit you?" when a goal is read back', () => {
  const clock = new TestClock(MONDAY);
  const bot = useBotUnderTest(() => startPlanBotOnFreshDatabase(clock));
  const last = (replies: string[]) => replies.at(-1) ?? '';

  it('is told the day has gone and asked again; words with no day still get "didn\'t catch that"', async () => {
    const seeded = await seedReadyClient(bot.app.database.db, { band: 'external', now: MONDAY });
    const user = new ChatUser(bot, { userId: seeded.userId });
    await user.say('hi');
    await user.say('Set a goal');
    await user.say('get a job');
    await user.say('apply for cleaning jobs');
    await user.say('2');
    expect(last(await user.say('in 10 days'))).toMatch(/Could you do it sooner, by Monday 15 June\?/);
    await user.say('look at jobs on indeed');
    await user.say('9');
    expect(last(await user.say('Cleaner'))).toMatch(/Is that right\?/);
    expect(last(await user.say('change the date'))).toMatch(/Which day would suit you\?/);

    const gone = (await user.say('last friday')).join('\n');
    expect(gone).toMatch(/That day has gone\. Try a day from today on/);
    expect(gone).not.toMatch(/didn't catch/);
    expect(gone).toMatch(/Which day would suit you\?/);
    expect((await user.say('whenever')).join('\n')).toMatch(/didn't catch that date/);
    expect(last(await user.say('wednesday'))).toContain('Your first step: "Look at jobs on indeed", by Wednesday 10 June.');
  });
});

// "Dickon?" at "What would you like me to call you?" had "let us keep it kind": the rude words
// had "dick" and every word it starts, so the names Dick and Dickon were read as insults.
describe('Dick and Dickon at the name question', () => {
  const bot = useBotUnderTest(() => startBotOnFreshDatabase());

  // A single name with a "?" is the name (name question, round two).
  it.each(['Dickon', 'Dick'])('"%s?" is kept as the name, not met as an insult', async (name) => {
    const user = new ChatUser(bot);
    await user.join();
    await user.say('ok');
    const greeted = (await user.say(`${name}?`)).join('\n');
    expect(greeted).not.toMatch(/keep it kind/);
    expect(greeted).toMatch(new RegExp(`Nice to meet you, ${name}\\.`));
  });

  it.each(['what a dick?', 'is this bot a dick?', 'dickhead?'])('%j is still heard as unkind', (text) => expect(modelReading(text, 'name').intent).toBe('abuse'));
  it.each(['Dickon?', 'is Dick ok?'])('%j is no insult', (text) => {
    expect(questionIsNoInsult(text)).toBe(true);
    expect(modelReading(text, 'name').intent).not.toBe('abuse');
  });
});
