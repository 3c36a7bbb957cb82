// "Which step do you mean?" after typed words that could answer reminders about two steps or more,
// asked once, plainly, with the steps and "All of them" as buttons. Play-testing returning clients:
// "maybe next week monday", "when is my review?" and "who is my adviser" each had "Sorry, I didn't
// catch that" and the question again, and a "hello" eight days later the same question. Now a day
// said answers for every step; a question about something else, a second miss, or a reply after a
// long gap leaves the question, and the message gets the reply it would get at the menu.
import { Dialog, type DialogContext, type DialogTurnResult, type WaterfallStepContext } from 'botbuilder-dialogs';
import { currentClient } from '../src/bot/clientContext.ts';
import { parseChoice, type ChoiceOption } from '../src/domain/answers.ts';
import { parseDueDate } from '../src/domain/dates.ts';
import { reminderStepNamedIn } from '../src/domain/reminderStepNamed.ts';
import { saysAllOfThem } from '../src/domain/reminderWhichWords.ts';
import type { CoachServices } from '../src/services.ts';
import { planDeps } from '../src/usecases/wiring.ts';
import * as say from '../src/messages/en/reminders.ts';
import { DialogIds } from './dialogIds.ts';
import { CHOICE_RETRY, retryAsking, withButtons } from './prompts.ts';
import type { ReminderReply } from './reminderReplyHeard.ts';

const WHICH = 'whichStep';
const ALL = 'all';
/** Asked longer ago than this, the question has lapsed: they have come back to something new. */
const LAPSES_AFTER_MS = 6 * 60 * 60 * 1000;
/** After tapping "Done" on one of two reminders, "both actually" is listened for this long. */
const OTHERS_HEARD_FOR_MS = 30 * 60 * 1000;

const ASKS = /\?\s*$|^(?:what|whats|wat|wot|when|whens|wen|where|who|whos|how|why|can|could|is|are|do|does)\b/i;
const ABOUT_THIS_QUESTION = /\b(?:mean|which step|what step|which one|understand|not sure|dunno|dont know)\b/i;

/** "when is my review?", "who is my adviser": a question, and not about which step. */
function asksAboutSomethingElse(text: string): boolean {
  return ASKS.test(text.trim()) && !ABOUT_THIS_QUESTION.test(text);
}

type WhichAsked = { question: string; choices: ChoiceOption[]; askedAt: number; misses: number };

function whichActivity(asked: WhichAsked, notCaught: boolean, explained = false) {
  const titles = asked.choices.map((choice) => choice.label);
  const question = explained ? say.askWhichStep : asked.question;
  return withButtons(notCaught ? retryAsking(CHOICE_RETRY, question) : question, titles, false);
}

/** The kind word for the reason first ("my son is sick"), then which step: by name, or all of them. */
export async function askWhichStep(step: WaterfallStepContext, services: CoachServices, reply: ReminderReply, among: readonly string[]): Promise<DialogTurnResult> {
  const client = currentClient(step.context)!;
  if (reply.reason && !reply.notCaught) await step.context.sendActivity(say.notDoneHeard[reply.reason]);
  const withoutReason = { ...reply, reason: undefined };
  // "not yet, monday" to two reminders: the day is for all of them. With a reason, a day is the
  // reason's ("my son is sick this week"), not the step's.
  const text = reply.typed && !reply.reason ? (step.context.activity.text ?? '') : '';
  if (reply.answer === 'more-time' && text && parseDueDate(text, { now: services.clock.now(), timeZone: client.timeZone })) {
    return step.replaceDialog(step.activeDialog!.id, { ...withoutReason, all: true } satisfies ReminderReply);
  }
  const reads = planDeps(services).reads;
  const choices: ChoiceOption[] = [];
  for (const lineageId of among) {
    const item = await reads.latestItemOf(client.id, lineageId);
    if (item) choices.push({ value: lineageId, label: item.text.trim().replace(/[.!]+$/, '') });
  }
  choices.push({ value: ALL, label: say.allOfThemButton });
  const question = reply.answer === 'more-time' ? say.askWhichStepMoreTime : reply.answer === 'done' ? say.askWhichStepDone : say.askWhichStep;
  // Asked again after a reply that did not say which: once only, then the question is left.
  const explain = reply.explain === true;
  const asked: WhichAsked = { question, choices, askedAt: services.clock.now().getTime(), misses: reply.notCaught ? 1 : 0 };
  Object.assign(step.values, { [WHICH]: asked });
  await step.context.sendActivity(whichActivity(asked, reply.notCaught === true && !explain, explain));
  return Dialog.EndOfTurn;
}

