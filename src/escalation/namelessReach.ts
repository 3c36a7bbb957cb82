// Round eight: an answer that names a client who gave the coach no name ("Jo Bloggs (no name
// given)") ends with how to reach them, as the escalation card says it (their Teams name, or only
// through the coach, and the command to message them). Play-testing: the caseload, the quiet list and
// the reviews list named such a client with nothing to go on but a Teams name. One place, after
// every answer, so no list can leave it out; an answer that says how to reach them already is left.
// Round ten: it ended every answer naming them, even "Sent to Jo Bloggs" just after the adviser
// messaged them. Now it is said once in a working day, and not at all once the adviser has messaged them.
import type { Activity } from 'botbuilder';
import type { Adviser } from '../db/advisers.ts';
import { AuditLog } from '../db/audit.ts';
import { activeClientsOf } from '../db/caseload.ts';
import { BoundedMap } from '../boundedMap.ts';
import { referenceFor } from './caseloadNames.ts';
import { namesForNameless } from './clientNames.ts';
import { reachOfClient } from './escalationSummaryFromDb.ts';
import { namelessReachLine } from '../messages/en/adviserQuestions.ts';
import { channelNameOnly, reachLines } from '../messages/en/escalationSummary.ts';
import { escapeMarkdown } from '../messages/escapeText.ts';
import type { CoachServices } from '../services.ts';

const MARK = channelNameOnly('').trim();
// A working day: said again the next morning, when the adviser may have forgotten.
const SAID_FOR_MS = 12 * 60 * 60 * 1000;
const MAX_REMEMBERED = 5_000;
// When each adviser was last told how to reach each client, per running app.
const toldAt = new WeakMap<CoachServices, BoundedMap<string, number>>();

function toldOf(services: CoachServices): BoundedMap<string, number> {
  let told = toldAt.get(services);
  if (!told) toldAt.set(services, (told = new BoundedMap(MAX_REMEMBERED)));
  return told;
}

/** True when this adviser was told how to reach them, or messaged them, in the last working day. */
async function knowsTheWay(services: CoachServices, adviser: Adviser, clientId: string, now: number): Promise<boolean> {
  const told = toldOf(services).get(`${adviser.id}:${clientId}`);
  if (told !== undefined && now - told < SAID_FOR_MS) return true;
  const messaged = await new AuditLog(services.db).latestOf(clientId, ['adviser-messaged-client']);
  return messaged !== null && messaged.actor === `adviser:${adviser.id}` && now - messaged.createdAt.getTime() < SAID_FOR_MS;
}

/** The reply, with a line for each client named in it who gave no name; unchanged when there is none. */
export async function withReachOfNameless(services: CoachServices, adviser: Adviser, reply: string | Partial<Activity>): Promise<string | Partial<Activity>> {
  const text = typeof reply === 'string' ? reply : reply.text;
  if (!text?.includes(MARK) || text.includes('How to reach')) return reply;
  const nameless = (await activeClientsOf(services.db, adviser.id)).filter((client) => !client.displayName?.trim());
  const names = await namesForNameless(services.db, nameless);
  const now = services.clock.now().getTime();
  const lines: string[] = [];
  for (const client of nameless) {
    const name = names.get(client.id);
    if (!name?.endsWith(MARK) || !text.includes(escapeMarkdown(name))) continue;
    if (await knowsTheWay(services, adviser, client.id, now)) continue;
    toldOf(services).set(`${adviser.id}:${client.id}`, now);
    const reach = await reachOfClient(services, client);
    const typeAs = escapeMarkdown((await referenceFor(services.db, adviser.id, client)) ?? '');
    const held = reachLines({ name: { given: typeAs || null, channel: reach.channelName }, reach: { ...reach, chatLink: null } });
    lines.push(namelessReachLine(escapeMarkdown(name), held.map((line) => (line.startsWith('Teams: ') ? escapeMarkdown(line) : line)), reach.chatLink));
  }
  if (lines.length === 0) return reply;
  const withLines = [text, '', ...lines].join('\n');
  return typeof reply === 'string' ? withLines : { ...reply, text: withLines };
}
