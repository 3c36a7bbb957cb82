// Informed consent, and a worry about benefits answered honestly (found by play-testing as new
// clients): over real HTTP on the database under test.
import { describe, expect, it } from 'vitest';
import { useBotUnderTest } from '../support/useBotUnderTest.ts';
import { ChatUser } from '../support/botUnderTest.ts';
import { testProvider } from '../support/testDatabase.ts';
import { PlanRepository } from '../../src/db/plans.ts';
import { startPlanBotOnFreshDatabase, TestClock } from '../plan/planTestBot.ts';
import { forbidden } from '../messages/forbiddenWords.ts';
import { ASK_GOAL, atGoalQuestion as goalQuestionFor, joined } from './journey.ts';

// Monday 8 June 2026, 10am in London: inside adviser hours.
const MONDAY = new Date('2026-06-08T09:00:00Z');
const CONSENT = /Is it OK for me to keep your answers\?/;
const NOT_UNDERSTOOD = /didn't catch that|That sounds really hard|I can only pass a message on/;

describe(`questions at the consent question, on ${testProvider}`, () => {
  const clock = new TestClock(MONDAY);

  const bot = useBotUnderTest(() => startPlanBotOnFreshDatabase(clock));

  const db = () => bot.app.database.db;
  const recordOf = (user: ChatUser) => db().client.findUnique({ where: { userKey: `emulator:${user.userId}` } });

  it.each(['will i lose my benefits if i say no', 'is this compulsory', 'do i have to do this', 'can i say no', 'what happens if i say no'])(
    '%j: it is their choice, and saying no changes nothing; then the question again',
    async (asked) => {
      const user = new ChatUser(bot);
      await user.say('hello');
      const replies = joined(await user.say(asked));
      expect(replies).toMatch(/It is your choice\. You do not have to use me\./);
      expect(replies).toMatch(/Saying no will not change your benefits or the help you get\./);
      expect(replies).toMatch(/see your adviser in the usual way/);
      expect(replies).toMatch(CONSENT);
      expect(replies).not.toMatch(NOT_UNDERSTOOD);
      expect(await recordOf(user)).toBeNull();
    },
  );

  it.each(['who else sees it', 'who can see my answers'])('%j: their adviser, a team leader when the adviser is away, and how to delete', async (asked) => {
    const user = new ChatUser(bot);
    await user.say('hello');
    const replies = joined(await user.say(asked));
    expect(replies).toMatch(/Your adviser can see your answers\. If they are away, their team leader can too\. Nobody else can\./);
    expect(replies).toMatch(/type "delete my data" at any time/);
    expect(replies).toMatch(CONSENT);
    expect(replies).not.toMatch(NOT_UNDERSTOOD);
  });

  it('"no, what happens if i say no" is answered, not taken as a no', async () => {
    const user = new ChatUser(bot);
    await user.say('hello');
    expect(joined(await user.say('no, what happens if i say no'))).toMatch(/It is your choice/);
    expect(joined(await user.say('ok go on then'))).toMatch(/What would you like me to call you\?/);
    expect(await recordOf(user)).not.toBeNull();
  });

  it('a benefits worry heard as a concern before consent is answered too, and nothing is kept', async () => {
    const user = new ChatUser(bot);
    await user.say('hello');
    const replies = joined(await user.say('will i get sanctioned if i say no'));
    expect(replies).toMatch(/Saying no will not change your benefits/);
    expect(forbidden([replies])).toEqual([]);
    expect(joined(await user.say('Carry on'))).toMatch(CONSENT);
    expect(await recordOf(user)).toBeNull();
  });

  // Play-testing: "ye ok" had "Sorry, I didn't catch that".
  it.each(['yeh', 'go on then', 'ok fine', 'ye ok', 'yeh thats fine', 'ok go on', 'sure ye'])('%j is a yes', async (typed) => {
    const user = new ChatUser(bot);
    await user.say('hello');
    expect(joined(await user.say(typed))).toMatch(/What would you like me to call you\?/);
    expect(await recordOf(user)).not.toBeNull();
  });

  it.each(['nah', 'no thanks', 'nah not for me'])('%j is a no, and nothing is kept', async (typed) => {
    const user = new ChatUser(bot);
    await user.say('hello');
    expect(joined(await user.say(typed))).toMatch(/I have not kept anything you said/);
    expect(await recordOf(user)).toBeNull();
  });

  // Play-testing: "no code" had been taken as a refusal, with no check.
  it('"no code" is checked, not taken as a no: then a yes keeps, a no keeps nothing', async () => {
    const yes = new ChatUser(bot);
    await yes.say('hello');
    const checked = joined(await yes.say('no code'));
    expect(checked).toMatch(/Just to check: is it OK for me to keep your answers\?/);
    expect(checked).not.toMatch(/I have not kept anything|didn't catch that/);
    expect(await recordOf(yes)).toBeNull();
    expect(joined(await yes.say('yes'))).toMatch(/What would you like me to call you\?/);
    expect(await recordOf(yes)).not.toBeNull();

    const no = new ChatUser(bot);
    await no.say('hello');
    expect(joined(await no.say('no code'))).toMatch(/Just to check/);
    expect(joined(await no.say('no thanks'))).toMatch(/I have not kept anything you said/);
    expect(await recordOf(no)).toBeNull();
  });
});

describe(`a worry that benefits could be stopped, later on, on ${testProvider}`, () => {
  const clock = new TestClock(MONDAY);

  const bot = useBotUnderTest(() => startPlanBotOnFreshDatabase(clock));

  const db = () => bot.app.database.db;

  const atGoalQuestion = () => goalQuestionFor(bot, MONDAY);

  // The first is read as a worry by the risk check, the second by the prompts: both answer.
  it.each(['will i get sanctioned if i dont do my steps', 'can they stop my benefits if i miss a step'])(
    '%j: the coach decides and reports nothing, only the work coach or adviser can say, and it is passed on',
    async (asked) => {
      const { seeded, user } = await atGoalQuestion();
      const replies = joined(await user.say(asked));
      expect(replies).toMatch(/I do not decide anything about benefits\. I do not report to anyone about them\./);
      expect(replies).toMatch(/Only your work coach or adviser can tell you the rules for them\./);
      expect(replies).toMatch(/I have passed your question on to them\. I have asked them to go through it with you by Monday 15 June, and put this in your plan\./);
      expect(replies).toMatch(ASK_GOAL);
      expect(forbidden([replies])).toEqual([]);
      const escalations = await db().escalation.findMany({ where: { clientId: seeded.id, reason: 'specialist-barrier' } });
      expect(escalations).toHaveLength(1);
      expect(escalations[0]!.detail).toContain(`Worried about the rules for their benefits: "${asked}"`);
      const items = (await new PlanRepository(db(), clock).currentPlan(seeded.id))!.items;
      expect(items).toMatchObject([{ owner: 'adviser', text: 'Your adviser will go through the rules for your benefits with you', status: 'open' }]);
    },
  );
});
