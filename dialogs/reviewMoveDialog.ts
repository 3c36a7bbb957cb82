// A client moves their own review: "I want to move my review", "can i move my review to friday",
// "cant make my review next week" (play-testing, December: only the adviser's "move Sam review"
// existed). The wish and any new day are read in src/domain/reviewMoveWords.ts; with no day, the day
// it has is said and one question asked; a day not caught gets the day prompt's "I didn't catch that
// date" and a second chance (laterDayPrompt.ts). The move is the use case's (moveReviewAsClient in
// src/usecases/review.ts), which tells the adviser. Help, cancel and "talk to my adviser" work here as
// anywhere (mainDialog.ts). Started from the menu, or as the first words of a visit (menuNews.ts).
// Play-testing round two: a weekend day, a day within one working day, or a weekday that reads better
// as the one after the review ("can we do tuesday") is said back for a Yes (src/domain/reviewMoveDay.ts,
// which uses dateWorthChecking.ts); a day after "except"/"not" is never taken; "never mind" where the
// day or the Yes is asked leaves the review as it is.
// Round three: "what if i cant make my review" is answered, nothing moved; the reason given ("clashes
// with a job interview") goes to the adviser with the move; "the 31st" said in June is said back as
// 31 July, never kept silently.
import { ComponentDialog, Dialog, WaterfallDialog, type DialogContext, type DialogTurnResult, type WaterfallStepContext } from 'botbuilder-dialogs';
import { currentClient } from '../src/bot/clientContext.ts';
import type { Client } from '../src/db/clients.ts';
import { PlanRepository } from '../src/db/plans.ts';
import { reviewDayFor } from '../src/domain/adviserReviewWords.ts';
import { addDays, compareDays, type CalendarDay } from '../src/domain/dateCalendar.ts';
import { dayJustGone } from '../src/domain/dateChecks.ts';
import { calendarDayIn, formatDueDate, parseDueDate } from '../src/domain/dates.ts';
import { dayInDays } from '../src/domain/plan.ts';
import { atLocalTime } from '../src/domain/reminderTiming.ts';
import { monthLackingTheDay, moveCancelled, reviewDayToSayBack, wantedDayWords } from '../src/domain/reviewMoveDay.ts';
import { reviewMoveReason } from '../src/domain/reviewMoveReason.ts';
import { reviewMoveWished } from '../src/domain/reviewMoveWords.ts';
import { dayGone } from '../src/messages/en/review.ts';
import * as say from '../src/messages/en/reviewMove.ts';
import type { CoachServices } from '../src/services.ts';
import { moveReviewAsClient } from '../src/usecases/review.ts';
import { planDeps } from '../src/usecases/wiring.ts';
import { laterDayOptions, laterDayPrompt, noDaySorry, type LaterDayWords } from './laterDayPrompt.ts';
import { askChoice, CHOICE_PROMPT, createChoicePrompt, retryAsking, withButtons } from './prompts.ts';

export const REVIEW_MOVE = 'reviewMove';
const FLOW = 'reviewMoveFlow';
const DAY_PROMPT = 'reviewMoveDay';
const CHOICE_PROMPT_ID = CHOICE_PROMPT;
const DAY_WORDS: LaterDayWords = { ask: say.whichDay, notCaught: say.dayNotCaught, tooEarly: () => dayGone };
/** The furthest a review goes here: four weeks after its day now (or today, if that has gone). IPS reviews every four weeks. */
const FURTHEST_DAYS = 28;

/** `text`: the words that asked; `again`: asked once more, after a day too far off; `reason`: the reason given. */
export type ReviewMoveOptions = { text: string; again?: boolean; reason?: string | null };
/** `current`: the review's day now; `sayBack`: a day said back for a Yes (ISO); `reason`: for the adviser. */
type Values = { current?: string; sayBack?: string; reason?: string | null };
/** A day read from the wish itself, passed on without a prompt; `text`: the words it was read from. */
type DayFromTheWish = { at: string; text: string };

