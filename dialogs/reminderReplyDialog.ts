// Answers to a reminder: "Done" marks the step done; "I need more time" asks for a new day and
// moves the step (and its reminders); "I need help" passes the client to their adviser. A reason
// typed ("was ill") gets a kind word first, "what step?" the step again, news of an interview or a
// trial shift a good luck. Typed words after reminders sent at the same moment answer the step,
// never the review reminder beside it; about two steps or more, which one is asked first.
import type { TurnContext } from 'botbuilder';
import { Dialog, TextPrompt, WaterfallDialog, type DialogInstance, type DialogTurnResult, type WaterfallStepContext } from 'botbuilder-dialogs';
import { currentClient } from '../src/bot/clientContext.ts';
import { PlanRepository } from '../src/db/plans.ts';
import { escapeMarkdown } from '../src/messages/escapeText.ts';
import { isStillToDo } from '../src/domain/plan.ts';
import { formatDueDate, parseDueDate } from '../src/domain/dates.ts';
import type { CoachServices } from '../src/services.ts';
import { answerReminder, askForHelpWithStep, moveStepDate } from '../src/usecases/reminderAnswers.ts';
import { planDeps } from '../src/usecases/wiring.ts';
import * as say from '../src/messages/en/reminders.ts';
import { CHOICE_RETRY, retryAsking, withButtons } from './prompts.ts';
import { hearNonAnswer } from './listening.ts';
import { laterDayOptions, laterDayPrompt, type LaterDayWords } from './laterDayPrompt.ts';
import { handoverNews } from '../src/domain/handoverNews.ts';
import { REMINDER_PAUSE, type PauseOfferOptions } from './reminderPauseOffer.ts';
import { saysSorry } from '../src/domain/apologyWords.ts';
import { readReply } from './reminderReplyWords.ts';
import type { ReminderReply } from './reminderReplyHeard.ts';
import { askWhichStep, askWhichStepAgain, listenForTheOthers, readTheOthers, readWhichStep, whichStepAsked } from './reminderWhichStep.ts';

export { ANSWER_WINDOW_MS, reminderReplyFor, type ReminderReply } from './reminderReplyHeard.ts';
import { noNeedForSorry } from '../src/messages/en/listening.ts';
import { readNotAStep } from '../src/domain/notAStepWords.ts';
import { REVIEW_STEPS, type ReviewStepsState } from './reviewAhead.ts';

export const REMINDER_REPLY = 'reminderReply';
const DATE_PROMPT = 'reminderNewDate';
const HELP_PROMPT = 'reminderWhatHelp';
const QUESTION = 'stepAgain';
const STEP_TEXT = 'stepText';
const NEW_DATE_WORDS: LaterDayWords = { ask: say.askNewDate, notCaught: say.newDateNotUnderstood, tooEarly: say.dateTooEarly };
function questionActivity(question: string, notCaught: boolean) {
  return withButtons(notCaught ? retryAsking(CHOICE_RETRY, question) : question, say.reminderButtons, false);
}

export class ReminderReplyDialog extends WaterfallDialog {
  constructor(private readonly services: CoachServices) {
    super(REMINDER_REPLY, []);
    this.addStep(this.answer.bind(this));
    this.addStep(this.afterAnswer.bind(this));
  }

  /** The date prompt lives in the review dialog's set; see ReviewDialog. */
  static datePrompt(services: CoachServices): TextPrompt {
    return laterDayPrompt(DATE_PROMPT, services, NEW_DATE_WORDS);
  }

  /** The help prompt lives in the review dialog's set too. */
  static helpPrompt(): TextPrompt {
    return new TextPrompt(HELP_PROMPT);
  }

