// What the client is told after asking for their adviser, and what advisers see from the bot.
// Client lines are plain English; adviser lines are short and factual.
import type { CrisisContact } from '../../domain/settingsLists.ts';
import { escapeMarkdown, markdownList } from '../escapeText.ts';
import { contactLines, type HandoverNews } from './crisis.ts';
import { openingWords } from './common.ts';
import type { HowToTopic } from '../../domain/adviserHowToWords.ts';

/** The crisis contacts as a list that stays a list in Teams and Web Chat, with or without buttons. */
function contactList(contacts: readonly CrisisContact[]): string[] {
  return markdownList(contactLines(contacts).map((line) => line.replace(/^- /, '')));
}

/**
 * The crisis numbers go with it only when there is a worry to go with them: a plain "talk to my
 * adviser" (or "yes" after a money or housing worry) had read as alarming to play-testers.
 */
export function adviserAskedReply(news: Exclude<HandoverNews, { told: false }>, contacts: readonly CrisisContact[] = []): string {
  const lines = ['I have asked your adviser to get in touch with you.', 'A person will read it, not a computer.'];
  if (news.inHours) {
    lines.push('They will try to reach you within 2 working days.');
  } else {
    lines.push('Nobody is at work right now.', `They will see it ${openingWords(news.opening)}.`);
  }
  if (contacts.length === 0) return lines.join(' ');
  return [lines.join(' '), '', 'If you feel unsafe, please call:', ...contactList(contacts)].join('\n').trim();
}

/** When nobody could be told: the truth, and who they can reach themselves. */
export function adviserNotReachedReply(contacts: readonly CrisisContact[]): string {
  return [
    'I am sorry. I could not pass your message to an adviser just now.',
    'I will keep it, and a person will see it when they can.',
    'Please also contact your adviser the usual way, by phone or in person.',
    '',
    'If you feel unsafe, please call:',
    ...contactList(contacts),
  ].join('\n').trim();
}

/** When the client is told nothing about office hours. */
export const adviserRequestedReply = [
  'I have asked your adviser to get in touch with you.',
  'A person will read it, not a computer.',
  'If you feel unsafe right now, call 999.',
].join(' ');

export const adviserWithoutConsentReply = [
  'I can only pass a message on if you let me keep your details.',
  'You can still contact your adviser in the usual way, by phone or in person.',
].join(' ');

// ---- For advisers ----------------------------------------------------------------------------

// Worked examples, never "<client>" (round three: Teams reads angle brackets as HTML, and the
// list showed "&lt;client&gt;"). A client is their number from "caseload" or their name.
// Round ten: what is most urgent first (escalations), then the caseload and plans, then the rest.
const COMMAND_LINES: readonly [HowToTopic | null, string][] = [
  ['escalations', 'escalations: escalations not closed yet, most urgent first'],
  ['escalations', '"open the urgent one": the most urgent escalation'],
  ['ack', '"ack 5" or "ack Tom": acknowledge an escalation by its # number or the client\'s name; "ack 5 6" or "ack all" for more than one'],
  ['resolve', '"resolve 5" or "resolve Tom": close an escalation. For an urgent one, say what was done: "resolve 5 spoke to Tom, safe, GP tomorrow", or "resolve 5 confirm" to close it with no note'],
  ['caseload', 'caseload: your clients, overdue actions and next reviews'],
  ['plan', '"plan 2" or "plan Sam": a client\'s plan as a card, with buttons. Use their number from "caseload", or their name'],
  ['add', '"add Sam call the college by Friday": add an action of yours to their plan'],
  ['add', '"add a step for Sam: update her CV by Friday" or "add Sam: she will update her CV by Friday": add a step for them to do. They are told'],
  ['move', '"move Sam 3 to next Monday": give your action 3 a new date'],
  ['done', '"done Sam 3": mark your action 3 done'],
  ['agree', '"agree Sam": agree their plan'],
  ['message', '"message Sam can you come in on Tuesday?": send them a message in their chat with the coach. "reply Sam ..." does the same'],
  ['message', '"how do I contact Tom": how to reach a client'],
  ['review', '"cadence Sam 14": review their plan every 14 days (7, 14 or 28, or weekly, fortnightly, monthly)'],
  ['review', '"move Sam review to next week" or "when is Sam\'s review": their next review day'],
  ['review', '"reviews due", "reviews this week" or "reviews next week": the reviews coming up, soonest first'],
  ['cancel', '"cancel Sam review": call off their next review (you are asked first). "cancel Sam and Lee reviews" calls off several in one go'],
  ['style', '"style Sam warm": set their coaching style (warm, self-directed, or reset)'],
  ['reminders', '"resume Sam": restart reminders paused after a crisis'],
  [null, '"what did Sam say", "whos overdue", "who hasnt been in touch": ask about your caseload'],
  ['code', 'my code: the invite code to give your clients'],
];
const ADVISER_COMMANDS = COMMAND_LINES.map(([, line]) => line);

