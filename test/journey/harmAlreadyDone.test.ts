// Harm already done, not only meant (play-testing, round nine): pills taken, or a cut that will not
// stop bleeding, had the reply for thoughts ("Please call 999 now if you might act on this soon", or
// 999 last in the list) and "I am safe" ended the check. Now 999 or A&E comes first, and is said
// again after "I am safe"; the client still chooses when to carry on.
import { describe, expect, it } from 'vitest';
import { useBotUnderTest } from '../support/useBotUnderTest.ts';
import { testProvider } from '../support/testDatabase.ts';
import { startPlanBotOnFreshDatabase, TestClock } from '../plan/planTestBot.ts';
import { atTheMenu, joined } from './journey.ts';
import { harmAlreadyDone, isImminent } from '../../src/domain/imminentRisk.ts';

const MONDAY = new Date('2026-06-08T09:00:00Z');

describe('harmAlreadyDone', () => {
  it.each([
    ['just took a load of pills tbh, doesnt matter now', 'pills'],
    ['i swallowed all my tablets an hour ago', 'pills'],
    ['ive cut myself quite deep and it wont stop bleeding', 'bleeding'],
    ['cant stop the bleeding', 'bleeding'],
  ] as const)('%j is %s', (text, done) => expect(harmAlreadyDone(text)).toBe(done));

  it.each(['took an overdose last year, doing better now', 'i have my pills ready for tonight', 'i keep thinking about cutting'])('%j is not harm done just now', (text) => {
    expect(harmAlreadyDone(text)).toBeNull();
  });
});

// A decision or a goodbye, said of a crisis, is danger now too (it had had the reply for thoughts).
describe('isImminent: a decision or a goodbye', () => {
  it.each(['ive written the notes for my kids, tonights the night', 'wont matter soon, ive made my mind up', 'im not going to be here by the time you read this', 'this is goodbye'])('%j is now', (text) => {
    expect(isImminent(text)).toBe(true);
  });

  it.each(['i think about not being here sometimes', 'everyone would be better off without me'])('%j is not said to be now', (text) => {
    expect(isImminent(text)).toBe(false);
  });
});

describe(`harm already done, over HTTP on ${testProvider}`, () => {
  const clock = new TestClock(MONDAY);
  const bot = useBotUnderTest(() => startPlanBotOnFreshDatabase(clock));

  it('pills taken: 999 or A&E first; after "I am safe", said again; Carry on is still the client\'s choice', async () => {
    const { user } = await atTheMenu(bot, MONDAY);
    const first = joined(await user.say('just took a load of pills tbh, doesnt matter now'));
    expect(first).toMatch(/^Please call 999 now, or go to A&E\. Pills can hurt you even if you feel OK\./);
    expect(first).not.toMatch(/if you might act on this soon/);
    expect(first).toMatch(/Are you safe right now\?/);
    const safe = joined(await user.say('I am safe'));
    expect(safe).toMatch(/Pills can still hurt you hours later, even if you feel OK\. Please call 999 or go to A&E now\./);
    expect(joined(await user.say('carry on'))).toMatch(/Let us carry on/);
  });

  it('"ive made my mind up" of a crisis: 999 first, and "are you safe?" asked', async () => {
    const { user } = await atTheMenu(bot, MONDAY);
    const first = joined(await user.say('i cant do this anymore. wont matter soon, ive made my mind up'));
    expect(first).toMatch(/^Please call 999 now/);
    expect(first).toMatch(/Are you safe right now\?/);
  });

  it('a cut that will not stop bleeding: 999 and pressure first, and "are you safe?" asked', async () => {
    const { user } = await atTheMenu(bot, MONDAY);
    const first = joined(await user.say('ive cut myself quite deep and it wont stop bleeding'));
    expect(first).toMatch(/^Please call 999 now\. Press hard on the cut with a clean cloth, and keep pressing\./);
    expect(first).toMatch(/Are you safe right now\?/);
  });
});
