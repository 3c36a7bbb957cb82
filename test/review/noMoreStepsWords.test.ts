// Play-testing (care leaver, round eight): at "What else could you do... or tap 'No more steps'",
// "nah thats it" was kept as a new step and asked "When will you do it?"; "wdym i said thats it"
// and "no more steps" there got the question again, and only "stop" got out, which threw the review
// away: its day stayed set, gone, so no invitation came again and the card kept "We will look at
// your plan again on Monday 15 June" two weeks on. Real HTTP.
import { describe, expect, it } from 'vitest';
import { useBotUnderTest } from '../support/useBotUnderTest.ts';
import { ChatUser } from '../support/botUnderTest.ts';
import { testProvider } from '../support/testDatabase.ts';
import { PlanRepository } from '../../src/db/plans.ts';
import { seedReadyClient, startPlanBotOnFreshDatabase, TestClock } from '../plan/planTestBot.ts';

const MONDAY = new Date('2026-06-15T09:00:00Z'); // 10am in London
const REVIEW_TODAY = new Date('2026-06-14T23:00:00Z'); // Monday 15 June, midnight in London
const FRIDAY = new Date('2026-06-18T23:00:00Z'); // Friday 19 June
const joined = (replies: string[]) => replies.join('\n');

describe(`"no more steps" in a review, in the client's words, on ${testProvider}`, () => {
  const clock = new TestClock(MONDAY);
  const bot = useBotUnderTest(() => startPlanBotOnFreshDatabase(clock));

  /** A client on their review day, with one step for Friday: the review asks "What else could you do?". */
  async function atWhatElse(stepDue: Date = FRIDAY) {
    clock.current = MONDAY;
    const db = bot.app.database.db;
    const seeded = await seedReadyClient(db, { band: 'mixed', now: MONDAY });
    const plans = new PlanRepository(db, clock);
    await plans.addGoalWithItems(seeded.id, { text: 'Get a warehouse job', dueAt: null, items: [{ text: 'Get a CV sorted', owner: 'client', dueAt: stepDue }] });
    await plans.setNextReview(seeded.id, REVIEW_TODAY, 'bot');
    const user = new ChatUser(bot, { userId: seeded.userId });
    await user.say('hi');
    const texts = async () => (await plans.currentPlan(seeded.id))!.items.map((item) => item.text);
    return { user, seeded, plans, texts, db };
  }

  const ENOUGH = ['nah thats it', 'thats it', 'nothing else', 'no thats all', 'nope', 'none', 'thats everything', 'im good', 'wdym i said thats it'];
  it.each(ENOUGH)('"%s" at "What else could you do?" is no more steps, and the review goes on', async (words) => {
    const { user, texts } = await atWhatElse();
    await user.say('Review my plan');
    expect(joined(await user.say('yes'))).toMatch(/What else could you do before our next review\?/);
    const reply = joined(await user.say(words));
    expect(reply).not.toMatch(/When will you do it\?/);
    expect(reply).toMatch(/If your first choice of job does not work out/);
    expect(await texts()).toEqual(['Get a CV sorted']);
  });

  const TAKEN_BACK = ['no more steps', 'i said thats it', 'wdym i said thats it', 'no i dont want another step', 'i didnt mean a step'];
  it.each(TAKEN_BACK)('"%s" at "When will you do it?" adds no step, kindly, and the review finishes', async (words) => {
    const { user, texts } = await atWhatElse();
    await user.say('Review my plan');
    await user.say('yes');
    expect(joined(await user.say('call the agency'))).toMatch(/When will you do it\?/);
    const reply = joined(await user.say(words));
    expect(reply).toMatch(/OK, no new step for now\. That is fine\./);
    expect(reply).not.toMatch(/didn't catch that date|Here is my question again|I have added it/);
    expect(reply).toMatch(/If your first choice of job does not work out/);
    await user.say('Not sure yet');
    await user.say('6');
    expect(joined(await user.say('4'))).toMatch(/Our next review is on/);
    expect(await texts()).toEqual(['Get a CV sorted']);
  });

  it('takes the step back at the day asked after a step that was due, and still saves the outcome', async () => {
    const { user, texts, plans, seeded } = await atWhatElse(new Date('2026-06-11T23:00:00Z'));
    expect(joined(await user.say('Review my plan'))).toMatch(/How did it go\?/);
    for (const answer of ['not done', 'ran out of time', 'ok', 'nothing', 'nothing']) await user.say(answer);
    expect(joined(await user.say('ring the agency'))).toMatch(/When will you do it\?/);
    const reply = joined(await user.say('no i dont want another step'));
    expect(reply).toMatch(/OK, no new step for now\./);
    expect(reply).toMatch(/If your first choice of job does not work out/);
    expect(await texts()).toEqual(['Get a CV sorted']);
    expect((await plans.currentPlan(seeded.id))!.items[0]!.status).toBe('not-done');
  });

  it('"nah thats it" is no more steps after a step that was due, too', async () => {
    const { user, texts } = await atWhatElse(new Date('2026-06-11T23:00:00Z'));
    await user.say('Review my plan');
    for (const answer of ['not done', 'ran out of time', 'ok', 'nothing']) await user.say(answer);
    expect(joined(await user.say('nothing'))).toMatch(/What could you do next\?/);
    const reply = joined(await user.say('nah thats it'));
    expect(reply).not.toMatch(/When will you do it\?/);
    expect(await texts()).toEqual(['Get a CV sorted']);
  });

  it('a day still reads as a day: "next friday" at "When will you do it?" adds the step', async () => {
    const { user, texts } = await atWhatElse();
    await user.say('Review my plan');
    await user.say('yes');
    await user.say('call the agency');
    expect(joined(await user.say('next friday'))).toMatch(/I have added it to your plan for Friday 26 June/);
    expect(await texts()).toEqual(['Get a CV sorted', 'Call the agency']);
  });

  it('a review left half way comes back: its invitation comes tomorrow, and the card never shows a gone day as ahead', async () => {
    const { user, seeded, db } = await atWhatElse();
    await user.say('Review my plan');
    await user.say('yes');
    await user.say('call the agency');
    expect(joined(await user.say('stop'))).toMatch(/I have stopped that/);
    const shown = user.replies().length;
    await user.say('My plan');
    expect(JSON.stringify(user.replies().slice(shown))).not.toMatch(/again on Monday 15 June/);
    const before = user.replies().length;
    clock.current = new Date('2026-06-16T09:00:00Z'); // Tuesday
    await bot.app.reminders.tick(clock.now());
    const sent = user.replies().slice(before).filter((reply) => reply.type === 'message').map((reply) => reply.text ?? '');
    expect(sent.join('\n')).toMatch(/It is time to look at your plan together/);
    const pending = await db.reminder.findMany({ where: { clientId: seeded.id, kind: 'review-due' } });
    expect(pending.some((reminder) => reminder.status === 'sent')).toBe(true);
    clock.current = new Date('2026-06-20T09:00:00Z'); // Saturday: not reviewed still
    const seen = user.replies().length;
    await user.say('My plan');
    expect(JSON.stringify(user.replies().slice(seen))).toMatch(/We were going to look at your plan again on Tuesday 16 June\. We can do it any time now\./);
  });
});
