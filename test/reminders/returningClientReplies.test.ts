// Play-testing returning clients: after two reminders the same morning, "I not do yet. My son is
// sick this week" had no kind word and "Which step do you mean?", and every reply after it ("maybe
// next week monday", "when is my review?", a "hello" days later) the same question again. Done said
// in ordinary words ("dun it lol", "yes i've done the stupid course booking ok", "i did the cover
// letter ages ago") had "Sorry, I didn't catch that"; "both actually" after tapping Done on one of
// two reminders left the other open. Words of someone fed up ("done with this") mark nothing.
import { describe, expect, it } from 'vitest';
import { useBotUnderTest } from '../support/useBotUnderTest.ts';
import { testProvider } from '../support/testDatabase.ts';
import { startPlanBotOnFreshDatabase, TestClock } from '../plan/planTestBot.ts';
import { clientAtTheMenuWithSteps } from './reminderClients.ts';

const joined = (replies: string[]) => replies.join('\n');
const DUE = '2026-11-25T00:00:00Z';
const LIBRARY = 'Go to the library to use the computer';
const SCHOOL = 'Ask the school about volunteering';

describe(`a returning client answering reminders in their own words, on ${testProvider}`, () => {
  const clock = new TestClock(new Date('2026-11-23T09:00:00Z'));
  const bot = useBotUnderTest(() => startPlanBotOnFreshDatabase(clock));

  /** Both steps due the same day: their reminders go out together at 10am. */
  async function remindedTogether(steps = [LIBRARY, SCHOOL]) {
    const { user, seeded, plans } = await clientAtTheMenuWithSteps(bot, clock, steps.map((text) => ({ text, dueAt: DUE })));
    clock.current = new Date('2026-11-25T10:00:00Z');
    await bot.app.reminders.tick(clock.now());
    const stepOf = async (text: string) => (await plans.currentPlan(seeded.id))!.items.find((item) => item.text === text)!;
    return { user, stepOf };
  }

  it('hears the hard news first, asks once with "All of them", and moves both steps to the day said', async () => {
    const { user, stepOf } = await remindedTogether();
    const asked = await user.say('I not do yet. My son is sick this week');
    expect(asked[0]).toMatch(/Sorry to hear someone close to you has been unwell/);
    expect(joined(asked)).toMatch(/Which step do you need more time for\?.*\[All of them\]/s);
    const moved = joined(await user.say('maybe next week monday'));
    expect(moved).toMatch(/I have moved those steps to Monday 30 November/);
    expect(moved).not.toMatch(/didn't catch/);
    expect((await stepOf(LIBRARY)).dueAt!.toISOString()).toBe('2026-11-30T00:00:00.000Z');
    expect((await stepOf(SCHOOL)).dueAt!.toISOString()).toBe('2026-11-30T00:00:00.000Z');
  });

  it('lets a question about something else go to the usual reply, and a hello days later too', async () => {
    const { user } = await remindedTogether();
    await user.say('not yet');
    const question = joined(await user.say('when is my review?'));
    expect(question).toMatch(/review/);
    expect(question).not.toMatch(/didn't catch/);
    const { user: back } = await remindedTogether();
    await back.say('done');
    clock.current = new Date('2026-12-03T10:00:00Z');
    const hello = joined(await back.say('hello'));
    expect(hello).toMatch(/What would you like to do\?/);
    expect(hello).not.toMatch(/Which step/);
  });

  it('leaves the question after a second reply that does not say which', async () => {
    const { user } = await remindedTogether();
    await user.say('done');
    expect(joined(await user.say('the thing'))).toMatch(/didn't catch that.*Which step have you done\?/s);
    const left = joined(await user.say('erm the stuff'));
    expect(left).toMatch(/We can leave that for now/);
    expect(left).not.toMatch(/Which step/);
  });

  it.each(['dun it lol', 'I am finish it yesterday, thank you'])('"%s" marks the step done and praises it', async (typed) => {
    const { user, stepOf } = await remindedTogether(['Update my CV']);
    expect(joined(await user.say(typed))).toMatch(/I have marked that step as done\. Well done!/);
    expect((await stepOf('Update my CV')).status).toBe('done');
  });

  it.each(['done with this', 'i am done', 'not done yet', 'havent done it', 'done? no'])('"%s" marks nothing done', async (typed) => {
    const { user, stepOf } = await remindedTogether(['Update my CV']);
    expect(joined(await user.say(typed))).not.toMatch(/marked that step as done/);
    expect((await stepOf('Update my CV')).status).toBe('open');
  });

  it('"yes i\'ve done the stupid course booking ok" marks the course step done, not the other', async () => {
    const { user, stepOf } = await remindedTogether(['Book forklift licence course', 'Register with Blue Arrow']);
    expect(joined(await user.say("yes i've done the stupid course booking ok"))).toMatch(/I have marked that step as done/);
    expect((await stepOf('Book forklift licence course')).status).toBe('done');
    expect((await stepOf('Register with Blue Arrow')).status).toBe('open');
  });

  it('"i did the cover letter ages ago" at the menu, weeks after its reminders, marks it done', async () => {
    const { user, stepOf } = await remindedTogether(['Write a cover letter', 'Apply to 2 admin jobs']);
    clock.current = new Date('2026-12-16T10:00:00Z');
    await user.say('hi');
    expect(joined(await user.say('i did the cover letter ages ago'))).toMatch(/I have marked that step as done/);
    expect((await stepOf('Write a cover letter')).status).toBe('done');
    expect((await stepOf('Apply to 2 admin jobs')).status).toBe('open');
  });

  it('"both actually" after tapping Done on one of two reminders marks the other done too', async () => {
    const { user, stepOf } = await remindedTogether(['Update LinkedIn', 'Apply to 2 office jobs']);
    const reminder = [...user.replies()].reverse().find((reply: { text?: string }) => /Apply to 2 office jobs/.test(reply.text ?? ''))!;
    const done = reminder.suggestedActions.actions.find((action: { title: string }) => action.title === 'Done');
    expect(joined(await user.say(done.title, { value: done.value }))).toMatch(/I have marked that step as done/);
    expect(joined(await user.say('both actually'))).toMatch(/I have marked that step as done/);
    expect((await stepOf('Update LinkedIn')).status).toBe('done');
  });
});
