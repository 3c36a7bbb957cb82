// "who hasnt been in touch", "who have i not heard from", "whos gone quiet" (round seven): the
// adviser's clients who have not written to the coach for a week or more, quiet longest first,
// each with the day they last wrote and any reminders in a row not answered. Nothing is changed.
// Round eight: the adviser may say how long ("whos been quiet for 3 days"); a week unless they do.
// Round nine: "unless they do" is the operator's ADVISER_QUIET_AFTER_DAYS, a week by default.
import type { Adviser } from '../src/db/advisers.ts';
import { AuditLog } from '../src/db/audit.ts';
import { caseloadOf } from '../src/db/caseload.ts';
import { formatDueDate } from '../src/domain/dates.ts';
import { quietClients } from '../src/domain/quietClients.ts';
import { namesForNameless } from '../src/escalation/clientNames.ts';
import { pickClient, referenceFor } from '../src/escalation/caseloadNames.ts';
import { clientNotFoundReply, lastContactReply, quietLine, quietReply } from '../src/messages/en/adviserQuestions.ts';
import { severalClientsReply } from '../src/messages/en/adviser.ts';
import { nameOf, noClientsYet } from '../src/messages/en/caseload.ts';
import { sharesName } from '../src/domain/sameNames.ts';
import { escapeMarkdown } from '../src/messages/escapeText.ts';
import type { CoachServices } from '../src/services.ts';

export async function quietClientsReply(services: CoachServices, adviser: Adviser, days = services.config.ADVISER_QUIET_AFTER_DAYS): Promise<string> {
  const now = services.clock.now();
  const zone = services.config.ADVISER_HOURS_TIME_ZONE;
  const entries = await caseloadOf(services.db, adviser.id, now);
  if (entries.length === 0) return noClientsYet;
  const quiet = quietClients(entries, now, zone, days);
  const names = await namesForNameless(services.db, quiet.map(({ entry }) => entry.client));
  const audit = new AuditLog(services.db);
  for (const { entry } of quiet) await audit.record({ actor: `adviser:${adviser.id}`, action: 'adviser-viewed-client', subject: entry.client.id }, now);
  // "Sam (Sam Jones)" when two gave the name Sam, as the caseload shows them.
  const nameIn = (entry: (typeof entries)[number]) =>
    entry.client.displayName?.trim() ? nameOf(entry, sharesName(entry, entries)) : escapeMarkdown(names.get(entry.client.id) || String(entry.number));
  const lines = quiet.map(({ entry, days, since }) =>
    quietLine(entry.number, nameIn(entry), formatDueDate(since, zone, { now }), days, entry.client.unansweredOutreach),
  );
  // The example names the first so it reaches nobody else (another client may share the first name).
  const first = quiet[0] ? await referenceFor(services.db, adviser.id, quiet[0].entry.client) : null;
  return quietReply(lines, days, first ? escapeMarkdown(first) : null);
}

/**
 * "when did lee last get in touch", "has jo been in touch" (round eight: the help list): the day the
 * client last wrote to the coach, how long ago, and reminders in a row not answered.
 */
export async function lastContactOf(services: CoachServices, adviser: Adviser, typed: string): Promise<string> {
  const pick = await pickClient(services.db, adviser.id, typed);
  if (pick.kind === 'several') return severalClientsReply(typed, 'when did', pick.matches, 'command', ' last get in touch');
  if (pick.kind === 'none') return clientNotFoundReply(typed, pick.near, 'when did', ' last get in touch');
  const { client } = pick;
  const now = services.clock.now();
  const zone = services.config.ADVISER_HOURS_TIME_ZONE;
  const name = escapeMarkdown(client.displayName?.trim() || (await namesForNameless(services.db, [client])).get(client.id) || typed);
  await new AuditLog(services.db).record({ actor: `adviser:${adviser.id}`, action: 'adviser-viewed-client', subject: client.id }, now);
  const since = client.lastContactAt;
  const days = since ? (quietClients([{ client }], now, zone, 0)[0]?.days ?? 0) : null;
  const typeAs = escapeMarkdown((await referenceFor(services.db, adviser.id, client)) ?? typed);
  return lastContactReply(name, since ? formatDueDate(since, zone, { now }) : null, days, client.unansweredOutreach, typeAs);
}
