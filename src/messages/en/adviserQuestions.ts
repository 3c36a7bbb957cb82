// What an adviser reads when they ask a question of their caseload in their own words ("whos
// overdue", "who has not replied", "reviews due today", "what did tom say", "show me escalation
// 3"), say "thanks" or "ok", type a command with no client, or acknowledge one already
// acknowledged. Play-testing as a busy adviser (December) found each got the whole help list or
// an untrue reply. Sent as markdown message text, so names and client words are escaped.
import { formatDueDate } from '../../domain/dates.ts';
import { escapeMarkdown, markdownList } from '../escapeText.ts';
import { noNoteGiven } from './escalationCard.ts';

/** "whos overdue": the caseload lines of clients with a late step, theirs or the adviser's. */
export function overdueReply(lines: readonly string[]): string {
  if (lines.length === 0) return 'Nobody in your caseload has a late step or a late action of yours.';
  return ['Clients with a late step, or a late action of yours:', ...markdownList(lines)].join('\n').trim();
}

/** "who has not replied": the clients with an open "Not replying to messages" escalation. */
export function notRepliedReply(lines: readonly string[]): string {
  if (lines.length === 0) return 'No client of yours is marked as not replying to messages now.';
  return [
    'Clients marked as not replying to messages (their "Not replying to messages" escalation is open):',
    ...markdownList(lines),
  ].join('\n').trim();
}

/** "reviews due today": the clients whose review is today or was missed. */
export function reviewsDueReply(lines: readonly string[]): string {
  if (lines.length === 0) return 'No reviews are due today, and none were missed.';
  return ['Reviews due today, or missed:', ...markdownList(lines)].join('\n').trim();
}

/** "what did tom say": the client's latest words kept for the adviser, oldest first. */
export function clientSaidReply(name: string, words: readonly { text: string; sentAt: Date }[], timeZone: string, now: Date): string {
  const who = escapeMarkdown(name);
  if (words.length === 0) return `I have no words from ${who} kept for you. Only their last messages are kept, and taps on buttons are left out.`;
  const lines = words.map((said) => `${formatDueDate(said.sentAt, timeZone, { now })}: "${escapeMarkdown(said.text)}"`);
  return [`What ${who} wrote most recently, oldest first:`, ...markdownList(lines)].join('\n').trim();
}

/** "show me escalation 3": its line, then the summary the card shows, then what to type. */
export function escalationShownReply(line: string, summary: string, number: number, closed: boolean, note: string | null = null, noNote = false): string {
  // `note`: what the adviser said was done when they closed it (round four), escaped by the caller; `noNote`: closed by choice with none (round seven).
  const closedWords = note ? `This escalation is closed. What was done: "${note}"` : noNote ? `This escalation is closed. ${noNoteGiven}` : 'This escalation is closed.';
  const next = closed ? closedWords : `Type "ack ${number}" or "resolve ${number}".`;
  return [line, '', summary.trim(), '', next].join('\n').trim();
}

/** "ack 3" when #3 was acknowledged before: said so, with by whom and when. */
export function alreadyAcknowledgedReply(line: string, by: string | null, at: Date | null, timeZone: string, now: Date): string {
  const who = by ? ` by ${escapeMarkdown(by)}` : '';
  const when = at ? ` on ${formatDueDate(at, timeZone, { now })}` : '';
  return `That escalation was acknowledged already${who}${when}. Nothing was changed: ${line}`;
}

/** In "ack 5 6", one acknowledged before: its line, then by whom and when. */
export function acknowledgedBeforeLine(line: string, by: string | null, at: Date | null, timeZone: string, now: Date): string {
  const who = by ? ` by ${escapeMarkdown(by)}` : '';
  const when = at ? ` on ${formatDueDate(at, timeZone, { now })}` : '';
  return `${line}, acknowledged${who}${when}`;
}

export const youAreWelcome = "You're welcome.";
export const okReply = 'OK.';

/** "plan" or "agree" typed with no client: which one, and how to type it. */
export function whichClientReply(command: string): string {
  return `Which client? Type "${command}" and their number from "caseload", or their name, like this: ${command} sam`;
}

/**
 * A client typed who is not in the adviser's caseload: the name said back, and the names it was
 * likely meant as (`near`), with the command to copy (`command`, then the name, then `rest`).
 */