export class ReviewMoveDialog extends ComponentDialog {
  constructor(private readonly services: CoachServices) {
    super(REVIEW_MOVE);
    this.addDialog(laterDayPrompt(DAY_PROMPT, services, DAY_WORDS));
    this.addDialog(createChoicePrompt());
    this.addDialog(new WaterfallDialog(FLOW, [this.askDay.bind(this), this.checkDay.bind(this), this.move.bind(this)]));
    this.initialDialogId = FLOW;
  }

  private async askDay(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const client = currentClient(step.context);
    if (!client?.consentedAt) return step.endDialog();
    const now = this.services.clock.now();
    const current = (await new PlanRepository(this.services.db, this.services.clock).currentPlan(client.id))?.nextReviewAt ?? null;
    const options = step.options as ReviewMoveOptions;
    const asked = options.again ? null : reviewMoveWished(options.text);
    if (asked?.question) {
      const day = current ? formatDueDate(current, client.timeZone, { now }) : null;
      await step.context.sendActivity(asked.ill ? say.ifIllOnTheDay(day) : say.ifYouCantMakeIt(day));
      return step.endDialog();
    }
    if (!current) {
      await step.context.sendActivity(say.noReviewToMove);
      return step.endDialog();
    }
    (step.values as Values).current = current.toISOString();
    (step.values as Values).reason = options.reason ?? reviewMoveReason(options.text);
    const context = { now, timeZone: client.timeZone };
    const today = dayInDays(now, client.timeZone, 0);
    const wished = options.again ? null : reviewMoveWished(options.text)?.when;
    // "move my review to any day except monday": a day ruled out is never the one taken.
    const when = wished?.kind === 'day' ? (wantedDayWords(wished.text) ? { ...wished, text: wantedDayWords(wished.text) } : null) : wished;
    if (when && when.kind !== 'day') {
      const day = reviewDayFor(when, calendarDayIn(current, client.timeZone), calendarDayIn(now, client.timeZone));
      return step.next({ at: atLocalTime(day, 0, client.timeZone).toISOString(), text: '' } satisfies DayFromTheWish);
    }
    if (when) {
      const read = parseDueDate(when.text, context);
      const dueAt = read && dayJustGone(when.text, context, read) ? null : read;
      if (dueAt) return step.next({ at: dueAt.toISOString(), text: when.text } satisfies DayFromTheWish);
      // A day said but not caught ("to fridy"): the prompt's second chance, at once.
      const sorry = withButtons(retryAsking(noDaySorry(when.text, context, DAY_WORDS), say.whichDay), []);
      return step.prompt(DAY_PROMPT, { ...laterDayOptions(say.whichDay, today, DAY_WORDS), prompt: sorry });
    }
    const ask = options.again ? say.whichDay : say.askWhichDay(formatDueDate(current, client.timeZone, { now }));
    return step.prompt(DAY_PROMPT, laterDayOptions(ask, today, DAY_WORDS));
  }

  /** "never mind" ends the move with nothing changed; "any day except monday" never hands Monday to the day prompt. */
  protected override async onContinueDialog(inner: DialogContext): Promise<DialogTurnResult> {
    const activity = inner.context.activity;
    const current = (inner.activeDialog?.id === DAY_PROMPT || inner.activeDialog?.id === CHOICE_PROMPT_ID) && activity.type === 'message' ? activity.text ?? '' : null;
    if (current === null) return super.onContinueDialog(inner);
    const client = currentClient(inner.context);
    if (client && moveCancelled(current)) {
      const set = (await new PlanRepository(this.services.db, this.services.clock).currentPlan(client.id))?.nextReviewAt;
      await inner.context.sendActivity(set ? say.moveLeft(formatDueDate(set, client.timeZone, { now: this.services.clock.now() })) : say.noReviewToMove);
      await inner.cancelAllDialogs();
      return { status: 'complete' } as DialogTurnResult;
    }
    if (inner.activeDialog?.id !== DAY_PROMPT) return super.onContinueDialog(inner);
    const wanted = wantedDayWords(current);
    if (wanted === '') {
      await inner.context.sendActivity(say.whichOtherDay);
      return Dialog.EndOfTurn;
    }
    activity.text = wanted;
    return super.onContinueDialog(inner);
  }

