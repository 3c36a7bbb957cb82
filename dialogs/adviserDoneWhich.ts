// "done priya call the college" and "done priya": a client, then words (or nothing) where the
// action number should be. Play-testing as an IPS employment specialist (round four): it got
// "Which of your actions? ... like this: done sam 2", with no word of Priya's actions; round six
// found a bare "done priya" still did. Their open actions of yours are listed with their numbers
// (as "done" and the plan card count them). December: "done amira DBS" listed the one action that
// fitted and marked nothing, so a busy adviser typed it again with a number. Now the one action the
// words fit is marked done (through the use case), and the reply names the client, the action and
// its number; several that fit are listed; none says so, with what is open; one done already, or
// the client's own step, is said. A bare "done priya" still lists. "move" shares the list (adviserMoveWhich.ts).
import type { Adviser } from '../src/db/advisers.ts';
import type { Client } from '../src/db/clients.ts';
import { PlanRepository } from '../src/db/plans.ts';
import { readsAsNews } from '../src/domain/adviserDoneWords.ts';
import { nameAtStart } from '../src/domain/clientNameWords.ts';
import { formatDueDate } from '../src/domain/dates.ts';
import { isStillToDo, type PlanItem } from '../src/domain/plan.ts';
import { caseloadNames, pickClient, referenceFor } from '../src/escalation/caseloadNames.ts';
import { namesForNameless } from '../src/escalation/clientNames.ts';
import { alreadyDoneReply, clientsOwnStepNotDone, doneWhichAction, itemDoneForReply, newsNotDone, noActionFits, noOpenActionsOfYours, openActionLine, severalActionsFit } from '../src/messages/en/adviserPlan.ts';
import { escapeMarkdown } from '../src/messages/escapeText.ts';
import { clientNotFoundReply } from '../src/messages/en/adviserQuestions.ts';
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
  /** Every action in the plan, numbered, done ones and the client's own too. */
  all: { item: PlanItem; number: number }[];
};

/** The client named first in `args` (or `args` as a whole name) and their open actions of yours; null when no one client is named. */
export async function openActionsOf(services: CoachServices, adviser: Adviser, args: string): Promise<OpenActionsOf | null> {
  const said = args.trim().replace(/\s*[:\u2013\u2014-]\s*$/, '');
  // "done amira: ring the college": the colon after the name, as a space (it had the usage line).
  const colonOff = said.replace(/^([^:]*?\p{L})\s*:\s*/u, '$1 ');
  // "done dev, dbs": a comma after the name, as a space (only after a name: "dbs, vacancies" is two actions).
  const comma = /^([^,]*?\p{L})\s*,\s*(\S.*)$/u.exec(colonOff);
  const names = await caseloadNames(services.db, adviser.id);
  const typed = comma && nameAtStart(`${comma[1]} .`, names)?.rest === '.' ? `${comma[1]} ${comma[2]}` : colonOff;
  // Round eleven: "done tom reid" with two Toms had read "tom" and stopped; the whole name, when it picks one, first.
  const whole = typed ? await pickClient(services.db, adviser.id, typed) : null;
  const named = whole?.kind === 'one' ? { name: typed, rest: '' } : (nameAtStart(typed, names) ?? (typed ? { name: typed, rest: '' } : null));
  if (!named) return null;
  const pick = whole?.kind === 'one' ? whole : await pickClient(services.db, adviser.id, named.name);
  if (pick.kind !== 'one') return null;
  const { client } = pick;
  const typeAs = escapeMarkdown((await referenceFor(services.db, adviser.id, client)) ?? named.name);
  const name = escapeMarkdown(client.displayName?.trim() || (await namesForNameless(services.db, [client])).get(client.id) || named.name);
  const items = (await new PlanRepository(services.db, services.clock).currentPlan(client.id))?.items ?? [];
  // The place in the plan, counting every action.
  const all = items.map((item, index) => ({ item, number: index + 1 }));
  const open = all.filter(({ item }) => item.owner === 'adviser' && isStillToDo(item.status));
  const now = services.clock.now();
  const lines = open.map(({ item, number }) => openActionLine(number, escapeMarkdown(item.text), item.dueAt ? formatDueDate(item.dueAt, client.timeZone, { now }) : null));
  return { client, typeAs, name, rest: named.rest.replace(/^[\s:\u2013\u2014-]+/, ''), open, lines, all };
}

/** The open actions whose words the typed words name ("ring college" for "ring the college"). */
export function actionsNamed(open: OpenActionsOf['open'], typed: string): OpenActionsOf['open'] {
  const words = plain(typed).split(' ').filter((word) => word.length > 1 && !FILLER.has(word));
  if (words.length === 0) return [];
  // A short word ("cv", "gp") fits only as a whole word.
  const fits = (word: string, its: string) => (word.length > 2 ? its.startsWith(word) || (word.startsWith(its) && its.length > 2) : its === word);
  const whole = open.filter(({ item }) => plain(item.text).includes(plain(typed)) || plain(typed).includes(plain(item.text)));
  if (whole.length > 0) return whole;
  return open.filter(({ item }) => words.every((word) => plain(item.text).split(' ').some((its) => fits(word, its))));
}

