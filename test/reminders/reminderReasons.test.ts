// Replies to a reminder that give a reason, ask what the step was, or bring news. Play-testing:
// "didnt do it, was ill", "i forgot", "cant remember what this was" and "i got a trial shift at
// tesco saturday" all had "Sorry, I didn't catch that" and the menu; the step stayed open and
// the overdue reminders went on.
import { describe, expect, it } from 'vitest';
import { asksWhatTheStepWas, reasonNotDone, tellsOfATryOut } from '../../src/domain/reminderReplyReading.ts';
import { useBotUnderTest } from '../support/useBotUnderTest.ts';
import { testProvider } from '../support/testDatabase.ts';
import { startPlanBotOnFreshDatabase, TestClock } from '../plan/planTestBot.ts';
import { clientAtTheMenuWithSteps } from './reminderClients.ts';
import { CHOICE_RETRY } from '../../src/messages/en/prompts.ts';
import * as say from '../../src/messages/en/reminders.ts';

const STEP = 'Update my CV';
const DUE = new Date('2026-11-25T00:00:00Z');
const STEP_AGAIN = say.stepAgain(STEP, 'Wednesday 25 November');
const titles = (activity: { suggestedActions?: { actions: { title: string }[] } }) => activity.suggestedActions?.actions.map((a) => a.title);

