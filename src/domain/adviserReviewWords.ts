// An adviser moving a client's review, or asking when it is, in their own words. Play-testing as
// busy advisers (round seven): "push sam's review to next week", "move sams review to monday" and
// "when is sams review" got the help list or the format for moving an action; only "cadence" could
// change a review, and it changes how often, not the one day. Read here; the day is worked out
// here too (a review is a day, 00:00 in the client's zone, as nextReviewDate sets it). Pure: no I/O.
import { addDays, compareDays, weekdayOf, type CalendarDay } from './dateCalendar.ts';
import { NUMBER_WORDS } from './answers.ts';

/** When to move it to: some weeks on from the day it has, the same weekday next week, or a day said. */
export type ReviewWhen = { kind: 'weeks'; weeks: number } | { kind: 'next-week' } | { kind: 'day'; text: string };

export type ReviewAsk =
  /** `client`: the name or number as typed, then without a possessive "s" ("sams" is Sam, unless a client is called Sams). */
  | { kind: 'move-review'; client: string[]; when: ReviewWhen; typed: string }
  | { kind: 'review-when'; client: string[] }
  /** Round eight: "cancel sam's review", "no review for jo this month"; `confirmed` once the adviser said yes. */
  | { kind: 'cancel-review'; client: string[]; confirmed: boolean }
  /** Round nine: "cancel priya and lees reviews": each client's readings, in the order said; asked first, together. */
  | { kind: 'cancel-reviews'; clients: string[][]; confirmed: boolean };

// The longer words first: "push back sams review" is not a client called "back sams".
const MOVE = '(?:push back|put back|bring forward|move back|move|moved|push|pushed|put|change|shift|reschedule|rearrange|rebook|bring|set)';
const CLIENT = "(#?\\d{1,4}|\\p{L}[\\p{L}'-]*(?: \\p{L}[\\p{L}'-]*){0,2}?)";
const REVIEW = '(?:next )?(?:plan )?review(?: meeting| appointment)?';
const TO = '(?:(?:back|forward|on) )?(?:to|till|until|for|on|by|back|forward|back by|forward by|on by)? ?';

const MOVES: readonly RegExp[] = [
  // "move sams review to monday", "push sam's review to next week", "push back sams review a week".
  new RegExp(`^${MOVE} ${CLIENT}(?:'s)? ${REVIEW} ${TO}(.+)$`, 'u'),
  // "move the review for sam to friday", "push back the review with sam a week".
  new RegExp(`^${MOVE} (?:the )?${REVIEW} (?:for|of|with) ${CLIENT} ${TO}(.+)$`, 'u'),
  // "sams review to friday", "sam's review next week".
  new RegExp(`^${CLIENT}(?:'s)? ${REVIEW} (?:to|till|until) (.+)$`, 'u'),
];

const WHEN: readonly RegExp[] = [
  // "when is sams review", "whens sam's next review", "what day is sams review".
  new RegExp(`^(?:when|whens|when's|what day|which day|what date)(?: is| are| was)? ${CLIENT}(?:'s)? ${REVIEW}(?: due| set| booked)?$`, 'u'),
  // "when is the review for sam", "when is the next review with sam".
  new RegExp(`^(?:when|whens|when's|what day|what date)(?: is)? (?:the )?${REVIEW} (?:for|of|with) ${CLIENT}$`, 'u'),
  // "sams review", "sam's next review date", "when does sam have a review".
  new RegExp(`^${CLIENT}(?:'s)? ${REVIEW}(?: date| day)?$`, 'u'),
  new RegExp(`^when (?:does|do|is) ${CLIENT} (?:have |got |due )?(?:a |their |his |her |the )?${REVIEW}$`, 'u'),
];

// Round eight: "cancel sams review" had no answer. Read only; nothing changes until "confirm" comes after it.
const CANCEL = '(?:cancel|call off|scrap|skip|drop|delete|remove|stop|bin|no need for|forget)';
const FOR_NOW = "(?: (?:this|next) (?:month|week|time)| for now| for this month| this once| for the time being)?";
const CONFIRM = '( confirm| confirmed| yes| yes please)?';
const CANCELS: readonly RegExp[] = [
  // "cancel sam's review", "skip jo review this month", "call off priyas next review confirm".
  new RegExp(`^${CANCEL} ${CLIENT}(?:'s)? ${REVIEW}${FOR_NOW}${CONFIRM}$`, 'u'),
  // "cancel the review for sam", "scrap the next review with jo".
  new RegExp(`^${CANCEL} (?:the )?${REVIEW} (?:for|of|with) ${CLIENT}${FOR_NOW}${CONFIRM}$`, 'u'),
  // "no review for jo this month", "dont need a review with sam this month", "jo doesnt need a review".
  new RegExp(`^(?:no|no need for a|dont need a|don't need a|do not need a|dont book a|don't book a) ${REVIEW} (?:for|with) ${CLIENT}${FOR_NOW}${CONFIRM}$`, 'u'),
  new RegExp(`^${CLIENT} (?:doesnt|doesn't|does not|dont|don't) need (?:a|the|their|his|her) ${REVIEW}${FOR_NOW}${CONFIRM}$`, 'u'),
];

