// The adviser's caseload, one line per client: who, what is overdue, the next review, open
// escalations, and the job search: what the client logged, the IPS mark of a first employer
// contact within 30 days of joining, and the job when they are in work.
import { formatDueDate } from '../../domain/dates.ts';
import { daysToFirstEmployerContact, FIRST_EMPLOYER_CONTACT_DAYS } from '../../domain/jobSearch.ts';
import { escapeMarkdown } from '../escapeText.ts';

export type CaseloadLineFacts = {
  number: number;
  client: { displayName: string | null; remindersPausedAt: Date | null; consentedAt: Date | null; createdAt: Date };
  overdueItems: number;
  nextReviewAt: Date | null;
  openEscalations: number;
  jobSearch: { applications: number; interviews: number; contacts: number; firstContactAt: Date | null };
  job: { employer: string | null; startsOn: Date } | null;
};

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

export function caseloadJobSearch(entry: Pick<CaseloadLineFacts, 'client' | 'jobSearch' | 'job'>, now: Date, timeZone: string): string {
  if (entry.job) {
    const where = entry.job.employer ? ` at ${escapeMarkdown(entry.job.employer)}` : '';
    return ` In work${where} from ${formatDueDate(entry.job.startsOn, timeZone, { now })}.`;
  }
  const joined = entry.client.consentedAt ?? entry.client.createdAt;
  const { applications, interviews, contacts, firstContactAt } = entry.jobSearch;
  const logged = applications + interviews + contacts > 0 ? ` ${plural(applications, 'job')} applied for, ${plural(interviews, 'interview')}.` : '';
  const firstDay = daysToFirstEmployerContact(joined, firstContactAt);
  if (firstDay !== null) return `${logged} First spoke to an employer on day ${firstDay}.`;
  const day = daysToFirstEmployerContact(joined, now) ?? 0;
  const late = day > FIRST_EMPLOYER_CONTACT_DAYS ? `, past the ${FIRST_EMPLOYER_CONTACT_DAYS}-day mark` : '';
  return `${logged} Not spoken to an employer yet: day ${day}${late}.`;
}

export function caseloadLine(entry: CaseloadLineFacts, now: Date, timeZone: string): string {
  const review = entry.nextReviewAt ? `Review on ${formatDueDate(entry.nextReviewAt, timeZone, { now })}.` : 'No review set.';
  const escalations = entry.openEscalations > 0 ? ` ${plural(entry.openEscalations, 'open escalation')}.` : '';
  const paused = entry.client.remindersPausedAt ? ' Reminders paused.' : '';
  const name = escapeMarkdown(entry.client.displayName ?? 'Client');
  return `${entry.number}. ${name}: ${entry.overdueItems} late. ${review}${escalations}${paused}${caseloadJobSearch(entry, now, timeZone)}`;
}

/** The entries in the order the adviser should read them. */
export function caseloadReply(entries: readonly CaseloadLineFacts[], limit: number, now: Date, timeZone: string): string {
  if (entries.length === 0) return noClientsYet;
  return [`Your caseload (${entries.length} active, limit ${limit}):`, '', ...entries.map((entry) => caseloadLine(entry, now, timeZone))].join('\n');
}

export const noClientsYet = 'You have no active clients yet.';