/**
 * The open actions the words pick: the one they fit, or one for each part ("dbs + vacancies",
 * "employer n dbs", "dbs, vacancies") when each part fits one and the whole fits none. Empty otherwise.
 */
export function actionsPicked(open: OpenActionsOf['open'], typed: string): OpenActionsOf['open'] {
  const fits = actionsNamed(open, typed);
  if (fits.length === 1) return fits;
  if (fits.length > 1) return [];
  const parts = typed.split(/\s*(?:[+&,/]|\band\b|\bn\b|\bplus\b)\s*/i).filter((part) => plain(part) !== '');
  if (parts.length < 2) return [];
  const each = parts.map((part) => actionsNamed(open, part));
  if (each.some((fit) => fit.length !== 1)) return [];
  const picked = [...new Map(each.map(([fit]) => [fit!.number, fit!])).values()];
  return picked.length === parts.length ? picked : [];
}

/**
 * "done amira dbs": the one open action of yours the words fit is marked done; several, or none,
 * are listed; with no words, the list to choose from. Null when the words name no one client of
 * this adviser (the usage line is said).
 */
export async function openActionsToMarkDone(services: CoachServices, adviser: Adviser, args: string, markDone: MarkDone): Promise<string | null> {
  const found = await openActionsOf(services, adviser, args);
  if (!found) return nearName(services, adviser, args);
  const typed = found.rest.trim();
  const fits = typed ? actionsNamed(found.open, typed) : [];
  const picked = typed ? actionsPicked(found.open, typed) : [];
  if (picked.length > 0) {
    const replies: string[] = [];
    for (const { item, number } of picked) {
      const result = await markDone(found.client, item);
      replies.push(result.ok ? itemDoneForReply(found.name, number, escapeMarkdown(item.text)) : result.reply);
    }
    return replies.join('\n');
  }
  // "amira done really well at interview": how they got on, not an action; nothing is marked.
  if (fits.length === 0 && readsAsNews(typed)) return newsNotDone(found.name, found.typeAs, found.open[0] ? `done ${found.typeAs} ${found.open[0].number}` : null);
  // Done already, or the client's own step: said as "done amira 2" would say it.
  const done = typed && fits.length === 0 ? actionsNamed(found.all.filter(({ item }) => item.owner === 'adviser' && !isStillToDo(item.status)), typed) : [];
  if (done.length === 1) return alreadyDoneReply(escapeMarkdown(done[0]!.item.text));
  const theirs = typed && fits.length === 0 ? actionsNamed(found.all.filter(({ item }) => item.owner !== 'adviser'), typed) : [];
  if (theirs.length === 1) return clientsOwnStepReply(services, adviser, found.typeAs, escapeMarkdown(theirs[0]!.item.text));
  if (found.open.length === 0) return noOpenActionsOfYours(found.name, found.typeAs);
  if (!typed) return doneWhichAction(found.name, found.lines, `done ${found.typeAs} ${found.open[0]!.number}`);
  const said = escapeMarkdown(typed);
  if (fits.length > 1) {
    const lines = fits.map(({ number }) => found.lines[found.open.findIndex((open) => open.number === number)]!);
    return severalActionsFit(found.name, said, lines, `done ${found.typeAs} ${fits[0]!.number}`);
  }
  return noActionFits(found.name, said, found.lines, `done ${found.typeAs} ${found.open[0]!.number}`);
}

/** "done amria dbs": a name a slip away from one in the caseload, said with the words kept to copy (it had "like this: done sam 2"). */
async function nearName(services: CoachServices, adviser: Adviser, args: string): Promise<string | null> {
  const [first, ...more] = args.trim().replace(/^([^:]*?\p{L})\s*[:\u2013\u2014-]\s*/u, '$1 ').split(/\s+/);
  const pick = first ? await pickClient(services.db, adviser.id, first) : null;
  return pick?.kind === 'none' && pick.near.length > 0 ? clientNotFoundReply(first!, pick.near, 'done', more.length ? ` ${more.join(' ')}` : '') : null;
}

/** The use case that marks an action of the adviser's done (completeAdviserAction), given by the caller. */
export type MarkDone = (client: Client, item: PlanItem) => Promise<{ ok: boolean; reply: string }>;

const FILLER = new Set(['the', 'and', 'her', 'his', 'him', 'them', 'their', 'for', 'with', 'about', 'to', 'of', 'at', 'in', 'on', 'my', 'by', 'is', 'it', 'an', 'as', 'up',
  // "done amira the employer one thx": words about the line, not the action.
  'one', 'thing', 'bit', 'task', 'action', 're', 'ok', 'okay', 'now', 'too', 'also', 'just', 'all', 'pls', 'plz', 'please', 'thx', 'thnx', 'ty', 'thanks', 'cheers', 'ta']);
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
