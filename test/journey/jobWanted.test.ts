// The job a client would like, as typed at the self-assessment and later at "Which job does this
// help you with?" (play-testing: "chef, actually no, kitchen porter to start" and "yes" were kept
// word for word as jobs, and "kitchen porter" was then refused at the goal), over real HTTP.
import { describe, expect, it } from 'vitest';
import { useBotUnderTest } from '../support/useBotUnderTest.ts';
import { ChatUser } from '../support/botUnderTest.ts';
import { testProvider } from '../support/testDatabase.ts';
import { ProfileRepository } from '../../src/db/profiles.ts';
import { PlanRepository } from '../../src/db/plans.ts';
import { seedReadyClient, startPlanBotOnFreshDatabase, TestClock } from '../plan/planTestBot.ts';
import { consentAndLink, joined } from './journey.ts';

const MONDAY = new Date('2026-06-08T09:00:00Z');

describe(`the job wanted, read for what it means, on ${testProvider}`, () => {
  const clock = new TestClock(MONDAY);
  const bot = useBotUnderTest(() => startPlanBotOnFreshDatabase(clock));
  const db = () => bot.app.database.db;

  async function jobsOf(user: ChatUser) {
    const client = await db().client.findUnique({ where: { userKey: `emulator:${user.userId}` } });
    return (await new ProfileRepository(db()).loadProgress(client!.id)).profile.jobGoals.map((job) => job.title);
  }

  it('asks again after "yes" and a sentence about something else, keeps the job after a change of mind', async () => {
    const user = new ChatUser(bot);
    await consentAndLink(user, { name: 'Kim', code: "I don't have one" });
    expect(joined(await user.say('yes'))).toMatch(/not sure which job you mean[\s\S]*What kind of job would you like most\?/);
    expect(joined(await user.say('The new computer system, I never really got the hang of it'))).toMatch(/not sure which job you mean/);
    expect(await jobsOf(user)).toEqual([]);
    expect(joined(await user.say('chef, actually no, kitchen porter to start'))).toMatch(/What makes you want that job\?/);
    expect(await jobsOf(user)).toEqual(['Kitchen porter']);
  });

  it('keeps "maybe retail or care work idk" as two jobs, and asks for one more', async () => {
    const user = new ChatUser(bot);
    await consentAndLink(user, { name: 'Kim', code: "I don't have one" });
    await user.say('maybe retail or care work idk');
    expect(joined(await user.say('I like people'))).toMatch(/Is there one more job you would like\?/);
    expect(await jobsOf(user)).toEqual(['Retail', 'Care work']);
  });

  async function toTheJobQuestion(jobs: string[]) {
    const seeded = await seedReadyClient(db(), { band: 'internal', now: MONDAY, jobGoals: jobs.map((title) => ({ title, reason: null, route: null })) });
    const user = new ChatUser(bot, { userId: seeded.userId });
    await user.say('hi');
    await user.say('Set a goal');
    await user.say('apply for 2 kitchen jobs by Friday');
    const replies = joined(await user.say('8'));
    return { user, seeded, replies };
  }

  it('takes "kitchen porter" at the goal for a job kept tidy', async () => {
    const { user, seeded, replies } = await toTheJobQuestion(['Kitchen porter']);
    expect(replies).toMatch(/Which job/);
    expect(joined(await user.say('kitchen porter'))).toMatch(/\[Yes\] \[Change\]/);
    await user.say('Yes');
    const [plan] = (await new PlanRepository(db()).planVersions(seeded.id)).reverse();
    expect(plan!.goals[0]).toMatchObject({ jobGoal: 'Kitchen porter' });
  });

  it('takes "office work" for "Office admin", and "any of them" as no one job', async () => {
    const first = await toTheJobQuestion(['Office admin', 'Kitchen porter']);
    expect(joined(await first.user.say('office work'))).toMatch(/\[Yes\] \[Change\]/);
    await first.user.say('Yes');
    const [plan] = (await new PlanRepository(db()).planVersions(first.seeded.id)).reverse();
    expect(plan!.goals[0]).toMatchObject({ jobGoal: 'Office admin' });
    const second = await toTheJobQuestion(['Office admin', 'Kitchen porter']);
    expect(joined(await second.user.say('any of them'))).toMatch(/\[Yes\] \[Change\]/);
  });
});
