// What an adviser types to add or move their own action: "add sam: <what> by <day>",
// "move sam: 3 to <day>". Play-testing as a busy adviser (December) found:
// - "add sam: pop by the jobcentre with him on friday" saved as "pop": the words after the first
//   "by" were read as the date and dropped. Now the day is read only where it is said, at the end
//   (or the start) of the words, and every other word is kept.
// - "add sam: call housing" was added with no day, so it was never reminded (the plan card's Add
//   action already needs a day). Now nothing is added and the adviser is asked by when.
// - "by yesterday" got "I could not read that date"; now it says the day has passed.
// - "add a step for sam: ...", "add for sam: ...", "add to sams plan: ..." read the whole phrase as
//   the client's name ("I could not find that client"). Now those words around the name are left off.
// - Round ten: "add a step for priya: update her cv" was kept as the adviser's own action. A step,
//   task or thing "for" the client is theirs to do; "an action for" stays the adviser's, as the help says.
// Pure: no I/O.
import { parseDueDate, type DateContext } from './dates.ts';
import { splitDate } from './goalWords.ts';
import { parsePastDay } from './pastDays.ts';

/** A day as the adviser typed it: a day from today, a day gone, or words that are no day. */
export type DayRead = { kind: 'day'; dueAt: Date } | { kind: 'past' } | { kind: 'unread' };

/** What "add <client>: <rest>" asks for: the action and its day, or why it cannot be added yet. */
export type ActionRead =
  | { kind: 'dated'; text: string; dueAt: Date }
  | { kind: 'no-day'; text: string }
  | { kind: 'past'; text: string }
  | { kind: 'unread'; text: string };

// Tomorrow as a busy adviser types it; "move sam: 2 to tmrw" was read already, "add" had not read it.
const TOMORROW_SPELT = /\b(?:tmrw|tmr|tmw|tmrow|tmoz|tomoz|tomo|2moro|2mrw|tomoro|tomorow|tommorow|tommorrow)\b/gi;

// A date said after "by" is at most a few words: "by the end of next week".
const MAX_DAY_WORDS = 6;

/** "Friday", "12 June": the day; "yesterday", "last monday": past; anything else: unread. */
export function readDay(text: string, context: DateContext): DayRead {
  const said = text.trim().replace(/[.!?]+$/, '');
  const dueAt = said ? parseDueDate(said, context) : null;
  if (dueAt) return lastYearsDayGone(said, dueAt, context) ? { kind: 'past' } : { kind: 'day', dueAt };
  return said && parsePastDay(said, context) ? { kind: 'past' } : { kind: 'unread' };
}

// "12 June" typed on 17 June had moved the action to 12 June next year. A day and month with no
// year that fell in the last few weeks is a day gone (or a slip), not one most of a year away.
const RECENT_DAYS = 60;
const FAR_DAYS = 180;
const DAY_MS = 24 * 60 * 60 * 1000;

function lastYearsDayGone(said: string, dueAt: Date, context: DateContext): boolean {
  if (/\b\d{4}\b|\d{1,2}\/\d{1,2}\/\d{2}/.test(said) || dueAt.getTime() - context.now.getTime() < FAR_DAYS * DAY_MS) return false;
  const past = parsePastDay(said, context);
  return past !== null && context.now.getTime() - past.getTime() < RECENT_DAYS * DAY_MS;
}

/** The action's words and its day, read from where a day is said: at the end ("... by Friday") or the start. */
export function readAdviserAction(rest: string, context: DateContext): ActionRead {
  // "ring the college tmrw" (round six: "By when?" asked, with "tmrw" kept in the action's words).
  const words = rest.trim().replace(/\s+/g, ' ').replace(TOMORROW_SPELT, 'tomorrow');
  const split = splitDate(words, context);
  // "ring the college by 12 June" typed on 17 June: a day just gone (goalWords.ts gives no date for it).
  if (split.gone) return { kind: 'past', text: split.text };
  if (split.due) {
    // The day as typed: what is left beside the action's words, at the end or at the start.
    const said = (words.startsWith(split.text) ? words.slice(split.text.length) : words.slice(0, words.length - split.text.length)).replace(/^\s*(?:by|on|before)\s+/i, '');
    return readDay(said, context).kind === 'past' ? { kind: 'past', text: split.text } : { kind: 'dated', text: split.text, dueAt: split.due };
  }
  // "call the college by the twelfth of never", "ring him by yesterday": a day was meant, not read.
  const at = words.toLowerCase().lastIndexOf(' by ');
  const after = at > 0 ? words.slice(at + 4) : '';
  if (after && after.split(' ').length <= MAX_DAY_WORDS) {
    const day = readDay(after, context);
    if (day.kind === 'past') return { kind: 'past', text: words.slice(0, at) };
    if (day.kind === 'unread' && looksLikeADay(after)) return { kind: 'unread', text: words.slice(0, at) };
  }
  return { kind: 'no-day', text: words.replace(/[\s.!?,;:]+$/, '') };
}