/** Round ten: "how do i cancel a review": only the lines that do it, then how to see them all. */
export function howToReply(topics: readonly HowToTopic[]): string {
  const lines = topics.flatMap((topic) => COMMAND_LINES.filter(([about]) => about === topic).map(([, line]) => line));
  return ['Here is how:', ...markdownList([...new Set(lines)].map(escapeMarkdown)), 'Type "help" to see everything I can do.'].join('\n');
}

/** Round ten, an adviser who only taps buttons: under the welcome and the help, each sends its own words. */
export const adviserStartButtons: readonly string[] = ['Escalations', 'Caseload', 'Reviews this week', 'Help'];

/** Round ten: under the caseload, a button to open each of the first few clients' plans (most urgent first). */
export const planButton = (name: string): string => `Plan: ${name}`;

/** Markdown: the bot sends it as message text, so each line is escaped there. */
export function adviserHelp(inviteCode: string): string {
  return [`Your invite code is ${inviteCode}.`, '', 'Adviser commands:', ...markdownList(ADVISER_COMMANDS.map(escapeMarkdown))].join('\n').trim();
}

/** Words the coach did not understand: said so first, then the same list of commands. */
/** Round eight: one ask of several in a line not understood (`part` escaped by the caller); the others were answered. */
export const partNotUnderstood = (part: string) => `I did not understand "${part}", so nothing was done for it. Type "help" to see what I can do.`;

/**
 * Round eleven: "agree priya and msg her: well done". Who "her" is, is not guessed: nothing was done
 * for it. When the ask before named one client, the ask is said back with their name for the adviser
 * to send (`named`: the name, and the ask as it would be typed; escaped by the caller).
 */
export const whoIsPronoun = (pronoun: string, named: { name: string; ask: string } | null): string =>
  named
    ? `I was not sure who "${pronoun}" is, so nothing was done for it. If you meant ${named.name}, tap the button or type: ${named.ask}`
    : `I was not sure who "${pronoun}" is, so nothing was done for it. Type it again with their name or their number from "caseload".`;
/**
 * Round eleven: "undo", "oops wrong client". Nothing here is undone (the client was told already),
 * so what puts it right is said, and nothing more is changed.
 */
export const undoReply = [
  'I cannot undo a change from here. Nothing more was changed.',
  'To give a step its day back, type "move", their name, the step number and the day.',
  'The client was told of the change. To tell them it was a mistake, type "message", their name, then your words.',
].join('\n');

/** The button that sends the ask with the name in place. */
export const sendNamedButton = 'Yes, do that';

export function notUnderstoodHelp(inviteCode: string): string {
  return [
    'I did not understand that. Here is what I can do:',
    ...markdownList(ADVISER_COMMANDS.map(escapeMarkdown)),
    `Your invite code is ${inviteCode}.`,
  ].join('\n').trim();
}

/** "ack 5 6" or "ack all": how many were acknowledged, one line each, and any number not found. */
/** "ack 5 6": those acknowledged now, then those acknowledged before (nothing changed), then the numbers not found. */
export function acknowledgedSeveralReply(lines: readonly string[], notFound: readonly number[] = [], already: readonly string[] = []): string {
  const count = lines.length === 1 ? '1 escalation' : `${lines.length} escalations`;
  const missing = notFound.map((number) => `#${number}`).join(', ');
  return [
    ...(lines.length > 0 ? [`Acknowledged ${count}:`, ...markdownList(lines)] : []),
    ...(already.length > 0 ? ['Acknowledged already, so nothing was changed:', ...markdownList(already)] : []),
    ...(notFound.length > 0 ? [`I could not find ${missing}. Type "escalations" to see the numbers.`] : []),
  ].join('\n').trim();
}

export const nothingToAcknowledge = 'There are no open escalations to acknowledge. Type "escalations" to see the ones not closed yet.';

export function adviserWelcome(name: string): string {
  return `Hello ${escapeMarkdown(name)}. You are set up as an adviser here.`;
}

export function myCodeReply(inviteCode: string): string {
  return [
    `Your invite code is ${inviteCode}.`,
    'Give it to a client. When they type it, the coach links them to you.',
  ].join('\n');
}

/** On a card, when someone taps a button that is not theirs to tap. */
export const cardNotices = {
  unknownButton: 'Sorry, I do not know that button.',
  advisersOnly: 'Sorry, only an adviser set up here can do that.',
  notForYou: 'Sorry, this escalation is not for you.',
  notInCaseload: 'Sorry, this client is not in your caseload.',
};

export const notAnAdviserReply = 'Sorry, that is just for advisers.';
export const notAdminReply = 'Sorry, only an admin can set up a new adviser here.';
export const unknownClientReply = 'I could not find that client in your caseload. Type "caseload" to see the numbers.';

/**
 * A name that fits more than one client: each with their number, and the command to copy. `asked`:
 * the form the example takes, "plan 2" or, for "what did sam say", "what did client 2 say". `rest`:
 * the rest of the command as typed after the client (" 14" for cadence, ": call the college by
 * Friday" for add), so the example is a whole command that works when copied ("cadence 2" had
 * been given, which asks again).
 */
