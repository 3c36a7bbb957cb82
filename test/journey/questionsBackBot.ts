// Puts a client at one question (a barrier question, a sentence, a goal question, the menu), says a
// line there, and checks what a client would notice: an answer to what they asked, no "didn't catch
// that" or question said another way, and the question on screen asked again as it was.
import { expect } from 'vitest';
import type { BotUnderTest, ChatUser } from '../support/botUnderTest.ts';
import { clientAt } from './assessmentListeningBot.ts';
import { ASK_GOAL, atTheMenu, joined } from './journey.ts';
import { WANTED, type BackAt, type BackLine } from './questionsBackRoundOneLines.ts';

export const MONDAY = new Date('2026-06-08T09:00:00Z');
const ASK_WHEN = /When will you have it done by\?/;
const HOW_SURE = /How sure are you that you will do it, from 1 to 10\?/;
const SURE_NOW = /how sure are you now, from 1 to 10\?/;

/** The last thing the coach asked, without its buttons. */
const lastAsked = (replies: string[]): string => (replies.at(-1) ?? '').replace(/(?: \[[^\]]+\])+$/, '').split('\n').at(-1)!.trim();

/** A client at `at`, and the question on screen. */
export async function userAt(bot: BotUnderTest, at: BackAt): Promise<{ user: ChatUser; question: string }> {
  if (at === 'barrier' || at === 'locus') {
    const { user, first } = await clientAt(bot, at === 'barrier' ? 'barrier:convictions' : 'locus:2');
    return { user, question: lastAsked(first.split('\n')) };
  }
  const { user } = await atTheMenu(bot, MONDAY, 'internal');
  if (at === 'menu') return { user, question: 'What would you like to do' };
  const steps: [string, RegExp][] = [
    ['Set a goal', ASK_GOAL],
    ['get a job in hairdressing', /./],
    ['look at hairdressing jobs online', /./],
    ['2', ASK_WHEN],
    ['friday', HOW_SURE],
    ['3', /smaller first step/],
    ['Look up hairdressing courses', SURE_NOW],
  ];
  const upTo = { goal: 1, step: 2, date: 4, 'how-sure': 5, 'sure-again': 7 }[at];
  let replies: string[] = [];
  for (const [said, wanted] of steps.slice(0, upTo)) {
    replies = await user.say(said);
    expect(joined(replies)).toMatch(wanted);
  }
  return { user, question: lastAsked(replies) };
}

const DEAD = /didn't catch that|Please pick a number|I do not know the answer/i;
const REPHRASED = /Let me ask it another way|Here is my question again/;

/** The problems a client would notice (none: a good coach's reply). */
export async function playBack(bot: BotUnderTest, line: BackLine): Promise<{ problems: string[]; replies: string }> {
  const { user, question } = await userAt(bot, line.at);
  const replies = joined(await user.say(line.said)).replace(/(?: \[[^\]]+\])+$/gm, '');
  const problems: string[] = [];
  if (DEAD.test(replies)) problems.push('dead end');
  if (line.wants !== 'meaning' && REPHRASED.test(replies)) problems.push('said another way, not answered');
  const wanted = WANTED[line.wants];
  if (wanted && !wanted.test(replies)) problems.push(`no ${line.wants} answer`);
  if (!replies.includes(question)) problems.push(`"${question}" not asked again`);
  return { problems, replies };
}
