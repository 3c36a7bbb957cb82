// A client moves their own review: "I want to move my review", "can i move my review to friday",
// "cant make my review next week" (play-testing, December: only the adviser's "move Sam review"
// existed). The wish and any new day are read in src/domain/reviewMoveWords.ts; with no day, the day
// it has is said and one question asked; a day not caught gets the day prompt's "I didn't catch that
// date" and a second chance (laterDayPrompt.ts). The move is the use case's (moveReviewAsClient in
// src/usecases/review.ts), which tells the adviser. Help, cancel and "talk to my adviser" work here as
// anywhere (mainDialog.ts). Started from the menu, or as the first words of a visit (menuNews.ts).
import { ComponentDialog, WaterfallDialog, type DialogTurnResult, type WaterfallStepContext } from 'botbuilder-dialogs';
import { currentClient } from '../src/bot/clientContext.ts';
import type { Client } from '../src/db/clients.ts';
import { PlanRepository } from '../src/db/plans.ts';
import { reviewDayFor } from '../src/domain/adviserReviewWords.ts';
import { addDays, compareDays, type CalendarDay } from '../src/domain/dateCalendar.ts';
import { dayJustGone } from '../src/domain/dateChecks.ts';
import { calendarDayIn, formatDueDate, parseDueDate } from '../src/domain/dates.ts';
import { dayInDays } from '../src/domain/plan.ts';
import { atLocalTime } from '../src/domain/reminderTiming.ts';
import { reviewMoveWished } from '../src/domain/reviewMoveWords.ts';
import { dayGone } from '../src/messages/en/review.ts';
import * as say from '../src/messages/en/reviewMove.ts';
import type { CoachServices } from '../src/services.ts';
import { moveReviewAsClient } from '../src/usecases/review.ts';
import { planDeps } from '../src/usecases/wiring.ts';
import { laterDayOptions, laterDayPrompt, noDaySorry, type LaterDayWords } from './laterDayPrompt.ts';
import { retryAsking, withButtons } from './prompts.ts';

export const REVIEW_MOVE = 'reviewMove';
const FLOW = 'reviewMoveFlow';
const DAY_PROMPT = 'reviewMoveDay';
const DAY_WORDS: LaterDayWords = { ask: say.whichDay, notCaught: say.dayNotCaught, tooEarly: () => dayGone };
/** The furthest a review goes here: four weeks after its day now (or today, if that has gone). IPS reviews every four weeks. */
const FURTHEST_DAYS = 28;

/** `text`: the words that asked; `again`: asked once more, after a day too far off. */
export type ReviewMoveOptions = { text: string; again?: boolean };
type Values = { current?: string };
/** A day read from the wish itself, passed on without a prompt. */
type DayFromTheWish = { at: string };

export class ReviewMoveDialog extends ComponentDialog {
  constructor(private readonly services: CoachServices) {
    super(REVIEW_MOVE);
    this.addDialog(laterDayPrompt(DAY_PROMPT, services, DAY_WORDS));
    this.addDialog(new WaterfallDialog(FLOW, [this.askDay.bind(this), this.move.bind(this)]));
    this.initialDialogId = FLOW;
  }

  private async askDay(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const client = currentClient(step.context);
    if (!client?.consentedAt) return step.endDialog();
    const now = this.services.clock.now();
    const current = (await new PlanRepository(this.services.db, this.services.clock).currentPlan(client.id))?.nextReviewAt ?? null;
    if (!current) {
      await step.context.sendActivity(say.noReviewToMove);
      return step.endDialog();
    }
    (step.values as Values).current = current.toISOString();
    const options = step.options as ReviewMoveOptions;
    const context = { now, timeZone: client.timeZone };
    const today = dayInDays(now, client.timeZone, 0);
    const when = options.again ? null : reviewMoveWished(options.text)?.when;
    if (when && when.kind !== 'day') {
      const day = reviewDayFor(when, calendarDayIn(current, client.timeZone), calendarDayIn(now, client.timeZone));
      return step.next({ at: atLocalTime(day, 0, client.timeZone).toISOString() } satisfies DayFromTheWish);
    }
    if (when) {
      const read = parseDueDate(when.text, context);
      const dueAt = read && dayJustGone(when.text, context, read) ? null : read;
      if (dueAt) return step.next({ at: dueAt.toISOString() } satisfies DayFromTheWish);
      // A day said but not caught ("to fridy"): the prompt's second chance, at once.
      const sorry = withButtons(retryAsking(noDaySorry(when.text, context, DAY_WORDS), say.whichDay), []);
      return step.prompt(DAY_PROMPT, { ...laterDayOptions(say.whichDay, today, DAY_WORDS), prompt: sorry });
    }
    const ask = options.again ? say.whichDay : say.askWhichDay(formatDueDate(current, client.timeZone, { now }));
    return step.prompt(DAY_PROMPT, laterDayOptions(ask, today, DAY_WORDS));
  }

  private async move(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const client = currentClient(step.context) as Client;
    const now = this.services.clock.now();
    const zone = client.timeZone;
    const result = step.result as string | DayFromTheWish;
    const dueAt = typeof result === 'string' ? parseDueDate(result, { now, timeZone: zone }) : new Date(result.at);
    if (!dueAt) return step.endDialog();
    const day = calendarDayIn(dueAt, zone);
    const latest = furthestDay(new Date((step.values as Values).current!), now, zone);
    if (compareDays(day, latest) > 0) {
      await step.context.sendActivity(say.dayTooFar(formatDueDate(atLocalTime(latest, 0, zone), zone, { now })));
      return step.replaceDialog(FLOW, { text: '', again: true } satisfies ReviewMoveOptions);
    }
    const outcome = await moveReviewAsClient(planDeps(this.services), { client, day });
    const said = (at: Date) => formatDueDate(at, zone, { now });
    if (outcome.kind === 'moved') await step.context.sendActivity(say.reviewMoved(said(outcome.to), Boolean(client.adviserId)));
    else if (outcome.kind === 'same-day') await step.context.sendActivity(say.reviewAlreadyThatDay(said(outcome.to)));
    else await step.context.sendActivity(say.noReviewToMove);
    return step.endDialog();
  }
}

function furthestDay(current: Date, now: Date, zone: string): CalendarDay {
  const today = calendarDayIn(now, zone);
  const set = calendarDayIn(current, zone);
  return addDays(compareDays(set, today) > 0 ? set : today, FURTHEST_DAYS);
}
