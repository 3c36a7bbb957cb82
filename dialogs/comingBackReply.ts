// A client coming back says hello (and often sorry) before anything else. They are greeted ("Hello
// again!", or after some days away "Welcome back!"); hard news said with the hello ("hi sorry ive
// been away, my nan was in hospital") is met kindly and not asked about; and back at the menu after
// some days, a step past its day is said once, gently, with the way to deal with it. Play-testing,
// round eleven: the news had "Sorry, I didn't catch that", and "hiya im back" after 14 days only
// "Hi there!" and the menu. The question on screen is asked again after this, never answered by it.
import type { TurnContext } from 'botbuilder';
import type { DialogContext } from 'botbuilder-dialogs';
import { contactBeforeThisTurn, currentClient } from '../src/bot/clientContext.ts';
import { PlanRepository } from '../src/db/plans.ts';
import { ReminderRepository } from '../src/db/reminders.ts';
import { ANSWER_WINDOW_MS } from '../src/domain/reminderTiming.ts';
import { SAME_MOMENT_MS } from '../src/domain/reminderTiming.ts';
import { saysHelloComingBack, saysHelloWithHardNews } from '../src/domain/comingBack.ts';
import { onlySaysSorry, saysSorry } from '../src/domain/apologyWords.ts';
import { formatDueDate } from '../src/domain/dates.ts';
import { isStillToDo } from '../src/domain/plan.ts';
import { tidyWords } from '../src/domain/goalWords.ts';
import { goalWaiting } from '../src/messages/en/smartGoal.ts';
import type { CoachServices } from '../src/services.ts';
import { escapeMarkdown } from '../src/messages/escapeText.ts';
import { menuAgainQuestion, menuQuestion } from '../src/messages/en/menu.ts';
import * as say from '../src/messages/en/listening.ts';

const DAY_MS = 24 * 60 * 60 * 1000;
/** Away this long since they last wrote: welcomed back, not just greeted. */
const AWAY_FOR_MS = 3 * DAY_MS;
const MET_BEFORE_MS = 12 * 60 * 60 * 1000;
const GOAL_WAITING = Symbol('coach.goalWaiting');

/**
 * The goal being set while one of its questions waits, noted for this turn, so a client back after
 * days away is told which goal the question is about (goal lines, round one: "sorry been ill" after
 * seven days had only the question again).
 */
export function noteGoalWaiting(inner: DialogContext): void {
  const aim = inner.stack.map((instance) => (instance.state as { values?: { draft?: { aim?: string } } } | undefined)?.values?.draft?.aim).find(Boolean);
  if (aim) inner.context.turnState.set(GOAL_WAITING, aim);
}

/** "Hello again!" only to a client first met more than half a day ago. */
export function helloFor(context: TurnContext, now: Date): string {
  const client = currentClient(context);
  return client && now.getTime() - client.createdAt.getTime() >= MET_BEFORE_MS ? say.helloAgain : say.helloToday;
}

/**
 * The reply to a hello on coming back, or null when the words are not one. `words`: the question
 * on screen as shown, so the menu is known.
 */
export async function comingBackReply(context: TurnContext, services: CoachServices, said: string, words?: string): Promise<string | null> {
  const hardNews = saysHelloWithHardNews(said);
  const sorry = onlySaysSorry(said);
  if (!hardNews && !sorry && !saysHelloComingBack(said)) return null;
  const now = services.clock.now();
  const lastWrote = contactBeforeThisTurn(context);
  const away = lastWrote !== null && now.getTime() - lastWrote.getTime() >= AWAY_FOR_MS;
  // A lone "sorry" in the middle of the questions is no hello (play-testing, round eighteen).
  if (sorry && !away) return say.noNeedForSorry;
  const lines = [away ? say.welcomeBackAfterAWhile : helloFor(context, now)];
  if (hardNews) lines.push(say.hardNewsHeard);
  // "sorry been in hospital, back now": the sorry answered beside the news (play-testing reviews, round twenty-six).
  if (hardNews && saysSorry(said)) lines.push(say.noNeedForSorry);
  // "sorry been rubbish" after two weeks away had only "Welcome back!" (play-testing reviews).
  else if (away && (sorry || saysSorry(said))) lines.push(say.noNeedForSorry);
  const goal = away ? (context.turnState.get(GOAL_WAITING) as string | undefined) : undefined;
  if (goal) lines.push(goalWaiting(escapeMarkdown(tidyWords(goal))));
  const overdue = away && isTheMenu(words) ? await overdueStepLine(context, services, now) : null;
  if (overdue) lines.push(overdue);
  return lines.join(' ');
}

function isTheMenu(words: string | undefined): boolean {
  const asked = words?.trim() ?? '';
  return asked.endsWith(menuQuestion) || asked.endsWith(menuAgainQuestion);
}

/**
 * The late step the client would answer by typing "done" now: the one the latest unanswered reminder
 * asked about, else the one furthest past its day; the others are counted. Play-testing reviews,
 * round two: back after ten days, the catch-up named "Ring the agency" and the "done" typed next
 * marked "Update my CV" (the latest reminder's step) done. Null when none is late.
 */
async function overdueStepLine(context: TurnContext, services: CoachServices, now: Date): Promise<string | null> {
  const client = currentClient(context);
  if (!client?.consentedAt) return null;
  const plan = await new PlanRepository(services.db, services.clock).currentPlan(client.id);
  const late = (plan?.items ?? [])
    .filter((item) => item.owner === 'client' && isStillToDo(item.status) && item.dueAt !== null && item.dueAt.getTime() < now.getTime() - DAY_MS / 2)
    .sort((a, b) => a.dueAt!.getTime() - b.dueAt!.getTime());
  if (late.length === 0) return null;
  const reminded = await new ReminderRepository(services.db).latestUnanswered(client.id, new Date(now.getTime() - ANSWER_WINDOW_MS), SAME_MOMENT_MS);
  const named = late.find((item) => reminded.some((reminder) => reminder.itemLineageId === item.lineageId)) ?? late[0]!;
  const step = escapeMarkdown(named.text.trim().replace(/[.!]+$/, ''));
  return say.overdueStepNoted(step, formatDueDate(named.dueAt!, client.timeZone, { now }), late.length - 1);
}
