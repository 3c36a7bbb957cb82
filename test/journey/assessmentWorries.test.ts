// Play-testing at the self-assessment:
// - "yes, might lose the flat" at a barrier question was kept as a plain yes, the worry unheard. The
//   yes is kept, and the worry about a home said back, with the adviser told (as "losing my flat" is).
// - Just after the coach heard a worry and named the adviser, "ok" or "no thanks" (said to that) had
//   been kept as the answer to the question on screen. The question is asked again instead.
import { describe, expect, it } from 'vitest';
import { useBotUnderTest } from '../support/useBotUnderTest.ts';
import { ChatUser, startBotOnFreshDatabase } from '../support/botUnderTest.ts';
import { testProvider } from '../support/testDatabase.ts';
import { ProfileRepository } from '../../src/db/profiles.ts';
import { assessRisk, rulesHeardRisk } from '../../src/domain/risk.ts';
import { worryKeptWithAnswer } from '../../src/messages/en/crisis.ts';
import { joined } from './journey.ts';

const TO_THE_BARRIERS = ['yes', 'Jo', 'no', 'shop work', 'i like people', "No, that's all", 'No', 'helping my nan', 'nothing really', 'talking to people', 'friendly', 'part time', 'a shop', 'No one yet'];
// What the client is good at, read as a worry by the trained models only (worryAtTheFirstQuestions.test.ts).
const STRENGTH_READ_AS_A_WORRY = 'Reliable. My wife says I am stubborn but I think she means determined.';

describe(`worries around a self-assessment answer, on ${testProvider}`, () => {
  const bot = useBotUnderTest(() => startBotOnFreshDatabase());
  const db = () => bot.app.database.db;

  async function profileOf(user: ChatUser) {
    const client = await db().client.findFirstOrThrow({ where: { userKey: `emulator:${user.userId}` } });
    return { clientId: client.id, profile: (await new ProfileRepository(db()).loadProgress(client.id)).profile };
  }

  /** Answers the first questions up to `stop` (exclusive), then returns the last replies. */
  async function answeredUpTo(stop: number) {
    const user = new ChatUser(bot);
    await user.join();
    let replies = '';
    for (const answer of TO_THE_BARRIERS.slice(0, stop)) replies = joined(await user.say(answer));
    return { user, replies };
  }

  it('keeps "yes, might lose the flat" as yes at "Somewhere to live", and hears the worry', async () => {
    const { user, replies } = await answeredUpTo(TO_THE_BARRIERS.length);
    expect(replies).toMatch(/Somewhere to live\./);
    const heard = joined(await user.say('yes, might lose the flat'));
    expect(heard).toMatch(/It sounds like you are worried about where you will live\./);
    expect(heard).toMatch(/I have (?:let your adviser know|kept this for your adviser), so they can help with this\./);
    expect(heard).toMatch(/Childcare or caring\./);
    const { clientId, profile } = await profileOf(user);
    expect(profile.barriers).toMatchObject({ housing: 'yes' });
    expect(profile.barrierNotes).toMatchObject({ housing: 'yes, might lose the flat' });
    const [handOver] = await db().escalation.findMany({ where: { clientId, reason: 'specialist-barrier' } });
    expect(handOver?.detail).toMatch(/housing/);
  });

  it('does not keep "no thanks", said to the worry heard, as the answer to the barrier question', async () => {
    const { user } = await answeredUpTo(TO_THE_BARRIERS.length);
    expect(joined(await user.say('i feel really down'))).toMatch(/Would you like your adviser to get in touch\?/);
    await user.say('no thanks');
    for (const answer of ['No', 'No']) await user.say(answer);
    const heard = joined(await user.say('i feel low'));
    expect(heard).toMatch(/Your adviser is there if you want them\./);
    expect(heard).toMatch(/Health, in body or mind\./);
    const again = joined(await user.say('no thanks'));
    expect(again).toMatch(/OK\. Let us carry on\.\n(?:.|\n)*Health, in body or mind\./);
    expect((await profileOf(user)).profile.barriers.health).toBeUndefined();
    expect(joined(await user.say('Yes'))).toMatch(/Getting to work\./);
    expect((await profileOf(user)).profile.barriers.health).toBe('yes');
  });

  it('does not keep "ok" or "no thanks", after a worry kept with the answer before, as the next answer', async () => {
    expect(assessRisk(STRENGTH_READ_AS_A_WORRY).level).toBe('concern');
    expect(rulesHeardRisk(STRENGTH_READ_AS_A_WORRY)).toBe(false);
    const { user } = await answeredUpTo(TO_THE_BARRIERS.indexOf('talking to people'));
    const kept = joined(await user.say(STRENGTH_READ_AS_A_WORRY));
    expect(kept).toContain(worryKeptWithAnswer);
    const question = kept.split('\n').at(-1)!.replace(/ \[.*$/, '');
    const again = joined(await user.say('ok'));
    expect(again).toMatch(/OK\. Let us carry on\./);
    expect(again).toContain(question);
    expect(JSON.stringify((await profileOf(user)).profile)).not.toMatch(/"ok"|"Ok"/);
    expect(joined(await user.say('friendly'))).not.toContain(question);
  });

  it('asks "another job?" again after "no thanks" said to the worry heard at the reason for the job', async () => {
    const { user } = await answeredUpTo(TO_THE_BARRIERS.indexOf('i like people'));
    expect(joined(await user.say(STRENGTH_READ_AS_A_WORRY))).toMatch(/Is there another job you would like too\?/);
    const again = joined(await user.say('no thanks'));
    expect(again).toMatch(/OK\. Let us carry on\.\n(?:.|\n)*Is there another job you would like too\?/);
    expect(again).not.toMatch(/Step 2 of 8/);
  });
});
