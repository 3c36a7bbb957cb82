// A client answers a reminder with its buttons, over real HTTP: "Done" closes the step (a new plan
// version) and cancels what is left; "I need more time" moves the date and its reminders. Done-ish
// words typed instead ("did 1 on indeed", "sent it") are read as the button would be.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PlanRepository } from '../../src/db/plans.ts';
import { syncPlanReminders } from '../../src/scheduler/reminderPlanning.ts';
import { ChatUser, type BotUnderTest } from '../support/botUnderTest.ts';
import { createEmptyDatabase, testProvider, type TestDatabase } from '../support/testDatabase.ts';
import { seedReadyClient, startPlanBot, TestClock } from '../plan/planTestBot.ts';
import { clientAtTheMenuWithSteps } from './reminderClients.ts';
import * as say from '../../src/messages/en/reminders.ts';

describe(`answering a reminder on ${testProvider}`, () => {
  let database: TestDatabase;
  let bot: BotUnderTest;
  const clock = new TestClock(new Date('2026-11-23T09:00:00Z'));

  beforeAll(async () => {
    database = await createEmptyDatabase();
    bot = await startPlanBot(database.url, clock);
  });
  afterAll(async () => {
    await bot.stop();
    await database.drop();
  });

  async function clientWithReminderSent(stepText: string) {
    clock.current = new Date('2026-11-23T09:00:00Z');
    const db = bot.app.services.db;
    const seeded = await seedReadyClient(db, { band: 'mixed', now: clock.now() });
    const user = new ChatUser(bot, { userId: seeded.userId });
    await user.say('hi');
    await new PlanRepository(db, clock).addGoalWithItems(seeded.id, {
      text: 'Apply for 2 cleaning jobs by Friday',
      dueAt: new Date('2026-11-27T00:00:00Z'),
      items: [{ text: stepText, owner: 'client', dueAt: new Date('2026-11-25T00:00:00Z') }],
    });
    await syncPlanReminders(bot.app.services, seeded.id);
    clock.current = new Date('2026-11-23T10:00:00Z');
    await bot.app.reminders.tick(clock.now());
    const plans = new PlanRepository(db, clock);
    const lineageId = (await plans.currentPlan(seeded.id))!.items[0]!.lineageId;
    const step = async () => (await plans.currentPlan(seeded.id))!.items.find((item) => item.lineageId === lineageId)!;
    return { seeded, user, lineageId, db, step };
  }

  it('"Done" marks the step done in a new version and cancels its other reminders', async () => {
    const { seeded, user, lineageId, db } = await clientWithReminderSent('Ask Jo for a reference');
    const reminder = user.replies().at(-1)!;
    expect(reminder.text).toMatch(/Ask Jo for a reference/);
    expect(reminder.suggestedActions.actions.map((a: { title: string }) => a.title)).toEqual(say.reminderButtons);

    const replies = await user.say('Done');
    expect(replies.join(' ')).toContain(say.markedDone);
    const plan = await new PlanRepository(db, clock).currentPlan(seeded.id);
    expect(plan!.version).toBe(2);
    expect(plan!.items.find((i) => i.lineageId === lineageId)!.status).toBe('done');
    const pending = await db.reminder.count({ where: { itemLineageId: lineageId, status: 'pending' } });
    expect(pending).toBe(0);
  });

  it('"I need more time" never moves a step earlier: an earlier day gets a second chance', async () => {
    const { seeded, user, lineageId, db } = await clientWithReminderSent('Phone the college');
    await user.say('I need more time');
    expect((await user.say('tomorrow')).join(' ')).toMatch(/That is before the day you had, Wednesday 25 November\. Which later day would work\?/);
    expect((await user.say('next monday')).join(' ')).toMatch(/I have moved it to Monday 30 November/);
    const item = (await new PlanRepository(db, clock).currentPlan(seeded.id))!.items.find((i) => i.lineageId === lineageId)!;
    expect(item.dueAt!.toISOString()).toBe('2026-11-30T00:00:00.000Z');
  });

  it('"I need help" asks what help the step needs, and tells the adviser which step, without crisis numbers', async () => {
    const { seeded, user, db } = await clientWithReminderSent('Fill in the council job form');
    const asked = (await user.say('I need help')).join(' ');
    expect(asked).toMatch(/What help do you need with "Fill in the council job form"\?/);
    const told = (await user.say('I dont understand the questions about my last job')).join(' ');
    expect(told).toMatch(/I have asked your adviser to help you with this step/);
    expect(told).not.toMatch(/Samaritans|999/);
    const escalation = await db.escalation.findFirstOrThrow({ where: { clientId: seeded.id } });
    expect(escalation.detail).toContain('"Fill in the council job form"');
    expect(escalation.detail).toContain('I dont understand the questions about my last job');
  });

  it("ignores a button's data that names another client's step", async () => {
    const other = await clientWithReminderSent('Visit the job fair');
    const { seeded, user, db } = await clientWithReminderSent('Update my CV');
    const replies = await user.say('Done', { value: { reminderKey: 'x', reminderAnswer: 'done', itemLineageId: other.lineageId } });
    expect(replies.join(' ')).toContain(say.nothingToAnswer);
    const theirs = (await new PlanRepository(db, clock).currentPlan(other.seeded.id))!.items[0]!;
    expect(theirs.status).toBe('open');
    expect((await new PlanRepository(db, clock).currentPlan(seeded.id))!.items[0]!.status).toBe('open');
  });

  it('"I need more time" asks for a day, moves the step and its reminders', async () => {
    const { seeded, user, lineageId, db } = await clientWithReminderSent('Fill in the form for the bakery job');
    expect((await user.say('i need more time')).join(' ')).toContain(say.askNewDate);
    expect((await user.say('whenever')).join(' ')).toContain(say.newDateNotUnderstood);
    await user.say('next friday');
    const item = (await new PlanRepository(db, clock).currentPlan(seeded.id))!.items.find((i) => i.lineageId === lineageId)!;
    expect(item.dueAt!.toISOString()).toBe('2026-12-04T00:00:00.000Z');
    const pending = await db.reminder.findMany({ where: { itemLineageId: lineageId, status: 'pending' }, orderBy: { sendAt: 'asc' } });
    expect(pending.length).toBeGreaterThan(0);
    expect(pending[0]!.sendAt.getTime()).toBeGreaterThan(new Date('2026-12-01T00:00:00Z').getTime());
  });
  // Typed the way people answer a reminder, found by play-testing: "finished it!!" and "sorted it" had
  // got "That is good to hear" with the step left open, "can i have till friday" "didn't catch that".
  it.each([
    ['finished it!!', 'done', null],
    ['sorted it', 'done', null],
    ['yep did it yesterday', 'done', null],
    ['can i have till friday', 'open', new Date('2026-11-27T00:00:00Z')],
    ['havent started it tbh', 'open', null],
  ])('"%s" answers the reminder', async (typed, status, movedTo) => {
    const { seeded, user, lineageId, db } = await clientWithReminderSent('Update my CV');
    const replies = (await user.say(typed)).join('\n');
    const step = (await new PlanRepository(db, clock).currentPlan(seeded.id))!.items.find((i) => i.lineageId === lineageId)!;
    expect(step.status).toBe(status);
    if (status === 'done') expect(replies).toContain(say.markedDone);
    else if (movedTo) expect(step.dueAt).toEqual(movedTo);
    else expect(replies).toMatch(/When do you think you can do it\?/);
  });

  // Play-testing: "Done, I went on Tuesday..." had "Sorry, I didn't catch that" and the menu.
  it.each([
    ['Done, I went on Tuesday and they have a class on Thursday mornings', 'done', 'done', 'I went on Tuesday and they have a class on Thursday mornings'],
    ['did it - rang them this morning', 'done', 'done', 'rang them this morning'],
    ['Not done, I was ill all week', 'open', 'not-done', 'I was ill all week'],
  ])('"%s" answers the reminder, and what happened is kept with the step', async (typed, status, outcome, whatHappened) => {
    const { seeded, user, lineageId, db } = await clientWithReminderSent('Visit the library');
    const replies = (await user.say(typed)).join('\n');
    expect(replies).not.toMatch(/didn't catch that/);
    const step = (await new PlanRepository(db, clock).currentPlan(seeded.id))!.items.find((i) => i.lineageId === lineageId)!;
    expect(step.status).toBe(status);
    expect(replies).toContain(status === 'done' ? say.markedDone : say.askDayAfterReason);
    expect(await db.reviewEntry.findMany({ where: { itemLineageId: lineageId } })).toMatchObject([{ outcome, whatHappened }]);
  });

  it('"help" and news at the menu after a reminder are not answers to it', async () => {
    const { seeded, user, lineageId, db } = await clientWithReminderSent('Update my CV');
    expect((await user.say('help')).join('\n')).toMatch(/Here is what you can type at any time/);
    expect((await user.say('i have an interview tomorrow')).join('\n')).toMatch(/I have added an interview/);
    const step = (await new PlanRepository(db, clock).currentPlan(seeded.id))!.items.find((i) => i.lineageId === lineageId)!;
    expect(step).toMatchObject({ status: 'open', dueAt: new Date('2026-11-25T00:00:00Z') });
  });

  it('"i need help with it" asks what help the step needs', async () => {
    const { user } = await clientWithReminderSent('Update my CV');
    expect((await user.say('i need help with it')).join('\n')).toMatch(/What help do you need with "Update my CV"\?/);
  });

  // Done-ish words, found by play-testing: "did 1 on indeed" to a reminder about looking for
  // warehouse jobs had "Sorry, I didn't catch that", and three days later "That is OK, plans
  // change", as if the step was missed.
  it.each([
    ['did 1 on indeed', 'Look at warehouse jobs on Indeed, once'],
    ['sent it', 'Email my CV to the agency'],
    ['applied to 2', 'Apply for 2 cleaning jobs'],
    ['yeah did 3', 'Apply for 3 jobs'],
  ])('%j to "%s" marks the step done, and keeps the words', async (typed, stepText) => {
    const { user, lineageId, db, step } = await clientWithReminderSent(stepText);
    expect(user.replies().at(-1)!.text).toContain(stepText);
    const replies = (await user.say(typed)).join('\n');
    expect(replies).toContain(say.markedDone);
    expect(replies).not.toMatch(/didn't catch that/);
    expect((await step()).status).toBe('done');
    expect(await db.reminder.count({ where: { itemLineageId: lineageId, status: 'pending' } })).toBe(0);
    expect(await db.reviewEntry.findMany({ where: { itemLineageId: lineageId } })).toMatchObject([{ outcome: 'done', whatHappened: typed }]);
  });

  it('"did 1" to "Apply for 3 jobs" is a start: the step stays open and a new day is asked', async () => {
    const { user, step } = await clientWithReminderSent('Apply for 3 jobs');
    const replies = (await user.say('did 1')).join('\n');
    expect(replies).toContain(say.partlyDone);
    expect(replies).toContain(say.askNewDate);
    expect((await step()).status).not.toBe('done');
  });

  it('"applied to 2" to a step that is not about applying is not an answer to it', async () => {
    const { user, step } = await clientWithReminderSent('Update my CV');
    expect((await user.say('applied to 2')).join('\n')).not.toContain(say.markedDone);
    expect((await step()).status).toBe('open');
  });

  // Play-testing: "started at tesco monday" had been kept as the step half done, and the job not heard.
  describe('news of a job, typed after a reminder', () => {
    it('is a job, not a step begun; the step still open is kept or taken off as the client says', async () => {
      const { seeded, user, step, db } = await clientWithReminderSent('Apply for 3 warehouse jobs on Indeed');
      const replies = (await user.say('started at tesco monday')).join(' ');
      expect(replies).toMatch(/Well done on the job at Tesco\./);
      expect(replies).not.toMatch(/you have made a start/);
      expect(replies).toMatch(/Your plan still has a step for finding work: "Apply for 3 warehouse jobs on Indeed"\. Do you still want it in your plan\?/);
      expect(await db.employment.findMany({ where: { clientId: seeded.id } })).toMatchObject([{ employer: 'Tesco' }]);
      expect((await user.say('Take it off')).join(' ')).toMatch(/I have taken it off your plan\. Your adviser will see the change\./);
      expect((await step()).status).toBe('dropped');
      expect(await db.reminder.count({ where: { itemLineageId: (await step()).lineageId, status: 'pending' } })).toBe(0);
    });

    it('"keep them" keeps the step and its reminders', async () => {
      const { user, step, db } = await clientWithReminderSent('Update my CV');
      await user.say('i got the job at the care home!!');
      await user.say('monday');
      expect((await user.say('keep it')).join(' ')).toMatch(/It stays in your plan, and I will still remind you\./);
      expect((await step()).status).toBe('open');
      expect(await db.reminder.count({ where: { itemLineageId: (await step()).lineageId, status: 'pending' } })).toBeGreaterThan(0);
    });

    it('"i started on my cv" is still the step begun', async () => {
      const { user } = await clientWithReminderSent('Update my CV');
      const replies = (await user.say('i started on my cv')).join(' ');
      expect(replies).not.toMatch(/Well done on the job/);
      expect(replies).toMatch(/you have made a start/);
    });
  });
});


const ASK_JO = { text: 'Ask Jo for a reference', dueAt: '2026-11-25T00:00:00Z' };

describe(`a reminder newer than the question on screen, on ${testProvider}`, () => {
  let database: TestDatabase;
  let bot: BotUnderTest;
  const clock = new TestClock(new Date('2026-11-23T09:00:00Z'));

  beforeAll(async () => {
    database = await createEmptyDatabase();
    bot = await startPlanBot(database.url, clock);
  });
  afterAll(async () => {
    await bot.stop();
    await database.drop();
  });

  /** A client with one step, at the menu on Monday; its reminder goes out on Tuesday at 10am. */
  async function clientWithAStep() {
    const { seeded, user, plans } = await clientAtTheMenuWithSteps(bot, clock, [ASK_JO]);
    const stepStatus = async () => (await plans.currentPlan(seeded.id))!.items[0]!.status;
    return { user, stepStatus };
  }

  // A question left on screen for a day (a plan waiting to be agreed, a goal half set) had taken
  // "done it" typed to the next morning's reminder, and said "didn't catch that" (play-testing).
  it('typed "done it" answers the reminder sent after the client last wrote, not the older question', async () => {
    const { user, stepStatus } = await clientWithAStep();
    expect((await user.say('Set a goal')).join('\n')).toMatch(/What would you like to work on\?/);
    clock.current = new Date('2026-11-24T10:00:00Z');
    await bot.app.reminders.tick(clock.now());
    expect(user.replies().at(-1)!.text).toMatch(/Ask Jo for a reference/);
    clock.current = new Date('2026-11-24T12:00:00Z');
    const replies = (await user.say('done it')).join('\n');
    expect(replies).toContain(say.markedDone);
    expect(replies).not.toMatch(/didn't catch that/);
    expect(await stepStatus()).toBe('done');
  });

  it('with the question asked after the reminder, typed "done" is still the answer to that question', async () => {
    const { user, stepStatus } = await clientWithAStep();
    clock.current = new Date('2026-11-24T10:00:00Z');
    await bot.app.reminders.tick(clock.now());
    clock.current = new Date('2026-11-24T11:00:00Z');
    expect((await user.say('Set a goal')).join('\n')).toMatch(/What would you like to work on\?/);
    clock.current = new Date('2026-11-24T11:01:00Z');
    const replies = (await user.say('done')).join('\n');
    expect(replies).not.toContain(say.markedDone);
    expect(await stepStatus()).toBe('open');
  });
});

describe(`a review while a reminder for another step is unanswered, on ${testProvider}`, () => {
  let database: TestDatabase;
  let bot: BotUnderTest;
  const clock = new TestClock(new Date('2026-11-23T09:00:00Z'));

  beforeAll(async () => {
    database = await createEmptyDatabase();
    bot = await startPlanBot(database.url, clock);
  });
  afterAll(async () => {
    await bot.stop();
    await database.drop();
  });

  /** Step "Ring the agency" was due last Friday (up for review); "Ask Jo for a reference" gets a reminder. */
  async function reviewUnderWay() {
    const { seeded, user, plans } = await clientAtTheMenuWithSteps(bot, clock, [{ text: 'Ring the agency', dueAt: '2026-11-20T00:00:00Z' }, ASK_JO]);
    clock.current = new Date('2026-11-23T10:00:00Z');
    await bot.app.reminders.tick(clock.now());
    const reminder = user.replies().at(-1)!;
    expect(reminder.text).toMatch(/Ask Jo for a reference/);
    const items = (await plans.currentPlan(seeded.id))!.items;
    const lineageOf = (text: string) => items.find((item) => item.text === text)!.lineageId;
    expect((await user.say('Review my plan')).join('\n')).toMatch(/Your step was: Ring the agency\..*How did it go\?/);
    return { seeded, user, plans, reminder, agency: lineageOf('Ring the agency'), reference: lineageOf('Ask Jo for a reference') };
  }

  it('takes a typed or imBack "Done" as the answer to the review question, not to the reminder', async () => {
    const { seeded, user, plans, agency, reference } = await reviewUnderWay();
    const replies = await user.say('Done');
    expect(replies.join('\n')).toMatch(/What happened\?/);
    expect(replies.join('\n')).not.toContain(say.markedDone);
    const statusOf = async (lineageId: string) => (await plans.currentPlan(seeded.id))!.items.find((item) => item.lineageId === lineageId)!.status;
    expect(await statusOf(reference)).toBe('open');
    for (const answer of ['I rang them', 'Good', 'They were kind', 'Nothing', 'No more steps']) await user.say(answer);
    expect(await statusOf(agency)).toBe('done');
    expect(await statusOf(reference)).toBe('open');
  });

  it('takes a tap on the reminder\'s own "Done" button as the answer to that reminder, mid-review', async () => {
    const { seeded, user, plans, reminder, agency, reference } = await reviewUnderWay();
    const done = reminder.suggestedActions.actions.find((action: { title: string }) => action.title === 'Done');
    expect(done.value).toMatchObject({ reminderAnswer: 'done', itemLineageId: reference });
    const replies = await user.say(done.text, { value: done.value });
    expect(replies.join('\n')).toContain(say.markedDone);
    const plan = (await plans.currentPlan(seeded.id))!;
    expect(plan.items.find((item) => item.lineageId === reference)!.status).toBe('done');
    expect(plan.items.find((item) => item.lineageId === agency)!.status).toBe('open');
  });
});
