// Play-testing, round twelve: clients played from scripts (test/plan/playScript.ts). Each test
// fails without its mend.
// - "i want to delete a step" at the goal's read-back, with two steps, was told a goal needs a step
//   and nothing came off.
// - "somewhere big im not fussy" at a yes/no or a choice, and "once i get paid" at "When could you
//   do it?", had the low-mood reply ("That sounds really hard").
// - "yes" at "What makes you want that job?" was kept as the reason.
import { describe, expect, it } from 'vitest';
import { useBotUnderTest } from '../support/useBotUnderTest.ts';
import { ChatUser } from '../support/botUnderTest.ts';
import { PlanRepository } from '../../src/db/plans.ts';
import { withoutStep } from '../../src/domain/goalCheckWords.ts';
import { goalSteps } from '../../src/domain/goalWords.ts';
import { modelReading } from '../../dialogs/intentReading.ts';
import { testProvider } from '../support/testDatabase.ts';
import { consentAndLink } from '../journey/journey.ts';
import { seedReadyClient, startPlanBotOnFreshDatabase, TestClock } from './planTestBot.ts';

const MONDAY = new Date('2026-06-08T09:00:00Z');
const joined = (replies: string[]) => replies.join('\n');
const LOW_MOOD = /That sounds (?:really )?hard\. Thank you for telling me\./;
// Low mood heard by the coach's reply, or by the safety check's gentle check-in, which comes first.
const LOW_MOOD_HEARD = /That sounds (?:really )?hard\. Thank you for telling me\.|It sounds like things feel really heavy right now\./;

describe('a step taken off a goal before it is kept', () => {
  const twoSteps = { aim: 'get a cleaning job', text: 'apply for 3 cleaning jobs', dueAt: '2026-06-18T23:00:00Z', firstStep: 'look at jobs on indeed', firstStepDueAt: '2026-06-11T23:00:00Z', nearerFirstStep: true };

  it('leaves the later step when the first comes off', () => {
    expect(goalSteps(withoutStep(twoSteps, 0))).toEqual([{ text: 'Apply for 3 cleaning jobs', dueAt: '2026-06-18T23:00:00Z' }]);
  });

  it('leaves the first step, with its own day, when the later one comes off', () => {
    expect(goalSteps(withoutStep(twoSteps, 1))).toEqual([{ text: 'Look at jobs on indeed', dueAt: '2026-06-11T23:00:00Z' }]);
  });

  it('never takes off the only step', () => {
    const one = { aim: 'get a cleaning job', text: 'apply for 3 cleaning jobs', dueAt: '2026-06-18T23:00:00Z' };
    expect(withoutStep(one, 0)).toBe(one);
  });
});

describe('words the model had heard as low mood', () => {
  it.each([
    'somewhere big im not fussy',
    'im not fussy',
    'not fussy really',
    'anywhere im not bothered',
    'not bothered where tbh',
    'i dont mind where',
    'any size, im easy',
    'big or small i dont mind',
  ])('%j, where a choice is asked, is no low mood', (text) => {
    expect(modelReading(text, 'choice').intent).not.toBe('feeling-low');
  });

  it.each(['once i get paid', 'when i get paid', 'after i get paid', 'once my wages come in', 'when my money comes in', 'after payday', 'once the kids are back at school', 'when my laptop is fixed'])(
    '%j, where a day is asked, is no low mood',
    (text) => {
      expect(modelReading(text, 'choice').intent).not.toBe('feeling-low');
    },
  );

  it.each(['when i get paid will my uc stop', 'will i lose uc when i get paid?'])('%j is still a benefits question', (text) => {
    expect(modelReading(text, 'choice').intent).toBe('ask-benefits');
  });

  it.each([
    'i feel rubbish',
    'whats the point',
    'i feel so low',
    'im fed up with all of it',
    'i cant be bothered anymore',
    'whats the point, i never get anywhere',
    'i feel useless, nobody wants me',
    'im not fussy, i just feel rubbish',
    'i feel like giving up',
    'im not bothered anymore',
    'not fussed about anything anymore',
    'i dont mind, nothing works anyway',
  ])('%j is still heard as low mood', (text) => {
    expect(modelReading(text, 'choice').intent).toBe('feeling-low');
  });
});

