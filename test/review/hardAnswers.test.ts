// Play-testing (anxious client): after "i just couldnt" the review asked "How did it feel?" and then
// "What made it hard?" as well, and "anxiety" to that got no word back before the next question.
// Now what happened saying it was hard goes straight to what made it hard, and a feeling or a
// barrier named there is heard. Real HTTP.
import { describe, expect, it } from 'vitest';
import { useBotUnderTest } from '../support/useBotUnderTest.ts';
import { ChatUser } from '../support/botUnderTest.ts';
import { testProvider } from '../support/testDatabase.ts';
import { PlanRepository } from '../../src/db/plans.ts';
import { ReviewRepository } from '../../src/db/reviews.ts';
import { seedReadyClient, startPlanBotOnFreshDatabase, TestClock } from '../plan/planTestBot.ts';
import { hardHeard } from '../../src/messages/en/review.ts';
import { assessRisk, rulesHeardRisk } from '../../src/domain/risk.ts';
import { worryKeptWithAnswer } from '../../src/messages/en/crisis.ts';

const MONDAY = new Date('2026-06-08T09:00:00Z');
const joined = (replies: string[]) => replies.join('\n');

describe(`a step that was hard, in a review, on ${testProvider}`, () => {
  const clock = new TestClock(MONDAY);
  const bot = useBotUnderTest(() => startPlanBotOnFreshDatabase(clock));

  async function atWhatHappened() {
    const db = bot.app.database.db;
    const seeded = await seedReadyClient(db, { band: 'mixed', now: MONDAY });
    const plans = new PlanRepository(db, clock);
    await plans.addGoalWithItems(seeded.id, { text: 'Get a job', dueAt: null, items: [{ text: 'Look at 2 job adverts', owner: 'client', dueAt: new Date('2026-06-05T09:00:00Z') }] });
    const user = new ChatUser(bot, { userId: seeded.userId });
    await user.say('hi');
    await user.say('Review my plan');
    expect(joined(await user.say('not done'))).toMatch(/What happened\?/);
    const lineageId = (await plans.currentPlan(seeded.id))!.items[0]!.lineageId;
    return { user, history: () => new ReviewRepository(db).history(lineageId) };
  }

  it('"i just couldnt" goes to "What made it hard?", and "anxiety" there is heard before the next question', async () => {
    const { user, history } = await atWhatHappened();
    const next = joined(await user.say('i just couldnt'));
    expect(next).toMatch(/What made it hard\?/);
    expect(next).not.toMatch(/How did it feel\?/);
    const heard = await user.say('anxiety');
    expect(heard.join('\n')).toContain(hardHeard);
    expect(joined(heard)).toMatch(/What would you do differently next time\?/);
    expect(joined(await user.say('idk'))).toMatch(/What could you do next\?/);
    // Unsure at the next step: ideas as buttons and the question again (round fourteen); unsure again, no step.
    expect(joined(await user.say('idk'))).toMatch(/Here are a couple of ideas/);
    expect(joined(await user.say('idk'))).not.toMatch(/When will you do it\?|I have added it/);
    expect(await history()).toEqual([expect.objectContaining({ outcome: 'not-done', whatHappened: 'i just couldnt', wentWell: 'anxiety' })]);
  });

  it('"felt too anxious" is kept as how it felt, and "What made it hard?" is asked', async () => {
    const { user, history } = await atWhatHappened();
    expect(joined(await user.say('felt too anxious'))).toMatch(/What made it hard\?/);
    for (const answer of ['my nerves', 'idk', 'No more steps']) await user.say(answer);
    expect(await history()).toEqual([expect.objectContaining({ whatHappened: 'felt too anxious', feelings: 'felt too anxious', wentWell: 'my nerves' })]);
  });

  it('news that does not say it was hard still asks how it felt, and a plain answer gets no extra word', async () => {
    const { user } = await atWhatHappened();
    expect(joined(await user.say('ran out of time'))).toMatch(/How did it feel\?/);
    expect(joined(await user.say('not great'))).toMatch(/What made it hard\?/);
    const next = await user.say('the week got busy');
    expect(next.join('\n')).not.toContain(hardHeard);
    expect(joined(next)).toMatch(/What would you do differently next time\?/);
  });

  // Play-testing, round eight: "idk i just couldnt" had the adviser offered, and "What happened?" again.
  it('a worry only the models hear in what happened is kept as the answer, with one line offering the adviser', async () => {
    const said = 'idk i just couldnt';
    expect(assessRisk(said).level).toBe('concern');
    expect(rulesHeardRisk(said)).toBe(false);
    const { user, history } = await atWhatHappened();
    const replies = joined(await user.say(said));
    expect(replies).toContain(worryKeptWithAnswer);
    expect(replies).not.toMatch(/Would you like your adviser to get in touch\?|What happened\?/);
    for (const answer of ['my nerves', 'idk', 'No more steps']) await user.say(answer);
    expect(await history()).toEqual([expect.objectContaining({ whatHappened: said })]);
  });
});
