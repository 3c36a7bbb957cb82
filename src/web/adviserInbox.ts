// Local mode only: an adviser inbox page, so escalations can be seen end to end without Teams.
// GET /adviser/inbox lists every escalation not yet closed, in the order advisers read them in chat
// (danger now, other crises, concerns, then the rest; oldest first within each: escalationsInOrder), with its summary; buttons post to /adviser/inbox/<id>/acknowledge and .../resolve.
// Resolve has a "What was done?" box: an urgent one closes only with it, as in the chat (round five);
// without it the page comes back saying so, and nothing is closed. Round seven: "Close with no note"
// opens a question (no script: <details>) whose Yes closes an urgent one with none, as "resolve 3
// confirm" does in chat; the page then says no note was given. All text is HTML-escaped.
import type { Request, Response, Server } from 'restify';
import { EscalationRepository, type EscalationWithClient } from '../db/escalations.ts';
import { closingDecision, closingNoteFrom, MOST_CLOSING_NOTE_CHARACTERS } from '../domain/closingNote.ts';
import { escalationsInOrder } from '../escalation/escalationsInOrder.ts';
import { readRecord } from '../escalation/escalationRecord.ts';
import { summaryForEscalation } from '../escalation/escalationSummaryFromDb.ts';
import { respondToEscalation } from '../escalation/respondToEscalation.ts';
import { formatDueDate } from '../domain/dates.ts';
import type { EscalationReason, EscalationUrgency } from '../domain/escalationRules.ts';
import { clientNameOf, headlines, noName, urgencyWords } from '../messages/en/escalationSummary.ts';
import { inboxClosed, inboxNoteNeeded, inboxRaised, inboxResponse, inboxWords } from '../messages/en/adviserInbox.ts';
import { closeWithoutNoteAsk, escalationCardWords } from '../messages/en/escalationCard.ts';
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

/** Said on the page as it is drawn: one just closed (at the top), or a note needed beside one. */
type Notice = { closed: EscalationWithClient } | { noteNeeded: EscalationWithClient };