// Round nine: two or more clients in one ask had the help list. "cancel priya and lees reviews",
// "scrap the reviews for priya, lee and jo", "cancel priyas and lees review confirm".
const LIST = "((?:#?\\d{1,4}|\\p{L}[\\p{L}'-]*(?: \\p{L}[\\p{L}'-]*){0,2}?)(?:(?:, | and | & |, and )(?:#?\\d{1,4}|\\p{L}[\\p{L}'-]*(?: \\p{L}[\\p{L}'-]*){0,2}?)){1,5})";
const REVIEWS = '(?:next )?(?:plan )?reviews?(?: meetings?| appointments?)?';
const CANCELS_SEVERAL: readonly RegExp[] = [
  new RegExp(`^${CANCEL} ${LIST}(?:'s)? ${REVIEWS}${FOR_NOW}${CONFIRM}$`, 'u'),
  new RegExp(`^${CANCEL} (?:the )?${REVIEWS} (?:for|of|with) ${LIST}${FOR_NOW}${CONFIRM}$`, 'u'),
];
const BETWEEN_CLIENTS = /, and |, | and | & /;

const WEEKS = /^(?:by )?(a|one|two|three|four|[1-4]) (?:weeks?|wks?)(?: later| on| back| forward)?$/;
const FORTNIGHT = /^(?:by )?a fortnight(?: later| on| back)?$/;
const NEXT_WEEK = /^next (?:week|wk)$/;
// "set lee review to weekly" is how often, not a day: "cadence" answers it (dialogs/adviserAsks.ts).
const HOW_OFTEN = /\b(?:weekly|fortnightly|monthly|every)\b/;

// Words that are no client: "move the review", "when is my review"; and what starts an ask that is
// not about the day ("cancel sams review" had been read as a client called "cancel sams").
const NOT_A_CLIENT = new Set(
  ('the a my your their his her its this that next plan review it them ' +
    'cancel delete remove skip drop stop book start do did done have had hold held missed miss arrange need needs want any all every').split(' '),
);

function tidy(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019`]/g, "'")
    .replace(/<at>.*?<\/at>/g, ' ')
    .replace(/[\s?!.,]+$/, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^(?:please|pls|can you|could you|can we|can i|i need to|i want to|id like to|i'd like to) /, '')
    .replace(/ (?:please|pls)$/, '');
}

function clientsOf(typed: string): string[] | null {
  const client = typed.replace(/'s$/, '').trim();
  if (!client || client.split(' ').some((word) => NOT_A_CLIENT.has(word))) return null;
  // Round eight: "jos review" is Jo's too (a name of two letters), tried after a client called "Jos".
  return client.length >= 3 && client.endsWith('s') && !/^#?\d+$/.test(client) ? [client, client.slice(0, -1)] : [client];
}

function whenOf(typed: string): ReviewWhen {
  const said = typed.trim();
  const weeks = WEEKS.exec(said);
  if (weeks) return { kind: 'weeks', weeks: weeks[1] === 'a' ? 1 : (NUMBER_WORDS[weeks[1]!] ?? Number(weeks[1])) };
  if (FORTNIGHT.test(said)) return { kind: 'weeks', weeks: 2 };
  if (NEXT_WEEK.test(said)) return { kind: 'next-week' };
  return { kind: 'day', text: said };
}

/** What the adviser's words ask of a client's review, or null when they are about something else. */
export function readReviewAsk(text: string): ReviewAsk | null {
  const said = tidy(text);
  if (!said || said.length > 120) return null;
  for (const pattern of CANCELS_SEVERAL) {
    const match = pattern.exec(said);
    const clients = match ? match[1]!.split(BETWEEN_CLIENTS).map(clientsOf) : [];
    if (clients.length > 1 && clients.every(Boolean)) return { kind: 'cancel-reviews', clients: clients as string[][], confirmed: Boolean(match![2]) };
  }
  for (const pattern of CANCELS) {
    const match = pattern.exec(said);
    const client = match ? clientsOf(match[1]!) : null;
    if (client) return { kind: 'cancel-review', client, confirmed: Boolean(match![2]) };
  }
  for (const pattern of MOVES) {
    const match = pattern.exec(said);
    const client = match ? clientsOf(match[1]!) : null;
    if (match && client && !HOW_OFTEN.test(match[2]!)) return { kind: 'move-review', client, when: whenOf(match[2]!), typed: match[2]!.trim() };
  }
  for (const pattern of WHEN) {
    const match = pattern.exec(said);
    const client = match ? clientsOf(match[1]!) : null;
    if (client) return { kind: 'review-when', client };
  }
  return null;
}

/**
 * The new review day for "a week" or "next week", from the day it has (or today, when that day is
 * gone: a missed review is pushed on from now). "next week": the review's weekday in the week after
 * this one (weeks start on Monday); when that is the day it has already, a week after it.
 */
export function reviewDayFor(when: Exclude<ReviewWhen, { kind: 'day' }>, current: CalendarDay | null, today: CalendarDay): CalendarDay {
  const from = current && compareDays(current, today) >= 0 ? current : today;
  if (when.kind === 'weeks') return addDays(from, 7 * when.weeks);
  const mondayNextWeek = addDays(today, 7 - ((weekdayOf(today) + 6) % 7));
  const day = addDays(mondayNextWeek, (weekdayOf(current ?? today) + 6) % 7);
  return current && compareDays(day, current) === 0 ? addDays(day, 7) : day;
}
