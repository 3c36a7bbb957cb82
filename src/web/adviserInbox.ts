// Local mode only: an adviser inbox page, so escalations can be seen end to end without Teams.
// GET /adviser/inbox lists every escalation not yet closed with its summary; a button posts to
// /adviser/inbox/<id>/acknowledge. All text is HTML-escaped.
import type { Request, Response, Server } from 'restify';
import { EscalationRepository, type EscalationWithClient } from '../db/escalations.ts';
import { readRecord } from '../escalation/escalationRecord.ts';
import { summaryForEscalation } from '../escalation/escalationSummaryFromDb.ts';
import { respondToEscalation } from '../escalation/respondToEscalation.ts';
import { formatDueDate } from '../domain/dates.ts';
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
    const rows = await new EscalationRepository(services.db).listUnresolved(null, 100);
    const sections = await Promise.all(rows.map((row) => escalationSection(services, row)));
    const body = page(sections.length > 0 ? sections.join('\n') : '<p>No open escalations.</p>');
    res.writeHead(200, { ...headers, 'content-length': Buffer.byteLength(body) });
    res.end(body);
  });

  server.post('/adviser/inbox/:id/acknowledge', async (req: Request, res: Response) => {
    const outcome = await respondToEscalation(services, String(req.params.id), { localInbox: true }, 'acknowledged');
    if (outcome.status === 'not-found') {
      res.send(404, { error: 'no such escalation' });
      return;
    }
    res.writeHead(303, { location: '/adviser/inbox' });
    res.end();
  });
}

async function escalationSection(services: CoachServices, row: EscalationWithClient): Promise<string> {
  const record = readRecord(row.summary);
  const text = record.text || (await summaryForEscalation(services, row))?.text || row.detail;
  const zone = services.config.ADVISER_HOURS_TIME_ZONE;
  const response = record.response
    ? `<p class="done">${escapeHtml(record.response.kind === 'will-contact-today' ? `${record.response.by} will contact them today` : `Acknowledged by ${record.response.by}`)}</p>`
    : '';
  const button =
    row.status === 'open' || row.status === 'delivered'
      ? `<form method="post" action="/adviser/inbox/${encodeURIComponent(row.id)}/acknowledge"><button type="submit">Acknowledge</button></form>`
      : '';
  return `<section class="${escapeHtml(row.urgency)}" data-escalation-id="${escapeHtml(row.id)}">
<h2>${escapeHtml(row.urgency.toUpperCase())}: ${escapeHtml(row.client.displayName ?? 'Client')} (${escapeHtml(row.reason)})</h2>
<p>Status: ${escapeHtml(row.status)}. Raised ${escapeHtml(formatDueDate(row.createdAt, zone))}.</p>
<pre>${escapeHtml(text)}</pre>
${response}${button}
</section>`;
}

function page(content: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Adviser inbox</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>body{font-family:system-ui,sans-serif;max-width:50rem;margin:1rem auto;padding:0 1rem}
section{border:1px solid #ccc;border-radius:6px;padding:0 1rem 1rem;margin:1rem 0}
section.urgent{border-color:#c00}pre{white-space:pre-wrap;font-family:inherit}.done{color:#060;font-weight:bold}</style>
</head><body><h1>Adviser inbox</h1>
<p>Escalations not yet closed, newest first. Local mode only.</p>
${content}
</body></html>`;
}
