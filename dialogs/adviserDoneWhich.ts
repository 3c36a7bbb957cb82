// "done priya call the college": a client, then words where the action number should be.
// Play-testing as an IPS employment specialist (round four): it got "Which of your actions? ...
// like this: done sam 2", with no word of Priya's actions. Now their open actions of yours are
// listed with their numbers (as "done" and the plan card count them), and the command to copy
// picks the one the words name, else the first. Nothing is marked done.
import type { Adviser } from '../src/db/advisers.ts';
import { PlanRepository } from '../src/db/plans.ts';
import { nameAtStart } from '../src/domain/clientNameWords.ts';
import { formatDueDate } from '../src/domain/dates.ts';
import { isStillToDo } from '../src/domain/plan.ts';
import { caseloadNames, pickClient, referenceFor } from '../src/escalation/caseloadNames.ts';
import { namesForNameless } from '../src/escalation/clientNames.ts';
import { doneWhichAction, noOpenActionsOfYours, openActionLine } from '../src/messages/en/adviserPlan.ts';
import { escapeMarkdown } from '../src/messages/escapeText.ts';
import type { CoachServices } from '../src/services.ts';

/** The list to choose from, or null when the words name no one client of this adviser (the usage line is said). */
export async function openActionsToMarkDone(services: CoachServices, adviser: Adviser, args: string): Promise<string | null> {
  const named = nameAtStart(args, await caseloadNames(services.db, adviser.id));
  if (!named) return null;
  const pick = await pickClient(services.db, adviser.id, named.name);
  if (pick.kind !== 'one') return null;
  const { client } = pick;
  const typeAs = escapeMarkdown((await referenceFor(services.db, adviser.id, client)) ?? named.name);
  const name = escapeMarkdown(client.displayName?.trim() || (await namesForNameless(services.db, [client])).get(client.id) || named.name);
  const items = (await new PlanRepository(services.db, services.clock).currentPlan(client.id))?.items ?? [];
  // Numbered as "done sam 2" reads them: the place in the plan, counting every action.
  const open = items.map((item, index) => ({ item, number: index + 1 })).filter(({ item }) => item.owner === 'adviser' && isStillToDo(item.status));
  if (open.length === 0) return noOpenActionsOfYours(name, typeAs);
  const now = services.clock.now();
  const lines = open.map(({ item, number }) => openActionLine(number, escapeMarkdown(item.text), item.dueAt ? formatDueDate(item.dueAt, client.timeZone, { now }) : null));
  const words = plain(named.rest);
  const meant = open.find(({ item }) => words && (plain(item.text).includes(words) || words.includes(plain(item.text)))) ?? open[0]!;
  return doneWhichAction(name, lines, `done ${typeAs} ${meant.number}`);
}

const plain = (text: string): string => text.toLowerCase().replace(/[^\p{L}\p{N} ]/gu, ' ').replace(/\s+/g, ' ').trim();
