// "What does that mean?" at a self-assessment question gets the question in other words, then the
// question again; it is never kept as the answer. Play-testing found it only repeated the question.
import { describe, expect, it } from 'vitest';
import { useBotUnderTest } from '../support/useBotUnderTest.ts';
import { ChatUser, startBotOnFreshDatabase } from '../support/botUnderTest.ts';
import { testProvider } from '../support/testDatabase.ts';
import { clientByUser, consentAndLink, joined } from './journey.ts';

describe(`asking what a profile question means, on ${testProvider}`, () => {
  const bot = useBotUnderTest(() => startBotOnFreshDatabase());

  it('explains the job question in other words and asks it again, keeping nothing', async () => {
    const user = new ChatUser(bot);
    expect(joined(await consentAndLink(user, { name: 'Lou', code: 'Skip' }))).toMatch(/What kind of job would you like most\?/);
    const replies = joined(await user.say('what does that mean'));
    expect(replies).toMatch(/Let me ask it another way\. I mean: what work would you like to do\? For example: shop work, driving, or care work\./);
    expect(replies).toMatch(/What kind of job would you like most\?/);
    const client = await clientByUser(bot, user);
    const profile = await bot.app.database.db.vocationalProfile.findUnique({ where: { clientId: client!.id } });
    expect(profile?.data ?? '').not.toMatch(/what does that mean/i);
    expect(joined(await user.say('sorry i dont understand'))).toMatch(/I mean: what work would you like to do\?/);
  });
});
