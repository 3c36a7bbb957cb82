// A client asks, in their own words, for part of their plan to be done by their adviser ("can my
// adviser send me retail vacancies", "I would prefer my adviser to write the CV"). Heard at the
// menu (and as the first words of a visit), where a step of their own is asked, and at the
// questions about what makes work harder: the request goes to their adviser and, where there is
// a plan, into it as the adviser's step (askAdviserForStep). It is never kept as the client's own
// step or as an answer. Where their own step was asked, the question comes again for one thing
// they will do themselves, so the plan keeps both. Play-testing had "Sorry, I didn't catch that",
// the request saved as the client's own step, and saved as the answer to "Time out of work".
import type { TurnContext } from 'botbuilder';
import { DialogTurnStatus, type DialogContext, type DialogTurnResult } from 'botbuilder-dialogs';
import { currentClient } from '../src/bot/clientContext.ts';
import { aboutOnScreen } from '../src/bot/questionOnScreen.ts';
import { readAdviserTask, taskSaidToTheClient } from '../src/domain/adviserTaskWords.ts';
import { detectSpecialistBarriers } from '../src/domain/escalationRules.ts';
import { adviserTaskReply, askTheirOwnPart } from '../src/messages/en/adviserTasks.ts';
import { escapeMarkdown } from '../src/messages/escapeText.ts';
import type { CoachServices } from '../src/services.ts';
import { askAdviserForStep } from '../src/usecases/adviserTaskRequest.ts';
import { adviserTaskDeps } from '../src/usecases/wiring.ts';
import type { ListeningOptions } from './prompts.ts';
import { repromptInnermost } from './reprompt.ts';

/** The questions on screen the request is heard at, by what they are about (`listening.about`). */
const HEARD_AT: Record<string, 'own-step' | 'barrier'> = { 'plan-words': 'own-step', 'next-step': 'own-step', barrier: 'barrier' };

/** At the menu: true when the words asked the adviser for a step, and the client has been told. */
export function adviserTaskAtTheMenu(context: TurnContext, services: CoachServices, text: string): Promise<boolean> {
  return passOn(context, services, text, 'start-one');
}

/**
 * Where the client's own step is asked, or at a barrier question: the request passed on, then the
 * question again (for their own part, where it asked for their step). Null when the words are not
 * such a request, or another question is on screen.
 */
export async function adviserTaskMidQuestion(innerDc: DialogContext, services: CoachServices): Promise<DialogTurnResult | null> {
  const where = HEARD_AT[aboutOnScreen({ dialogStack: innerDc.stack }) ?? ''];
  if (!where) return null;
  // At the first questions about them there is no plan yet: it is only passed on.
  if (!(await passOn(innerDc.context, services, innerDc.context.activity.text ?? '', where === 'barrier' ? 'pass-on' : 'start-one'))) return null;
  if (where === 'own-step') askForTheirOwnPart(innerDc);
  await repromptInnermost(innerDc);
  return { status: DialogTurnStatus.waiting };
}

async function passOn(context: TurnContext, services: CoachServices, text: string, noPlan: 'start-one' | 'pass-on'): Promise<boolean> {
  if (context.activity.type !== 'message') return false;
  const task = readAdviserTask(text);
  const client = currentClient(context);
  // Benefits, debt, housing or a record: handed over already, with the adviser's own step for it.
  if (!task || !client || detectSpecialistBarriers(text).length > 0) return false;
  const asked = await askAdviserForStep(adviserTaskDeps(services), { client, task, said: text, noPlan });
  if (asked.outcome === 'no-consent') return false;
  await context.sendActivity(adviserTaskReply(asked.outcome, escapeMarkdown(taskSaidToTheClient(task)), asked.reached));
  return true;
}

/** The waiting question, asked again, asks for one thing the client will do themselves. */
function askForTheirOwnPart(dc: DialogContext): void {
  let innermost = dc;
  while (innermost.child) innermost = innermost.child;
  const question = (innermost.activeDialog?.state as { options?: ListeningOptions } | undefined)?.options?.question;
  if (question) question.text = askTheirOwnPart;
}
