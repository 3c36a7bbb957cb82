// What a client says in a review beside the question on screen, heard before it is asked again:
// a question about a step their adviser owns is answered from the plan (honestly: the coach only
// knows whether the adviser marked it done), and a wish to change the step is told how; a worry
// about being told off, and no work in the UK yet, are answered (round twenty-six). The words are
// read in src/domain/reviewAsides.ts and reviewHeardWords.ts. Hard news said with a hello is met
// kindly, with no cheerful "Hi there!" (round twenty-seven). Nothing here changes the plan.
import { Dialog, type DialogContext, type DialogTurnResult } from 'botbuilder-dialogs';
import { currentClient } from '../src/bot/clientContext.ts';
import { PlanRepository } from '../src/db/plans.ts';
import { formatDueDate } from '../src/domain/dates.ts';
import { asksAboutAdviserStep, wantsToChangeTheStep } from '../src/domain/reviewAsides.ts';
import { reminderStepNamedIn } from '../src/domain/reminderStepNamed.ts';
import { escapeMarkdown } from '../src/messages/escapeText.ts';
import * as say from '../src/messages/en/review.ts';
import { hasNoDayYet, saysNotWorkedHereYet, tellsOfALoss, wantsItSoon, worriesAboutBeingToldOff } from '../src/domain/reviewHeardWords.ts';
import { onlyAgrees } from '../src/domain/reviewWords.ts';
import { saysHelloWithHardNews } from '../src/domain/comingBack.ts';
import { saysSorry } from '../src/domain/apologyWords.ts';
import { hardNewsHeard, noNeedForSorry } from '../src/messages/en/listening.ts';
import { withButtons, type ListeningOptions } from './prompts.ts';
import type { CoachServices } from '../src/services.ts';

/** The adviser's steps, and what the plan says about the one asked about (or each, up to three). */
export async function adviserStepAnswer(services: CoachServices, clientId: string, timeZone: string, text: string): Promise<string> {
  const plan = await new PlanRepository(services.db, services.clock).currentPlan(clientId);
  const theirs = (plan?.items ?? []).filter((item) => item.owner === 'adviser' && item.status !== 'dropped');
  if (theirs.length === 0) return say.noAdviserStep;
  const open = theirs.filter((item) => item.status !== 'done');
  const named = reminderStepNamedIn(text, theirs);
  const now = services.clock.now();
  const told = named ? [named] : (open.length > 0 ? open : theirs).slice(0, 3);
  return told
    .map((item) => say.adviserStepNews(escapeMarkdown(item.text.trim().replace(/[.!]+$/, '')), item.dueAt ? formatDueDate(item.dueAt, timeZone, { now }) : null, item.status === 'done'))
    .join('\n\n');
}

/** Heard, then the question on screen again. */
async function answerThenAskAgain(dc: DialogContext, words: string): Promise<DialogTurnResult> {
  await dc.context.sendActivity(words);
  await dc.repromptDialog();
  return Dialog.EndOfTurn;
}

/** "has she rung them yet?" at any review question: null when the words are not that. */
export function adviserStepQuestionFirst(services: CoachServices) {
  return (dc: DialogContext, text: string): Promise<DialogTurnResult> | null => {
    const client = currentClient(dc.context);
    if (!client || !asksAboutAdviserStep(text)) return null;
    return adviserStepAnswer(services, client.id, client.timeZone, text).then((words) => answerThenAskAgain(dc, words));
  };
}

/** "can i change it to something smaller" at "How did it go?": how it can change, then the question. */
export function changeWishFirst(dc: DialogContext, text: string): Promise<DialogTurnResult> | null {
  return wantsToChangeTheStep(text) ? answerThenAskAgain(dc, say.changeStepHeard) : null;
}

/** "will my adviser be angry?" at any review question: no telling off, then the question again. */
export function toldOffWorryFirst(dc: DialogContext, text: string): Promise<DialogTurnResult> | null {
  if (!worriesAboutBeingToldOff(text) || !asksAQuestion(text)) return null;
  return answerThenAskAgain(dc, say.toldOffWorryHeard);
}

/** "no I not work in UK yet" at "What went well?": heard, then the question again. */
export function notWorkedHereYetFirst(dc: DialogContext, text: string): Promise<DialogTurnResult> | null {
  const asked = (dc.activeDialog?.state.options as ListeningOptions | undefined)?.question?.text;
  if (asked !== say.askWentWell || !saysNotWorkedHereYet(text)) return null;
  return answerThenAskAgain(dc, say.notWorkedHereYetHeard);
}

function asksAQuestion(text: string): boolean {
  return /\?\s*$/.test(text.trim()) || /^(?:will|would|is|am|are|does|do|wont|can|could|should)\b/i.test(text.trim());
}

const MAX_ANSWER = 500;

/**
 * "hi sorry my mum died last week" at a review question: the news is met kindly, with no cheerful
 * "Hi there!" before it, and the question asked again. At "What happened?" it is the answer, and
 * heard there (reviewItemDialog.ts answers a loss or an illness).
 */
export function hardNewsFirst(dc: DialogContext, text: string): Promise<DialogTurnResult> | null {
  if (!saysHelloWithHardNews(text)) return null;
  const asked = (dc.activeDialog?.state.options as ListeningOptions | undefined)?.question?.text;
  if (asked === say.askWhatHappened) return dc.endDialog(text.trim().slice(0, MAX_ANSWER));
  const words = [tellsOfALoss(text) ? say.lossHeard : hardNewsHeard];
  if (saysSorry(text)) words.push(noNeedForSorry);
  return answerThenAskAgain(dc, words.join(' '));
}

/**
 * "asap", "yes", "not sure" or "when i can" at "When will you do it?": heard kindly, with a day or
 * two to tap, not "I didn't catch that date" (round twenty-seven). No day is chosen for them.
 */
export function noDayYetFirst(dc: DialogContext, text: string): Promise<DialogTurnResult> | null {
  const soon = wantsItSoon(text) || onlyAgrees(text);
  if (!soon && !hasNoDayYet(text)) return null;
  return dc.context.sendActivity(withButtons(soon ? say.soonHeardAskDay : say.noDayYetHeard, say.dayButtons)).then(() => Dialog.EndOfTurn);
}
