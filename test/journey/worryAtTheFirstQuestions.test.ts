// A worry only the trained models hear, typed as an answer to the first questions, is kept as the
// answer with help offered in one line (play-testing, round eight: "Reliable. My wife says I am
// stubborn but I think she means determined." at "What makes you want that job?" had "That sounds
// really hard", the adviser offered, and the answer lost; most such readings are ordinary answers).
// A worry the rules hear still gets the check-in, and nothing is kept.
import { describe, expect, it } from 'vitest';
import { useBotUnderTest } from '../support/useBotUnderTest.ts';
import { ChatUser } from '../support/botUnderTest.ts';
import { testProvider } from '../support/testDatabase.ts';
import { ProfileRepository } from '../../src/db/profiles.ts';
import { assessRisk, rulesHeardRisk } from '../../src/domain/risk.ts';
import { worryKeptWithAnswer } from '../../src/messages/en/crisis.ts';
import { startPlanBotOnFreshDatabase, TestClock } from '../plan/planTestBot.ts';
import { consentAndLink, joined } from './journey.ts';

const REASON_READ_AS_A_WORRY = 'Reliable. My wife says I am stubborn but I think she means determined.';

describe(`a worry only the models hear, at the first questions, on ${testProvider}`, () => {
  const clock = new TestClock(new Date('2026-06-08T09:00:00Z'));
  const bot = useBotUnderTest(() => startPlanBotOnFreshDatabase(clock));
  const db = () => bot.app.database.db;

  async function reasonsOf(user: ChatUser) {
    const client = await db().client.findUnique({ where: { userKey: `emulator:${user.userId}` } });
    return (await new ProfileRepository(db()).loadProgress(client!.id)).profile.jobGoals.map((job) => job.reason);
  }

  async function atWhyThatJob() {
    const user = new ChatUser(bot);
    await consentAndLink(user, { name: 'Graham', code: "I don't have one" });
    expect(joined(await user.say('warehouse supervisor'))).toMatch(/What makes you want that job\?/);
    return user;
  }

  it('is kept as the answer, with one line offering the adviser, and the next question follows', async () => {
    // The models' reading this rests on: if they change, this says so rather than passing unseen.
    expect(assessRisk(REASON_READ_AS_A_WORRY).level).toBe('concern');
    expect(rulesHeardRisk(REASON_READ_AS_A_WORRY)).toBe(false);
    const user = await atWhyThatJob();
    const replies = joined(await user.say(REASON_READ_AS_A_WORRY));
    expect(replies).toContain(worryKeptWithAnswer);
    expect(replies).not.toMatch(/That sounds really hard|Would you like your adviser to get in touch\?/);
    expect(replies).toMatch(/Is there another job you would like too\?/);
    expect(await reasonsOf(user)).toEqual([REASON_READ_AS_A_WORRY]);
  });

  it('a worry the rules hear still gets the check-in, and is not kept as the answer', async () => {
    const said = 'honestly i feel so hopeless about all of it';
    expect(rulesHeardRisk(said)).toBe(true);
    const user = await atWhyThatJob();
    const replies = joined(await user.say(said));
    expect(replies).toMatch(/Would you like your adviser to get in touch\?/);
    expect(await reasonsOf(user)).not.toContain(said);
  });
});
