// A client asks, in their own words, for part of the plan to be done by their adviser. Play-testing
// found each of these lost: "Sorry, I didn't catch that" at the menu, "Here is my question again"
// for a diploma to be recognised, the request kept as the client's own first step, and kept as the
// answer to "Time out of work". Now each goes to the adviser, and into the plan where there is one,
// under "What your adviser will do", and the client is told so plainly, with no day promised.
import { describe, expect, it } from 'vitest';
import { useBotUnderTest } from '../support/useBotUnderTest.ts';
import { ChatUser } from '../support/botUnderTest.ts';
import { testProvider } from '../support/testDatabase.ts';
import { PlanRepository } from '../../src/db/plans.ts';
import { BARRIER_IDS } from '../../src/domain/barriers.ts';
import { seedReadyClient, startPlanBotOnFreshDatabase, TestClock, type SeededClient } from './planTestBot.ts';
import { clientByUser, consentAndLink, joined } from '../journey/journey.ts';

const MONDAY = new Date('2026-06-08T09:00:00Z'); // 10am in London
const FRIDAY = new Date('2026-06-11T23:00:00Z');
const MENU = /What would you like to do(?: next)?\?/;
const OWN_PART = 'And what is one thing you will do yourself?';
/** The first of the messages a turn sends (they reach the client joined into one, a blank line apart). */
const firstSaid = (replies: string[]) => joined(replies).split('\n\n')[0];

