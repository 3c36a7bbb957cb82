// The review conversation over real HTTP: a client with an overdue step reviews it through the
// learning cycle; the answers land in the item's history and the next step joins the plan.
import { describe, expect, it } from 'vitest';
import { useBotUnderTest } from '../support/useBotUnderTest.ts';
import { ChatUser, startBotOnFreshDatabase } from '../support/botUnderTest.ts';
import { testProvider } from '../support/testDatabase.ts';
import { clientWithAnOverdueStep } from './reviewClients.ts';
import { PlanRepository } from '../../src/db/plans.ts';

describe(`the review dialog on ${testProvider}`, () => {
  const bot = useBotUnderTest(() => startBotOnFreshDatabase());

  const readyClient = (user: ChatUser) => clientWithAnOverdueStep(bot, user, 'Find work in a library', 'Call the library about the computer course');

  it('walks an overdue step through the learning cycle and keeps the answers', async () => {
    const user = new ChatUser(bot);
    const { client, lineageId } = await readyClient(user);
    const db = bot.app.database.db;

    const opening = (await user.say('Review my plan')).join('\n');
    expect(opening).toMatch(/Call the library about the computer course/);
    expect(opening).toMatch(/\[Done\].*\[Partly done\].*\[Not done\].*\[No longer needed\]/);
    expect((await user.say('done')).join(' ')).toMatch(/What happened/);
    expect((await user.say('I rang them on Monday')).join(' ')).toMatch(/How did it feel/);
    expect((await user.say('A bit scary but fine')).join(' ')).toMatch(/What went well/);
    expect((await user.say('They were kind')).join(' ')).toMatch(/differently/);
    expect((await user.say('Nothing')).join(' ')).toMatch(/next step/);
    await db.confidenceRating.create({ data: { clientId: client.id, value: 7, context: 'goal', recordedAt: new Date(Date.now() - 86_400_000) } });
    const after = (await user.say('Email the course tutor by next Friday')).join('\n');
    expect(after).toMatch(/Well done/);
    expect(after).toMatch(/added it to your plan/);
    expect(after).toMatch(/If your first choice of job does not work out, what else could you do\?/);
    const backup = (await user.say('work in a school kitchen')).join('\n');
    expect(backup).toMatch(/I have put that in your plan as your back-up/);
    expect(backup).toMatch(/How sure do you feel about reaching your goal now, from 1 to 10\?/);
    expect((await new PlanRepository(db).currentPlan(client.id))!.backupPlan).toBe('work in a school kitchen');
    const heard = (await user.say('4')).join('\n');
    expect(heard).toMatch(/That is lower than last time\. Thank you for being honest/);
    expect(heard).toMatch(/How useful is your plan for you, from 1 to 5\?/);
    const closing = (await user.say('4')).join('\n');
    expect(closing).toMatch(/next review is on/);
    // The review added a step, so the plan is shown again to agree to.
    expect(closing).toMatch(/If it feels right, tap "I agree to this plan"/);
    expect(await db.confidenceRating.findMany({ where: { clientId: client.id, context: 'review' } })).toMatchObject([{ value: 4 }]);
    expect((await db.review.findFirstOrThrow({ where: { clientId: client.id } })).usefulness).toBe(4);

    const history = await db.reviewEntry.findMany({ where: { itemLineageId: lineageId } });
    expect(history).toMatchObject([
      { sequence: 1, outcome: 'done', whatHappened: 'I rang them on Monday', feelings: 'A bit scary but fine', wentWell: 'They were kind', differently: 'Nothing', nextStep: 'Email the course tutor' },
    ]);
    const plan = await new PlanRepository(db).currentPlan(client.id);
    expect(plan!.items.find((i) => i.lineageId === lineageId)!.status).toBe('done');
    const nextStep = plan!.items.find((i) => i.text === 'Email the course tutor');
    expect(nextStep?.dueAt).not.toBeNull();
    expect(plan!.nextReviewAt).not.toBeNull();
    expect(await db.reminder.count({ where: { itemLineageId: nextStep!.lineageId, status: 'pending' } })).toBeGreaterThan(0);
    expect(await db.reminder.count({ where: { clientId: client.id, kind: 'review-due', status: 'pending' } })).toBe(1);
    expect(await db.review.count({ where: { clientId: client.id } })).toBe(1);
  });

  it('hears a reason given for a feeling, and a request for more time, without keeping either in the wrong place', async () => {
    const user = new ChatUser(bot);
    const { lineageId } = await readyClient(user);
    await user.say('Review my plan');
    expect((await user.say('sort of, i started it but didnt finish')).join(' ')).toMatch(/How did it feel/);
    const reason = (await user.say('my laptop broke')).join(' ');
    expect(reason).toMatch(/What would you do differently next time\?/);
    expect(reason).not.toMatch(/What made it hard/);
    const moreTime = (await user.say('can i have till next week')).join(' ');
    expect(moreTime).toMatch(/Yes, that is OK\. We will pick a new day for it in a moment\./);
    expect(moreTime).toMatch(/What would you do differently next time\?/);
    expect((await user.say('Nothing')).join(' ')).toMatch(/What could you do next\?/);
    await user.say('finish it at the library on tuesday');
    const [entry] = await bot.app.database.db.reviewEntry.findMany({ where: { itemLineageId: lineageId } });
    expect(entry).toMatchObject({ outcome: 'partly-done', wentWell: 'my laptop broke', differently: 'Nothing' });
    expect(entry!.feelings ?? '').toBe('');
  });
});
