// Answers to a reminder: "Done" marks the step done; "I need more time" asks for a new day and
// moves the step (and its reminders); "I need help" passes the client to their adviser. A reason
// typed ("was ill") gets a kind word first, "what step?" the step again, news of an interview or a
// trial shift a good luck. Typed words after reminders sent at the same moment answer the step,
// never the review reminder beside it; about two steps or more, which one is asked first.
import type { TurnContext } from 'botbuilder';
import { Dialog, TextPrompt, WaterfallDialog, type DialogInstance, type DialogTurnResult, type WaterfallStepContext } from 'botbuilder-dialogs';
import { contactBeforeThisTurn, currentClient } from '../src/bot/clientContext.ts';
import { ReminderRepository } from '../src/db/reminders.ts';
import { PlanRepository } from '../src/db/plans.ts';
import type { ChoiceOption } from '../src/domain/answers.ts';
import { tellsOfANewJob } from '../src/domain/inWork.ts';
import { soundsDoneIsh } from '../src/domain/reminderWords.ts';
import type { NotDoneReason, TryOutNews } from '../src/domain/reminderReplyReading.ts';
import { reminderStepNamedIn } from '../src/domain/reminderStepNamed.ts';
import { SAME_MOMENT_MS } from '../src/domain/reminderTiming.ts';
import { escapeMarkdown } from '../src/messages/escapeText.ts';
import { isStillToDo } from '../src/domain/plan.ts';
import { recogniseGlobalCommand } from './commands.ts';
import { formatDueDate, parseDueDate } from '../src/domain/dates.ts';
import { readReminderButtonData } from '../src/domain/reminderButtonData.ts';
import type { CoachServices } from '../src/services.ts';
import { answerReminder, askForHelpWithStep, moveStepDate } from '../src/usecases/reminderAnswers.ts';
import { planDeps } from '../src/usecases/wiring.ts';
import * as say from '../src/messages/en/reminders.ts';
import { askChoice, CHOICE_RETRY, retryAsking, withButtons } from './prompts.ts';
import { hearNonAnswer } from './listening.ts';
import { laterDayOptions, laterDayPrompt, type LaterDayWords } from './laterDayPrompt.ts';
import { handoverNews } from '../src/domain/handoverNews.ts';
import { readTimeAway, type AwayReason } from '../src/domain/reminderPauseWords.ts';
import { pauseOfferFor, REMINDER_PAUSE, type PauseOfferOptions } from './reminderPauseOffer.ts';
import { saysSorry } from '../src/domain/apologyWords.ts';
import { readReply, type ReplyReading } from './reminderReplyWords.ts';
import { noNeedForSorry } from '../src/messages/en/listening.ts';
import { readNotAStep } from '../src/domain/notAStepWords.ts';
import { REVIEW_STEPS, type ReviewStepsState } from './reviewAhead.ts';

export const REMINDER_REPLY = 'reminderReply';
const DATE_PROMPT = 'reminderNewDate';
const HELP_PROMPT = 'reminderWhatHelp';
const QUESTION = 'stepAgain';
const STEP_TEXT = 'stepText';
/** A reply counts as an answer to a reminder sent within this long. */
export const ANSWER_WINDOW_MS = 7 * 24 * 60 * 60 * 1000;

export interface ReminderReply {
  /** 'ask-again': the step and its day are said again ("what step?"), and the answer waited for. */
  /** 'time-away': "im in hospital for two weeks": a pause of reminders is offered (reminderPauseOffer.ts). */
  answer: say.ReminderAnswer | 'ask-again' | 'time-away';
  itemLineageId: string;
  /** Typed, not a button: the words may hold the new day too. */
  typed?: boolean;
  /** What happened, in the client's words after their answer ("Done, I went on Tuesday"). */
  said?: string;
  /** Why it is not done yet ("was ill"), heard before the new day is asked. */
  reason?: NotDoneReason;
  /** An interview or a trial shift told with the answer: wished good luck. */
  news?: TryOutNews;
  /** Asked again after words that were not an answer: "didn't catch that" first. */
  notCaught?: boolean;
  /** Typed words that could answer any of these steps, reminded at the same moment: which one is asked first. */
  among?: string[];
  /** With 'time-away': what they told, and the day they are back (ISO) when said. */
  away?: { reason: AwayReason; until: string | null };
}

const NEW_DATE_WORDS: LaterDayWords = { ask: say.askNewDate, notCaught: say.newDateNotUnderstood, tooEarly: say.dateTooEarly };

/**
 * Whether this message answers a recent reminder about a step. A tap on a reminder's button carries
 * its step, and always answers it. Typed words ("done") answer the latest reminder when no other
 * question is on screen (`typedWordsCount`), or when the reminder is newer than that question: in
 * a review, "Done" answers the review.
 * The main dialog calls this and, when it returns a reply, begins the review dialog with { reminderReply }.
 */
