// Local mode only: an adviser inbox page, so escalations can be seen end to end without Teams.
// GET /adviser/inbox lists every escalation not yet closed, in the order advisers read them in chat
// (danger now, other crises, concerns, then the rest; oldest first within each: escalationsInOrder), with its summary; buttons post to /adviser/inbox/<id>/acknowledge and .../resolve.
// All text is HTML-escaped.
import type { Request, Response, Server } from 'restify';
import type { EscalationWithClient } from '../db/escalations.ts';
import { escalationsInOrder } from '../escalation/escalationsInOrder.ts';
import { readRecord } from '../escalation/escalationRecord.ts';
import { summaryForEscalation } from '../escalation/escalationSummaryFromDb.ts';
import { respondToEscalation } from '../escalation/respondToEscalation.ts';
import { formatDueDate } from '../domain/dates.ts';
import type { EscalationReason, EscalationUrgency } from '../domain/escalationRules.ts';
import { clientNameOf, headlines, noName, urgencyWords } from '../messages/en/escalationSummary.ts';
import { inboxRaised, inboxResponse, inboxWords } from '../messages/en/adviserInbox.ts';
import type { AdviserResponse } from '../escalation/escalationRecord.ts';
import type { CoachServices } from '../services.ts';

const headers = {
  'content-type': 'text/html; charset=utf-8',
  'cache-control': 'no-store',
  'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

export function addAdviserInboxRoutes(server: Server, services: CoachServices): void {
  server.get('/adviser/inbox', async (_req: Request, res: Response) => {
    const rows = await escalationsInOrder(services, null, 100);
    const sections = await Promise.all(rows.map((row) => escalationSection(services, row)));
    const body = page(sections.length > 0 ? sections.join('\n') : `<p>${escapeHtml(inboxWords.nothingOpen)}</p>`);
    res.writeHead(200, { ...headers, 'content-length': Buffer.byteLength(body) });
    res.end(body);
  });

  const answer = (kind: AdviserResponse['kind']) => async (req: Request, res: Response) => {
    const outcome = await respondToEscalation(services, String(req.params.id), { localInbox: true }, kind);
    if (outcome.status === 'not-found') {
      res.send(404, { error: 'no such escalation' });
      return;
    }
    res.writeHead(303, { location: '/adviser/inbox' });
    res.end();
  };
  server.post('/adviser/inbox/:id/acknowledge', answer('acknowledged'));
  server.post('/adviser/inbox/:id/resolve', answer('resolved'));
}

async function escalationSection(services: CoachServices, row: EscalationWithClient): Promise<string> {
  const record = readRecord(row.summary);
  // Built now, not when it was sent: later messages in a crisis window belong on it.
  const built = await summaryForEscalation(services, row);
  const text = built?.text || record.text || row.detail;
  const zone = services.config.ADVISER_HOURS_TIME_ZONE;
  const response = record.response
    ? `<p class="done">${escapeHtml(inboxResponse(record.response.kind, record.response.by))}</p>`
    : '';
  const form = (action: string, label: string): string =>
    `<form method="post" action="/adviser/inbox/${encodeURIComponent(row.id)}/${action}"><button type="submit">${label}</button></form>`;
  const buttons = `${row.status === 'open' || row.status === 'delivered' ? form('acknowledge', escapeHtml(inboxWords.acknowledge)) : ''}${form('resolve', escapeHtml(inboxWords.resolve))}`;
  const number = row.number ? ` #${row.number}` : '';
  const urgency = urgencyWords[row.urgency as EscalationUrgency] ?? row.urgency;
  const why = headlines[row.reason as EscalationReason] ?? row.reason;
  return `<section class="${escapeHtml(row.urgency)}" data-escalation-id="${escapeHtml(row.id)}">
<h2>${escapeHtml(`${urgency}${number}: ${built ? clientNameOf(built.summary) : row.client.displayName ?? noName}`)}</h2>
<p><strong>${escapeHtml(why)}</strong>. ${escapeHtml(inboxRaised(formatDueDate(row.createdAt, zone), row.status === 'acknowledged'))}</p>
<pre>${escapeHtml(text)}</pre>
${response}<div class="buttons">${buttons}</div>
</section>`;
}

function page(content: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(inboxWords.title)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>body{font-family:system-ui,sans-serif;max-width:50rem;margin:1rem auto;padding:0 1rem}
section{border:1px solid #ccc;border-radius:6px;padding:0 1rem 1rem;margin:1rem 0}
section.urgent{border-color:#c00;border-width:3px}.buttons{display:flex;gap:.5rem}pre{white-space:pre-wrap;font-family:inherit}.done{color:#060;font-weight:bold}</style>
</head><body><h1>${escapeHtml(inboxWords.title)}</h1>
<p>${escapeHtml(inboxWords.intro)}</p>
${content}
</body></html>`;
}