describe(`a reminder answered with a reason, a question or news, on ${testProvider}`, () => {
  const clock = new TestClock(new Date('2026-11-23T09:00:00Z'));
  const bot = useBotUnderTest(() => startPlanBotOnFreshDatabase(clock));

  /** A ready client at the menu on Monday 23 November, sent a reminder about "Update my CV" (due Wednesday). */
  async function clientWithReminderSent() {
    const { seeded, user, plans, db } = await clientAtTheMenuWithSteps(bot, clock, [{ text: STEP, dueAt: DUE.toISOString() }]);
    clock.current = new Date('2026-11-23T10:00:00Z');
    await bot.app.reminders.tick(clock.now());
    expect(user.replies().at(-1)!.text).toContain(STEP);
    const lineageId = (await plans.currentPlan(seeded.id))!.items[0]!.lineageId;
    const step = async () => (await plans.currentPlan(seeded.id))!.items.find((item) => item.lineageId === lineageId)!;
    const unanswered = () => db.reminder.count({ where: { itemLineageId: lineageId, status: 'sent', answeredAt: null } });
    const kept = () => db.reviewEntry.findMany({ where: { itemLineageId: lineageId } });
    return { user, step, unanswered, kept };
  }

  it.each([
    ['didnt do it, was ill', say.notDoneHeard.ill, 'was ill'],
    ['i forgot', say.notDoneHeard.forgot, 'i forgot'],
    ['not yet, been busy with the kids', say.notDoneHeard.busy, 'been busy with the kids'],
    ['havent had time', say.notDoneHeard.busy, 'havent had time'],
    ['not yet, the bus was off', say.notDoneHeard.other, 'the bus was off'],
  ])('%j gets a warm line, asks for a new day and keeps the words', async (typed, warmLine, whatHappened) => {
    const { user, step, kept } = await clientWithReminderSent();
    const replies = (await user.say(typed)).join('\n');
    expect(replies).not.toMatch(/didn't catch that/);
    expect(replies).toContain(warmLine);
    expect(replies).toContain(say.askDayAfterReason);
    expect(replies).not.toContain(say.askNewDate);
    expect(replies.indexOf(warmLine)).toBeLessThan(replies.indexOf(say.askDayAfterReason));
    expect(await kept()).toMatchObject([{ outcome: 'not-done', whatHappened }]);
    expect((await user.say('next friday')).join('\n')).toMatch(/I have moved it to Friday 4 December/);
    expect(await step()).toMatchObject({ status: 'open', dueAt: new Date('2026-12-04T00:00:00Z') });
  });

  it.each(['cant remember what this was', 'what step?', 'what was this about'])(
    '%j says the step and its day again with the reminder\'s buttons; typed "done it" then answers it',
    async (typed) => {
      const { user, step, unanswered } = await clientWithReminderSent();
      const replies = await user.say(typed);
      expect(replies.join('\n')).not.toMatch(/didn't catch that|What would you like to do/);
      expect(user.replies().at(-1)!.text).toBe(STEP_AGAIN);
      expect(titles(user.replies().at(-1)!)).toEqual(say.reminderButtons);
      expect(await unanswered()).toBeGreaterThan(0);
      expect((await user.say('done it')).join('\n')).toContain(say.markedDone);
      expect((await step()).status).toBe('done');
    },
  );

  it('after the step is said again, words it cannot read get "didn\'t catch that", and "help" asks again', async () => {
    const { user, step } = await clientWithReminderSent();
    await user.say('what step?');
    await user.say('blah blah');
    expect(user.replies().at(-1)!.text).toBe(`${CHOICE_RETRY}\n\n${STEP_AGAIN}`);
    expect((await user.say('help')).join('\n')).toMatch(/Here is what you can type at any time/);
    expect(user.replies().at(-1)!.text).toBe(STEP_AGAIN);
    expect(titles(user.replies().at(-1)!)).toEqual(say.reminderButtons);
    expect((await user.say('I need more time')).join('\n')).toContain(say.askNewDate);
    await user.say('next friday');
    expect((await step()).dueAt).toEqual(new Date('2026-12-04T00:00:00Z'));
  });

  it('news of a trial shift alone is wished good luck, and the step asked about again', async () => {
    const { user, step, unanswered } = await clientWithReminderSent();
    const before = user.replies().length;
    const replies = (await user.say('i got a trial shift at tesco saturday')).join('\n');
    expect(replies).not.toMatch(/didn't catch that/);
    expect(user.replies().slice(before).map((reply) => reply.text)).toEqual([`${say.goodLuck['trial shift']}\n\n${STEP_AGAIN}`]);
    expect(await step()).toMatchObject({ status: 'open', dueAt: DUE });
    expect(await unanswered()).toBeGreaterThan(0);
    expect((await user.say('not yet')).join('\n')).toContain(say.askNewDate);
  });

  it('"done it!! also got a trial shift" marks the step done and wishes good luck', async () => {
    const { user, step } = await clientWithReminderSent();
    const replies = (await user.say('done it!! also got a trial shift')).join('\n');
    expect(replies).toContain(say.markedDone);
    expect(replies).toContain(say.goodLuck['trial shift']);
    expect((await step()).status).toBe('done');
  });

  it('"not yet, got an interview on thursday" wishes good luck and asks for a day: thursday is the interview\'s', async () => {
    const { user, step } = await clientWithReminderSent();
    const replies = (await user.say('not yet, got an interview on thursday')).join('\n');
    expect(replies).toContain(say.goodLuck.interview);
    expect(replies).toContain(say.askNewDate);
    expect(replies).not.toContain(say.notDoneHeard.other);
    expect((await step()).dueAt).toEqual(DUE);
  });
});

describe('reading a reply to a reminder', () => {
  it.each([
    ['was ill', 'ill'],
    ['Not done, I was ill all week', 'ill'],
    ['not yet, im sick', 'ill'],
    ['i forgot', 'forgot'],
    ['forgot', 'forgot'],
    ['been busy with the kids', 'busy'],
    ['havent had time', 'busy'],
    ["not yet, I'll do it friday", null],
    ['not yet ill do it friday', null],
    ['im sick of this step', null],
    ['i forgot to tell you i did it', null],
  ])('%j: the reason is %s', (typed, reason) => expect(reasonNotDone(typed)).toBe(reason));

  it.each([
    ['cant remember what this was', true],
    ['what step?', true],
    ['What was this about', true],
    ['whats this about?', true],
    ['i forgot what it was', true],
    ['what day is it', false],
    ['done it', false],
  ])('%j asks what the step was: %s', (typed, asks) => expect(asksWhatTheStepWas(typed)).toBe(asks));

  it.each([
    ['i got a trial shift at tesco saturday', 'trial shift'],
    ['done it!! also got a trial shift', 'trial shift'],
    ['not yet, got an interview thursday', 'interview'],
    ['ive got a work trial at asda', 'trial shift'],
    ['i got a free trial of netflix', null],
    ['prepare for my interview', null],
  ])('%j tells of %s', (typed, news) => expect(tellsOfATryOut(typed)).toBe(news));
});
