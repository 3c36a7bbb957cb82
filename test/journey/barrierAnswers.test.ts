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

  // Play-testing as a new client: "yes depression" at the health question had the check-in, then
  // the question again, and the next short answer ("no thanks") kept as a no; "I have no
  // qualifications really" at "Debts" had been kept as debt yes, "bit rusty on computers" at
  // "Speaking or reading English" as language yes.
  const TO_THE_BARRIERS = ['warehouse', 'the money', "No, that's all", 'no', 'Skip', 'Skip', 'Skip', 'Skip', 'Skip', 'Skip', 'No one yet'];

  async function barriersOf(user: ChatUser) {
    const client = await bot.app.database.db.client.findUnique({ where: { userKey: `emulator:${user.userId}` } });
    return (await new ProfileRepository(bot.app.database.db).loadProgress(client!.id)).profile;
  }

  it('keeps a yes with its words after the check-in, and words about another barrier with that one', async () => {
    const user = new ChatUser(bot);
    await consentAndLink(user, { name: 'Mo', code: "I don't have one" });
    for (const answer of [...TO_THE_BARRIERS, 'No', 'No']) await user.say(answer);
    expect(joined(await user.say('yes depression'))).toMatch(/Would you like your adviser to get in touch\?/);
    const afterOffer = joined(await user.say('no thanks'));
    expect(afterOffer).toMatch(/Getting to work\./);
    expect(afterOffer).not.toMatch(/Health, in body or mind\./);
    for (const answer of ['No', 'No']) await user.say(answer);
    const debts = joined(await user.say('I have no qualifications really'));
    expect(debts).toMatch(/Thanks, I have noted that\. This question is about money you owe\.\n(?:.|\n)*Debts\./);
    expect(debts).not.toMatch(/Step \d of 8|didn't catch that/);
    for (const answer of ['No', 'No', 'No', 'Yes', 'No']) await user.say(answer);
    expect(joined(await user.say('bit rusty on computers'))).toMatch(/This question is about speaking or reading English\.\n(?:.|\n)*Speaking or reading English\./);
    expect(joined(await user.say('No'))).toMatch(/Feeling confident\./);
    const profile = await barriersOf(user);
    expect(profile.barriers).toMatchObject({ health: 'yes', transport: 'no', debt: 'no', qualifications: 'yes', 'digital-skills': 'no', language: 'no' });
    expect(profile.barrierNotes).toEqual({
      health: 'yes depression',
      qualifications: 'I have no qualifications really',
      'digital-skills': 'bit rusty on computers',
    });
  });

  it('keeps the yes when the adviser was declined before, and the next answer is the next question\'s', async () => {
    const user = new ChatUser(bot);
    await consentAndLink(user, { name: 'Lee', code: "I don't have one" });
    for (const answer of TO_THE_BARRIERS) await user.say(answer);
    expect(joined(await user.say('i feel really down'))).toMatch(/Would you like your adviser to get in touch\?/);
    expect(joined(await user.say('no thanks'))).toMatch(/Somewhere to live\./);
    for (const answer of ['No', 'No']) await user.say(answer);
    const heard = joined(await user.say('yes depression'));
    expect(heard).toMatch(/Your adviser is there if you want them\./);
    expect(heard).toMatch(/Getting to work\./);
    expect(joined(await user.say('bad knees'))).toMatch(/didn't catch that/);
    await user.say('no thanks');
    expect((await barriersOf(user)).barriers).toMatchObject({ housing: 'no', health: 'yes', transport: 'no' });
    expect((await barriersOf(user)).barrierNotes).toEqual({ health: 'yes depression' });
  });
});
