// Play-testing at the self-assessment, round five: details typed at a barrier question are kept
// beside the answer (a plain yes read from the words), recovery news gets a kind word, and a change
// of mind at "Is there another job you would like too?" replaces the job said before.
import { describe, expect, it } from 'vitest';
import { useBotUnderTest } from '../support/useBotUnderTest.ts';
import { ChatUser, startBotOnFreshDatabase } from '../support/botUnderTest.ts';
import { testProvider } from '../support/testDatabase.ts';
import { ProfileRepository } from '../../src/db/profiles.ts';
import { BARRIER_IDS } from '../../src/domain/barriers.ts';
import { barrierDetailHeard } from '../../src/messages/en/listening.ts';
import { recoveryHeard } from '../../src/messages/en/assessmentHeard.ts';
import { clientByUser, consentAndLink, joined } from './journey.ts';

describe(`self-assessment round five: details heard, on ${testProvider}`, () => {
  const bot = useBotUnderTest(() => startBotOnFreshDatabase());

  async function profileOf(user: ChatUser) {
    const client = await clientByUser(bot, user);
    return (await new ProfileRepository(bot.app.database.db).loadProgress(client!.id)).profile;
  }

  async function atTheBarriers(name: string): Promise<ChatUser> {
    const user = new ChatUser(bot);
    await consentAndLink(user, { name, code: "I don't have one" });
    for (const answer of ['office work', 'Skip', "No, that's all", 'no', 'Skip', 'Skip', 'Skip', 'Skip', 'Skip', 'Skip', 'No one yet']) await user.say(answer);
    return user;
  }

  it('a care leaver\'s housing words are a yes, kept in her own words; the qualifications words too', async () => {
    const user = await atTheBarriers('Kayla');
    const typed: Record<string, string> = {
      housing: 'i live in supported housing, have to move out at 21',
      qualifications: 'i have no paper from UK school',
    };
    for (const id of BARRIER_IDS) {
      const replies = joined(await user.say(typed[id] ?? 'No'));
      expect(replies).not.toContain(barrierDetailHeard);
    }
    const profile = await profileOf(user);
    expect(profile.barriers).toMatchObject({ housing: 'yes', qualifications: 'yes' });
    expect(profile.barrierNotes).toMatchObject({ housing: 'i live in supported housing, have to move out at 21', qualifications: 'i have no paper from UK school' });
  });

  it('recovery news at the health question gets a kind word, and is kept with the answer tapped next', async () => {
    const user = await atTheBarriers('Dean');
    await user.say('No');
    await user.say('No');
    const replies = joined(await user.say('im 8 months sober, go to AA meetings twice a week'));
    expect(replies).toContain(recoveryHeard);
    expect(replies).toMatch(/Health, in body or mind/);
    await user.say('Yes');
    const profile = await profileOf(user);
    expect(profile.barriers).toMatchObject({ health: 'yes' });
    expect(profile.barrierNotes).toMatchObject({ health: 'im 8 months sober, go to AA meetings twice a week' });
  });

  it('a detail with no plain yes is held, and kept beside the answer tapped next', async () => {
    const user = await atTheBarriers('Sam');
    const replies = joined(await user.say('my landlord wants to sell the flat'));
    expect(replies).toMatch(/Somewhere to live/);
    await user.say('Yes');
    const profile = await profileOf(user);
    expect(profile.barriers).toMatchObject({ housing: 'yes' });
    expect(profile.barrierNotes).toMatchObject({ housing: 'my landlord wants to sell the flat' });
  });

  it('"actually no, make that barber" at "another job?" replaces the job said before, and says so', async () => {
    const user = new ChatUser(bot);
    await consentAndLink(user, { name: 'Rio', code: "I don't have one" });
    await user.say('hairdresser');
    expect(joined(await user.say('i like being creative'))).toMatch(/another job/i);
    const replies = joined(await user.say('actually no, make that barber'));
    expect(replies).toContain('OK, barber instead of hairdresser.');
    expect(replies).not.toMatch(/That is good to hear/);
    expect((await profileOf(user)).jobGoals.map((goal) => goal.title)).toEqual(['Barber']);
  });
});
