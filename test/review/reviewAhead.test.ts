// Play-testing (2026-06): on the review day, a client whose only step was done tapped "Review my
// plan" after "It is time to look at your plan together" and got "None of your steps are due yet.
// Your next review is on" that very day; and a step for 15 July was asked "How did it go?" on
// 22 June, marked "Not done", and followed by "Your plan has drifted a bit". Real HTTP.
import { describe, expect, it } from 'vitest';
import { useBotUnderTest } from '../support/useBotUnderTest.ts';
import { ChatUser } from '../support/botUnderTest.ts';
import { testProvider } from '../support/testDatabase.ts';
import { PlanRepository } from '../../src/db/plans.ts';
import { seedReadyClient, startPlanBotOnFreshDatabase, TestClock } from '../plan/planTestBot.ts';

const MONDAY = new Date('2026-06-08T09:00:00Z'); // 10am in London
const REVIEW_TODAY = new Date('2026-06-07T23:00:00Z'); // Monday 8 June, midnight in London
const joined = (replies: string[]) => replies.join('\n');

describe(`a review on the review day, on ${testProvider}`, () => {
  const clock = new TestClock(MONDAY);
  const bot = useBotUnderTest(() => startPlanBotOnFreshDatabase(clock));

  async function clientWith(items: Array<{ text: string; dueAt: Date }>, options: { done?: string[]; reviewOn?: Date } = {}) {
    clock.current = MONDAY;
    const db = bot.app.database.db;
    const seeded = await seedReadyClient(db, { band: 'mixed', now: MONDAY });
    const plans = new PlanRepository(db, clock);
    await plans.addGoalWithItems(seeded.id, { text: 'Get a job in a shop', dueAt: null, items: items.map((item) => ({ ...item, owner: 'client' as const })) });
    const plan = (await plans.currentPlan(seeded.id))!;
    for (const text of options.done ?? []) await plans.changeItemStatus(seeded.id, plan.items.find((item) => item.text === text)!.lineageId, 'done', 'client');
    await plans.setNextReview(seeded.id, options.reviewOn ?? REVIEW_TODAY, 'bot');
    const user = new ChatUser(bot, { userId: seeded.userId });
    await user.say('hi');
    const itemNamed = async (text: string) => (await plans.currentPlan(seeded.id))!.items.find((item) => item.text === text);
    return { user, seeded, plans, itemNamed, goalLineageId: plan.goals[0]!.lineageId };
  }

  it('with every step done, praises them, asks for the next step and sets the next review', async () => {
    const { user, itemNamed, goalLineageId } = await clientWith([{ text: 'Make a CV', dueAt: new Date('2026-06-05T23:00:00Z') }], { done: ['Make a CV'] });
    const opening = joined(await user.say('Review my plan'));
    expect(opening).not.toMatch(/None of your steps are due yet/);
    expect(opening).toMatch(/You did your step: Make a CV\. Well done!/);
    expect(opening).toMatch(/What is your next step\? If there is none, tap "No more steps"\./);
    expect(opening).not.toMatch(/How did it go\?/);
    expect(joined(await user.say('Ask at Tesco about jobs by Friday'))).toMatch(/Thanks\. I have added it to your plan for Friday 12 June\./);
    expect(await itemNamed('Ask at Tesco about jobs')).toMatchObject({ status: 'open', goalLineageId, dueAt: new Date('2026-06-11T23:00:00Z') });
    expect(joined(await user.say('Not sure yet'))).toMatch(/How sure do you feel about reaching your goal now, from 1 to 10\?/);
    expect(joined(await user.say('6'))).toMatch(/How useful is your plan for you, from 1 to 5\?/);
    const closing = joined(await user.say('4'));
    expect(closing).toMatch(/Our next review is on Thursday 18 June\./);
    expect(closing).toMatch(/If it feels right, tap "I agree to this plan"/);
  });

  it('praises a step done at a review there, not again at the next review, which still asks what comes next', async () => {
    const { user } = await clientWith([{ text: 'Make a CV', dueAt: new Date('2026-06-05T23:00:00Z') }]);
    expect(joined(await user.say('Review my plan'))).toMatch(/Your step was: Make a CV/);
    clock.current = new Date('2026-06-08T09:05:00Z'); // marked done a few minutes after the review began
    for (const answer of ['done', 'I wrote it', 'good', 'I knew what to put', 'nothing', 'No more steps', 'Not sure yet', '6']) await user.say(answer);
    expect(joined(await user.say('4'))).toMatch(/Our next review is on Thursday 18 June\./);
    clock.current = new Date('2026-06-18T09:00:00Z');
    await user.say('cancel');
    const next = joined(await user.say('Review my plan'));
    expect(next).not.toMatch(/None of your steps are due yet|You did your step/);
    expect(next).toMatch(/What is your next step\? If there is none, tap "No more steps"\./);
  });

  it('asks what the step is when the answer to "what else" is only a yes, and takes "no more steps"', async () => {
    const { user, plans, seeded } = await clientWith([{ text: 'Make a CV', dueAt: new Date('2026-06-05T23:00:00Z') }], { done: ['Make a CV'] });
    await user.say('Review my plan');
    expect(joined(await user.say('yes'))).toMatch(/What is the step\? A few words is fine\./);
    expect(joined(await user.say('No more steps'))).toMatch(/If your first choice of job does not work out/);
    expect((await plans.currentPlan(seeded.id))!.items.map((item) => item.text)).toEqual(['Make a CV']);
  });

  it('checks a step not yet due, never asks how it went, and never marks it not done', async () => {
    const { user, itemNamed } = await clientWith([{ text: 'Go to college and ask about ESOL', dueAt: new Date('2026-07-14T23:00:00Z') }]);
    const opening = joined(await user.say('Review my plan'));
    expect(opening).toMatch(/Your step: Go to college and ask about ESOL\. This one is for Wednesday 15 July\. Can you still do it by then\?/);
    expect(opening).toMatch(/\[Yes\].*\[Change the day\]/);
    expect(opening).not.toMatch(/How did it go\?|It was for/);
    const onTrack = joined(await user.say('Is not 15 July yet. I not go yet'));
    expect(onTrack).toMatch(/Good\. I will remind you nearer the time\./);
    expect(onTrack).toMatch(/What else could you do before our next review\?/);
    expect(onTrack).not.toMatch(/How did it feel\?/);
    const after = joined(await user.say('No more steps'));
    expect(after).not.toMatch(/drifted/);
    expect(after).toMatch(/If your first choice of job does not work out/);
    expect(await itemNamed('Go to college and ask about ESOL')).toMatchObject({ status: 'open', dueAt: new Date('2026-07-14T23:00:00Z') });
  });

  it('moves a step not yet due to a new day when the client says so', async () => {
    const { user, itemNamed } = await clientWith([{ text: 'Write down my old jobs', dueAt: new Date('2026-06-25T23:00:00Z') }]);
    await user.say('Review my plan');
    expect(joined(await user.say('Change the day'))).toMatch(/What day would suit you better\?/);
    expect(joined(await user.say('after payday'))).toMatch(/I didn't catch that date\.[\s\S]*What day would suit you better\?/);
    expect(joined(await user.say('next Wednesday'))).toMatch(/OK\. I have moved it to Wednesday 17 June\. I will remind you nearer the time\./);
    expect(await itemNamed('Write down my old jobs')).toMatchObject({ status: 'open', dueAt: new Date('2026-06-16T23:00:00Z') });
  });

  it('asks how it went only for the step that is due, and checks the one still ahead', async () => {
    const { user } = await clientWith([
      { text: 'Make a CV', dueAt: new Date('2026-06-05T23:00:00Z') },
      { text: 'Visit the job fair', dueAt: new Date('2026-06-25T23:00:00Z') },
    ]);
    const opening = joined(await user.say('Review my plan'));
    expect(opening).toMatch(/Your step was: Make a CV\. It was for Saturday 6 June\. How did it go\?/);
    expect(opening).not.toMatch(/Visit the job fair/);
    for (const answer of ['done', 'I wrote it', 'good', 'I knew what to put', 'nothing']) await user.say(answer);
    const next = joined(await user.say('No more steps'));
    expect(next).toMatch(/Your step: Visit the job fair\. This one is for Friday 26 June\. Can you still do it by then\?/);
    expect(joined(await user.say('yes'))).toMatch(/Good\. I will remind you nearer the time\.[\s\S]*If your first choice of job does not work out/);
  });
});

describe(`"Your plan has drifted", on ${testProvider}`, () => {
  const clock = new TestClock(MONDAY);
  const bot = useBotUnderTest(() => startPlanBotOnFreshDatabase(clock));
  const notDone = ['not done', 'my laptop broke', 'not great', 'no laptop', 'nothing', 'No more steps'];

  async function clientWithDue(texts: string[]) {
    clock.current = MONDAY;
    const db = bot.app.database.db;
    const seeded = await seedReadyClient(db, { band: 'mixed', now: MONDAY });
    const plans = new PlanRepository(db, clock);
    const items = texts.map((text) => ({ text, owner: 'client' as const, dueAt: new Date('2026-06-05T23:00:00Z') }));
    await plans.addGoalWithItems(seeded.id, { text: 'Get a job in a shop', dueAt: null, items });
    const user = new ChatUser(bot, { userId: seeded.userId });
    await user.say('hi');
    await user.say('Review my plan');
    return { user, plans, seeded };
  }

  async function answerAll(user: ChatUser, answers: string[]): Promise<string> {
    let last: string[] = [];
    for (const answer of answers) last = await user.say(answer);
    return joined(last);
  }

  it('is not said after a single step not done', async () => {
    const { user } = await clientWithDue(['Make a CV']);
    const after = await answerAll(user, notDone);
    expect(after).toMatch(/That is OK\. Things get in the way for all of us/);
    expect(after).not.toMatch(/Your plan has drifted/);
  });

  it('is said when more than one step was not done', async () => {
    const { user } = await clientWithDue(['Make a CV', 'Ring the agency']);
    await answerAll(user, notDone);
    expect(await answerAll(user, notDone)).toMatch(/Your plan has drifted a bit\./);
  });

  it('is said when a step is not done at two reviews running', async () => {
    const { user, plans, seeded } = await clientWithDue(['Make a CV']);
    expect(await answerAll(user, notDone)).not.toMatch(/drifted/);
    await answerAll(user, ['Not sure yet', '5', '3']);
    await plans.addItem(seeded.id, { text: 'Ring the agency', owner: 'client', dueAt: new Date('2026-06-09T23:00:00Z') }, 'client');
    clock.current = new Date('2026-06-11T09:00:00Z');
    await user.say('cancel');
    expect(joined(await user.say('Review my plan'))).toMatch(/Your step was: Ring the agency/);
    expect(await answerAll(user, notDone)).toMatch(/Your plan has drifted a bit\./);
  });
});
