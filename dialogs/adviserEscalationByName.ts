// "ack tom", "resolve sam jones", and "ack" or "resolve" with nothing after it. Play-testing as a
// busy adviser (December): an adviser types the client's name, not the escalation's number, and
// got "I could not find that escalation"; a bare "resolve" got the same. Now a name picks that
// client's one escalation not closed (for "ack", their one still open), or lists theirs with the
// numbers to type; a bare command says what to type. Numbers and ids are left to the caller.
import { ClientRepository } from '../src/db/clients.ts';
import { ConversationReferences } from '../src/db/conversationReferences.ts';
import type { Adviser } from '../src/db/advisers.ts';
import type { EscalationWithClient } from '../src/db/escalations.ts';
import { clientsNamed } from '../src/domain/adviserCommandWords.ts';
import { namesForNameless } from '../src/escalation/clientNames.ts';
import { mayActOn } from '../src/escalation/respondToEscalation.ts';
import type { Activity } from 'botbuilder';
import {
  closeWithNoteButton,
  escalationLine,
  escalationWhichOne,
  noEscalationForName,
  severalEscalationsForName,
  severalEscalationsWithNote,
} from '../src/messages/en/adviserEscalations.ts';
import { escapeMarkdown } from '../src/messages/escapeText.ts';
import { withButtons } from './adviserButtons.ts';
import type { CoachServices } from '../src/services.ts';

export type EscalationVerb = 'ack' | 'resolve';

/** The escalations the adviser may act on, with the Teams names of their clients: read once, then named against. */
export type NamedRows = { rows: EscalationWithClient[]; teamsNames: Map<string, string> };

/** True when the reference is words that may be a name (not a number or an id); a bare one is asked about. */
export function mayBeAName(reference: string): boolean {
  const typed = bare(reference);
  return !typed || (!/^#?\d{1,9}$/.test(typed) && /^\p{L}[\p{L}' -]*$/u.test(typed));
}

/** The visible escalations this adviser may act on, and their clients' Teams names, in two reads. */
export async function namedRows(services: CoachServices, adviser: Adviser, visible: readonly EscalationWithClient[]): Promise<NamedRows> {
  const rows = visible.filter((row) => mayActOn({ adviser }, row));
  return { rows, teamsNames: await teamsNames(services, rows.map((row) => row.client.id)) };
}

/**
 * The escalation meant, a reply instead (which one, or none), or null when the reference is a
 * number or an id. `named`: read once by the caller (round six: "resolve tom spoke to him" read the
 * visible escalations up to four times, one for each run of words tried as the name).
 */
export async function escalationByName(
  services: CoachServices,
  verb: EscalationVerb,
  reference: string,
  named: NamedRows,
): Promise<{ escalation: EscalationWithClient } | { reply: string } | null> {
  const typed = bare(reference);
  if (!typed) return { reply: escalationWhichOne(verb) };
  if (!mayBeAName(typed)) return null;
  const candidates = escalationsNamed(verb, typed, named);
  if (candidates.length === 1) return { escalation: candidates[0]! };
  const zone = services.config.ADVISER_HOURS_TIME_ZONE;
  const now = services.clock.now();
  if (candidates.length === 0) return { reply: noEscalationForName(typed) };
  const lineNames = await namesForNameless(services.db, candidates.map((row) => row.client));
  return { reply: severalEscalationsForName(typed, verb, candidates.map((row) => escalationLine(row, zone, now, lineNames)), candidates[0]!.number ?? 0) };
}

/** The escalations whose client the typed name fits, in the list's order (most urgent first). */
function escalationsNamed(verb: EscalationVerb, typed: string, named: NamedRows): EscalationWithClient[] {
  const matching = clientsNamed(
    typed,
    named.rows.map((row, number) => ({ number, row, name: row.client.displayName, channelName: named.teamsNames.get(row.client.id) ?? null })),
  ).map((match) => match.row);
  // "ack tom" with one open and one acknowledged already: the open one.
  const open = matching.filter((row) => row.status !== 'acknowledged');
  return verb === 'ack' && open.length > 0 ? open : matching;
}

const MOST_NAME_WORDS = 3;
const MOST_BUTTONS = 6;
const MARKS_AFTER_NAME = /[.:,\u2013\u2014-]+$/;
const MARKS_BEFORE_NOTE = /^[.:,\u2013\u2014-]+\s*/;

/**
 * "resolve gary rang him, booked for thurs" when more than one is not closed for Gary (play-test
 * 13: "I could not find that escalation", and the note was lost). The name is the first one to three
 * words, the rest the note: each is listed, the note said back, and a button for each closes it with
 * the note. Nothing is closed. Null when no first words name more than one with a note after them.
 */
export async function severalForNameWithNote(services: CoachServices, typed: string, named: NamedRows): Promise<string | Partial<Activity> | null> {
  // "resolve gary smith": the whole is a name, with no note.
  if (mayBeAName(typed) && escalationsNamed('resolve', bare(typed), named).length > 0) return null;
  const words = typed.trim().split(/\s+/);
  for (let count = Math.min(MOST_NAME_WORDS, words.length - 1); count >= 1; count--) {
    const name = words.slice(0, count).join(' ').replace(MARKS_AFTER_NAME, '');
    const note = words.slice(count).join(' ').replace(MARKS_BEFORE_NOTE, '').trim();
    if (!note || !name || !mayBeAName(name)) continue;
    const candidates = escalationsNamed('resolve', name, named);
    if (candidates.length < 2) continue;
    const [zone, now] = [services.config.ADVISER_HOURS_TIME_ZONE, services.clock.now()];
    const lineNames = await namesForNameless(services.db, candidates.map((row) => row.client));
    const first = candidates[0]!;
    const oneClient = candidates.every((row) => row.client.id === first.client.id);
    const who = oneClient ? escapeMarkdown(first.client.displayName?.trim() || lineNames.get(first.client.id) || name) : null;
    const lines = candidates.map((row) => escalationLine(row, zone, now, lineNames));
    const numbered = candidates.filter((row) => row.number !== null).slice(0, MOST_BUTTONS);
    return withButtons(
      severalEscalationsWithNote(who, name, lines, escapeMarkdown(note), first.number ?? 0),
      numbered.map((row) => ({ title: closeWithNoteButton(row.number!, row.reason), value: `resolve ${row.number} ${note}` })),
    );
  }
  return null;
}

const bare = (reference: string): string => reference.trim().replace(/^(?:for|to)\s+/i, '');

/** Client id to the name their channel gives them (Teams), for a name typed that is not the name they gave. */
async function teamsNames(services: CoachServices, clientIds: readonly string[]): Promise<Map<string, string>> {
  if (clientIds.length === 0) return new Map();
  const clients = await new ClientRepository(services.db).findManyByIds([...new Set(clientIds)]);
  const references = await new ConversationReferences(services.db).findMany(clients.map((client) => client.userKey));
  const names = new Map<string, string>();
  for (const client of clients) {
    const name = (references.get(client.userKey)?.reference.user as { name?: unknown } | undefined)?.name;
    if (typeof name === 'string' && name.trim()) names.set(client.id, name.trim());
  }
  return names;
}
