// Typed shortcuts for what the adviser plan card's buttons do: "plan <client>" (the card),
// "add <client>: <text> by <date>", "done <client> <action n>", "move <client>: <n> to <date>",
// "agree <client>", "message <client>: <words>" (sent to the client through the coach). <client> is
// the number from "caseload" or a name. A spaced dash does for the colon: "add sam - call the college".
// A name typed alone ("Sam") opens the plan of the one client of that name.
import type { Activity } from 'botbuilder';
import type { Adviser } from '../src/db/advisers.ts';
import type { Client } from '../src/db/clients.ts';
import type { PlanItem } from '../src/domain/plan.ts';
import { AuditLog } from '../src/db/audit.ts';
import { caseloadOf } from '../src/db/caseload.ts';
import { pickClient } from '../src/escalation/caseloadNames.ts';
import { namesForNameless } from '../src/escalation/clientNames.ts';
import { clientsNamed, splitClientAndRest } from '../src/domain/adviserCommandWords.ts';
import { PlanRepository } from '../src/db/plans.ts';
import { clientOfAdd, namesTheirStep, readAdviserAction, readDay } from '../src/domain/adviserActionWords.ts';
import type { CoachServices } from '../src/services.ts';
import { currentAdviserPlanCard } from '../src/bot/planCardActions.ts';
import { ADAPTIVE_CARD } from '../src/escalation/sentCards.ts';
import {
  addAdviserAction,
  addClientStepAsAdviser,
  agreePlanAsAdviser,
  clientForAdviser,
  completeAdviserAction,
  moveClientStepAsAdviser,
} from '../src/usecases/adviserPlan.ts';
import { planDeps } from '../src/usecases/wiring.ts';
import * as say from '../src/messages/en/adviserPlan.ts';
import { escapeMarkdown } from '../src/messages/escapeText.ts';
import { severalClientsReply } from '../src/messages/en/adviser.ts';
import { clientNotFoundReply, whichClientReply } from '../src/messages/en/adviserQuestions.ts';
import { messageUsage } from '../src/messages/en/adviserMessages.ts';
import { sendAdviserMessage } from './adviserMessage.ts';
import { clientsOwnStepReply, openActionsToMarkDone } from './adviserDoneWhich.ts';
import { moveByWords } from './adviserMoveWhich.ts';
import { moveDayNotRead, noSuchStepReply, stepToMarkDone } from './adviserStepNumber.ts';
import { clientChoiceButtons, withButtons } from './adviserButtons.ts';
import { readStepOwner, withOwnerAfterColon } from '../src/domain/adviserStepOwner.ts';
import { formatDueDate } from '../src/domain/dates.ts';
import { escalationsInOrder } from '../src/escalation/escalationsInOrder.ts';
import { escalationLine, openEscalationsAbovePlan } from '../src/messages/en/adviserEscalations.ts';

export type AdviserReply = string | Partial<Activity>;

export const PLAN_COMMANDS = ['plan', 'add', 'done', 'move', 'agree', 'message'];

export class AdviserPlanCommands {
  constructor(private readonly services: CoachServices) {}