  /** A weekend day, a day within one working day, or a weekday that reads better after the review: said back for a Yes. */
  private async checkDay(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const client = currentClient(step.context) as Client;
    const now = this.services.clock.now();
    const zone = client.timeZone;
    const result = step.result as string | DayFromTheWish;
    const dueAt = typeof result === 'string' ? parseDueDate(result, { now, timeZone: zone }) : new Date(result.at);
    if (!dueAt) return step.endDialog();
    const day = calendarDayIn(dueAt, zone);
    const current = new Date((step.values as Values).current!);
    const latest = furthestDay(current, now, zone);
    const text = typeof result === 'string' ? result : result.text;
    // "the 31st" in June: read as 31 July, and said so, never kept as another day unsaid.
    const lacking = monthLackingTheDay(text, day, calendarDayIn(now, zone));
    const noSuchDay = lacking && say.monthHasNoSuchDay(lacking.month, lacking.dayOfMonth);
    if (compareDays(day, latest) > 0) {
      const first = lacking ? `${say.monthHasNoSuchDay(lacking.month, lacking.dayOfMonth, formatDueDate(dueAt, zone, { now }))} ` : '';
      await step.context.sendActivity(`${first}${say.dayTooFar(formatDueDate(atLocalTime(latest, 0, zone), zone, { now }))}`);
      return step.replaceDialog(FLOW, this.askAgain(step));
    }
    const back = reviewDayToSayBack(text, day, calendarDayIn(current, zone), { now, timeZone: zone }) ?? (noSuchDay ? { day, why: 'check' as const } : null);
    if (!back) return step.next({ at: dueAt.toISOString(), text } satisfies DayFromTheWish);
    const at = atLocalTime(back.day, 0, zone);
    (step.values as Values).sayBack = at.toISOString();
    return askChoice(step, say.doYouMean(formatDueDate(at, zone, { now }), back.why, noSuchDay || null), say.yesNoChoices);
  }

  private async move(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const client = currentClient(step.context) as Client;
    const now = this.services.clock.now();
    const zone = client.timeZone;
    const values = step.values as Values;
    if (values.sayBack && step.result !== 'yes') return step.replaceDialog(FLOW, this.askAgain(step));
    const dueAt = values.sayBack ? new Date(values.sayBack) : new Date((step.result as DayFromTheWish).at);
    const day = calendarDayIn(dueAt, zone);
    const outcome = await moveReviewAsClient(planDeps(this.services), { client, day, reason: values.reason ?? null });
    const said = (at: Date) => formatDueDate(at, zone, { now });
    if (outcome.kind === 'moved') await step.context.sendActivity(say.reviewMoved(said(outcome.to), Boolean(client.adviserId)));
    else if (outcome.kind === 'same-day') await step.context.sendActivity(say.reviewAlreadyThatDay(said(outcome.to)));
    else await step.context.sendActivity(say.noReviewToMove);
    return step.endDialog();
  }

  /** The day asked once more, the reason given kept for the adviser. */
  private askAgain(step: WaterfallStepContext): ReviewMoveOptions {
    return { text: '', again: true, reason: (step.values as Values).reason ?? null };
  }
}

function furthestDay(current: Date, now: Date, zone: string): CalendarDay {
  const today = calendarDayIn(now, zone);
  const set = calendarDayIn(current, zone);
  return addDays(compareDays(set, today) > 0 ? set : today, FURTHEST_DAYS);
}
