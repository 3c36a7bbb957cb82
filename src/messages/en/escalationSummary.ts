// What the adviser reads when the coach hands a client over, as plain text (the message, the
// webhook, the local inbox): who, why now, how urgent and what to do first; then the client's own
// words, the plan, the barriers and how they see their chances. src/domain/escalationSummary.ts
// gathers the facts; these are the words. Client text stays as typed: whoever renders escapes it.
import { formatDueDate } from '../../domain/dates.ts';
import type { EscalationReason, EscalationUrgency } from '../../domain/escalationRules.ts';
import type { BarrierId } from '../../domain/barriers.ts';
import type { LocusBand } from '../../domain/locusOfControl.ts';
import { trimMessage, type CoachDid, type EscalationSummary } from '../../domain/escalationSummary.ts';
import type { HandoverNews } from '../../domain/handoverNews.ts';
import { barrierNames } from './barriers.ts';

export const noName = 'A client who gave no name';
/** The name their channel gives a client who told the coach none. */
export const channelNameOnly = (name: string): string => `${name} (no name given)`;

/** The reason in a few words, for the card and for lists (never the code, e.g. "client-asked"). */
export const headlines: Record<EscalationReason, string> = {
  crisis: 'May not be safe',
  concern: 'Signs they are struggling',
  'client-asked': 'Asked for you',
  'item-overdue-unanswered': 'Steps well past their day, no reply',
  'missed-review': 'Review missed',
  'outreach-unanswered': 'Not replying to messages',
  'job-loss': 'Lost their job',
  'job-started': 'Started work',
  'specialist-barrier': 'Needs specialist advice',
  'falling-confidence': 'Confidence falling',
  'cannot-reach-client': 'Messages cannot reach them',
};

export const nextSteps: Record<EscalationReason, string> = {
  crisis: 'Call them today. Check they are safe and know the crisis numbers.',
  concern: 'Get in touch by tomorrow. Ask how they are and who they have for support.',
  'client-asked': 'Get in touch: they asked to speak to you.',
  'item-overdue-unanswered': 'Ask what got in the way. Agree a smaller step or a new date.',
  'missed-review': 'Offer a new review time that suits them.',
  'outreach-unanswered': 'Try another way to reach them: a call, a text or a letter. Missed contact never ends the service.',
  'job-loss': 'Contact within 3 days and offer help with the next job.',
  'job-started': 'Say well done. Agree with them how you will help them keep the job.',
  'specialist-barrier': 'Arrange the specialist advice they need, then agree the next step with them.',
  'falling-confidence': 'Check in warmly. Ask what has changed and agree one small, near step.',
  'cannot-reach-client': 'Check their contact details and reach them another way.',
};

/** After abuse or control, a call can put the client in danger (play-testing: "please dont ring me, he checks my phone"). */
export const abuseNextStep = 'Reach them safely today. Someone may see their phone: use this chat first, and call only if they say it is safe. Check they know the abuse helpline.';

/**
 * A crisis raised when nobody was at work: "today" would contradict a contact-by time of the next
 * working morning (play-testing: Saturday 22:30 read "Call them today" beside "Monday at 9am").
 */
export const outOfHoursNextSteps = {
  crisis:
    'Nobody was at work when this came in. Reach them as soon as someone is at work, or use your duty route if you are on call. Check they are safe and know the crisis numbers: the coach showed them the numbers.',
  abuse:
    'Nobody was at work when this came in. Reach them safely as soon as someone is at work. Someone may see their phone: use this chat first, and call only if they say it is safe. The coach showed them the abuse and crisis numbers.',
};

/** What they asked in the safety window about phone calls ("can you call me", "please dont ring me"), the latest one. */
export type PhoneWish = 'call-me' | 'no-calls';
export const phoneWishLines: Record<PhoneWish, string> = {
  'call-me': 'They asked to be phoned. The coach told them it has asked you to phone them.',
  'no-calls': 'They asked not to be phoned. Use this chat, and call only if they say it is safe.',
};

/** After "please dont ring me" (play-testing: the card had still said "Call them today"). */
export const noCallsNextSteps = {
  inHours: 'Reach them in this chat today: they asked not to be phoned. Check they are safe and know the crisis numbers.',
  outOfHours:
    'Nobody was at work when this came in. Reach them in this chat as soon as someone is at work: they asked not to be phoned. Check they are safe and know the crisis numbers.',
};

type NextStepFacts = Pick<EscalationSummary, 'reason' | 'safetyKinds'> & Partial<Pick<EscalationSummary, 'raisedOutOfHours'>> & { phoneWish?: PhoneWish | null };