describe(`play-testing round twelve, in conversation, on ${testProvider}`, () => {
  const clock = new TestClock(MONDAY);
  const bot = useBotUnderTest(() => startPlanBotOnFreshDatabase(clock));
  const db = () => bot.app.database.db;

  async function readyClient() {
    clock.current = new Date(MONDAY);
    const seeded = await seedReadyClient(db(), { band: 'external', now: MONDAY });
    const user = new ChatUser(bot, { userId: seeded.userId });
    await user.say('hi');
    return { user, plan: () => new PlanRepository(db(), clock).currentPlan(seeded.id) };
  }

  /** A goal read back with two steps: a nearer first step, then the step the client made. */
  async function twoStepReadBack() {
    const client = await readyClient();
    const { user } = client;
    await user.say('Set a goal');
    await user.say('get a cleaning job');
    await user.say('apply for 3 cleaning jobs');
    expect(joined(await user.say('in 10 days'))).toMatch(/Could you do it sooner, by Monday 15 June\?/);
    await user.say('look at jobs on indeed');
    await user.say('9');
    const readBack = joined(await user.say('Cleaner'));
    expect(readBack).toContain('Your first step: "Look at jobs on indeed", by Monday 15 June.');
    expect(readBack).toContain('Then: "Apply for 3 cleaning jobs", by Thursday 18 June.');
    return client;
  }

  it('asks which step, with a button for each, and takes the one picked off before reading the goal back', async () => {
    const { user, plan } = await twoStepReadBack();
    const asked = joined(await user.say('i want to delete a step'));
    expect(asked).toMatch(/Which step shall I take off\? \[Look at jobs on indeed\] \[Apply for 3 cleaning jobs\] \[Keep both steps\]/);
    expect(asked).not.toMatch(/A goal needs at least one step/);

    const taken = joined(await user.say('Look at jobs on indeed'));
    expect(taken).toMatch(/OK\. I have taken "Look at jobs on indeed" off\./);
    expect(taken).toContain('Your first step: "Apply for 3 cleaning jobs", by Thursday 18 June.');
    expect(taken).not.toContain('Then:');
    await user.say('Yes');
    expect((await plan())!.items.map((item) => item.text)).toEqual(['Apply for 3 cleaning jobs']);
  });

  it.each([
    ['the first one', 'Apply for 3 cleaning jobs', 'Look at jobs on indeed'],
    ['2', 'Look at jobs on indeed', 'Apply for 3 cleaning jobs'],
    ['the applying one', 'Look at jobs on indeed', 'Apply for 3 cleaning jobs'],
    ['indeed', 'Apply for 3 cleaning jobs', 'Look at jobs on indeed'],
    ['the last one', 'Look at jobs on indeed', 'Apply for 3 cleaning jobs'],
  ])('takes %j, typed at "Which step?", as the step meant', async (typed, left, gone) => {
    const { user, plan } = await twoStepReadBack();
    await user.say('i want to delete a step');
    const taken = joined(await user.say(typed));
    expect(taken).toContain(`OK. I have taken "${gone}" off.`);
    expect(taken).toContain(`Your first step: "${left}"`);
    await user.say('Yes');
    expect((await plan())!.items.map((item) => item.text)).toEqual([left]);
  });

  it('takes a step named with the words that ask, without asking which', async () => {
    const { user } = await twoStepReadBack();
    const taken = joined(await user.say('can you take off the indeed step'));
    expect(taken).not.toMatch(/Which step shall I take off\?/);
    expect(taken).toContain('OK. I have taken "Look at jobs on indeed" off.');
    expect(taken).toContain('Your first step: "Apply for 3 cleaning jobs", by Thursday 18 June.');
  });

  it('keeps both steps on "Keep both steps", and on "actually no keep it"', async () => {
    const { user } = await twoStepReadBack();
    await user.say('remove a step');
    const kept = joined(await user.say('Keep both steps'));
    expect(kept).toMatch(/OK\. Both steps stay\./);
    expect(kept).toContain('Then: "Apply for 3 cleaning jobs"');
    await user.say('delete a step');
    expect(joined(await user.say('actually no keep it'))).toContain('Then: "Apply for 3 cleaning jobs"');
  });

  it('asks again when the answer names no step, and "go back" reads the goal back', async () => {
    const { user } = await twoStepReadBack();
    await user.say('i want to delete a step');
    const again = joined(await user.say('hmm'));
    expect(again).toMatch(/Which step shall I take off\?/);
    const back = joined(await user.say('go back'));
    expect(back).toContain('Then: "Apply for 3 cleaning jobs"');
    expect(back).toMatch(/Is that right\?/);
  });

  it('still says a goal needs a step when it has only one', async () => {
    const { user } = await readyClient();
    await user.say('Set a goal');
    await user.say('get a cleaning job');
    await user.say('apply for 3 cleaning jobs');
    await user.say('friday');
    await user.say('9');
    await user.say('Cleaner');
    const replies = joined(await user.say('i want to delete a step'));
    expect(replies).toMatch(/A goal needs at least one step/);
    expect(replies).not.toMatch(/Which step shall I take off\?/);
  });

  it('hears "somewhere big im not fussy" at a yes or no, and at the read-back, as no low mood', async () => {
    const { user } = await readyClient();
    await user.say('Set a goal');
    await user.say('get a cleaning job');
    await user.say('apply for 3 cleaning jobs');
    await user.say('in 10 days');
    const atYesNo = joined(await user.say('somewhere big im not fussy'));
    expect(atYesNo).not.toMatch(LOW_MOOD);
    expect(atYesNo).toMatch(/Could you do it sooner, by Monday 15 June\?/);
    await user.say('No, keep my day');
    await user.say('9');
    await user.say('Cleaner');
    const atReadBack = joined(await user.say('somewhere big im not fussy'));
    expect(atReadBack).not.toMatch(LOW_MOOD);
    expect(atReadBack).toMatch(/Is that right\?/);
    // Real low mood, at the same question, is still heard.
    expect(joined(await user.say('i feel rubbish'))).toMatch(LOW_MOOD_HEARD);
    expect(joined(await user.say('whats the point'))).toMatch(LOW_MOOD_HEARD);
  });

  it('asks for the day of "once i get paid", as for "after the kids go back to school", with no low-mood reply', async () => {
    const { user, plan } = await readyClient();
    await user.say('Set a goal');
    await user.say('get a cleaning job');
    await user.say('apply for 3 cleaning jobs');
    const paid = joined(await user.say('once i get paid'));
    expect(paid).not.toMatch(LOW_MOOD);
    expect(paid).toMatch(/I do not know when your payday is\. Tell me that day/);
    expect(paid).toMatch(/When could you do it\?/);
    const event = joined(await user.say('when my laptop is fixed'));
    expect(event).not.toMatch(LOW_MOOD);
    expect(event).toMatch(/I do not know which day that will be/);
    expect(joined(await user.say('friday'))).toMatch(/How sure do you feel/);
    expect(await plan()).toBeNull();
  });

  it('asks for the day of "when i get paid" without passing it to the adviser, and still hears low mood at the date question', async () => {
    const { user } = await readyClient();
    await user.say('Set a goal');
    await user.say('get a cleaning job');
    await user.say('apply for 3 cleaning jobs');
    const paid = joined(await user.say('when i get paid'));
    expect(paid).toMatch(/I do not know when your payday is/);
    expect(paid).not.toMatch(/I have (?:let|asked|told) your adviser|Your adviser will/);
    expect(joined(await user.say('i feel rubbish'))).toMatch(LOW_MOOD_HEARD);
  });

  it('asks again in other words when "yes", "no" or "ok" is typed at "What makes you want that job?"', async () => {
    clock.current = new Date(MONDAY);
    const user = new ChatUser(bot);
    await consentAndLink(user, { name: 'Dean', code: "I don't have one" });
    expect(joined(await user.say('cleaner'))).toMatch(/What makes you want that job\?/);
    for (const bare of ['yes', 'no', 'ok', 'Yeah', 'yep ok']) {
      const replies = joined(await user.say(bare));
      expect(replies).toMatch(/Let me ask it another way\. I mean: why would you like that job\?/);
      expect(replies).toMatch(/What makes you want that job\?/);
      expect(replies).not.toMatch(/another job/);
    }
    expect(joined(await user.say('i like keeping things tidy'))).toMatch(/another job/);
    const profile = await bot.app.database.db.vocationalProfile.findFirst({ orderBy: { updatedAt: 'desc' } });
    expect(JSON.stringify(profile)).toContain('i like keeping things tidy');
    expect(JSON.stringify(profile)).not.toMatch(/"reason":"(?:yes|no|ok|Yeah|yep ok)"/i);
  });

  it('still takes "Skip" and a real reason that starts with yes at "What makes you want that job?"', async () => {
    clock.current = new Date(MONDAY);
    const user = new ChatUser(bot);
    await consentAndLink(user, { name: 'Dean', code: "I don't have one" });
    await user.say('cleaner');
    expect(joined(await user.say('yes because the hours suit me'))).toMatch(/another job/);
  });
});