  private async answer(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const reply = step.options as ReminderReply;
    const client = currentClient(step.context);
    if (!client) return step.endDialog();
    if (reply.answer === 'time-away') return reply.away ? step.replaceDialog(REMINDER_PAUSE, { ...reply.away, inReview: false } satisfies PauseOfferOptions) : step.endDialog();
    if (reply.among && reply.among.length > 1) return reply.all ? this.answerAll(step, reply, reply.among) : askWhichStep(step, this.services, reply, reply.among);
    if (reply.answer === 'ask-again') return this.askAgain(step, reply, client.timeZone);
    const answered = await answerReminder(planDeps(this.services), {
      clientId: client.id,
      itemLineageId: reply.itemLineageId,
      answer: reply.answer,
      ...(reply.said ? { inTheirWords: reply.said } : {}),
    });
    // "sorry been in hospital, back now": the sorry is answered too (play-testing reviews, round twenty-six).
    const sorry = reply.typed === true && saysSorry(step.context.activity.text ?? '');
    if (answered.kind !== 'ask-new-date' && answered.kind !== 'ask-what-help') {
      if (sorry && answered.kind === 'done') await step.context.sendActivity(noNeedForSorry);
      await step.context.sendActivity(answered.kind === 'done' ? say.markedDone : say.nothingToAnswer);
      if (reply.news) await step.context.sendActivity(say.goodLuck[reply.news]);
      // A tap on one of two reminders sent together: "both actually" is listened for next.
      if (answered.kind === 'done' && reply.others && !reply.typed) return listenForTheOthers(step, this.services);
      return answered.kind === 'done' ? this.askNextStepIfNoneLeft(step, client.id, reply) : step.endDialog();
    }
    const item = answered.step;
    if (reply.reason) await step.context.sendActivity(say.notDoneHeard[reply.reason]);
    if (sorry) await step.context.sendActivity(noNeedForSorry);
    if (reply.answer === 'partly') await step.context.sendActivity(say.partlyDone);
    if (reply.news) await step.context.sendActivity(say.goodLuck[reply.news]);
    if (reply.answer === 'help') {
      return step.prompt(HELP_PROMPT, { prompt: withButtons(say.askWhatHelp(item.text), []) });
    }
    // "can i have till friday": the day is said already, so it is not asked for. A day said with
    // news ("got an interview thursday") is the news's day.
    const typed = reply.typed && !reply.news ? (step.context.activity.text ?? '') : '';
    const day = typed && client ? parseDueDate(typed, { now: this.services.clock.now(), timeZone: client.timeZone }) : null;
    if (day && (!item.dueAt || day.getTime() >= item.dueAt.getTime())) return step.next(typed);
    const ask = reply.reason ? say.askDayAfterReason : say.askNewDate;
    return step.prompt(DATE_PROMPT, laterDayOptions(ask, item.dueAt, NEW_DATE_WORDS));
  }

  /**
   * "done it! she said there might be something in september": the news heard, and with no step of
   * their own left open, the next step asked, as in a review (play-testing, next step round two: the
   * plan was left with no step, and the news went unheard). Only when they said more than "done".
   */
  private async askNextStepIfNoneLeft(step: WaterfallStepContext, clientId: string, reply: ReminderReply): Promise<DialogTurnResult> {
    // A bare "Done" ends as before: the review asks for the next step on its day.
    if (!reply.said) return step.endDialog();
    if (!reply.news && readNotAStep(reply.said) === 'news') await step.context.sendActivity(say.newsWithDoneHeard);
    const plan = await new PlanRepository(this.services.db, this.services.clock).currentPlan(clientId);
    const items = (plan?.items ?? []).filter((item) => item.owner === 'client');
    if (!plan || items.some((item) => isStillToDo(item.status))) return step.endDialog();
    const goalLineageId = items.find((item) => item.lineageId === reply.itemLineageId)?.goalLineageId ?? plan.goals[0]?.lineageId ?? null;
    const next: ReviewStepsState = { reviewId: '', due: [], comingUp: [], goalLineageId, work: null };
    return step.replaceDialog(REVIEW_STEPS, next);
  }

  private async afterAnswer(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const reply = step.options as ReminderReply;
    if (whichStepAsked(step)) return readWhichStep(step, this.services, reply);
    if (reply.others && !reply.typed) return readTheOthers(step, this.services, reply);
    if (reply.answer === 'ask-again') return this.readAnswerGivenAgain(step, reply);
    if (reply.answer === 'help') return this.askAdviserToHelp(step, String(step.result ?? ''));
    return this.moveDate(step);
  }

  /** "both", "All of them", or "not yet, monday" to two reminders: the answer for every step asked about. */
  private async answerAll(step: WaterfallStepContext, reply: ReminderReply, among: readonly string[]): Promise<DialogTurnResult> {
    const client = currentClient(step.context)!;
    const deps = planDeps(this.services);
    const kinds = [];
    for (const itemLineageId of among) {
      const answer = reply.answer === 'done' ? 'done' : 'more-time';
      kinds.push((await answerReminder(deps, { clientId: client.id, itemLineageId, answer, ...(reply.said ? { inTheirWords: reply.said } : {}) })).kind);
    }
    const done = kinds.filter((kind) => kind === 'done').length;
    if (reply.answer === 'done' || done > 0) {
      await step.context.sendActivity(done > 1 ? say.markedAllDone : done === 1 ? say.markedDone : say.nothingToAnswer);
      return step.endDialog();
    }
    if (reply.reason) await step.context.sendActivity(say.notDoneHeard[reply.reason]);
    const now = this.services.clock.now();
    const typed = reply.typed ? (step.context.activity.text ?? '') : '';
    if (typed && parseDueDate(typed, { now, timeZone: client.timeZone })) return step.next(typed);
    const days = await Promise.all(among.map(async (lineageId) => (await deps.reads.latestItemOf(client.id, lineageId))?.dueAt ?? null));
    const latestDay = days.reduce<Date | null>((latest, day) => (day && (!latest || day > latest) ? day : latest), null);
    return step.prompt(DATE_PROMPT, laterDayOptions(reply.reason ? say.askDayAfterReason : say.askNewDate, latestDay, NEW_DATE_WORDS));
  }