  /** `command` is the first word, lower case; `args` the rest. */
  async answer(adviser: Adviser, command: string, args: string): Promise<AdviserReply> {
    // "plan" or "agree" with no client: which one (it had said "I could not find that client").
    if ((command === 'plan' || command === 'agree') && !args.trim()) return whichClientReply(command);
    switch (command) {
      case 'plan':
        return this.withClient(adviser, command, args, (clientId, client) => this.planCard(adviser, clientId, client.displayName, args));
      case 'agree':
        return this.withClient(adviser, command, args, async (_clientId, client) => {
          const result = await agreePlanAsAdviser(planDeps(this.services), adviser, client);
          if (!result.ok || !result.agreed) return result.reply;
          // Which version, and whether the client has agreed it too (round six).
          const clientAgreed = result.agreed.clientAgreedAt ? formatDueDate(result.agreed.clientAgreedAt, client.timeZone, { now: this.services.clock.now() }) : null;
          return say.agreedVersionReply(escapeMarkdown(client.displayName?.trim() || (await this.namelessName(client.id)) || args.trim()), result.agreed.version, clientAgreed);
        });
      case 'done': {
        // Play-testing (December): "done amira #2" was read as words, and "done amira 2 and 3" as a
        // client called "amira 2 and". The # is dropped; each number is marked done in turn.
        const several = /^(.*?\D)\s*(\d{1,3}(?:\s*(?:,|&|\+|and)\s*#?\d{1,3})+)$/i.exec(args.replace(/#(?=\d)/g, '').trim());
        if (several) return this.doneEach(adviser, several[1]!, several[2]!.match(/\d{1,3}/g)!);
        // "done sam: 2" as "done sam 2"; "done sam" with no number asks which (it had said Sam was not in the caseload).
        const [typed, number] = splitLast(args.replace(/#(?=\d{1,3}$)/, '').replace(/\s*[:\u2013\u2014-]\s*(?=\d{1,3}$)/, ' '));
        const reference = typed.replace(/\s+(?:action|number|no\.?)$/i, '');
        // "done priya call the college": their open actions of yours, with the numbers (round four).
        if (!/^\d{1,3}$/.test(number)) {
          const markDone = (client: Client, item: PlanItem) => completeAdviserAction(planDeps(this.services), adviser, client, item);
          return (await openActionsToMarkDone(this.services, adviser, args, markDone)) ?? say.doneUsage;
        }
        return this.withClient(adviser, command, reference, async (_clientId, client) => {
          const item = await this.itemNumber(client.id, number);
          if (!item) return noSuchStepReply(this.services, adviser, client, reference, number, (typeAs, steps) => `done ${typeAs} ${stepToMarkDone(steps)}`);
          // Round nine: "done priya 2" on Priya's own step had only "That action belongs to the client".
          if (item.owner !== 'adviser') return clientsOwnStepReply(this.services, adviser, reference, escapeMarkdown(item.text));
          return (await completeAdviserAction(planDeps(this.services), adviser, client, item)).reply;
        }, ` ${number}`);
      }
      case 'add': {
        const [reference, rest] = withOwnerAfterColon(...splitClientAndRest(args));
        if (!rest) return namesTheirStep(reference) ? say.addStepUsage : say.addUsage;
        return this.withClient(adviser, command, reference, async (_clientId, client) => {
          // The day is read where it is said; every other word is kept ("pop by the jobcentre ... on friday").
          const read = readAdviserAction(rest, { now: this.services.clock.now(), timeZone: client.timeZone });
          if (read.kind !== 'dated') return actionDayProblem(read, reference);
          // "she will apply to 2 jobs" is the client's own step; "I'll call the employer" is yours (round six).
          const names = [client.displayName ?? '', ...(/^\p{L}{3,}$/u.test(reference) ? [reference] : [])];
          const typed = readStepOwner(read.text, names);
          // "add a step for priya: update her cv" is hers, in her words ("update my cv"), unless "I'll ..." says it is yours (round ten).
          const theirs = namesTheirStep(reference) && typed.owner === 'adviser' && typed.text === read.text;
          const step = theirs ? readStepOwner(`for them to ${read.text}`) : typed;
          const deps = planDeps(this.services);
          if (step.owner === 'client') return (await addClientStepAsAdviser(deps, adviser, client, step.text, read.dueAt)).reply;
          return (await addAdviserAction(deps, adviser, client, step.text, read.dueAt)).reply;
        }, `: ${rest}`);
      }
      case 'move': {
        const [reference, rest] = splitClientAndRest(withColonBeforeNumber(args));
        const match = /^(\d{1,3})\s+(?:to\s+)?(.+)$/i.exec(rest);
        // "move priya ring college to mon", "move priya employer to 30 june": the action named in words (round six).
        if (!match || (await pickClient(this.services.db, adviser.id, reference)).kind === 'none') {
          const byWords = await moveByWords(this.services, adviser, args);
          if (byWords || !match) return byWords ?? say.moveUsage;
        }
        return this.withClient(adviser, command, reference, async (_clientId, client) => {
          const item = await this.itemNumber(client.id, match[1]!);
          if (!item) return noSuchStepReply(this.services, adviser, client, reference, match[1]!, (typeAs, steps) => `move ${typeAs} ${steps.length} to ${escapeMarkdown(match[2]!)}`);
          const day = readDay(match[2]!, { now: this.services.clock.now(), timeZone: client.timeZone });
          if (day.kind === 'past') return say.dayGoneForMove;
          if (day.kind !== 'day') return moveDayNotRead(this.services, adviser, client, reference, match[1]!, match[2]!);
          // Their own step too, as agreed with them (round six: "That action belongs to the client").
          return (await moveClientStepAsAdviser(planDeps(this.services), adviser, client, item, day.dueAt)).reply;
        }, `: ${rest}`);
      }
      case 'message': {
        const [reference, words] = splitClientAndRest(args);
        if (!words) return messageUsage;
        return this.withClient(adviser, command, reference, (_clientId, client) => sendAdviserMessage(this.services, adviser, client, words), `: ${words}`);
      }
      default:
        return say.addUsage;
    }
  }

  /** "done amira 2 and 3": each action in turn, the replies one after another (the first that is not words stands alone). */
  private async doneEach(adviser: Adviser, reference: string, numbers: readonly string[]): Promise<AdviserReply> {
    const replies: string[] = [];
    for (const number of [...new Set(numbers)]) {
      const reply = await this.answer(adviser, 'done', `${reference.trim()} ${number}`);
      if (typeof reply !== 'string') return reply;
      replies.push(reply);
      // A client not found is said once.
      if (/^I could not find that client/.test(reply)) break;
    }
    return replies.join('\n');
  }

  /** A name typed alone ("Sam"): the plan of the one client of that name, or which of several; null if none. */
  async planIfNamed(adviser: Adviser, name: string): Promise<AdviserReply | null> {
    const entries = await caseloadOf(this.services.db, adviser.id, this.services.clock.now());
    const named = clientsNamed(name, entries.map((entry) => ({ number: entry.number, name: entry.client.displayName, channelName: entry.channelName })));
    if (named.length === 0) return null;
    if (named.length > 1) return severalClientsReply(name, 'plan', named.map((entry) => ({ ...entry, name: entry.name?.trim() || entry.channelName || '' })));
    return this.answer(adviser, 'plan', String(named[0]!.number));
  }

  private async withClient(
    adviser: Adviser,
    command: string,
    reference: string,
    act: (clientId: string, client: NonNullable<Awaited<ReturnType<typeof clientForAdviser>>>) => Promise<AdviserReply>,
    /** What follows the client in the command as typed, so the example for several of one name is whole. */
    rest = '',
  ): Promise<AdviserReply> {
    // "add a step for sam": the name inside the words, when the words as typed are nobody's.
    const typed = await pickClient(this.services.db, adviser.id, reference);
    const pick = typed.kind === 'none' && command === 'add' && clientOfAdd(reference) !== reference ? await pickClient(this.services.db, adviser.id, clientOfAdd(reference)) : typed;
    if (pick.kind === 'several') return withButtons(severalClientsReply(reference, command, pick.matches, 'command', rest), clientChoiceButtons(command, pick.matches, rest));
    const client = pick.kind === 'one' ? await clientForAdviser(planDeps(this.services), adviser, pick.client.id) : null;
    if (client) return act(client.id, client);
    return clientNotFoundReply(reference, pick.kind === 'none' ? pick.near : [], command, rest);
  }

  private async planCard(adviser: Adviser, clientId: string, name: string | null, typed: string): Promise<AdviserReply> {
    await new AuditLog(this.services.db).record({ actor: `adviser:${adviser.id}`, action: 'adviser-viewed-client', subject: clientId }, this.services.clock.now());
    const card = await currentAdviserPlanCard(this.services, clientId);
    const { text: open, crisis } = await this.openEscalations(adviser, clientId);
    // No plan yet: how to start one, with the name or number as typed, so the example works when copied.
    // Under a crisis, no goal work is suggested (round four).
    if (!card) {
      const shownName = escapeMarkdown(name?.trim() || (await this.namelessName(clientId)) || typed.trim());
      const noPlan = crisis ? say.noPlanYetInCrisis(shownName) : say.noPlanYetForCard(shownName, escapeMarkdown(typed.trim()));
      return open ? `${open}\n\n${noPlan}` : noPlan;
    }
    return { type: 'message', ...(open ? { text: open } : {}), attachments: [{ contentType: ADAPTIVE_CARD, content: card }] };
  }

  /**
   * The client's urgent escalations not closed yet, most urgent first, said above their plan (null
   * when none), and whether a crisis is among theirs. One less pressing is on the caseload line
   * ("1 open escalation") and in "escalations".
   */
  private async openEscalations(adviser: Adviser, clientId: string): Promise<{ text: string | null; crisis: boolean }> {
    const theirs = (await escalationsInOrder(this.services, adviser.id)).filter((row) => row.clientId === clientId);
    const crisis = theirs.some((row) => row.reason === 'crisis');
    const rows = theirs.filter((row) => row.urgency === 'urgent');
    if (rows.length === 0) return { text: null, crisis };
    const [zone, now] = [this.services.config.ADVISER_HOURS_TIME_ZONE, this.services.clock.now()];
    const names = await namesForNameless(this.services.db, rows.map((row) => row.client));
    return { text: openEscalationsAbovePlan(rows.map((row) => escalationLine(row, zone, now, names)), rows[0]!.number), crisis };
  }

  /** What a client who gave no name goes by ("Jo Bloggs (no name given)"); it had said "4 has no plan yet". */
  private async namelessName(clientId: string): Promise<string | undefined> {
    return (await namesForNameless(this.services.db, [{ id: clientId, displayName: null }])).get(clientId);
  }

  private async itemNumber(clientId: string, number: string) {
    const plan = await new PlanRepository(this.services.db, this.services.clock).currentPlan(clientId);
    return /^\d{1,3}$/.test(number) ? plan?.items[Number(number) - 1] ?? null : null;
  }

}

/** Why an action was not added: no day, a day gone, or a day not read; the adviser's words said back to retype. */
function actionDayProblem(read: { kind: 'no-day' | 'past' | 'unread'; text: string }, typed: string): string {
  const [reference, text] = [escapeMarkdown(typed.trim()), escapeMarkdown(read.text)];
  if (read.kind === 'past') return say.dayGoneForAdd(reference, text);
  return read.kind === 'no-day' ? say.addNeedsADay(reference, text) : say.addDateNotRead(reference, text);
}

/**
 * "move priya 2 to monday" read as "move priya: 2 to monday" (play-testing, a busy morning: it got
 * the format error, while "done priya 2" needs no colon either). Left as typed when a colon or dash is there.
 */
function withColonBeforeNumber(args: string): string {
  return args.replace(/^(.+?)\s+(?=\d{1,3}\s+(?:to\s+)?\S)/i, (client) => (/[:\u2013\u2014]|\s-\s/.test(client) ? client : `${client.trim()}: `));
}

function splitLast(text: string): [string, string] {
  const words = text.trim().split(' ');
  return [words.slice(0, -1).join(' '), words.at(-1) ?? ''];
}