export async function reminderReplyFor(context: TurnContext, services: CoachServices, typedWordsCount: boolean): Promise<ReminderReply | null> {
  const client = currentClient(context);
  if (!client || context.activity.type !== 'message') return null;
  const tapped = readReminderButtonData(context.activity.value);
  if (tapped) return { answer: tapped.reminderAnswer, itemLineageId: tapped.itemLineageId };
  const text = context.activity.text ?? '';
  // "help" is the help list everywhere, even just after a reminder whose button says "I need help".
  if (recogniseGlobalCommand(text)) return null;
  // "started at tesco monday" after a reminder is news of a job, not a step begun (play-testing: it
  // had been kept as "partly done" and the job-search step moved on).
  if (tellsOfANewJob(text)) return null;
  const now = services.clock.now();
  const away = readTimeAway(text, { now, timeZone: client.timeZone });
  const read = away ? null : readReply(text, null);
  if (!away && !read && !soundsDoneIsh(text)) return null;
  const latest = await new ReminderRepository(services.db).latestUnanswered(client.id, new Date(now.getTime() - ANSWER_WINDOW_MS), SAME_MOMENT_MS);
  // With a question on screen, typed words answer the reminder only when it came after the client
  // last wrote: the question is then older, and the reminder the last thing they read. A plan
  // waiting days for agreement had answered "done it" with "didn't catch that" (play-testing).
  // "i'll be away till the 20th" at the menu, no reminder lately: the pause is offered all the same
  // (play-testing reviews, round twenty-six: it had been "didn't catch that").
  const atTheMenuAway = away !== null && latest.length === 0 && typedWordsCount && (await hasStepsToRemind(services, client.id));
  if (!atTheMenuAway && (latest.length === 0 || (!typedWordsCount && !sentSinceTheyLastWrote(context, latest[0]!.sentAt)))) return null;
  // Away or in hospital, after any reminder (the review's too): reminders are offered a pause.
  if (away) {
    const { reason, until } = pauseOfferFor(away, false);
    return { answer: 'time-away', itemLineageId: latest.find((reminder) => reminder.itemLineageId)?.itemLineageId ?? '', away: { reason, until } };
  }
  // A review reminder sent with a step's is no step to mark done: "done" answers the step
  // (play-testing found it answering the review). Several steps reminded at once: asked which.
  const ids = [...new Set(latest.flatMap((reminder) => (reminder.itemLineageId ? [reminder.itemLineageId] : [])))];
  if (ids.length === 0) return null;
  if (read && ids.length === 1) return forSteps(read, ids);
  const steps = await openStepsOf(services, client.id, ids);
  const named = reminderStepNamedIn(text, steps);
  if (read) return forSteps(read, named ? [named.lineageId] : steps.map((step) => step.lineageId));
  // "did 1 on indeed", read with the step it answers; the words are what happened.
  const readings = steps.flatMap((step) => {
    const doneIsh = readReply(text, step.text);
    return doneIsh ? [{ doneIsh, lineageId: step.lineageId }] : [];
  });
  return readings[0] ? forSteps(readings[0].doneIsh, readings.map((reading) => reading.lineageId)) : null;
}

/** Steps of their own still to do: reminders to pause. */
async function hasStepsToRemind(services: CoachServices, clientId: string): Promise<boolean> {
  const plan = await new PlanRepository(services.db, services.clock).currentPlan(clientId);
  return (plan?.items ?? []).some((item) => item.owner === 'client' && isStillToDo(item.status));
}

/** Of the steps reminded together, those still to do; none still open: the first, which answers "nothing to answer". */
async function openStepsOf(services: CoachServices, clientId: string, ids: readonly string[]): Promise<Array<{ lineageId: string; text: string }>> {
  const reads = planDeps(services).reads;
  const steps = await Promise.all(ids.map(async (lineageId) => ({ lineageId, step: await reads.latestItemOf(clientId, lineageId) })));
  const open = steps.filter(({ step }) => step && isStillToDo(step.status) && step.owner === 'client');
  return (open.length > 0 ? open : steps.slice(0, 1)).map(({ lineageId, step }) => ({ lineageId, text: step?.text ?? '' }));
}

function forSteps(read: ReplyReading, lineageIds: readonly string[]): ReminderReply {
  const [first] = lineageIds;
  return { ...read, itemLineageId: first!, typed: true, ...(lineageIds.length > 1 ? { among: [...lineageIds] } : {}) };
}

function questionActivity(question: string, notCaught: boolean) {
  return withButtons(notCaught ? retryAsking(CHOICE_RETRY, question) : question, say.reminderButtons, false);
}

function sentSinceTheyLastWrote(context: TurnContext, sentAt: Date | null): boolean {
  const lastWrote = contactBeforeThisTurn(context);
  return sentAt !== null && lastWrote !== null && sentAt.getTime() > lastWrote.getTime();
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
    if (reply.among && reply.among.length > 1) return this.askWhichStep(step, reply.among);
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
    if (reply.among && reply.among.length > 1) return step.replaceDialog(REMINDER_REPLY, { ...reply, among: undefined, itemLineageId: String(step.result) } satisfies ReminderReply);
    if (reply.answer === 'ask-again') return this.readAnswerGivenAgain(step, reply);
    if (reply.answer === 'help') return this.askAdviserToHelp(step, String(step.result ?? ''));
    return this.moveDate(step);
  }

  /** "done" after reminders about two steps at once: which step, by its name (or its place, "1"). */
  private async askWhichStep(step: WaterfallStepContext, among: readonly string[]): Promise<DialogTurnResult> {
    const reads = planDeps(this.services).reads;
    const clientId = currentClient(step.context)!.id;
    const choices: ChoiceOption[] = [];
    for (const lineageId of among) {
      const item = await reads.latestItemOf(clientId, lineageId);
      if (item) choices.push({ value: lineageId, label: item.text.trim().replace(/[.!]+$/, '') });
    }
    return askChoice(step, say.askWhichStep, choices);
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
    const outcome = await moveStepDate(planDeps(this.services), { clientId: client.id, itemLineageId: reply.itemLineageId, dueAt, by: 'client' });
    const words = outcome.moved ? say.movedTo(formatDueDate(dueAt, client.timeZone, { now })) : say.dateTooEarly(formatDueDate(outcome.notBefore, client.timeZone, { now }));
    await step.context.sendActivity(words);
    return step.endDialog();
  }
}
