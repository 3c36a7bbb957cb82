// Play-testing (FINDINGS 14): "yes" at "How did it go?" marked the step Done, and "ok" at the 1 to
// 10 and 1 to 5 questions was stored as a score. A bare yes or ok is asked again; nothing is made up.
import { describe, expect, it } from 'vitest';
import { useBotUnderTest } from '../support/useBotUnderTest.ts';
import { ChatUser, startBotOnFreshDatabase } from '../support/botUnderTest.ts';
import { testProvider } from '../support/testDatabase.ts';
import { clientWithAnOverdueStep } from './reviewClients.ts';
import { PlanRepository } from '../../src/db/plans.ts';
import { onlyAgrees } from '../../src/domain/reviewWords.ts';

describe('a bare yes or ok', () => {
  it.each(['yes', 'Yes!', 'yeah', 'yep', 'ok', 'OK.', 'okay', 'k', 'sure', 'alright', 'fine', 'yes ok', 'ok thanks', 'um ok', 'yeah sure mate'])(
    '"%s" agrees, and picks no choice',
    (text) => expect(onlyAgrees(text)).toBe(true),
  );

  it.each(['yes done', 'yes i did it', 'all done', 'done', 'no', 'not yet', 'ok a 6', '6', 'ok i did half', 'good', 'Partly done'])('"%s" says more', (text) => {
    expect(onlyAgrees(text)).toBe(false);
  });
});

describe(`vague answers in a review on ${testProvider}`, () => {
  const bot = useBotUnderTest(() => startBotOnFreshDatabase());

  const readyClient = (user: ChatUser) => clientWithAnOverdueStep(bot, user, 'Find work in a warehouse', 'Update my CV');

  const said = async (user: ChatUser, text: string) => (await user.say(text)).join('\n');

  it('asks again at "How did it go?" and marks nothing done until the client says', async () => {
    const user = new ChatUser(bot);
    const { client, lineageId } = await readyClient(user);
    const db = bot.app.database.db;
    expect(await said(user, 'Review my plan')).toMatch(/How did it go\?/);

    for (const text of ['yes', 'ok', 'yeah sure']) {
      const reply = await said(user, text);
      expect(reply).toMatch(/Did you finish it, do part of it, or not yet\?/);
      expect(reply).toMatch(/\[Done\].*\[Partly done\].*\[Not done\].*\[No longer needed\]/);
      expect(reply).not.toMatch(/What happened|Well done/);
    }
    expect(await db.reviewEntry.count({ where: { itemLineageId: lineageId } })).toBe(0);
    expect((await new PlanRepository(db).currentPlan(client.id))!.items[0]!.status).not.toBe('done');

    expect(await said(user, 'Partly done')).toMatch(/What happened/);
    for (const text of ['I wrote half of it', 'OK', 'Starting it', 'Nothing']) await user.say(text);
    expect(await said(user, 'No more steps')).toMatch(/back-up plan/);
    expect(await db.reviewEntry.findMany({ where: { itemLineageId: lineageId } })).toMatchObject([{ outcome: 'partly-done' }]);
  });

  it('keeps a clear "yes done" as done', async () => {
    const user = new ChatUser(bot);
    const { client } = await readyClient(user);
    await user.say('Review my plan');
    expect(await said(user, 'yes done')).toMatch(/What happened/);
    for (const text of ['Sent it off', 'Good', 'It was quick', 'Nothing']) await user.say(text);
    await user.say('No more steps');
    expect((await new PlanRepository(bot.app.database.db).currentPlan(client.id))!.items[0]!.status).toBe('done');
  });

  it('stores no confidence or usefulness score from "ok": asks for the number', async () => {
    const user = new ChatUser(bot);
    const { client } = await readyClient(user);
    const db = bot.app.database.db;
    await user.say('Review my plan');
    for (const text of ['Done', 'I sent it', 'Good', 'It was quick', 'Nothing', 'No more steps']) await user.say(text);
    expect(await said(user, 'Not sure yet')).toMatch(/from 1 to 10\?/);

    for (const text of ['ok', 'yes']) {
      const reply = await said(user, text);
      expect(reply).toMatch(/Which number from 1 to 10 fits best\?/);
      expect(reply).toMatch(/\[1\].*\[10\]/);
      expect(reply).not.toMatch(/lower than last time|higher than last time|from 1 to 5/);
    }
    expect(await db.confidenceRating.count({ where: { clientId: client.id, context: 'review' } })).toBe(0);

    expect(await said(user, '6')).toMatch(/How useful is your plan for you, from 1 to 5\?/);
    expect(await db.confidenceRating.findMany({ where: { clientId: client.id, context: 'review' } })).toMatchObject([{ value: 6 }]);

    const reply = await said(user, 'ok');
    expect(reply).toMatch(/Which number from 1 to 5 fits best\?/);
    expect(reply).not.toMatch(/Thank you\. That helps us make it better|next review is on/);
    expect(await said(user, '4')).toMatch(/next review is on/);
    expect((await db.review.findFirstOrThrow({ where: { clientId: client.id } })).usefulness).toBe(4);
  });
});