/** What to do first: for a crisis of abuse or control, how to reach them safely; out of hours, never "today"; no call when they asked for none. */
export function nextStepFor(summary: NextStepFacts): string {
  const abuse = summary.reason === 'crisis' && summary.safetyKinds.includes('abuse');
  if (summary.reason === 'crisis' && !abuse && summary.phoneWish === 'no-calls') return summary.raisedOutOfHours ? noCallsNextSteps.outOfHours : noCallsNextSteps.inHours;
  if (summary.reason === 'crisis' && summary.raisedOutOfHours) return abuse ? outOfHoursNextSteps.abuse : outOfHoursNextSteps.crisis;
  return abuse ? abuseNextStep : nextSteps[summary.reason];
}

export const urgencyWords: Record<EscalationUrgency, string> = { urgent: 'URGENT', soon: 'Soon', routine: 'Routine' };

const channelWords: Record<string, string> = { msteams: 'Teams', webchat: 'web chat', directline: 'web chat', emulator: 'the Bot Framework Emulator' };

export const locusWords: Record<LocusBand | 'unknown', string> = {
  internal: 'internal: they feel in charge of what happens',
  mixed: 'mixed',
  external: 'external (feels outcomes lie with others or luck; small steps and warm check-ins help)',
  unknown: 'not known yet',
};

export const noneYet = 'none yet';
/** The adviser's own action past its day, shown apart from the client's steps. */
export const yourActionLate = 'Your action is late';
export const noneRecorded = 'none recorded';
export const notSet = 'not set';
export const noSetTime = 'no set time';
export const rightNow = 'now';

export function clientNameOf(summary: Pick<EscalationSummary, 'name'>): string {
  if (summary.name.given) return summary.name.given;
  return summary.name.channel ? channelNameOnly(summary.name.channel) : noName;
}

export function reachLines(summary: Pick<EscalationSummary, 'name' | 'reach'>): string[] {
  const { reach } = summary;
  if (!reach) return [];
  if (reach.channel === 'msteams') {
    const who = reach.channelName || summary.name.given || 'their Teams account';
    return [`Teams: ${who}${reach.chatLink ? ' (use "Open chat in Teams")' : ''}`];
  }
  // The coach can carry the adviser's words (dialogs/adviserMessage.ts): say how.
  return [
    `Only through the coach, in ${channelWords[reach.channel] ?? reach.channel}: no phone or email is held.`,
    // Round ten: with no name it read "type: message their number in your caseload: your words".
    summary.name.given
      ? `To send them a message there, type: message ${summary.name.given}: your words`
      : 'To send them a message there, type "message", their number from "caseload", then your words.',
  ];
}

/** What the client was told at the handover (src/escalation/clientTold.ts keeps it); abuse: told to expect this chat first. */
export type ClientTold = { news: HandoverNews; abuse: boolean };
/** The summary as the adviser reads it, with what the client was told and asked about calls, where that is known. */
export type SummaryForAdviser = EscalationSummary & { clientTold?: ClientTold | null; phoneWish?: PhoneWish | null };

const reachSafely = 'Told them you will reach them in this chat first, and phone only if they say it is safe.';

/**
 * The card says what the client read, no more (play-testing: out of hours it had read "will try to
 * reach them", as if in hours). Not known (a crisis told before they agreed, an older escalation): only that you were told.
 */
export function toldClientLine(told: ClientTold | null, date: (value: Date) => string): string {
  if (!told) return 'Told them their adviser has been told.';
  const { news, abuse } = told;
  if (!news.told && news.notReached) {
    return 'Told them no adviser could be reached just then and their message was kept for you. Told them the numbers are the way to talk to a person for now.';
  }
  if (!news.told) return 'Told them the coach could not tell you, as it keeps no details for them.';
  if (news.inHours) return abuse ? `Told them you have their message. ${reachSafely}` : 'Told them you have their message and will try to reach them today.';
  return [
    `Told them you have their message, but nobody was at work. A person would read it ${date(news.opensAt)}.`,
    ...(abuse ? [reachSafely] : []),
    'Asked them to call the numbers now.',
  ].join(' ');
}

