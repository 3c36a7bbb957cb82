// A feeling or news typed where a review asks for the next step, found by play-testing: "Not great"
// and "got an email sayin they rejected me. gutted ngl" had been saved as the plan's next step. They
// are heard now, as the other step questions hear them, and the question is asked again. Real HTTP.
import { describe, expect, it } from 'vitest';
import { useBotUnderTest } from '../support/useBotUnderTest.ts';
import { ChatUser } from '../support/botUnderTest.ts';
import { testProvider } from '../support/testDatabase.ts';
import { PlanRepository } from '../../src/db/plans.ts';
import { seedReadyClient, startPlanBotOnFreshDatabase, TestClock } from '../plan/planTestBot.ts';
import { rejectionHeard } from '../../src/messages/en/listening.ts';

const MONDAY = new Date('2026-06-08T09:00:00Z');
const joined = (replies: string[]) => replies.join('\n');

describe(`a feeling or news at the review's next step, on ${testProvider}`, () => {
  const clock = new TestClock(MONDAY);
  const bot = useBotUnderTest(() => startPlanBotOnFreshDatabase(clock));

  /** A client whose step was due last Friday, at the review's "What could you do next?". */
  async function atTheNextStep() {
    const db = bot.app.database.db;
    const seeded = await seedReadyClient(db, { band: 'mixed', now: MONDAY });
    const plans = new PlanRepository(db, clock);
    await plans.addGoalWithItems(seeded.id, { text: 'Get a job', dueAt: null, items: [{ text: 'Apply for 2 jobs', owner: 'client', dueAt: new Date('2026-06-05T09:00:00Z') }] });
    const user = new ChatUser(bot, { userId: seeded.userId });
    await user.say('hi');
    for (const answer of ['Review my plan', 'not done', 'no luck', 'not great', 'no replies', 'nothing']) await user.say(answer);
    const nextStep = async () => (await plans.currentPlan(seeded.id))!.items.find((item) => item.text !== 'Apply for 2 jobs');
    return { user, nextStep };
  }

  it('"Not great" is heard as a feeling, not kept as the step', async () => {
    const { user, nextStep } = await atTheNextStep();
    const replies = joined(await user.say('Not great'));
    expect(replies).toMatch(/That sounds (?:really )?hard\. Thank you for telling me\./);
    expect(replies).toMatch(/What could you do next\?/);
    expect(replies).not.toMatch(/When will you do it\?/);
    expect(joined(await user.say('apply for 2 more jobs'))).toMatch(/When will you do it\?/);
    await user.say('friday');
    expect(await nextStep()).toMatchObject({ text: 'Apply for 2 more jobs' });
  });

  it('news of a rejection is met kindly first, and not kept as the step', async () => {
    const { user, nextStep } = await atTheNextStep();
    const replies = joined(await user.say('got an email sayin they rejected me. gutted ngl'));
    expect(replies).toContain(rejectionHeard);
    expect(replies).toMatch(/What could you do next\?/);
    expect(replies).not.toMatch(/When will you do it\?/);
    expect(await nextStep()).toBeUndefined();
  });

  it('a step said with the news is still the step', async () => {
    const { user } = await atTheNextStep();
    expect(joined(await user.say('got rejected from tesco so apply to asda'))).toMatch(/When will you do it\?/);
  });
});