export function severalClientsReply(
  typed: string,
  command: string,
  matches: readonly { number: number; name: string; channelName: string | null }[],
  asked: 'command' | 'what-did-say' = 'command',
  rest = '',
): string {
  const line = (match: (typeof matches)[number]): string => {
    const full = match.channelName && match.channelName.toLowerCase() !== match.name.toLowerCase() ? ` (${match.channelName})` : '';
    return `${match.number}. ${escapeMarkdown(`${match.name}${full}`)}`;
  };
  const first = matches[0]!;
  const fullName = matches.find((match) => match.channelName && match.channelName.toLowerCase() !== match.name.toLowerCase())?.channelName;
  const typeAs = (client: string, isNumber: boolean) => (asked === 'what-did-say' ? `"what did ${isNumber ? 'client ' : ''}${client} say"` : `"${command} ${client}${escapeMarkdown(rest)}"`);
  const examples = [typeAs(String(first.number), true), ...(fullName ? [typeAs(escapeMarkdown(fullName), false)] : [])].join(' or ');
  return [
    `More than one client in your caseload matches "${escapeMarkdown(typed.trim())}":`,
    ...markdownList(matches.map(line)),
    `Use their number from the caseload list, or their full name, in place of the name. For example: ${examples}.`,
  ].join('\n').trim();
}

/** The name an adviser registered by themselves gets when their channel gives none. */
export const unnamedAdviser = 'Adviser';

export const registeredYou = (name: string, role: string): string => `You are set up as ${role}, ${escapeMarkdown(name)}. Type "help" to see what you can type.`;
export const registerWho = 'Say who: "register adviser <their name>". They need to say hello to me first.';
export const notHeardFrom = (who: string): string => `I have not heard from "${escapeMarkdown(who)}" yet. Ask them to say hello to me, then try again.`;
export const severalMatch = (who: string, ids: readonly string[]): string => `More than one person matches "${escapeMarkdown(who)}". Use their id instead: ${ids.join(', ')}`;
export const registeredThem = (name: string, role: string): string =>
  `${escapeMarkdown(name)} is now set up as ${role}. Escalations for their clients will reach them here.`;

export const remindersResumed = 'Reminders are back on for this client.';
export const remindersWereNotPaused = 'Reminders for this client were not paused, so nothing has changed.';
/** `example`: the whole command to copy for this client ("cadence Lee 14"), escaped by the caller. */
export const cadenceChoices = (days: readonly number[], example = ''): string =>
  `Review cadence can be ${days.slice(0, -1).join(', ')} or ${days.at(-1)} days, or weekly, fortnightly or monthly.${example ? ` For example: ${example}` : ''}`;
/** `next`: their next review after the change; `kept` when it was due today or missed, so it stays. */
export const cadenceSet = (days: number, next: { day: string; kept: boolean } | null = null): string => {
  if (!next) return `Reviews for this client are now every ${days} days.`;
  return next.kept
    ? `Reviews for this client are now every ${days} days. Their review due ${next.day} is kept: hold it first, and the new cadence counts from there.`
    : `Reviews for this client are now every ${days} days. Their next review is now ${next.day}.`;
};
/**
 * "review lee weekly", "set lee review to weekly": read as the cadence command, asked back before
 * anything changes (round four: they got the help list). `command` is escaped by the caller.
 */
export const cadenceDidYouMean = (command: string): string =>
  `Did you mean: ${command}? Nothing was changed yet. To change how often their plan is reviewed, tap the button or type it.`;
export const styleChoices = (words: readonly string[]): string => `Style can be ${words.slice(0, -1).join(', ')} or ${words.at(-1)}.`;
export const styleSet = (style: string): string => `Coaching style for this client set to ${style}.`;
export const styleReset = 'Coaching style for this client is back to what their answers suggest.';

/** "the adviser not call me, 2 weeks": told again, and honestly whether it reached anyone. */
export function stillWaitingReply(reached: boolean): string {
  return reached
    ? 'I am sorry you have not heard from your adviser. I have told them again that you are waiting to hear from them.'
    : 'I am sorry you have not heard from your adviser. I could not reach them just now. Please contact them the usual way too.';
}

/**
 * Round ten: "im covering for bob", "bobs caseload". There is no covering of a colleague's caseload
 * here, so it says what is true: the colleague is not named back, as the words may hold a slip.
 */
export const colleagueCaseloadReply = [
  'I can only show you your own clients, so I cannot show a colleague\'s caseload. Clients cannot be moved from one adviser to another here.',
  'While a colleague is away, urgent escalations for their clients that nobody acknowledges are sent on to the team leads. A team lead can acknowledge or resolve any escalation.',
].join('\n');

export const colleagueCaseloadForLead =
  'As a team lead, you see every open escalation: type "escalations". Your caseload shows only your own clients. Clients cannot be moved from one adviser to another here.';
