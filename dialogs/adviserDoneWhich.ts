// "done priya call the college" and "done priya": a client, then words (or nothing) where the
// action number should be. Play-testing as an IPS employment specialist (round four): it got
// "Which of your actions? ... like this: done sam 2", with no word of Priya's actions; round six
// found a bare "done priya" still did. Now their open actions of yours are listed with their
// numbers (as "done" and the plan card count them), and the command to copy picks the one the
// words name, else the first. Nothing is marked done. "move" shares the list (adviserMoveWhich.ts).
import type { Adviser } from '../src/db/advisers.ts';
import type { Client } from '../src/db/clients.ts';
import { PlanRepository } from '../src/db/plans.ts';
import { nameAtStart } from '../src/domain/clientNameWords.ts';
import { formatDueDate } from '../src/domain/dates.ts';
import { isStillToDo, type PlanItem } from '../src/domain/plan.ts';
import { caseloadNames, pickClient, referenceFor } from '../src/escalation/caseloadNames.ts';
import { namesForNameless } from '../src/escalation/clientNames.ts';
import { clientsOwnStepNotDone, doneWhichAction, noOpenActionsOfYours, openActionLine } from '../src/messages/en/adviserPlan.ts';
import { escapeMarkdown } from '../src/messages/escapeText.ts';
import type { CoachServices } from '../src/services.ts';

/** A client's open actions of this adviser's, numbered as "done sam 2" reads them, with the lines to show. */
export type OpenActionsOf = {
  client: Client;
  /** What to type for them, escaped; and the name to show, escaped. */
  typeAs: string;
  name: string;
  /** The words typed after the name. */
  rest: string;
  open: { item: PlanItem; number: number }[];
  lines: string[];
};

/** The client named first in `args` (or `args` as a whole name) and their open actions of yours; null when no one client is named. */
export async function openActionsOf(services: CoachServices, adviser: Adviser, args: string): Promise<OpenActionsOf | null> {
  const typed = args.trim().replace(/\s*[:\u2013\u2014-]\s*$/, '');
  // Round eleven: "done tom reid" with two Toms had read "tom" and stopped; the whole name, when it picks one, first.
  const whole = typed ? await pickClient(services.db, adviser.id, typed) : null;
  const named = whole?.kind === 'one' ? { name: typed, rest: '' } : (nameAtStart(typed, await caseloadNames(services.db, adviser.id)) ?? (typed ? { name: typed, rest: '' } : null));
  if (!named) return null;
  const pick = whole?.kind === 'one' ? whole : await pickClient(services.db, adviser.id, named.name);
  if (pick.kind !== 'one') return null;
  const { client } = pick;
  const typeAs = escapeMarkdown((await referenceFor(services.db, adviser.id, client)) ?? named.name);
  const name = escapeMarkdown(client.displayName?.trim() || (await namesForNameless(services.db, [client])).get(client.id) || named.name);
  const items = (await new PlanRepository(services.db, services.clock).currentPlan(client.id))?.items ?? [];
  // The place in the plan, counting every action.
  const open = items.map((item, index) => ({ item, number: index + 1 })).filter(({ item }) => item.owner === 'adviser' && isStillToDo(item.status));
  const now = services.clock.now();
  const lines = open.map(({ item, number }) => openActionLine(number, escapeMarkdown(item.text), item.dueAt ? formatDueDate(item.dueAt, client.timeZone, { now }) : null));
  return { client, typeAs, name, rest: named.rest.replace(/^[\s:\u2013\u2014-]+/, ''), open, lines };
}

/** The open actions whose words the typed words name ("ring college" for "ring the college"). */
export function actionsNamed(open: OpenActionsOf['open'], typed: string): OpenActionsOf['open'] {
  const words = plain(typed).split(' ').filter((word) => word.length > 2 && !FILLER.has(word));
  if (words.length === 0) return [];
  const whole = open.filter(({ item }) => plain(item.text).includes(plain(typed)) || plain(typed).includes(plain(item.text)));
  if (whole.length > 0) return whole;
  return open.filter(({ item }) => words.every((word) => plain(item.text).split(' ').some((its) => its.startsWith(word) || word.startsWith(its) && its.length > 2)));
}

/** The list to choose from, or null when the words name no one client of this adviser (the usage line is said). */
export async function openActionsToMarkDone(services: CoachServices, adviser: Adviser, args: string): Promise<string | null> {
  const found = await openActionsOf(services, adviser, args);
  if (!found) return null;
  if (found.open.length === 0) return noOpenActionsOfYours(found.name, found.typeAs);
  const meant = actionsNamed(found.open, found.rest)[0] ?? found.open[0]!;
  return doneWhichAction(found.name, found.lines, `done ${found.typeAs} ${meant.number}`);
}

const FILLER = new Set(['the', 'and', 'her', 'his', 'him', 'them', 'their', 'for', 'with', 'about']);
const plain = (text: string): string => text.toLowerCase().replace(/[^\p{L}\p{N} ]/gu, ' ').replace(/\s+/g, ' ').trim();

/**
 * Round nine: "done priya 2" where step 2 is Priya's own: only she marks it done. Said with her open
 * actions of yours, if any, and the command to mark one done. `step` escaped by the caller.
 */
export async function clientsOwnStepReply(services: CoachServices, adviser: Adviser, reference: string, step: string): Promise<string> {
  const found = await openActionsOf(services, adviser, reference);
  if (!found) return clientsOwnStepNotDone(step, null, [], null);
  const first = found.open[0];
  return clientsOwnStepNotDone(step, found.name, found.lines, first ? `done ${found.typeAs} ${first.number}` : null);
}
