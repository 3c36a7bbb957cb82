// Play-testing the review over four weeks, round one (December): a client whose plan has a step the
// adviser owns ("has she rung them yet?"), one who says sorry for being late, and one who wants a
// smaller step. Each is heard, then "How did it go?" is asked again; nothing goes into the plan
// that the client did not mean.
import { describe, expect, it } from 'vitest';
import { asksAboutAdviserStep, wantsToChangeTheStep } from '../../src/domain/reviewAsides.ts';
import { saysSorry } from '../../src/domain/apologyWords.ts';
import * as say from '../../src/messages/en/review.ts';
import { useBotUnderTest } from '../support/useBotUnderTest.ts';
import { testProvider } from '../support/testDatabase.ts';
import { startPlanBotOnFreshDatabase, TestClock } from '../plan/planTestBot.ts';
import { juneDay, MONDAY_8_JUNE, playClient } from './playTestClients.ts';

const OWN = 'Look up forklift courses';
const ADVISERS = 'Call the college about the forklift course';
const HOW_DID_IT_GO = `Your step was: ${OWN}. It was for Thursday 11 June. How did it go?`;

describe(`play-testing the review over four weeks, round one, on ${testProvider}`, () => {
  const clock = new TestClock(MONDAY_8_JUNE);
  const bot = useBotUnderTest(() => startPlanBotOnFreshDatabase(clock));

  /** A week on, at the review: the client's own step was due on Thursday, the adviser's on Friday. */
  async function atTheReview() {
    const client = await playClient(bot, clock, [{ text: OWN, due: juneDay(11) }, { text: ADVISERS, due: juneDay(12), owner: 'adviser' }], juneDay(15));
    await client.days(7);
    expect((await client.user.say('Review my plan')).join('\n')).toContain(HOW_DID_IT_GO);
    return client;
  }

  it('"has she rung them yet?" at "How did it go?" is told what the plan says about the adviser\'s step', async () => {
    // Had: "Sorry, I didn't catch that." (at the menu it had been logged as contact with an employer).
    const client = await atTheReview();
    const versions = (await client.plans.planVersions(client.seeded.id)).length;
    const replies = (await client.user.say('has she rung them yet?')).join('\n');
    expect(replies).toContain(say.adviserStepNews(ADVISERS, 'Friday 12 June', false));
    expect(replies).not.toMatch(/didn't catch that/);
    expect(client.user.replies().at(-1)!.text).toContain(HOW_DID_IT_GO);
    expect((await client.plans.planVersions(client.seeded.id)).length).toBe(versions);
    expect(await client.db.jobSearchEntry.count({ where: { clientId: client.seeded.id } })).toBe(0);
    expect((await client.user.say('Not done')).join('\n')).toContain(say.askWhatHappened);
    // At "What happened?" too, and the adviser marking it done is said so.
    await client.plans.markAdviserItemDone(await client.lineageOf(ADVISERS), 'adviser-1');
    expect((await client.user.say('did she ring the college yet')).join('\n')).toContain(say.adviserStepNews(ADVISERS, null, true));
    expect(client.user.replies().at(-1)!.text).toContain(say.askWhatHappened);
  });

  it.each([
    ['sorry been rubbish, havent done it', 'not-done'],
    ['i did it on tuesday in the end, sorry it was late', 'done'],
  ])('%j: the sorry is answered without blame, and the answer kept', async (typed, outcome) => {
    // Had: straight on to the next question, the sorry unanswered.
    const client = await atTheReview();
    const replies = (await client.user.say(typed)).join('\n');
    expect(replies).toContain(say.noNeedForSorry);
    expect(replies).not.toContain(say.askWhatHappened);
    for (const answer of ['Skip', 'Skip', 'Nothing', 'No more steps']) await client.user.say(answer);
    const entries = await client.db.reviewEntry.findMany({ where: { itemLineageId: await client.lineageOf(OWN) } });
    expect(entries).toMatchObject([{ outcome, whatHappened: typed }]);
  });

  it('a sorry given at "What happened?" is answered there', async () => {
    const client = await atTheReview();
    await client.user.say('Not done');
    expect((await client.user.say('soz, i just didnt get round to it')).join('\n')).toContain(say.noNeedForSorry);
  });

  it('"can i change it to something smaller" at "How did it go?" is told it can, and the step is not changed yet', async () => {
    // Had: "Sorry, I didn't catch that" at best; with "its too much" the check-in for a hard time.
    const client = await atTheReview();
    const versions = (await client.plans.planVersions(client.seeded.id)).length;
    const replies = (await client.user.say('can i change it to something smaller')).join('\n');
    expect(replies).toContain(say.changeStepHeard);
    expect(client.user.replies().at(-1)!.text).toContain(HOW_DID_IT_GO);
    expect((await client.plans.planVersions(client.seeded.id)).length).toBe(versions);
  });

  it('"has she rung them yet?" at the menu is told what the plan says, and is not logged as job search', async () => {
    // Had: logged as the client's contact with an employer ("Well done. Every contact with an employer counts").
    const client = await playClient(bot, clock, [{ text: OWN, due: juneDay(11) }, { text: ADVISERS, due: juneDay(12), owner: 'adviser' }], juneDay(15));
    const replies = (await client.user.say('has she rung them yet?')).join('\n');
    expect(replies).toContain(say.adviserStepNews(ADVISERS, 'Friday 12 June', false));
    expect(replies).not.toMatch(/Every contact with an employer counts/);
    expect(await client.db.jobSearchEntry.count({ where: { clientId: client.seeded.id } })).toBe(0);
  });

  it('reads the words of each aside, and not ordinary answers', () => {
    for (const text of ['has she rung them yet?', 'did my adviser call the college', 'any news from my adviser about the college']) expect(asksAboutAdviserStep(text)).toBe(true);
    for (const text of ['did they ring me back', 'i rang them', 'she said she would ring', 'Done']) expect(asksAboutAdviserStep(text)).toBe(false);
    for (const text of ['sorry been rubbish', 'soz', 'sorry it was late']) expect(saysSorry(text)).toBe(true);
    for (const text of ['not done', 'rubbish weather']) expect(saysSorry(text)).toBe(false);
    for (const text of ['can i change the step', 'i want to change it', 'can we make it smaller']) expect(wantsToChangeTheStep(text)).toBe(true);
    for (const text of ['i did something different', 'changed my cv', 'not done']) expect(wantsToChangeTheStep(text)).toBe(false);
  });
});