  private async moveAll(step: WaterfallStepContext, among: readonly string[], dueAt: Date): Promise<DialogTurnResult> {
    const client = currentClient(step.context)!;
    const now = this.services.clock.now();
    const moves = [];
    for (const itemLineageId of among) moves.push(await moveStepDate(planDeps(this.services), { clientId: client.id, itemLineageId, dueAt, by: 'client' }));
    const tooEarly = moves.find((move) => !move.moved);
    const when = formatDueDate(dueAt, client.timeZone, { now });
    await step.context.sendActivity(tooEarly && !tooEarly.moved ? say.dateTooEarly(formatDueDate(tooEarly.notBefore, client.timeZone, { now })) : say.movedAllTo(when));
    return step.endDialog();
  }

  /**
   * The step and its day said again, with the reminder's buttons. The reminder stays unanswered
   * until the client answers; the next message comes back to this dialog (a waterfall waiting
   * with no prompt of its own), so typed words are read as an answer to it.
   */
  private async askAgain(step: WaterfallStepContext, reply: ReminderReply, timeZone: string): Promise<DialogTurnResult> {
    const item = await planDeps(this.services).reads.latestItemOf(currentClient(step.context)!.id, reply.itemLineageId);
    if (reply.news) await step.context.sendActivity(say.goodLuck[reply.news]);
    if (!item || !isStillToDo(item.status) || item.owner !== 'client') {
      if (!reply.news) await step.context.sendActivity(say.nothingToAnswer);
      return step.endDialog();
    }
    const now = this.services.clock.now();
    const name = escapeMarkdown(item.text.trim().replace(/[.!]+$/, ''));
    const question = say.stepAgain(name, item.dueAt ? formatDueDate(item.dueAt, timeZone, { now }) : null);
    Object.assign(step.values, { [QUESTION]: question, [STEP_TEXT]: item.text });
    await step.context.sendActivity(questionActivity(question, reply.notCaught === true));
    return Dialog.EndOfTurn;
  }

  private async readAnswerGivenAgain(step: WaterfallStepContext, reply: ReminderReply): Promise<DialogTurnResult> {
    const text = typeof step.result === 'string' ? step.result : '';
    const read = text ? readReply(text, String((step.values as Record<string, unknown>)[STEP_TEXT] ?? '')) : null;
    if (read) return step.replaceDialog(REMINDER_REPLY, { ...read, itemLineageId: reply.itemLineageId, typed: true } satisfies ReminderReply);
    const heard = text ? await hearNonAnswer(step.context, text, 'choice') : false;
    return step.replaceDialog(REMINDER_REPLY, { answer: 'ask-again', itemLineageId: reply.itemLineageId, notCaught: !heard } satisfies ReminderReply);
  }

  /** Waiting for the answer to the step said again: it is said again ("help", a safety check). */
  override async repromptDialog(context: TurnContext, instance: DialogInstance): Promise<void> {
    const state = instance.state as { stepIndex?: number; values?: Record<string, unknown> };
    const question = state.values?.[QUESTION];
    if (state.stepIndex === 0 && typeof question === 'string') await context.sendActivity(questionActivity(question, false));
    else if (state.stepIndex === 0) await askWhichStepAgain({ context }, state.values);
  }

  /** The adviser is told which step and what help, in the client's words; no crisis numbers for a practical ask. */
  private async askAdviserToHelp(step: WaterfallStepContext, need: string): Promise<DialogTurnResult> {
    const reply = step.options as ReminderReply;
    const client = currentClient(step.context);
    const asked = client ? await askForHelpWithStep(planDeps(this.services), { client, itemLineageId: reply.itemLineageId, need }) : 'no-consent';
    if (asked === 'no-consent') {
      await step.context.sendActivity(say.helpWithoutConsent);
      return step.endDialog();
    }
    const news = handoverNews(this.services.config, this.services.clock.now());
    await step.context.sendActivity(say.helpAskedFor(news.told ? news : { inHours: true }));
    return step.endDialog();
  }

  private async moveDate(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const reply = step.options as ReminderReply;
    const client = currentClient(step.context)!;
    const now = this.services.clock.now();
    const dueAt = parseDueDate(String(step.result), { now, timeZone: client.timeZone })!;
    if (reply.all && reply.among) return this.moveAll(step, reply.among, dueAt);
    const outcome = await moveStepDate(planDeps(this.services), { clientId: client.id, itemLineageId: reply.itemLineageId, dueAt, by: 'client' });
    const words = outcome.moved ? say.movedTo(formatDueDate(dueAt, client.timeZone, { now })) : say.dateTooEarly(formatDueDate(outcome.notBefore, client.timeZone, { now }));
    await step.context.sendActivity(words);
    return step.endDialog();
  }
}
