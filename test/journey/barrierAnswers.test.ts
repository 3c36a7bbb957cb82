// The play-tested barrier answers over real HTTP on the database under test: "im fine thanks" and
// "no problem" are kept as no, "no i dont want to say" and "no comment" as rather not say, and a
// bare "ok" is asked again, not kept. The rows of test/domain/barrierAnswers.test.ts, in a chat.
import { describe, expect, it } from 'vitest';
import { useBotUnderTest } from '../support/useBotUnderTest.ts';
import { ChatUser, startBotOnFreshDatabase } from '../support/botUnderTest.ts';
import { testProvider } from '../support/testDatabase.ts';
import { ProfileRepository } from '../../src/db/profiles.ts';
import { BARRIER_IDS, type BarrierId } from '../../src/domain/barriers.ts';
import { consentAndLink, joined } from './journey.ts';

const typed: Partial<Record<BarrierId, string[]>> = {
  housing: ['im fine thanks'],
  'childcare-caring': ['no problem'],
  // Asked again after the "ok"; the second answer is kept.
  health: ['ok', 'yes'],
  transport: ['no i dont want to say'],
  'money-benefits': ['no comment'],
  'digital-skills': ['im ok with computers'],
};

describe(`barrier answers in the client's words, on ${testProvider}`, () => {
  const bot = useBotUnderTest(() => startBotOnFreshDatabase());

  it('keeps what was meant, and asks again when "ok" does not say', async () => {
    const user = new ChatUser(bot);
    await consentAndLink(user, { name: 'Daz', code: "I don't have one" });
    for (const answer of ['warehouse', 'the money', "No, that's all", 'no', 'Skip', 'Skip', 'Skip', 'Skip', 'Skip', 'Skip', 'No one yet']) await user.say(answer);
    for (const id of BARRIER_IDS) {
      for (const answer of typed[id] ?? ['No']) {
        const replies = joined(await user.say(answer));
        if (answer === 'ok') expect(replies).toMatch(/didn't catch that/);
        else expect(replies).not.toMatch(/didn't catch that/);
      }
    }
    const client = await bot.app.database.db.client.findUnique({ where: { userKey: `emulator:${user.userId}` } });
    const { barriers } = (await new ProfileRepository(bot.app.database.db).loadProgress(client!.id)).profile;
    expect(barriers).toMatchObject({
      housing: 'no',
      'childcare-caring': 'no',
      health: 'yes',
      transport: 'prefer-not-to-say',
      'money-benefits': 'prefer-not-to-say',
      'digital-skills': 'no',
      debt: 'no',
    });
  });
});