export function clientNotFoundReply(typed: string, near: readonly string[] = [], command = '', rest = ''): string {
  // A command typed with no client ("cadence") has no name to say back.
  if (!typed.trim()) return 'Which client? Type their number from "caseload", or their name, after the command.';
  const notFound = `I could not find that client, "${escapeMarkdown(typed.trim())}", in your caseload.`;
  // Round eleven: "add bob: ring college by fri" lost the adviser's words; now they are said back to
  // copy. No number is made up for them: copied as it stood, it would reach another client.
  if (near.length === 0 && command && /^:\s*\S/.test(rest)) {
    const said = escapeMarkdown(typed.trim());
    return `${notFound} Nothing was done. Type "caseload" to see your clients. Then type it again with their name or number in place of "${said}": ${command} ${said}${escapeMarkdown(rest)}`;
  }
  if (near.length === 0 || !command) return `${notFound} Type "caseload" to see the numbers.`;
  const names = near.map(escapeMarkdown);
  const which = names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} or ${names.at(-1)}`;
  return `${notFound} Did you mean ${which}? If so, type: ${command} ${names[0]}${escapeMarkdown(rest)}`;
}

/**
 * "how do i contact tom", "call tom", "tom phone number": what the coach holds to reach them (their
 * Teams name and a link to chat, or only this chat), what they asked about calls, and an urgent
 * escalation not closed. Round four: each got the help list. Lines come escaped from the caller.
 */
export function howToReachReply(name: string, reach: { lines: readonly string[]; link: string | null; phone: string | null }, urgent: string | null): string {
  const held = reach.lines.length > 0 ? reach.lines : ['Only through the coach: no phone or email is held.'];
  const extra = [...(reach.link ? [`Open a chat with them in Teams: ${reach.link}`] : []), ...(reach.phone ? [`Phone: ${reach.phone}`] : [])];
  return [`How to reach ${name}:`, ...markdownList([...held, ...extra]), ...(urgent ? ['', urgent] : [])].join('\n').trim();
}

/**
 * Round eight: under an answer naming a client who gave no name, how to reach them, in the card's
 * words (`held`, escaped by the caller), with a link to chat in Teams when there is one.
 */
export const namelessReachLine = (name: string, held: readonly string[], link: string | null): string =>
  [`How to reach ${name}:`, ...held, ...(link ? [`Open a chat with them in Teams: ${link}`] : [])].join('\n');

/** One of the adviser's own open actions: "Priya, action 3: call the employer, by Friday 19 June (2 days late)". */
export function ownActionLine(name: string, number: number, text: string, by: string | null, daysLate: number): string {
  const late = daysLate > 0 ? ` (${daysLate === 1 ? '1 day' : `${daysLate} days`} late)` : '';
  return `${name}, action ${number}: ${text}${by ? `, by ${by}` : ''}${late}`;
}

/**
 * "my actions" (`coming` listed) or "whats overdue on my side" (`coming` empty, `comingCount` said):
 * the adviser's own open actions, late first; `command`: "done Priya 3" for the first, or null.
 */
export function ownActionsReply(late: readonly string[], coming: readonly string[], comingCount: number, command: string | null): string {
  if (late.length === 0 && coming.length === 0) {
    if (comingCount > 0) return `None of your actions is late. You have ${comingCount === 1 ? '1 open action' : `${comingCount} open actions`} coming up: type "my actions" to see them.`;
    return 'You have no open actions in your clients\' plans. To add one, type: add Sam call the college by Friday';
  }
  const parts = [
    ...(late.length > 0 ? ['Your actions that are late:', ...markdownList(late)] : ['None of your actions is late.']),
    ...(coming.length > 0 ? ['Your other open actions, soonest first:', ...markdownList(coming)] : []),
  ];
  return [...parts, ...(command ? [`To mark one done, type: ${command}`] : [])].join('\n').replace(/\n{3,}/g, '\n\n').trim();
}

/**
 * "who hasnt been in touch" (round seven): the clients who have not written to the coach for `days`
 * days or more, quiet longest first, with a message to copy for the first of them.
 */
export function quietReply(lines: readonly string[], days: number, firstName: string | null): string {
  const span = days === 1 ? 'day' : `${days} days`;
  if (lines.length === 0) return `Everyone in your caseload has written to the coach in the last ${span}.`;
  return [
    `Not in touch with the coach for ${days === 1 ? '1 day' : span} or more, longest first:`,
    ...markdownList(lines),
    ...(firstName ? [`To send one a message, type: message ${firstName} how are you getting on?`] : []),
  ].join('\n').trim();
}
/** One line of that list: "2. Sam: last wrote Monday 1 June, 14 days ago. 3 reminders in a row not answered." */
export const quietLine = (number: number, name: string, lastWrote: string, days: number, unanswered: number): string =>
  `${number}. ${name}: last wrote ${lastWrote}, ${days === 1 ? 'yesterday' : `${days} days ago`}.${unanswered > 0 ? ` ${unanswered === 1 ? '1 reminder' : `${unanswered} reminders`} in a row not answered.` : ''}`;

/** Round eight: "when did lee last get in touch". `lastWrote` null: they have not written since they joined. */
export function lastContactReply(name: string, lastWrote: string | null, days: number | null, unanswered: number, typeAs: string): string {
  const when = days === 0 ? 'today' : days === 1 ? 'yesterday' : `${days} days ago`;
  const wrote = lastWrote ? `${name} last wrote to the coach ${lastWrote}, ${when}.` : `${name} has not written to the coach yet.`;
  const reminders = unanswered > 0 ? ` ${unanswered === 1 ? '1 reminder' : `${unanswered} reminders`} in a row not answered.` : '';
  return `${wrote}${reminders}\nTo send them a message, type: message ${typeAs} how are you getting on?`;
}

/** "reviews this week" (round seven): reviews missed, then those in the next 7 days, soonest first. */
export function reviewsWeekReply(lines: readonly string[]): string {
  if (lines.length === 0) return 'No reviews in the next 7 days, and none were missed. To move one, type: move Sam review to Friday';
  return ['Reviews missed, then the next 7 days, soonest first:', ...markdownList(lines), 'To move one, type "move", the client, then "review to" and the day.'].join('\n').trim();
}
/** Round nine: "reviews next week": Monday `from` to Sunday `to`, soonest first. */
export function reviewsNextWeekReply(lines: readonly string[], from: string, to: string): string {
  if (lines.length === 0) return `No reviews next week (${from} to ${to}). To move one, type: move Sam review to Friday`;
  return [`Reviews next week (${from} to ${to}), soonest first:`, ...markdownList(lines), 'To move one, type "move", the client, then "review to" and the day.'].join('\n').trim();
}
/** One line of that list: "2. Sam: today, Monday 15 June", "4. Lee: missed, due Monday 8 June". */
export const reviewWeekLine = (number: number, name: string, day: string, when: 'missed' | 'today' | 'ahead'): string =>
  `${number}. ${name}: ${when === 'missed' ? `missed, due ${day}` : when === 'today' ? `today, ${day}` : day}`;