export function addAdviserInboxRoutes(server: Server, services: CoachServices): void {
  const repo = new EscalationRepository(services.db);
  server.get('/adviser/inbox', async (req: Request, res: Response) => {
    const closedId = (req.query as Record<string, unknown> | undefined)?.closed;
    const closed = typeof closedId === 'string' ? await repo.findById(closedId) : null;
    await sendInbox(services, res, closed?.status === 'resolved' ? { closed } : null);
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

  server.post('/adviser/inbox/:id/resolve', async (req: Request, res: Response) => {
    const typed = formField(req.body, 'note');
    const withoutNote = formField(req.body, WITHOUT_NOTE) === 'yes';
    if (typed === undefined) {
      res.send(400, { error: 'note must be text' });
      return;
    }
    const escalation = await repo.findById(String(req.params.id));
    if (!escalation) {
      res.send(404, { error: 'no such escalation' });
      return;
    }
    const closing = closingDecision(escalation, closingNoteFrom(typed), withoutNote);
    // An urgent one with no note and no "Yes, close it with no note": the page again, saying what is needed; nothing is closed.
    if (!closing.close) return sendInbox(services, res, { noteNeeded: escalation });
    await respondToEscalation(services, escalation.id, { localInbox: true }, 'resolved', closing.note, closing.noNote);
    res.writeHead(303, { location: `/adviser/inbox?closed=${encodeURIComponent(escalation.id)}` });
    res.end();
  });
}

/** The field the "Yes, close it with no note" form sends. */
const WITHOUT_NOTE = 'withoutNote';

/** A form field: null when the form sent none, undefined when the body is not a form or the field is not text. */
function formField(body: unknown, name: string): string | null | undefined {
  if (body === undefined) return null;
  if (!body || typeof body !== 'object' || Array.isArray(body)) return undefined;
  const value = (body as Record<string, unknown>)[name];
  if (value === undefined) return null;
  return typeof value === 'string' ? value : undefined;
}

async function sendInbox(services: CoachServices, res: Response, notice: Notice | null): Promise<void> {
  const rows = await escalationsInOrder(services, null, 100);
  const needsNote = notice && 'noteNeeded' in notice ? notice.noteNeeded.id : null;
  const sections = await Promise.all(rows.map((row) => escalationSection(services, row, row.id === needsNote)));
  const closed = notice && 'closed' in notice ? await closedLine(services, notice.closed) : '';
  const body = page(closed + (sections.length > 0 ? sections.join('\n') : `<p>${escapeHtml(inboxWords.nothingOpen)}</p>`));
  res.writeHead(200, { ...headers, 'content-length': Buffer.byteLength(body) });
  res.end(body);
}

async function closedLine(services: CoachServices, row: EscalationWithClient): Promise<string> {
  const response = readRecord(row.summary).response;
  const built = await summaryForEscalation(services, row);
  return `<p class="done" role="status">${escapeHtml(inboxClosed(headingOf(row, built), response?.note ?? null, response?.noNote === true))}</p>\n`;
}

/** "URGENT #3: Tom Reid", as the card and the chat name it. */
function headingOf(row: EscalationWithClient, built: Awaited<ReturnType<typeof summaryForEscalation>>): string {
  const urgency = urgencyWords[row.urgency as EscalationUrgency] ?? row.urgency;
  return `${urgency}${row.number ? ` #${row.number}` : ''}: ${built ? clientNameOf(built.summary) : row.client.displayName ?? noName}`;
}

async function escalationSection(services: CoachServices, row: EscalationWithClient, noteNeeded: boolean): Promise<string> {
  const record = readRecord(row.summary);
  // Built now, not when it was sent: later messages in a crisis window belong on it.
  const built = await summaryForEscalation(services, row);
  const text = built?.text || record.text || row.detail;
  const zone = services.config.ADVISER_HOURS_TIME_ZONE;
  const response = record.response
    ? `<p class="done">${escapeHtml(inboxResponse(record.response.kind, record.response.by))}</p>`
    : '';
  const acknowledge = `<form method="post" action="/adviser/inbox/${encodeURIComponent(row.id)}/acknowledge"><button type="submit">${escapeHtml(inboxWords.acknowledge)}</button></form>`;
  const buttons = `${row.status === 'open' || row.status === 'delivered' ? acknowledge : ''}${resolveForm(row, noteNeeded)}`;
  const why = headlines[row.reason as EscalationReason] ?? row.reason;
  return `<section class="${escapeHtml(row.urgency)}" data-escalation-id="${escapeHtml(row.id)}">
<h2>${escapeHtml(headingOf(row, built))}</h2>
<p><strong>${escapeHtml(why)}</strong>. ${escapeHtml(inboxRaised(formatDueDate(row.createdAt, zone), row.status === 'acknowledged'))}</p>
<pre>${escapeHtml(text)}</pre>
${response}<div class="buttons">${buttons}</div>
</section>`;
}

/** Resolve with its "What was done?" box: needed for an urgent one, which the browser checks before it sends. */
function resolveForm(row: EscalationWithClient, noteNeeded: boolean): string {
  const urgent = row.urgency === 'urgent';
  const field = `note-${escapeHtml(row.id)}`;
  const needed = noteNeeded ? `<p class="needed" role="alert" id="${field}-needed">${escapeHtml(inboxNoteNeeded(row.number))}</p>\n` : '';
  const attributes = `${urgent ? ' required' : ''}${noteNeeded ? ` autofocus aria-describedby="${field}-needed"` : ''}`;
  return `<form class="resolve" method="post" action="/adviser/inbox/${encodeURIComponent(row.id)}/resolve">
${needed}<label for="${field}">${escapeHtml(urgent ? inboxWords.resolveNoteUrgent : inboxWords.resolveNoteOptional)}</label>
<textarea id="${field}" name="note" rows="2" maxlength="${MOST_CLOSING_NOTE_CHARACTERS}" placeholder="${escapeHtml(inboxWords.resolveNoteExample)}"${attributes}></textarea>
<button type="submit">${escapeHtml(inboxWords.resolve)}</button></form>${urgent ? withoutNoteForm(row) : ''}`;
}

/** Round seven: the deliberate close with no note, behind a question, as the card's "Close with no note". */
function withoutNoteForm(row: EscalationWithClient): string {
  return `<details class="no-note"><summary>${escapeHtml(escalationCardWords.closeWithoutNote)}</summary>
<form method="post" action="/adviser/inbox/${encodeURIComponent(row.id)}/resolve"><input type="hidden" name="${WITHOUT_NOTE}" value="yes">
<p>${escapeHtml(closeWithoutNoteAsk(row.number))}</p>
<button type="submit">${escapeHtml(escalationCardWords.closeWithoutNoteYes)}</button></form></details>`;
}

function page(content: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(inboxWords.title)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>body{font-family:system-ui,sans-serif;max-width:50rem;margin:1rem auto;padding:0 1rem}
section{border:1px solid #ccc;border-radius:6px;padding:0 1rem 1rem;margin:1rem 0}
section.urgent{border-color:#c00;border-width:3px}.buttons{display:flex;gap:.5rem}pre{white-space:pre-wrap;font-family:inherit}.done{color:#060;font-weight:bold}
.resolve{display:flex;flex-direction:column;gap:.25rem;flex:1}.resolve button{align-self:flex-start}.needed{color:#c00;font-weight:bold;margin:0}</style>
</head><body><h1>${escapeHtml(inboxWords.title)}</h1>
<p>${escapeHtml(inboxWords.intro)}</p>
${content}
</body></html>`;
}