describe(`asking for a step the adviser will do, on ${testProvider}`, () => {
  const clock = new TestClock(MONDAY);
  const bot = useBotUnderTest(() => startPlanBotOnFreshDatabase(clock));
  const db = () => bot.app.database.db;
  const plans = () => new PlanRepository(db(), clock);

  async function withAgreedPlan(): Promise<SeededClient> {
    const seeded = await seedReadyClient(db(), { band: 'mixed', now: MONDAY });
    await plans().addGoalWithItems(seeded.id, { text: 'Get a job in a shop', dueAt: null, items: [{ text: 'Make a CV', owner: 'client', dueAt: FRIDAY }] });
    await plans().agree(seeded.id);
    return seeded;
  }

  const adviserSteps = async (clientId: string) =>
    ((await plans().currentPlan(clientId))?.items ?? []).filter((item) => item.owner === 'adviser').map(({ text, createdBy, dueAt, status }) => ({ text, createdBy, dueAt, status }));

  it('at the menu: puts it in the plan as the adviser\'s step, tells the adviser, and says so plainly, once', async () => {
    const seeded = await withAgreedPlan();
    const user = new ChatUser(bot, { userId: seeded.userId });
    await user.say('hi');

    const replies = await user.say('Could you please add to the plan that my adviser will help me write the CV?');
    expect(firstSaid(replies)).toBe('I have asked your adviser to help you write your CV. It is in your plan under "What your adviser will do". Your adviser will talk to you about it.');
    expect(joined(replies)).toMatch(MENU);
    expect(joined(replies)).not.toMatch(/didn't catch that|within|by \w+day/);

    expect(await adviserSteps(seeded.id)).toEqual([{ text: 'Help me write my CV', createdBy: 'client', dueAt: null, status: 'open' }]);
    const plan = (await plans().currentPlan(seeded.id))!;
    expect(plan.items.map((item) => item.text)).toEqual(['Make a CV', 'Help me write my CV']);
    // A new step: the client and the adviser agree to the plan again.
    expect(plan).toMatchObject({ status: 'draft', clientAgreedAt: null, adviserAgreedAt: null });
    const [escalation, ...more] = await db().escalation.findMany({ where: { clientId: seeded.id } });
    expect(more).toEqual([]);
    expect(escalation).toMatchObject({ reason: 'client-asked' });
    expect(escalation!.detail).toContain('Asked for a step in their plan that you would do: "Help me write my CV".');
    expect(escalation!.detail).toContain('They said: "Could you please add to the plan that my adviser will help me write the CV?"');

    const again = await user.say('can my adviser help me write my CV');
    expect(firstSaid(again)).toBe('You have asked your adviser for this already. It is in your plan under "What your adviser will do". Your adviser will talk to you about it.');
    expect(await adviserSteps(seeded.id)).toHaveLength(1);
    expect(await db().escalation.count({ where: { clientId: seeded.id } })).toBe(1);

    const shown = await user.say('My plan');
    const card = user.replies().filter((activity) => activity.attachments?.length).at(-1)!.attachments[0].content;
    expect(card.fallbackText).toMatch(/What your adviser will do:\n- Help me write my CV/);
    expect(joined(shown)).toMatch(/I agree to this plan/);
  });

  it('at the menu: the diploma question and the weekly vacancies, as play-tested, each become the adviser\'s step', async () => {
    const seeded = await withAgreedPlan();
    const user = new ChatUser(bot, { userId: seeded.userId });
    await user.say('hi');

    const diploma = await user.say('Can my adviser please check how I make my diploma valid? I not understand the NARIC website');
    expect(firstSaid(diploma)).toBe('I have asked your adviser to check how you make your diploma valid. It is in your plan under "What your adviser will do". Your adviser will talk to you about it.');
    expect(joined(diploma)).not.toMatch(/Here is my question again/);
    const vacancies = await user.say('can my adviser send me retail vacancies each week? can that go in the plan as their bit');
    expect(firstSaid(vacancies)).toMatch(/^I have asked your adviser to send you retail vacancies each week\./);

    expect((await adviserSteps(seeded.id)).map((step) => step.text)).toEqual(['Check how I make my diploma valid', 'Send me retail vacancies each week']);
    // One hand-over, the second request added to it.
    const [escalation, ...more] = await db().escalation.findMany({ where: { clientId: seeded.id } });
    expect(more).toEqual([]);
    expect(escalation!.detail).toContain('"Check how I make my diploma valid"');
    expect(escalation!.detail).toContain('"Send me retail vacancies each week"');
    const notes = await db().escalationNote.findMany({ where: { escalationId: escalation!.id } });
    expect(notes.map((note) => note.text)).toContain('can my adviser send me retail vacancies each week? can that go in the plan as their bit');
  });

  it('leaves words about the adviser that ask for no task out of the plan', async () => {
    const seeded = await withAgreedPlan();
    const user = new ChatUser(bot, { userId: seeded.userId });
    await user.say('hi');
    for (const said of ['can my adviser help me?', 'when will my adviser call me?']) {
      expect(joined(await user.say(said))).not.toMatch(/It is in your plan under/);
    }
    expect(await adviserSteps(seeded.id)).toEqual([]);
  });

  it('hears it as the first words of a visit, before the menu', async () => {
    const seeded = await withAgreedPlan();
    const user = new ChatUser(bot, { userId: seeded.userId });
    const replies = joined(await user.say('ask my adviser to ring the college'));
    expect(replies).toMatch(/I have asked your adviser to ring the college\. It is in your plan under "What your adviser will do"\./);
    expect(replies).toMatch(/What would you like to do\?/);
    expect(await adviserSteps(seeded.id)).toEqual([{ text: 'Ring the college', createdBy: 'client', dueAt: null, status: 'open' }]);
  });

  it("where the client's own first step is asked: the adviser's part goes in, then their own part is asked, and the plan keeps both", async () => {
    const seeded = await seedReadyClient(db(), { band: 'internal', now: MONDAY });
    const user = new ChatUser(bot, { userId: seeded.userId });
    await user.say('hi');
    await user.say('Set a goal');
    expect(joined(await user.say('get a job as a maintenance supervisor'))).toMatch(/What's the first step you'll take toward your goal\?/);

    const replies = await user.say('I would prefer my adviser to write the CV for me, frankly. I can then send it to agencies.');
    expect(joined(replies)).toBe(
      `I have asked your adviser to write your CV for you. It is in your plan under "What your adviser will do". Your adviser will talk to you about it.\n\n${OWN_PART} [Look at 2 job adverts] [Ring an agency] [Update my CV] [Help] [Talk to my adviser]`,
    );

    // Asked again, the question asks for their own part still.
    expect(joined(await user.say('what do you mean?'))).toContain(OWN_PART);
    expect(joined(await user.say('Write down my work history since 1993'))).toMatch(/When will you have it done by\?/);
    await user.say('Friday');
    await user.say('8');
    const readBack = joined(await user.say('Cleaner'));
    expect(readBack).toContain('Your first step: "Write down my work history since 1993", by Friday 12 June.');
    expect(readBack).not.toMatch(/prefer my adviser/);
    await user.say('Yes');

    const plan = (await plans().currentPlan(seeded.id))!;
    expect(plan.goals.map((goal) => goal.text)).toEqual(['Get a job as a maintenance supervisor']);
    expect(plan.items.map(({ text, owner, createdBy }) => [text, owner, createdBy])).toEqual([
      ['Write my CV for me', 'adviser', 'client'],
      ['Write down my work history since 1993', 'client', 'client'],
    ]);
    // The first plan still starts from the jobs they would like.
    expect(plan.jobGoals.map((job) => job.title)).toEqual(['Cleaner']);
    expect(await db().escalation.count({ where: { clientId: seeded.id, reason: 'client-asked' } })).toBe(1);
  });

  it("where a review asks for the next step: the adviser's part goes in, and the client's own next step is asked", async () => {
    const seeded = await seedReadyClient(db(), { band: 'mixed', now: MONDAY });
    await plans().addGoalWithItems(seeded.id, { text: 'Get a job', dueAt: null, items: [{ text: 'Update my CV', owner: 'client', dueAt: new Date('2026-06-05T09:00:00Z') }] });
    const user = new ChatUser(bot, { userId: seeded.userId });
    await user.say('hi');
    for (const answer of ['Review my plan', 'not done', 'my laptop broke', 'not great', 'no laptop']) await user.say(answer);
    expect(joined(await user.say('nothing'))).toMatch(/What could you do next\?/);

    const replies = joined(await user.say('can my adviser book me a laptop at the library'));
    expect(replies).toMatch(/^I have asked your adviser to book you a laptop at the library\. It is in your plan under "What your adviser will do"\./);
    expect(replies).toContain(OWN_PART);
    expect(await adviserSteps(seeded.id)).toEqual([{ text: 'Book me a laptop at the library', createdBy: 'client', dueAt: null, status: 'open' }]);
    expect(joined(await user.say('finish my cv at the library'))).toMatch(/When will you do it\?/);
    await user.say('friday');
    const own = (await plans().currentPlan(seeded.id))!.items.filter((item) => item.owner === 'client').map((item) => item.text);
    expect(own).toEqual(['Update my CV', 'Finish my CV at the library']);
  });

  it('leaves debts, housing and a record to the hand-over that puts its own adviser step in the plan', async () => {
    const seeded = await withAgreedPlan();
    const user = new ChatUser(bot, { userId: seeded.userId });
    await user.say('hi');
    await user.say('can my adviser help me sort out my debts');
    expect((await adviserSteps(seeded.id)).map((step) => step.text)).toEqual(['Your adviser will help you find free debt advice']);
  });

  it('at a barrier question before there is a plan: passed to the adviser, never kept as the answer, and the question asked again', async () => {
    const user = new ChatUser(bot);
    await consentAndLink(user, { name: 'Dev', code: "I don't have one" });
    for (const answer of ['shop work', 'Skip', "No, that's all", 'No', 'Skip', 'Skip', 'Skip', 'Skip', 'Skip', 'Skip']) await user.say(answer);
    expect(joined(await user.say('No one yet'))).toMatch(/Step 6 of 8/);
    for (const _ of BARRIER_IDS.slice(0, BARRIER_IDS.indexOf('work-gaps'))) await user.say('No');

    const replies = await user.say('can my adviser find me some retail vacancies and send them to me?');
    expect(firstSaid(replies)).toBe('I have asked your adviser to find you some retail vacancies and send them to you. Your adviser will decide what to do about it.');
    expect(joined(replies)).toMatch(/Time out of work\.\nDoes this make it hard for you to get or keep a job\?/);
    expect(joined(replies)).not.toMatch(/Alcohol or drugs/);

    const client = (await clientByUser(bot, user))!;
    const profile = await db().vocationalProfile.findUnique({ where: { clientId: client.id } });
    expect(profile!.data).not.toMatch(/"work-gaps"/);
    expect(await plans().currentPlan(client.id)).toBeNull();
    const escalation = await db().escalation.findFirst({ where: { clientId: client.id, reason: 'client-asked' } });
    expect(escalation!.detail).toContain('Asked you to do something for them: "Find me some retail vacancies and send them to me". They have no plan yet');

    expect(joined(await user.say('No'))).toMatch(/Alcohol or drugs\./);
    const answered = await db().vocationalProfile.findUnique({ where: { clientId: client.id } });
    expect(answered!.data).toMatch(/"work-gaps":"no"/);
  });

  it('at a barrier question with a plan: the adviser\'s step goes in the plan, and the question comes again', async () => {
    const seeded = await withAgreedPlan();
    const user = new ChatUser(bot, { userId: seeded.userId });
    await user.say('hi');
    await user.say('Update my profile');
    expect(joined(await user.say('Things that make work harder'))).toMatch(/Somewhere to live\./);

    const replies = joined(await user.say('ask my adviser to ring the council about a flat'));
    expect(replies).toMatch(/^I have asked your adviser to ring the council about a flat\. It is in your plan under "What your adviser will do"\./);
    expect(replies).toMatch(/Somewhere to live\.\nDoes this make it hard/);
    expect(await adviserSteps(seeded.id)).toEqual([{ text: 'Ring the council about a flat', createdBy: 'client', dueAt: null, status: 'open' }]);
  });
});
