// An adviser's question of their caseload in their own words ("whos overdue", "who has not
// replied", "reviews due today", "what did tom say", "show me escalation 3"), and "thanks" or
// "ok"; "who hasnt been in touch" (round seven, dialogs/adviserQuiet.ts). Play-testing as a busy
// adviser (December) found each got the whole help list. Each is answered from what is kept
// already: the caseload view filtered, the client's last words kept for the adviser's summary, the
// escalation's summary as its card shows it. Nothing is changed.
import type { Adviser } from '../src/db/advisers.ts';
import { AuditLog } from '../src/db/audit.ts';
import { caseloadOf, type CaseloadEntry } from '../src/db/caseload.ts';
import { pickClient } from '../src/escalation/caseloadNames.ts';
import { ClientMessageRepository, KEEP_MESSAGES_PER_CLIENT } from '../src/db/clientMessages.ts';
import { EscalationRepository } from '../src/db/escalations.ts';
import { readAdviserQuestion, type AdviserQuestion } from '../src/domain/adviserQuestionWords.ts';
import { byAttention } from '../src/domain/caseloadAttention.ts';
import { wordsTheyWrote } from '../src/domain/clientWords.ts';
import { calendarDayIn } from '../src/domain/dates.ts';
import { compareDays } from '../src/domain/datePhrases.ts';
import { BUTTON_WORDS } from '../src/escalation/buttonWords.ts';
import { namesForNameless } from '../src/escalation/clientNames.ts';
import { closeNotReplyingOnceTheyWrite, NOT_REPLYING } from '../src/escalation/clientWroteAgain.ts';
import { summaryForEscalation } from '../src/escalation/escalationSummaryFromDb.ts';
import { readRecord } from '../src/escalation/escalationRecord.ts';
import { escapeMarkdown } from '../src/messages/escapeText.ts';
import { mayActOn } from '../src/escalation/respondToEscalation.ts';
import { severalClientsReply } from '../src/messages/en/adviser.ts';
import { escalationLine, escalationNotFoundReply } from '../src/messages/en/adviserEscalations.ts';
import * as say from '../src/messages/en/adviserQuestions.ts';
import { caseloadLine, noClientsYet } from '../src/messages/en/caseload.ts';
import { sharesName } from '../src/domain/sameNames.ts';
import type { CoachServices } from '../src/services.ts';
import { ownActions } from './adviserOwnActions.ts';
import { lastContactOf, quietClientsReply } from './adviserQuiet.ts';
import { reviewsThisWeekReply } from './adviserReviewsAhead.ts';

/** The client's words shown for "what did tom say": as many as the escalation summary shows. */
const WORDS_SHOWN = 5;

/** The answer to the adviser's question, or null when the words are no such question. */
export async function answerAdviserQuestion(services: CoachServices, adviser: Adviser, text: string): Promise<string | null> {
  const asked = readAdviserQuestion(text);
  if (!asked) return null;
  switch (asked.kind) {
    case 'thanks':
      return say.youAreWelcome;
    case 'ok':
      return say.okReply;
    case 'client-said':
      return clientSaid(services, adviser, asked.client);
    case 'show-escalation':
      return showEscalation(services, adviser, asked.number);
    case 'my-actions':
      return ownActions(services, adviser, asked.lateOnly);
    case 'quiet':
      return quietClientsReply(services, adviser, asked.days);
    case 'last-contact':
      return lastContactOf(services, adviser, asked.client);
    case 'reviews-week':
      return reviewsThisWeekReply(services, adviser);
    case 'reviews-next-week':
      return reviewsThisWeekReply(services, adviser, 'next-week');
    default:
      return caseloadAnswer(services, adviser, asked);
  }
}

