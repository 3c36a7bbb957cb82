// Play-testing reviews and reminders over four to six weeks, round two (December): a client doing
// well who adds steps, one quiet for ten days who comes back, and one who falls ill mid-plan. Each
// test names what the client typed and what had happened.
import { describe, expect, it } from 'vitest';
import * as crisis from '../../src/messages/en/crisis.ts';
import * as listening from '../../src/messages/en/listening.ts';
import * as reviewSay from '../../src/messages/en/review.ts';
import * as reminderSay from '../../src/messages/en/reminders.ts';
import { tellsOfAStepAlreadyTaken } from '../../src/domain/reviewWords.ts';
import { checkEscalationRules } from '../../src/escalation/periodicRules.ts';
import { useBotUnderTest } from '../support/useBotUnderTest.ts';
import { testProvider } from '../support/testDatabase.ts';
import { startPlanBotOnFreshDatabase, TestClock } from '../plan/planTestBot.ts';
import { juneDay, MONDAY_8_JUNE, playClient } from './playTestClients.ts';

const AGENCY = 'Ring the agency';
const APPLY = 'Apply for 2 warehouse jobs';
const CV = 'Update my CV';

describe(`play-testing reviews and reminders, round two, on ${testProvider}`, () => {
  const clock = new TestClock(MONDAY_8_JUNE);
  const bot = useBotUnderTest(() => startPlanBotOnFreshDatabase(clock));

  it('"Review my plan" tapped while "Would you like your adviser to get in touch?" waits starts the review', async () => {
    // Had: "OK. Your adviser is there if you want them." and the menu again; the review never began,
    // and "Not done" after it was "Sorry, I didn't catch that".
    const client = await playClient(bot, clock, [{ text: AGENCY, due: juneDay(10) }, { text: APPLY, due: juneDay(12) }], juneDay(15));
    await client.days(3);
    // (Time away, "in hospital... cant do anything for a couple of weeks", is offered a pause instead: test/safety/timeAwayNotAWorry.test.ts.)
    const worry = (await client.user.say('everything is getting on top of me and i cant cope at the moment')).join('\n');
    expect(worry).toMatch(/Would you like your adviser to get in touch\?/);
    await client.days(4);
    const replies = (await client.user.say('Review my plan')).join('\n');
    expect(replies).not.toContain(crisis.concernLeftOpenReply);
    expect(replies).toMatch(/Your step was: (?:Ring the agency|Apply for 2 warehouse jobs)\. It was for (?:Wednesday 10|Friday 12) June\. How did it go\?/);
    expect((await client.user.say('Not done')).join('\n')).not.toMatch(/didn't catch that/);
  });

  it('back after ten days away: one short catch-up names the step "done" then answers, and counts the rest', async () => {
    // Had: six reminders while away, then "Your step "Ring the agency" was for Wednesday 10 June", and
    // the "done" typed next marked "Update my CV" done (the latest reminder's step), not the agency.
    const client = await playClient(bot, clock, [{ text: AGENCY, due: juneDay(10) }, { text: APPLY, due: juneDay(12) }, { text: CV, due: juneDay(16) }], juneDay(15));
    const away = await client.days(10);
    expect(away.filter((text) => text.includes('Just checking in'))).toEqual([]);
    const back = (await client.user.say('hi sorry ive been away')).join('\n');
    expect(back).toContain(listening.overdueStepNoted(CV, 'Tuesday 16 June', 2));
    expect(back).toContain('and 2 more steps are past their day');
    expect(back.match(/Your step/g)).toHaveLength(1);
    await client.user.say('done');
    const status = Object.fromEntries((await client.items()).map((item) => [item.text, item.status]));
    expect(status).toEqual({ [AGENCY]: 'open', [APPLY]: 'open', [CV]: 'done' });
  });

  it('two reminders on one morning are one attempt: the adviser is not told after two quiet days', async () => {
    // Had: "Has not replied to the last 3 messages from the coach" (soon) on Wednesday, for a client
    // who agreed the plan on Monday: Tuesday's two nudges had counted as two attempts.
    const client = await playClient(bot, clock, [{ text: AGENCY, due: juneDay(10) }, { text: APPLY, due: juneDay(12) }], juneDay(15));
    const told = async () => client.db.escalation.findMany({ where: { clientId: client.seeded.id, reason: 'outreach-unanswered' } });
    expect((await client.days(2)).length).toBe(3);
    await client.days(1);
    await checkEscalationRules(bot.app.services);
    expect(await told()).toEqual([]);
    await client.days(1);
    await checkEscalationRules(bot.app.services);
    expect(await told()).toMatchObject([{ detail: 'Has not replied to the last 3 messages from the coach.' }]);
  });

  it('doing well, "applied to 2 at amazon" at "What is your next step?" is praised as done; the next step typed is the one kept', async () => {
    // Had: kept as the next step ("Applied to 2 at amazon"), given a day, and reminded as a step to do.
    const client = await playClient(bot, clock, [{ text: AGENCY, due: juneDay(10) }], juneDay(15));
    await client.days(7);
    expect((await client.user.say('Review my plan')).join('\n')).toContain('How did it go?');
    for (const answer of ['Done', 'the agency were nice', 'Skip', 'Nothing']) await client.user.say(answer);
    const praised = (await client.user.say('applied to 2 at amazon')).join('\n');
    expect(praised).toContain(reviewSay.stepAlreadyTakenHeard);
    expect(praised).not.toContain(reviewSay.askWhen);
    expect((await client.user.say('apply for 3 more jobs')).join('\n')).toContain(reviewSay.askWhen);
    await client.user.say('friday');
    const texts = (await client.items()).map((item) => item.text);
    expect(texts).toContain('Apply for 3 more jobs');
    expect(texts.some((text) => /amazon/i.test(text))).toBe(false);
    for (const text of ['applied to 2 at amazon', 'i rang the agency', 'had an interview at asda on thursday']) expect(tellsOfAStepAlreadyTaken(text)).toBe(true);
    for (const text of ['apply for 3 more jobs', 'interview at asda on thursday', 'update my cv', 'ring the agency']) expect(tellsOfAStepAlreadyTaken(text)).toBe(false);
  });

  it('"my mum was ill that week so i was looking after her" at "What happened?" gets a kind word before the next question', async () => {
    // Had: straight on to "How did it feel?", the reason passed over.
    const client = await playClient(bot, clock, [{ text: AGENCY, due: juneDay(10) }], juneDay(15));
    await client.days(7);
    await client.user.say('Review my plan');
    expect((await client.user.say('Not done')).join('\n')).toContain(reviewSay.askWhatHappened);
    const typed = 'my mum was ill that week so i was looking after her';
    const replies = (await client.user.say(typed)).join('\n');
    expect(replies).toContain(reminderSay.notDoneHeard['someone-ill']);
    expect(replies).toContain(reviewSay.askFeelings);
    for (const answer of ['Not great', 'Skip', 'Nothing', 'No more steps']) await client.user.say(answer);
    expect(await client.db.reviewEntry.findMany({ where: { itemLineageId: await client.lineageOf(AGENCY) } })).toMatchObject([{ outcome: 'not-done', whatHappened: typed }]);
  });
});
