// A plain question about the client's own plan ("wen is my review", "what did i agree to", "who is my
// adviser", "what is my adviser doing for me"), typed at the menu or where any question waits: the
// answer from their plan and adviser, then the question on screen again as it was, with nothing
// kept as its answer (dialogs/mainDialog.ts); as the first words of a visit, the answer, then the menu
// (dialogs/visitOpening.ts). The words are read in src/domain/planQuestionWords.ts.
import type { TurnContext } from 'botbuilder';
import { DialogTurnStatus, type DialogContext, type DialogTurnResult } from 'botbuilder-dialogs';
import { currentClient } from '../src/bot/clientContext.ts';
import { planWrittenThisTurn } from '../src/bot/planThisTurn.ts';
import { AdviserRepository } from '../src/db/advisers.ts';
import { PlanRepository, type PlanItem, type PlanVersion } from '../src/db/plans.ts';
import type { Client } from '../src/db/clients.ts';
import { calendarDayIn, formatDueDate } from '../src/domain/dates.ts';
import { compareDays } from '../src/domain/datePhrases.ts';
import { fewestToShow, groupByOwner, isStillToDo } from '../src/domain/plan.ts';
import { planQuestionAsked, type PlanQuestion } from '../src/domain/planQuestionWords.ts';
import { escapeMarkdown } from '../src/messages/escapeText.ts';
import { goalNotInPlanYet } from '../src/messages/en/plan.ts';
import { noAdviserStep } from '../src/messages/en/review.ts';
import * as say from '../src/messages/en/planQuestions.ts';
import type { CoachServices } from '../src/services.ts';
import { isSettingAGoal } from './planMidQuestion.ts';
import { repromptInnermost } from './reprompt.ts';

/** A long plan is told in part: the whole of it is on the plan card. */
const MOST_STEPS = 5;

/** The answer, then the waiting question again; null when the words are not such a question. */
export async function answerPlanQuestion(dc: DialogContext, services: CoachServices): Promise<DialogTurnResult | null> {
  const asked = await sendPlanAnswer(dc.context, services, dc.context.activity.text ?? '', isSettingAGoal(dc));
  if (!asked) return null;
  await repromptInnermost(dc);
  return { status: DialogTurnStatus.waiting };
}

/**
 * The answer sent, when the words ask about the client's own plan; which question it was, or null.
 * Also the first words of a visit (dialogs/visitOpening.ts): answered there before the menu.
 */
export async function sendPlanAnswer(context: TurnContext, services: CoachServices, text: string, settingAGoal = false): Promise<PlanQuestion | null> {
  const asked = planQuestionAsked(text);
  const client = currentClient(context);
  // Before consent nothing of theirs is read back (as "my plan" mid-question, mainDialog.ts).
  if (!asked || !client?.consentedAt) return null;
  const answer = await answerFor(asked, context, services, client);
  await context.sendActivity(settingAGoal && asked === 'my-steps' ? `${goalNotInPlanYet}\n${answer}` : answer);
  return asked;
}

async function answerFor(asked: PlanQuestion, context: TurnContext, services: CoachServices, client: Client): Promise<string> {
  if (asked === 'adviser-name') return adviserNamed(services, client.adviserId);
  const plan = planWrittenThisTurn(context, client.id) ?? (await new PlanRepository(services.db, services.clock).currentPlan(client.id));
  const now = services.clock.now();
  const dayOf = (at: Date | null) => (at ? formatDueDate(at, client.timeZone, { now }) : null);
  if (asked === 'review-day') return reviewDay(plan?.nextReviewAt ?? null, now, client.timeZone);
  const { client: mine, adviser } = groupByOwner(plan?.items ?? []);
  const toLines = (items: PlanItem[]) => fewestToShow(items.filter((item) => isStillToDo(item.status)), MOST_STEPS).shown.map((item) => ({ step: escapeMarkdown(item.text.trim()), day: dayOf(item.dueAt) }));
  if (asked === 'adviser-steps') {
    const theirs = toLines(adviser);
    return theirs.length > 0 ? say.adviserSteps(theirs) : noAdviserStep;
  }
  return say.yourSteps(toLines(mine), toLines(adviser), allDone(plan, mine));
}

function reviewDay(nextReviewAt: Date | null, now: Date, timeZone: string): string {
  if (!nextReviewAt) return say.noReviewYet;
  const fromToday = compareDays(calendarDayIn(nextReviewAt, timeZone), calendarDayIn(now, timeZone));
  if (fromToday === 0) return say.reviewIsToday;
  const day = formatDueDate(nextReviewAt, timeZone, { now });
  return fromToday > 0 ? say.nextReviewOn(day) : say.reviewWasDue(day);
}

async function adviserNamed(services: CoachServices, adviserId: string | null): Promise<string> {
  const adviser = adviserId ? await new AdviserRepository(services.db).findById(adviserId) : null;
  return adviser?.name.trim() ? say.adviserIs(escapeMarkdown(adviser.name.trim())) : say.noAdviserYet;
}

function allDone(plan: PlanVersion | null, mine: PlanItem[]): boolean {
  return Boolean(plan) && mine.length > 0 && mine.every((item) => !isStillToDo(item.status));
}