/** The caseload lines of the clients the question is about, most in need first. */
async function caseloadAnswer(services: CoachServices, adviser: Adviser, asked: AdviserQuestion): Promise<string> {
  // As for "caseload": a client who wrote since "not replying" was raised is not shown as not replying.
  await closeNotReplyingOnceTheyWrite(services);
  const now = services.clock.now();
  const zone = services.config.ADVISER_HOURS_TIME_ZONE;
  const entries = await caseloadOf(services.db, adviser.id, now);
  if (entries.length === 0) return noClientsYet;
  const picked = await entriesFor(services, adviser, asked, entries, now);
  await audit(services, adviser, picked.map((entry) => entry.client.id));
  const lines = byAttention(picked, now).map((entry) => caseloadLine(entry, now, zone, sharesName(entry, entries)));
  if (asked.kind === 'overdue') return say.overdueReply(lines);
  return asked.kind === 'not-replied' ? say.notRepliedReply(lines) : say.reviewsDueReply(lines);
}

async function entriesFor(services: CoachServices, adviser: Adviser, asked: AdviserQuestion, entries: CaseloadEntry[], now: Date): Promise<CaseloadEntry[]> {
  const zone = services.config.ADVISER_HOURS_TIME_ZONE;
  if (asked.kind === 'overdue') return entries.filter((entry) => entry.overdueItems > 0 || entry.adviserLate.length > 0);
  if (asked.kind === 'reviews-due') {
    const today = calendarDayIn(now, zone);
    return entries.filter((entry) => entry.nextReviewAt !== null && compareDays(calendarDayIn(entry.nextReviewAt, zone), today) <= 0);
  }
  const open = await new EscalationRepository(services.db).listUnresolved(adviser.id, 1000);
  const silent = new Set(open.filter((row) => row.reason === NOT_REPLYING).map((row) => row.clientId));
  return entries.filter((entry) => silent.has(entry.client.id));
}

/** "what did tom say": the client's last words kept for the adviser, as the escalation summary shows them. */
async function clientSaid(services: CoachServices, adviser: Adviser, reference: string): Promise<string> {
  const pick = await pickClient(services.db, adviser.id, reference);
  // The example is this same question with a number ("what did client 2 say"); it had been "plan 2".
  if (pick.kind === 'several') return severalClientsReply(reference, 'what did', pick.matches, 'what-did-say');
  if (pick.kind === 'none') return say.clientNotFoundReply(reference, pick.near, 'what did', ' say');
  const kept = await new ClientMessageRepository(services.db).recent(pick.client.id, KEEP_MESSAGES_PER_CLIENT);
  const words = wordsTheyWrote(kept.map((message) => ({ text: message.text, sentAt: message.createdAt, riskLevel: message.riskLevel })), BUTTON_WORDS);
  await audit(services, adviser, [pick.client.id]);
  // Round nine: one who gave no name is named as the caseload names them, not as typed ("jo bloggs").
  const name = pick.client.displayName?.trim() || (await namesForNameless(services.db, [pick.client])).get(pick.client.id) || reference;
  return say.clientSaidReply(name, words.slice(-WORDS_SHOWN), services.config.ADVISER_HOURS_TIME_ZONE, services.clock.now());
}

/** "show me escalation 3": its line and the summary its card shows, for one the adviser may act on. */
export async function showEscalation(services: CoachServices, adviser: Adviser, number: number): Promise<string> {
  const row = await new EscalationRepository(services.db).findByNumber(number);
  if (!row || !mayActOn({ adviser }, row)) return escalationNotFoundReply;
  const built = await summaryForEscalation(services, row);
  if (!built) return escalationNotFoundReply;
  await audit(services, adviser, [row.clientId]);
  const names = await namesForNameless(services.db, [row.client]);
  const line = escalationLine(row, services.config.ADVISER_HOURS_TIME_ZONE, services.clock.now(), names);
  const response = readRecord(row.summary).response;
  const note = response?.note;
  return say.escalationShownReply(line, built.text, number, row.status === 'resolved', note ? escapeMarkdown(note) : null, response?.noNote === true);
}

async function audit(services: CoachServices, adviser: Adviser, clientIds: readonly string[]): Promise<void> {
  const log = new AuditLog(services.db);
  const at = services.clock.now();
  for (const clientId of clientIds) await log.record({ actor: `adviser:${adviser.id}`, action: 'adviser-viewed-client', subject: clientId }, at);
}
