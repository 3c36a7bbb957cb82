// Goals that keep their meaning (issue 15), over real HTTP on the database under test: the aim in
// the client's words, dates taken out of step texts, a vague answer met with an idea, nothing
// that is not a goal saved as one, the client's words shown back as plain text, and the plan
// shown before the client is asked to agree. Then a client who only taps and types short words
// goes from a fresh start to an agreed plan.
import { describe, expect, it } from 'vitest';
import { useBotUnderTest } from '../support/useBotUnderTest.ts';
import { ChatUser } from '../support/botUnderTest.ts';
import { testProvider } from '../support/testDatabase.ts';
import { PlanRepository } from '../../src/db/plans.ts';
import { startPlanBotOnFreshDatabase, TestClock } from '../plan/planTestBot.ts';
import { ASK_GOAL, atGoalQuestion as goalQuestionFor, joined } from './journey.ts';

// Monday 8 June 2026, 10am in London.
const MONDAY = new Date('2026-06-08T09:00:00Z');
const londonMidnight = (day: string) => new Date(`${day}T00:00:00+01:00`);

describe(`goals keep their meaning, on ${testProvider}`, () => {
  const clock = new TestClock(MONDAY);

  const bot = useBotUnderTest(() => startPlanBotOnFreshDatabase(clock));

  const db = () => bot.app.database.db;
  const planOf = (clientId: string) => new PlanRepository(db(), clock).currentPlan(clientId);

  const atGoalQuestion = (band: 'external' | 'internal' = 'internal') => goalQuestionFor(bot, MONDAY, band);

  /** From "How sure" on: a rating, the job, "Yes" to the goal, and agreement to the plan. */
  async function finish(user: ChatUser): Promise<string> {
    await user.say('8');
    const confirm = joined(await user.say('Cleaner'));
    await user.say('Yes');
    await user.say('I agree to this plan');
    return confirm;
  }

  it('"find another driving job": the aim stays the goal; "dunno" to how many gets an idea with buttons', async () => {
    const { seeded, user } = await atGoalQuestion();
    expect(joined(await user.say('find another driving job'))).toMatch(/first step/);
    expect(joined(await user.say('look at driving jobs on Indeed'))).toMatch(/How many will you do\?/);
    const idea = joined(await user.say('dunno'));
    expect(idea).toMatch(/Here is an idea: "1"/);
    expect(idea).toContain('[1] [2] [3]');
    await user.say('2');
    await user.say('Friday');
    const confirm = await finish(user);
    expect(confirm).toContain('"Find another driving job"');
    const plan = await planOf(seeded.id);
    expect(plan!.goals.map((goal) => goal.text)).toEqual(['Find another driving job']);
    expect(plan!.items.map((item) => item.text)).toEqual(['Look at 2 driving jobs on Indeed']);
    expect(plan!.status).toBe('agreed');
  });

  it.each([
    ['ring the college tomorrow', 'Ring the college', '2026-06-09'],
    ['update my CV in 2 weeks', 'Update my CV', '2026-06-22'],
    ['send 3 applications end of next week', 'Send 3 applications', '2026-06-19'],
  ])('"%s": the date becomes the due date and leaves the text', async (typed, text, day) => {
    const { seeded, user } = await atGoalQuestion();
    expect(joined(await user.say(typed))).toMatch(/How sure/);
    const confirm = await finish(user);
    expect(confirm).toContain(`"${text}"`);
    const plan = await planOf(seeded.id);
    expect(plan!.items).toMatchObject([{ text, owner: 'client', dueAt: londonMidnight(day) }]);
    expect(plan!.goals).toMatchObject([{ text, dueAt: londonMidnight(day) }]);
  });

  it('"ring about a course" keeps every word', async () => {
    const { seeded, user } = await atGoalQuestion();
    await user.say('ring about a course');
    await user.say('Friday');
    await finish(user);
    expect((await planOf(seeded.id))!.items.map((item) => item.text)).toEqual(['Ring about a course']);
  });

  it('an insult is answered kindly and never saved as a goal', async () => {
    const { seeded, user } = await atGoalQuestion();
    const replies = joined(await user.say('fuck off you stupid bot'));
    expect(replies).toMatch(/let us keep it kind/);
    expect(replies).toMatch(ASK_GOAL);
    expect(await planOf(seeded.id)).toBeNull();
    expect(JSON.stringify(await db().botState.findMany())).not.toContain('stupid');
  });

  it('a pasted wall of text is not a goal, and the client is asked for one short sentence', async () => {
    const { seeded, user } = await atGoalQuestion();
    const replies = joined(await user.say('I have been looking for work for a long time. '.repeat(110)));
    expect(replies).toMatch(/Can you say it in one short sentence\?/);
    expect(replies).toMatch(ASK_GOAL);
    expect(await planOf(seeded.id)).toBeNull();
    expect(JSON.stringify(await db().botState.findMany())).not.toContain('looking for work for a long time');
  });

  it('a link the client typed comes back as plain text, not as a link in the bot\'s voice', async () => {
    const { user } = await atGoalQuestion();
    await user.say('apply at [my site](http://example.com/jobs)');
    await user.say('Friday');
    await user.say('8');
    await user.say('Cleaner');
    const confirm = user.replies().at(-1)!;
    expect(confirm.textFormat).toBe('plain');
    expect(confirm.text).toContain('"Apply at [my site](http://example.com/jobs)"');
  });

  it('shows the plan as a card before asking to agree, and again for "my plan"', async () => {
    const { seeded, user } = await atGoalQuestion();
    await user.say('update my CV by Friday');
    await user.say('8');
    await user.say('Cleaner');
    const before = user.replies().length;
    const saved = await user.say('Yes');
    const cardAt = saved.findIndex((text) => /Here is your plan/.test(text));
    expect(cardAt).toBeGreaterThanOrEqual(0);
    expect(user.replies().slice(before).some((activity) => activity.attachments?.length)).toBe(true);
    expect(saved.at(-1)).toMatch(/I agree to this plan/);
    const again = await user.say('my plan');
    expect(joined(again)).toMatch(/Here is your plan[\s\S]*I agree to this plan/);
    expect(joined(await user.say('I agree to this plan'))).toMatch(/you agreed to this plan today/);
    expect((await planOf(seeded.id))!.status).toBe('agreed');
  });

  it('a client who only taps buttons and types short words agrees a SMART plan in under 60 messages', async () => {
    clock.current = MONDAY;
    const user = new ChatUser(bot);
    // What this client taps when it is on offer; otherwise the first button shown.
    const preferred = ['Yes, that is OK', 'Skip', 'Not sure yet', 'No one yet', "I don't have one", 'Set a goal', 'Get a job',
      'Look at 2 job adverts', 'Friday', '8', 'I agree to this plan', 'Not sure', 'No'];
    const transcript: string[] = [];
    let tap = 'hi';
    let sent = 0;
    while (sent < 60) {
      const replies = await user.say(tap);
      sent++;
      transcript.push(`> ${tap}`, ...replies);
      if (/you agreed to this plan today/.test(joined(replies))) break;
      const offered = [...(replies.at(-1) ?? '').matchAll(/\[([^\]]+)\]/g)].map((match) => match[1]!).filter((title) => !['Help', 'Talk to my adviser'].includes(title));
      tap = preferred.find((title) => offered.includes(title)) ?? offered[0] ?? 'ok';
    }
    expect(sent, transcript.join('\n')).toBeLessThan(60);
    // They skipped every question about themselves: no praise for that, and no verdict from it.
    const said = transcript.join('\n');
    expect(said).not.toMatch(/You did really well|You told me a lot|extra help could be good/);
    expect(said).toMatch(/That is all the questions for now[\s\S]*Your adviser will talk with you about the help that suits you best\./);
    const client = await db().client.findUnique({ where: { userKey: `emulator:${user.userId}` } });
    const plan = await planOf(client!.id);
    expect(plan).toMatchObject({ status: 'agreed' });
    expect(plan!.goals.map((goal) => goal.text)).toEqual(['Get a job']);
    expect(plan!.items).toMatchObject([{ text: 'Look at 2 job adverts', owner: 'client', dueAt: londonMidnight('2026-06-12') }]);
  });
});
