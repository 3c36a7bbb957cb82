// The caseload line's job-search part, for the adviser: what the client logged, the IPS mark of a
// first employer contact within 30 days of joining, and the job when they are in work.
import type { CaseloadEntry } from '../../db/caseload.ts';
import { formatDueDate } from '../../domain/dates.ts';
import { daysToFirstEmployerContact, FIRST_EMPLOYER_CONTACT_DAYS } from '../../domain/jobSearch.ts';
import { escapeMarkdown } from '../../cards/escapeText.ts';

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

export function caseloadJobSearch(entry: Pick<CaseloadEntry, 'client' | 'jobSearch' | 'job'>, now: Date, timeZone: string): string {
  if (entry.job) {
    const where = entry.job.employer ? ` at ${escapeMarkdown(entry.job.employer)}` : '';
    return `, in work${where} from ${formatDueDate(entry.job.startsOn, timeZone, { now })}`;
  }
  const joined = entry.client.consentedAt ?? entry.client.createdAt;
  const { applications, interviews, contacts, firstContactAt } = entry.jobSearch;
  const logged = applications + interviews + contacts > 0 ? `, ${plural(applications, 'application')}, ${plural(interviews, 'interview')}` : '';
  const firstDay = daysToFirstEmployerContact(joined, firstContactAt);
  if (firstDay !== null) return `${logged}, first employer contact on day ${firstDay}`;
  const day = daysToFirstEmployerContact(joined, now) ?? 0;
  const late = day > FIRST_EMPLOYER_CONTACT_DAYS ? ` (past the ${FIRST_EMPLOYER_CONTACT_DAYS}-day mark)` : '';
  return `${logged}, no employer contact yet, day ${day}${late}`;
}