// Words that say a day was meant after "by": "the twelfth of never", "31 feb", "yesterdya".
const DAYISH = /\d|\b(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|day|week|month|year|tomorrow|tmrw|tmw|yesterday|twelfth|end)/i;

function looksLikeADay(text: string): boolean {
  return DAYISH.test(text);
}

// "add a step for sam", "add an action for 2", "add for sam", "add to sams plan", "add to sam's plan".
const BEFORE_CLIENT = /^(?:(?:a|an|one|another|one more|my|new|a new)\s+)*(?:(?:step|action|task|item|thing|to do|todo|note)s?\s+)?(?:for|to|in|into|on)\s+/i;
const AFTER_CLIENT = /(?:'s|s'|\u2019s)?\s+(?:action\s+)?plan$/i;

/** The client named in "add <reference>": "a step for sam" is "sam", "to sams plan" is "sams". */
export function clientOfAdd(reference: string): string {
  let client = reference.trim().replace(/\s+/g, ' ');
  const before = BEFORE_CLIENT.exec(client);
  if (before && before[0].length < client.length) client = client.slice(before[0].length);
  if (AFTER_CLIENT.test(client)) {
    const bare = client.replace(AFTER_CLIENT, '');
    // "sams plan": the name is "sam" when the s was only the possessive.
    client = /'s$|\u2019s$/.test(client.replace(/\s+(?:action\s+)?plan$/i, '')) || !/\p{L}{2}s$/iu.test(bare) ? bare : bare.slice(0, -1);
  }
  return client.replace(/^(?:the\s+)?client\s+/i, '').trim() || reference.trim();
}

// "a step for priya", "another task for 2", "a to do for sam".
const THEIR_STEP = /^(?:(?:a|an|one|another|one more|new|a new)\s+)*(?:step|task|thing|to do|todo)s?\s+for\s+/i;

/** True when "add <reference>" says the step is the client's to do: "a step for priya". */
export function namesTheirStep(reference: string): boolean {
  return THEIR_STEP.test(reference.trim().replace(/\s+/g, ' '));
}

/** "a step for priya update her cv": the words before the client ("a step for ") and the rest; lead empty when none. */
export function leadBeforeClient(words: string): [string, string] {
  const lead = BEFORE_CLIENT.exec(words);
  return lead && lead[0].length < words.length ? [lead[0], words.slice(lead[0].length)] : ['', words];
}

// Round ten: "add a step for priya: apply for 2 jobs by thurs and add a step for lee: ring the college
// by fri" was added to Priya's plan as one step, the second add inside it. A second "add", with its
// own client and colon, is a second ask; any other words after a colon stay the adviser's own.
const SECOND_ADD = /\s*(?:,\s*)?\b(?:and then|and also|and|then|also|plus)\s+(?=add\s+[^:]{1,60}:\s*\S)/i;

/** "add priya: ... and add lee: ..." as two adds; any other line as it is. */
export function addsInOneLine(line: string): string[] {
  if (!/^add\s/i.test(line)) return [line];
  const parts: string[] = [];
  let rest = line;
  for (let match = SECOND_ADD.exec(rest); match && parts.length < 3; match = SECOND_ADD.exec(rest)) {
    parts.push(rest.slice(0, match.index).trim());
    rest = rest.slice(match.index + match[0].length);
  }
  return [...parts, rest.trim()].filter(Boolean);
}
