// "reply: thanks", "reply thank you", "reply": the adviser answering a client's reply with no
// client named. Play-testing as an adviser (round three): "reply: thanks" got the whole help list
// and the words were lost. Nothing is sent: the reply says who wrote to them last, with the whole
// command to copy (the words kept) and a button that sends it. A name, a caseload number, or a
// name one letter out is left to the message command ("reply prya ..." asks "did you mean").
import { ActionTypes, type Activity } from 'botbuilder';
import type { Adviser } from '../src/db/advisers.ts';
import { AuditLog } from '../src/db/audit.ts';
import { activeClientsOf } from '../src/db/caseload.ts';
import { caseloadNames, referenceFor } from '../src/escalation/caseloadNames.ts';
import { namesForNameless } from '../src/escalation/clientNames.ts';
import { nearNames, startsWithClient } from '../src/domain/clientNameWords.ts';
import { splitClientAndRest } from '../src/domain/adviserCommandWords.ts';
import { formatDueDate } from '../src/domain/dates.ts';
import { replyToButton, replyToWhom } from '../src/messages/en/adviserMessages.ts';
import { escapeMarkdown } from '../src/messages/escapeText.ts';
import type { CoachServices } from '../src/services.ts';

// The verb, then a colon or dash straight after it (no name), or a space and the rest.
const REPLY = /^(?:reply back|write back|reply|respond)(?:\s+to)?(?:\s*([:\u2013\u2014-])|\s|$)\s*(.*)$/i;

/** The answer when a reply names no client; null when it names one (or nearly), or is no reply. */
export async function replyWithNoClient(services: CoachServices, adviser: Adviser, text: string): Promise<Partial<Activity> | null> {
  const match = REPLY.exec(text.trim());
  if (!match) return null;
  const [, mark, words = ''] = match;
  if (!mark && words) {
    // "reply sam: great", "reply 9 ok": a client named before the colon, or a number, is the message command's to find.
    if (splitClientAndRest(words)[1] || /^#?\d/.test(words)) return null;
    const names = await caseloadNames(services.db, adviser.id);
    if (startsWithClient(words, names) || nearNames(words.split(' ')[0]!, names).length > 0) return null;
  }
  const last = await lastToWriteBack(services, adviser);
  if (!last) return { type: 'message', text: replyToWhom(escapeMarkdown(words), null) };
  const command = `reply ${last.typeAs} ${words || 'thank you'}`;
  return {
    type: 'message',
    text: replyToWhom(escapeMarkdown(words), { name: escapeMarkdown(last.name), typeAs: escapeMarkdown(last.typeAs), when: last.when }),
    suggestedActions: { to: [], actions: [{ type: ActionTypes.ImBack, title: replyToButton(last.name), value: command }] },
  };
}

/** The client of this adviser whose reply to a message came last: their name, what picks them, and when. */
async function lastToWriteBack(services: CoachServices, adviser: Adviser): Promise<{ name: string; typeAs: string; when: string } | null> {
  const audit = new AuditLog(services.db);
  let latest: { client: Awaited<ReturnType<typeof activeClientsOf>>[number]; at: Date } | null = null;
  for (const client of await activeClientsOf(services.db, adviser.id)) {
    const replied = await audit.latestOf(client.id, ['client-replied-to-adviser']);
    if (replied && (!latest || replied.createdAt > latest.at)) latest = { client, at: replied.createdAt };
  }
  if (!latest) return null;
  const { client, at } = latest;
  const typeAs = await referenceFor(services.db, adviser.id, client);
  if (!typeAs) return null;
  const given = client.displayName?.trim() || (await namesForNameless(services.db, [client])).get(client.id) || typeAs;
  // "Sam (Sam Okafor)" when another client is Sam too, as the caseload says it.
  const name = given !== typeAs && !/^\d+$/.test(typeAs) ? `${given} (${typeAs})` : given;
  const now = services.clock.now();
  return { name, typeAs, when: formatDueDate(at, services.config.ADVISER_HOURS_TIME_ZONE, { now }) };
}