/** Whether "which step?" is waiting on this dialog. */
export function whichStepAsked(step: WaterfallStepContext): boolean {
  return (step.values as Record<string, unknown>)[WHICH] !== undefined;
}

/** Asks the waiting "which step?" again (a safety check answered first); false when none waits. */
export async function askWhichStepAgain(dc: { context: DialogContext['context'] }, values: Record<string, unknown> | undefined): Promise<boolean> {
  const asked = values?.[WHICH] as WhichAsked | undefined;
  if (!asked) return false;
  await dc.context.sendActivity(whichActivity(asked, false));
  return true;
}

/** The reply to "which step?": a step, all of them, a day for all of them; or the question left. */
export async function readWhichStep(step: WaterfallStepContext, services: CoachServices, reply: ReminderReply): Promise<DialogTurnResult> {
  const asked = (step.values as Record<string, unknown>)[WHICH] as WhichAsked;
  const text = typeof step.result === 'string' ? step.result : '';
  const client = currentClient(step.context)!;
  const now = services.clock.now();
  const again = (changes: Partial<ReminderReply>) => step.replaceDialog(step.activeDialog!.id, { ...reply, reason: undefined, among: undefined, notCaught: undefined, explain: undefined, ...changes } satisfies ReminderReply);
  if (now.getTime() - asked.askedAt > LAPSES_AFTER_MS) return replyAsAtTheMenu(step);
  const picked = parseChoice(text, asked.choices, { byPosition: true });
  const steps = asked.choices.filter((choice) => choice.value !== ALL).map((choice) => ({ lineageId: String(choice.value), text: choice.label }));
  if (picked === ALL || saysAllOfThem(text)) return again({ among: reply.among, all: true, typed: false });
  if (picked) return again({ itemLineageId: String(picked), typed: false });
  const named = reminderStepNamedIn(text, steps);
  if (named) return again({ itemLineageId: named.lineageId, typed: false });
  // "maybe next week monday": a day, so not done yet, for every step asked about.
  if (reply.answer !== 'done' && parseDueDate(text, { now, timeZone: client.timeZone })) return again({ among: reply.among, all: true, answer: 'more-time', typed: true });
  // "when is my review?", "who is my adviser": about something else, answered as at the menu.
  const elsewhere = asksAboutSomethingElse(text);
  if (elsewhere || asked.misses >= 1) {
    if (!elsewhere) await step.context.sendActivity(say.whichStepLeft);
    return replyAsAtTheMenu(step);
  }
  // "what do you mean": why it is asked, plainly, rather than "didn't catch that".
  const aboutIt = ABOUT_THIS_QUESTION.test(text);
  return step.replaceDialog(step.activeDialog!.id, { ...reply, reason: undefined, notCaught: true, ...(aboutIt ? { explain: true } : {}) } satisfies ReminderReply);
}

/**
 * After tapping "Done" on one of two reminders sent together: "both actually" marks the other done
 * too. Anything else, or later, gets the reply it would get at the menu.
 */
export function listenForTheOthers(step: WaterfallStepContext, services: CoachServices): DialogTurnResult {
  Object.assign(step.values, { othersAt: services.clock.now().getTime() });
  return Dialog.EndOfTurn;
}

/** The message after a tap on one of several reminders: "both actually", or the reply at the menu. */
export async function readTheOthers(step: WaterfallStepContext, services: CoachServices, reply: ReminderReply): Promise<DialogTurnResult> {
  const text = typeof step.result === 'string' ? step.result : '';
  const others = reply.others ?? [];
  const since = Number((step.values as Record<string, unknown>).othersAt ?? 0);
  if (others.length > 0 && saysAllOfThem(text) && services.clock.now().getTime() - since <= OTHERS_HEARD_FOR_MS) {
    return step.replaceDialog(step.activeDialog!.id, { answer: 'done', itemLineageId: others[0]!, ...(others.length > 1 ? { among: others, all: true } : {}) } satisfies ReminderReply);
  }
  return replyAsAtTheMenu(step);
}

/** The question is left: the message starts the conversation afresh, as it would at the menu. */
async function replyAsAtTheMenu(step: WaterfallStepContext): Promise<DialogTurnResult> {
  let root: DialogContext = step;
  while (root.parent) root = root.parent;
  await root.cancelAllDialogs();
  return root.beginDialog(DialogIds.main);
}
