// Answers to a reminder: "Done" marks the step done; "I need more time" asks for a new day and
// moves the step (and its reminders); "I need help" passes the client to their adviser.
import type { TurnContext } from 'botbuilder';
import { TextPrompt, WaterfallDialog, type DialogTurnResult, type WaterfallStepContext } from 'botbuilder-dialogs';
import { currentClient } from '../src/bot/clientContext.ts';
import { PlanRepository } from '../src/db/plans.ts';
import { ReminderRepository } from '../src/db/reminders.ts';
import { ActionItemProgress } from '../src/db/actionItemProgress.ts';
import { coachingStyleFor } from '../src/db/coachingStyles.ts';
import { parseChoice } from '../src/domain/answers.ts';
import { parseProgress } from '../src/domain/partialAnswers.ts';
import { formatDueDate, parseDueDate } from '../src/domain/dates.ts';
import { cancelItemReminders, syncPlanReminders } from '../src/scheduler/reminderPlanning.ts';
import type { CoachServices } from '../src/services.ts';
import * as say from './messages/reminders.ts';
import { ListeningPrompt, withButtons } from './prompts.ts';
import { requestAdviser } from './talkToAdviser.ts';

export const REMINDER_REPLY = 'reminderReply';
const DATE_PROMPT = 'reminderNewDate';
/** A reply counts as an answer to a reminder sent within this long. */
const ANSWER_WINDOW_MS = 7 * 24 * 60 * 60 * 1000;

export interface ReminderReply {
  answer: say.ReminderAnswer;
  itemLineageId: string;
}

/**
 * Whether this message answers a recent reminder about a step: a tap on its buttons, or the same
 * words typed. The main dialog calls this and, when it returns a reply, begins the review dialog
 * with { reminderReply }.
 */
export async function reminderReplyFor(context: TurnContext, services: CoachServices): Promise<ReminderReply | null> {
  const client = currentClient(context);
  if (!client || context.activity.type !== 'message') return null;
  const text = context.activity.text ?? '';
  // "half done" is one typo from "all done": a part-done answer is read first, and never as done.
  const answer = parseProgress(text) === 'partly-done' ? 'partly' : parseChoice(text, say.reminderAnswerChoices, { byPosition: false });
  if (!answer) return null;
  const now = services.clock.now();
  const reminder = await new ReminderRepository(services.db).latestUnanswered(client.id, new Date(now.getTime() - ANSWER_WINDOW_MS));
  if (!reminder?.itemLineageId) return null;
  return { answer, itemLineageId: reminder.itemLineageId };
}

export class ReminderReplyDialog extends WaterfallDialog {
  constructor(private readonly services: CoachServices) {
    super(REMINDER_REPLY, []);
    this.addStep(this.answer.bind(this));
    this.addStep(this.moveDate.bind(this));
  }

  /** The date prompt lives in the review dialog's set; see ReviewDialog. */
  static datePrompt(services: CoachServices): TextPrompt {
    return new ListeningPrompt(DATE_PROMPT, async (prompt) => {
      const client = currentClient(prompt.context);
      if (!client || !prompt.recognized.value) return false;
      return parseDueDate(prompt.recognized.value, { now: services.clock.now(), timeZone: client.timeZone }) !== null;
    });
  }

  private async answer(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const reply = step.options as ReminderReply;
    const client = currentClient(step.context);
    if (!client) return step.endDialog();
    const now = this.services.clock.now();
    await new ReminderRepository(this.services.db).markAnswered(client.id, now);
    const item = await new ActionItemProgress(this.services.db).latestItem(reply.itemLineageId);
    if (!item || item.status !== 'open') {
      await step.context.sendActivity(say.nothingToAnswer);
      return step.endDialog();
    }
    if (reply.answer === 'done') {
      await new PlanRepository(this.services.db, this.services.clock).changeItemStatus(client.id, reply.itemLineageId, 'done', 'client');
      await cancelItemReminders(this.services.db, reply.itemLineageId, 'done');
      await step.context.sendActivity(say.markedDone);
      return step.endDialog();
    }
    if (reply.answer === 'partly') await step.context.sendActivity(say.partlyDone);
    if (reply.answer === 'help') {
      await step.context.sendActivity(say.helpIsComing);
      await requestAdviser(step.context, this.services);
      return step.endDialog();
    }
    return step.prompt(DATE_PROMPT, { prompt: withButtons(say.askNewDate, []), retryPrompt: withButtons(say.newDateNotUnderstood, []) });
  }

  private async moveDate(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const reply = step.options as ReminderReply;
    const client = currentClient(step.context)!;
    const now = this.services.clock.now();
    const dueAt = parseDueDate(String(step.result), { now, timeZone: client.timeZone })!;
    await new PlanRepository(this.services.db, this.services.clock).moveItemDueDate(client.id, reply.itemLineageId, dueAt, 'client');
    await syncPlanReminders(this.services, client.id);
    await step.context.sendActivity(say.movedTo(formatDueDate(dueAt, client.timeZone, { now })));
    return step.endDialog();
  }
}
