// A worry said at a barrier question is the answer's detail, not a new worry: play-testing found
// "i owe on my phone" to "Debts" and "my mum is ill and i care for her" to "Childcare or caring"
// answered with an offer of the adviser (and crisis numbers after a yes), and the question again.
import { describe, expect, it } from 'vitest';
import { useBotUnderTest } from '../support/useBotUnderTest.ts';
import { ChatUser, startBotOnFreshDatabase } from '../support/botUnderTest.ts';
import { testProvider } from '../support/testDatabase.ts';
import { joined } from './journey.ts';

const TO_THE_BARRIERS = ['yes', 'Jo', 'no', 'shop work', 'i like people', "No, that's all", 'No', 'helping my nan', 'nothing really', 'talking to people', 'friendly', 'part time', 'a shop', 'No one yet'];

describe(`a worry at a barrier question, on ${testProvider}`, () => {
  const bot = useBotUnderTest(() => startBotOnFreshDatabase());

  it('is heard, the question put again, and no offer or escalation made in its place', async () => {
    const user = new ChatUser(bot);
    await user.join();
    let replies = '';
    for (const answer of TO_THE_BARRIERS) replies = joined(await user.say(answer));
    expect(replies).toMatch(/Somewhere to live\./);
    for (let guard = 0; guard < 20 && !/Childcare or caring\./.test(replies); guard++) replies = joined(await user.say('No'));
    const heard = joined(await user.say('my mum is ill and i care for her'));
    expect(heard).toMatch(/Thank you for telling me\. For this one, please tap "Yes", "No" or "I'd rather not say"\./);
    expect(heard).toMatch(/Childcare or caring\./);
    expect(heard).not.toMatch(/Would you like your adviser to get in touch\?/);
    expect(await bot.app.database.db.escalation.count()).toBe(0);
    expect(joined(await user.say('Yes'))).not.toMatch(/Childcare or caring\./);
  });

  it('low mood or hopelessness said there still gets the gentle check-in', async () => {
    const user = new ChatUser(bot);
    await user.join();
    let replies = '';
    for (const answer of TO_THE_BARRIERS) replies = joined(await user.say(answer));
    expect(replies).toMatch(/Somewhere to live\./);
    expect(joined(await user.say('i have depression and sometimes think whats the point'))).toMatch(/Would you like your adviser to get in touch\?/);
  });

  it('a question where the help wanted is asked is answered, not kept as the help wanted', async () => {
    const user = new ChatUser(bot);
    await user.join();
    let replies = '';
    for (const answer of TO_THE_BARRIERS) replies = joined(await user.say(answer));
    for (let guard = 0; guard < 20 && !/What help would you like most/.test(replies); guard++) replies = joined(await user.say('No'));
    const asked = joined(await user.say('what kind of help is there'));
    expect(asked).toMatch(/For example: help with a CV, or practice for interviews\./);
    expect(asked).toMatch(/What help would you like most/);
    const client = await bot.app.database.db.client.findFirstOrThrow({ where: { userKey: { endsWith: user.userId } } });
    const profile = await bot.app.database.db.vocationalProfile.findUniqueOrThrow({ where: { clientId: client.id } });
    expect(profile.data).not.toContain('what kind of help is there');
  });

  // Play-testing: "gotta be gone by the weekend" at "Somewhere to live." raised a hand-over in silence.
  it('a housing worry at the housing question is taken as yes, and the client told the adviser will help', async () => {
    const user = new ChatUser(bot);
    await user.join();
    let replies = '';
    for (const answer of TO_THE_BARRIERS) replies = joined(await user.say(answer));
    expect(replies).toMatch(/Somewhere to live\./);
    const told = joined(await user.say('yes. sofa surfing, mates said i gotta be gone by the weekend'));
    expect(told).toMatch(/I have let your adviser know, so they can help with this\./);
    expect(told).toMatch(/Childcare or caring\./);
    const client = await bot.app.database.db.client.findFirstOrThrow({ where: { userKey: { endsWith: user.userId } } });
    expect(await bot.app.database.db.escalation.count({ where: { clientId: client.id, reason: 'specialist-barrier' } })).toBe(1);
  });
});
