// The point the play-testing rounds start from: a ready client at the menu (seeded, a first "hi"),
// and that client taken through goal setting to the read-back ("Your first step: ...") with a
// cleaning job and a first step by Friday.
import { expect } from 'vitest';
import { PlanRepository } from '../../src/db/plans.ts';
import { ChatUser, type BotUnderTest } from '../support/botUnderTest.ts';
import { seedReadyClient, type TestClock } from './planTestBot.ts';

/** A ready client who has said "hi" at the menu on `now` (the clock is set to it), and a way to read their plan. */
export async function readyClientAtTheMenu(bot: BotUnderTest, clock: TestClock, now: Date) {
  clock.current = new Date(now);
  const seeded = await seedReadyClient(bot.app.database.db, { band: 'mixed', now });
  const user = new ChatUser(bot, { userId: seeded.userId });
  await user.say('hi');
  return { user, plan: () => new PlanRepository(bot.app.database.db, clock).currentPlan(seeded.id) };
}

/** Sets the goal and answers up to the read-back; the read-back's text. */
export async function reachTheGoalReadBack(user: ChatUser): Promise<string> {
  await user.say('Set a goal');
  await user.say('get a cleaning job');
  await user.say('apply for 3 cleaning jobs');
  await user.say('friday');
  let readBack = (await user.say('7')).join('\n');
  if (/Which job does this help you with\?/.test(readBack)) readBack = (await user.say('Not sure')).join('\n');
  expect(readBack).toContain('Your first step: "Apply for 3 cleaning jobs"');
  return readBack;
}

/**
 * From a reply to the goal question, answers the next questions (first step, how many, how sure,
 * which job, when) up to the read-back; its first two lines, or '' if not reached.
 */
export async function answersUpToTheReadBack(user: { say(text: string): Promise<string[]> }, replies: string, firstStep: string): Promise<string> {
  const answers: [RegExp, string][] = [
    [/first step|small step/, firstStep],
    [/How many/, '3'],
    [/How sure/, '7'],
    [/Which job/, 'Not sure'],
    [/When /, 'friday'],
  ];
  let last = replies;
  for (let turn = 0; turn < 6 && !last.includes('Here is your goal'); turn += 1) {
    const answer = answers.find(([asked]) => asked.test(last.split('\n').at(-1) ?? ''))?.[1] ?? 'friday';
    last = (await user.say(answer)).join('\n');
  }
  return last.includes('Here is your goal') ? last.slice(last.indexOf('Here is your goal')).split('\n').slice(0, 2).join(' ') : '';
}