/** `client`: the name they gave, so the adviser can type the command as it stands (it had read "resume <client>"). */
export function coachDidLine(did: CoachDid, date: (value: Date) => string, client: string | null = null, told: ClientTold | null = null): string {
  if (did.kind === 'showed-numbers') return `Showed them the crisis numbers (${date(did.at)}).`;
  if (did.kind === 'paused-reminders') {
    const how = client ? `Type "resume ${client}" to restart them.` : 'To restart them, type "resume" and their number in your caseload.';
    return `Paused their reminders (${date(did.at)}). ${how}`;
  }
  return toldClientLine(told, date);
}

/** Each barrier by name, with the client's own words where they gave some: Health ("bad knees"). */
export const barrierList = (barriers: readonly BarrierId[], notes: Partial<Record<BarrierId, string>> = {}): string =>
  barriers.length > 0 ? barriers.map((id) => (notes[id] ? `${barrierNames[id]} ("${notes[id]}")` : barrierNames[id])).join(', ') : noneRecorded;
export const markerWords = (marker: EscalationSummary['supportMarker']): string => (marker === 'unknown' ? notSet : marker);

export function contactByWords(contactBy: Date | null, now: Date, date: (value: Date) => string): string {
  if (!contactBy) return noSetTime;
  return contactBy.getTime() <= now.getTime() ? rightNow : date(contactBy);
}

export function jobWords(job: NonNullable<EscalationSummary['job']>, date: (value: Date) => string): string {
  const where = job.employer ? ` at ${job.employer}` : '';
  if (!job.endedAt) return `in work${where}, started ${date(job.startsOn)}`;
  return `job${where} from ${date(job.startsOn)} ended ${date(job.endedAt)}${job.endNote ? `: "${trimMessage(job.endNote)}"` : ''}`;
}

/** "Soon #12: Sam Jones. Lost their job." */
export function summaryHeadline(summary: Pick<EscalationSummary, 'urgency' | 'number' | 'name' | 'reason'>): string {
  const number = summary.number ? ` #${summary.number}` : '';
  return `${urgencyWords[summary.urgency]}${number}: ${clientNameOf(summary)}. ${headlines[summary.reason]}.`;
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/** Plain text, most important first, one short line per fact. */
export function renderSummaryText(summary: SummaryForAdviser): string {
  const date = (value: Date): string => formatDueDate(value, summary.timeZone, { now: summary.writtenAt });
  const { plan } = summary;
  const lines = [
    summaryHeadline(summary),
    `Why now: ${summary.detail}`,
    `Contact by: ${contactByWords(summary.contactBy, summary.writtenAt, date)}`,
    ...reachLines(summary).map((line) => `How to reach them: ${line}`),
    ...(summary.chatLink ? [`Chat link: ${summary.chatLink}`] : []),
    `Next step: ${nextStepFor(summary)}`,
    ...(summary.phoneWish ? [`Phone: ${phoneWishLines[summary.phoneWish]}`] : []),
    '',
  ];
  if (summary.coachDid.length > 0) lines.push('What the coach did:', ...summary.coachDid.map((did) => `- ${coachDidLine(did, date, summary.name.given, summary.clientTold ?? null)}`), '');
  if (summary.riskWords.length > 0) {
    lines.push('What they said:');
    for (const message of summary.riskWords) lines.push(`- ${date(message.sentAt)}: "${message.text}"`);
    lines.push('');
  }
  if (summary.recentWords.length > 0) {
    lines.push('What they wrote recently:');
    for (const message of summary.recentWords) lines.push(`- ${date(message.sentAt)}: "${message.text}"`);
    lines.push('');
  }
  lines.push(`Plan: ${count(plan.goals.length, 'goal')}; ${plan.itemsDone} done, ${plan.itemsOpen} open, ${plan.overdueItems.length} overdue.`);
  if (plan.goals.length > 0) lines.push(`Goals: ${plan.goals.join('; ')}`);
  for (const item of plan.overdueItems) lines.push(`- Overdue: "${item.text}" (due ${date(item.dueDate)})`);
  for (const item of plan.adviserLateItems) lines.push(`- ${yourActionLate}: "${item.text}" (due ${date(item.dueDate)})`);
  lines.push(`Last review: ${plan.lastReviewDate ? date(plan.lastReviewDate) : noneYet}`);
  lines.push(`Barriers: ${barrierList(summary.barriers, summary.barrierNotes)}`);
  lines.push(`Locus of control: ${locusWords[summary.locusOfControl]}`);
  lines.push(`Support marker: ${markerWords(summary.supportMarker)}`);
  lines.push(`Last contact: ${summary.lastContactAt ? date(summary.lastContactAt) : noneRecorded}`);
  if (summary.job) lines.push(`Work: ${jobWords(summary.job, date)}`);
  return lines.join('\n');
}
