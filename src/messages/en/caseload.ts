// The adviser's caseload, one line per client: who (with the name their channel gives them when
// two gave the same name), an urgent escalation first, their own late steps, the next review (or
// that it was missed), open escalations, the adviser's own late actions, and the job search: what
// the client logged, the IPS mark of a first employer contact within 30 days of joining, and the
// job when they are in work.
import { calendarDayIn, formatDueDate } from '../../domain/dates.ts';
import { compareDays } from '../../domain/datePhrases.ts';
import type { EscalationReason, EscalationUrgency } from '../../domain/escalationTriggers.ts';
import { daysToFirstEmployerContact, FIRST_EMPLOYER_CONTACT_DAYS } from '../../domain/jobSearch.ts';
import { sharesName } from '../../domain/sameNames.ts';
import { escapeMarkdown } from '../escapeText.ts';
import { channelNameOnly, headlines } from './escalationSummary.ts';
import { dangerMayBeNow } from './adviserEscalations.ts';

export type CaseloadLineFacts = {
  number: number;
  client: { displayName: string | null; remindersPausedAt: Date | null; consentedAt: Date | null; createdAt: Date; timeZone?: string };
  /** Round nine: the day paused reminders start again by themselves; none when they wait for the client. */
  remindersResumeAt?: Date | null;
  overdueItems: number;
  nextReviewAt: Date | null;
  openEscalations: number;
  /** Their most urgent open escalation; an urgent one is said first on the line. */
  mostUrgent?: { urgency: EscalationUrgency; reason: string; tier?: string } | null;
  /** The name their channel gives them, shown when two clients gave the same name. */
  channelName?: string | null;
  /** The adviser's own actions past their day: theirs, not the client's. */
  adviserLate?: readonly { text: string; dueAt: Date }[];
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

function reviewWords(nextReviewAt: Date | null, now: Date, timeZone: string): string {
  if (!nextReviewAt) return 'No review set.';
  const day = formatDueDate(nextReviewAt, timeZone, { now });
  const passed = compareDays(calendarDayIn(nextReviewAt, timeZone), calendarDayIn(now, timeZone)) < 0;
  return passed ? `Review missed: it was due ${day}.` : `Review on ${day}.`;
}

function adviserLateWords(late: readonly { text: string; dueAt: Date }[], now: Date, timeZone: string): string {
  if (late.length === 0) return '';
  const each = late.map((item) => `"${escapeMarkdown(item.text)}" (due ${formatDueDate(item.dueAt, timeZone, { now })})`);
  return late.length === 1 ? ` Your action is late: ${each[0]}.` : ` Your actions are late: ${each.join(', ')}.`;
}

/** The day is the client's own: their reminders start again at the start of it, where they are. */
function pausedWords(resumeAt: Date | null, clientZone: string, now: Date): string {
  return resumeAt ? ` Reminders paused until ${formatDueDate(resumeAt, clientZone, { now })}.` : ' Reminders paused.';
}

/** "Sam", or "Sam (Sam Jones)" when another client gave the same name; "Sam Jones (no name given)" when they gave none. */
export function nameOf(entry: CaseloadLineFacts, showChannelName: boolean): string {
  const channel = entry.channelName?.trim();
  const given = entry.client.displayName?.trim();
  if (!given) return escapeMarkdown(channel ? channelNameOnly(channel) : 'Client');
  const extra = showChannelName && channel && channel.toLowerCase() !== given.toLowerCase() ? ` (${channel})` : '';
  return escapeMarkdown(`${given}${extra}`);
}

/** " URGENT: May not be safe. Danger may be now." as the escalations list says it; empty when not urgent. */
function urgentWords(mostUrgent: CaseloadLineFacts['mostUrgent']): string {
  if (mostUrgent?.urgency !== 'urgent') return '';
  const danger = mostUrgent.tier === 'danger-now' ? ` ${dangerMayBeNow}` : '';
  return ` URGENT: ${headlines[mostUrgent.reason as EscalationReason] ?? mostUrgent.reason}.${danger}`;
}

export function caseloadLine(entry: CaseloadLineFacts, now: Date, timeZone: string, showChannelName = false): string {
  const urgent = urgentWords(entry.mostUrgent);
  const escalations = entry.openEscalations > 0 ? ` ${plural(entry.openEscalations, 'open escalation')}.` : '';
  const paused = entry.client.remindersPausedAt ? pausedWords(entry.remindersResumeAt ?? null, entry.client.timeZone ?? timeZone, now) : '';
  const review = reviewWords(entry.nextReviewAt, now, timeZone);
  const yours = adviserLateWords(entry.adviserLate ?? [], now, timeZone);
  return `${entry.number}. ${nameOf(entry, showChannelName)}:${urgent} ${entry.overdueItems} late. ${review}${escalations}${paused}${yours}${caseloadJobSearch(entry, now, timeZone)}`;
}

/** The entries in the order the adviser should read them. */
export function caseloadReply(entries: readonly CaseloadLineFacts[], limit: number, now: Date, timeZone: string): string {
  if (entries.length === 0) return noClientsYet;
  const lines = entries.map((entry) => caseloadLine(entry, now, timeZone, sharesName(entry, entries)));
  return [`Your caseload (${entries.length} active, limit ${limit}):`, '', ...lines].join('\n');
}

export const noClientsYet = 'You have no active clients yet.';

