// Answers to a reminder: "Done" marks the step done; "I need more time" asks for a new day and
// moves the step (and its reminders); "I need help" passes the client to their adviser.
import type { TurnContext } from 'botbuilder';
import { TextPrompt, WaterfallDialog, type DialogTurnResult, type WaterfallStepContext } from 'botbuilder-dialogs';
import { contactBeforeThisTurn, currentClient } from '../src/bot/clientContext.ts';
import { ReminderRepository } from '../src/db/reminders.ts';
import { parseChoice } from '../src/domain/answers.ts';
import { tellsOfANewJob } from '../src/domain/inWork.ts';
import { parseProgress } from '../src/domain/partialAnswers.ts';
import { readDoneIsh, readReminderOpening, readReminderWords, soundsDoneIsh } from '../src/domain/reminderWords.ts';
import { recogniseGlobalCommand } from './commands.ts';
import { formatDueDate, parseDueDate } from '../src/domain/dates.ts';
import { readReminderButtonData } from '../src/domain/reminderButtonData.ts';
import type { CoachServices } from '../src/services.ts';
import { answerReminder, askForHelpWithStep, moveStepDate } from '../src/usecases/reminderAnswers.ts';
import { planDeps } from '../src/usecases/wiring.ts';
import * as say from '../src/messages/en/reminders.ts';
import { withButtons } from './prompts.ts';
import { laterDayOptions, laterDayPrompt, type LaterDayWords } from './laterDayPrompt.ts';
import { handoverNews } from '../src/domain/handoverNews.ts';

export const REMINDER_REPLY = 'reminderReply';
const DATE_PROMPT = 'reminderNewDate';
const HELP_PROMPT = 'reminderWhatHelp';
/** A reply counts as an answer to a reminder sent within this long. */
const ANSWER_WINDOW_MS = 7 * 24 * 60 * 60 * 1000;

export interface ReminderReply {
  answer: say.ReminderAnswer;
  itemLineageId: string;
  /** Typed, not a button: the words may hold the new day too. */
  typed?: boolean;
  /** What happened, in the client's words after their answer ("Done, I went on Tuesday"). */
  said?: string;
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
  // "half done" is one typo from "all done": a part-done answer is read first, and never as done.
  // "Done, I went on Tuesday...": the answer said first; the rest is what happened, kept with the step.
  const opening = readReminderOpening(text);
  const read =
    parseProgress(text) === 'partly-done'
      ? 'partly'
      : (parseChoice(text, say.reminderAnswerChoices, { byPosition: false }) ?? readReminderWords(text) ?? opening?.answer ?? null);
  if (!read && !soundsDoneIsh(text)) return null;
  const now = services.clock.now();
  const reminder = await new ReminderRepository(services.db).latestUnanswered(client.id, new Date(now.getTime() - ANSWER_WINDOW_MS));
  if (!reminder?.itemLineageId) return null;
  // With a question on screen, typed words answer the reminder only when it came after the client
  // last wrote: the question is then older, and the reminder the last thing they read. A plan
  // waiting days for agreement had answered "done it" with "didn't catch that" (play-testing).
  if (!typedWordsCount && !sentSinceTheyLastWrote(context, reminder.sentAt)) return null;
  if (read) {
    const said = opening && opening.answer === read ? opening.rest : '';
    return { answer: read, itemLineageId: reminder.itemLineageId, typed: true, ...(said ? { said } : {}) };
  }
  // "did 1 on indeed", read with the step it answers; the words are what happened.
  const step = await planDeps(services).reads.latestItemOf(client.id, reminder.itemLineageId);
  const doneIsh = step ? readDoneIsh(text, step.text) : null;
  return doneIsh ? { answer: doneIsh, itemLineageId: reminder.itemLineageId, typed: true, said: text.trim() } : null;
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
    const answered = await answerReminder(planDeps(this.services), {
      clientId: client.id,
      itemLineageId: reply.itemLineageId,
      answer: reply.answer,
      ...(reply.said ? { inTheirWords: reply.said } : {}),
    });
    if (answered.kind === 'nothing-to-answer') {
      await step.context.sendActivity(say.nothingToAnswer);
      return step.endDialog();
    }
    if (answered.kind === 'done') {
      await step.context.sendActivity(say.markedDone);
      return step.endDialog();
    }
    const item = answered.step;
    if (reply.answer === 'partly') await step.context.sendActivity(say.partlyDone);
    if (reply.answer === 'help') {
      return step.prompt(HELP_PROMPT, { prompt: withButtons(say.askWhatHelp(item.text), []) });
    }
    // "can i have till friday": the day is said already, so it is not asked for.
    const typed = reply.typed ? (step.context.activity.text ?? '') : '';
    const day = typed && client ? parseDueDate(typed, { now: this.services.clock.now(), timeZone: client.timeZone }) : null;
    if (day && (!item.dueAt || day.getTime() >= item.dueAt.getTime())) return step.next(typed);
    return step.prompt(DATE_PROMPT, laterDayOptions(say.askNewDate, item.dueAt, NEW_DATE_WORDS));
  }

  private async afterAnswer(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const reply = step.options as ReminderReply;
    if (reply.answer === 'help') return this.askAdviserToHelp(step, String(step.result ?? ''));
    return this.moveDate(step);
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
