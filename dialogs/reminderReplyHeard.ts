// Whether a message answers a recent reminder about a step, and how: a tap on a reminder's button,
// or typed words ("done", "not yet, was ill", "dun it lol", "i did the cover letter ages ago").
// Moved out of reminderReplyDialog.ts so that file keeps to answering; this one keeps to hearing.
import type { TurnContext } from 'botbuilder';
import { contactBeforeThisTurn, currentClient } from '../src/bot/clientContext.ts';
import { ReminderRepository } from '../src/db/reminders.ts';
import { PlanRepository } from '../src/db/plans.ts';
import { tellsOfANewJob } from '../src/domain/inWork.ts';
import { soundsDoneIsh } from '../src/domain/reminderWords.ts';
import { saysDoneWithAThing, stepDoneNamedIn } from '../src/domain/reminderDoneSaid.ts';
import { saysAllOfThem } from '../src/domain/reminderWhichWords.ts';
import type { NotDoneReason, TryOutNews } from '../src/domain/reminderReplyReading.ts';
import { reminderStepNamedIn } from '../src/domain/reminderStepNamed.ts';
import { ANSWER_WINDOW_MS, SAME_MOMENT_MS } from '../src/domain/reminderTiming.ts';
import { isStillToDo } from '../src/domain/plan.ts';
import { recogniseGlobalCommand } from './commands.ts';
import { readReminderButtonData } from '../src/domain/reminderButtonData.ts';
import type { CoachServices } from '../src/services.ts';
import { planDeps } from '../src/usecases/wiring.ts';
import type * as say from '../src/messages/en/reminders.ts';
import { readReply, type ReplyReading } from './reminderReplyWords.ts';
import { readTimeAway, type AwayReason } from '../src/domain/reminderPauseWords.ts';
import { pauseOfferFor } from './reminderPauseOffer.ts';

export { ANSWER_WINDOW_MS };

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
  /** The answer is for every step in `among` ("both", "all of them", "not yet, monday" to two reminders). */
  all?: boolean;
  /** "which step?" asked again after "what do you mean": why it is asked, said plainly. */
  explain?: boolean;
  /** A tap on one of several reminders sent together: the other steps, for "both actually" next. */
  others?: string[];
  /** With 'time-away': what they told, and the day they are back (ISO) when said. */
  away?: { reason: AwayReason; until: string | null };
}

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
  if (tapped) return { answer: tapped.reminderAnswer, itemLineageId: tapped.itemLineageId, ...(await othersRemindedWith(services, client.id, tapped.itemLineageId)) };
  const text = context.activity.text ?? '';
  // "help" is the help list everywhere, even just after a reminder whose button says "I need help".
  if (recogniseGlobalCommand(text)) return null;
  // "started at tesco monday" after a reminder is news of a job, not a step begun (play-testing: it
  // had been kept as "partly done" and the job-search step moved on).
  if (tellsOfANewJob(text)) return null;
  const now = services.clock.now();
  const away = readTimeAway(text, { now, timeZone: client.timeZone });
  const read = away ? null : readReply(text, null);
  const thing = !away && saysDoneWithAThing(text);
  if (!away && !read && !thing && !soundsDoneIsh(text) && !saysAllOfThem(text)) return null;
  const latest = await new ReminderRepository(services.db).latestUnanswered(client.id, new Date(now.getTime() - ANSWER_WINDOW_MS), SAME_MOMENT_MS);
  // "i did the cover letter ages ago" at the menu, weeks after its reminders: the step it names is done.
  if (thing && typedWordsCount && latest.length === 0) return namedStepDone(services, client.id, text);
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
  const steps = await openStepsOf(services, client.id, ids);
  if (thing) {
    const named = stepDoneNamedIn(text, steps);
    if (named) return forSteps({ answer: 'done', said: text.trim() }, [named.lineageId]);
    const elsewhere = typedWordsCount ? await namedStepDone(services, client.id, text) : null;
    if (elsewhere) return elsewhere;
  }
  if (read && ids.length === 1) return forSteps(read, ids);
  // "done both", "both of them": every step reminded together.
  if (saysAllOfThem(text) && steps.length > 1) return { ...forSteps(read ?? { answer: 'done' }, steps.map((step) => step.lineageId)), all: true };
  const named = reminderStepNamedIn(text, steps);
  if (read) return forSteps(read, named ? [named.lineageId] : steps.map((step) => step.lineageId));
  // "did 1 on indeed", read with the step it answers; the words are what happened.
  const readings = steps.flatMap((step) => {
    const doneIsh = readReply(text, step.text);
    return doneIsh ? [{ doneIsh, lineageId: step.lineageId }] : [];
  });
  return readings[0] ? forSteps(readings[0].doneIsh, readings.map((reading) => reading.lineageId)) : null;
}

/** The open step of their own that the words name, marked done; null when none is named. */
async function namedStepDone(services: CoachServices, clientId: string, text: string): Promise<ReminderReply | null> {
  const plan = await new PlanRepository(services.db, services.clock).currentPlan(clientId);
  const open = (plan?.items ?? []).filter((item) => item.owner === 'client' && isStillToDo(item.status));
  const named = stepDoneNamedIn(text, open);
  return named ? forSteps({ answer: 'done', said: text.trim() }, [named.lineageId]) : null;
}

/** A tap on one of several reminders sent together: the other steps still to do, kept for "both actually". */
async function othersRemindedWith(services: CoachServices, clientId: string, lineageId: string): Promise<{ others?: string[] }> {
  const latest = await new ReminderRepository(services.db).latestUnanswered(clientId, new Date(services.clock.now().getTime() - ANSWER_WINDOW_MS), SAME_MOMENT_MS);
  const ids = [...new Set(latest.flatMap((reminder) => (reminder.itemLineageId ? [reminder.itemLineageId] : [])))];
  if (!ids.includes(lineageId) || ids.length < 2) return {};
  const others = (await openStepsOf(services, clientId, ids)).map((step) => step.lineageId).filter((id) => id !== lineageId);
  return others.length > 0 ? { others } : {};
}

/** Steps of their own still to do: reminders to pause. */
async function hasStepsToRemind(services: CoachServices, clientId: string): Promise<boolean> {
  const plan = await new PlanRepository(services.db, services.clock).currentPlan(clientId);
  return (plan?.items ?? []).some((item) => item.owner === 'client' && isStillToDo(item.status));
}

/** Of the steps reminded together, those still to do; none still open: the first, which answers "nothing to answer". */
export async function openStepsOf(services: CoachServices, clientId: string, ids: readonly string[]): Promise<Array<{ lineageId: string; text: string }>> {
  const reads = planDeps(services).reads;
  const steps = await Promise.all(ids.map(async (lineageId) => ({ lineageId, step: await reads.latestItemOf(clientId, lineageId) })));
  const open = steps.filter(({ step }) => step && isStillToDo(step.status) && step.owner === 'client');
  return (open.length > 0 ? open : steps.slice(0, 1)).map(({ lineageId, step }) => ({ lineageId, text: step?.text ?? '' }));
}

function forSteps(read: ReplyReading, lineageIds: readonly string[]): ReminderReply {
  const [first] = lineageIds;
  return { ...read, itemLineageId: first!, typed: true, ...(lineageIds.length > 1 ? { among: [...lineageIds] } : {}) };
}

function sentSinceTheyLastWrote(context: TurnContext, sentAt: Date | null): boolean {
  const lastWrote = contactBeforeThisTurn(context);
  return sentAt !== null && lastWrote !== null && sentAt.getTime() > lastWrote.getTime();
}
