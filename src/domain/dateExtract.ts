// Finding the date inside a step or goal ("ring the college tomorrow") and taking its words out.
// Split from dates.ts, which reads the date itself (parseDueDate).
import { MAX_DATE_TEXT_LENGTH, parseDueDate, type DateContext } from './dates.ts';
import { TAKE_BACK } from './dateCorrections.ts';
import { HOW_OFTEN } from './dateWords.ts';

export interface ExtractedDueDate {
  /** The words without the date, e.g. "ring the college" from "ring the college tomorrow". */
  rest: string;
  dueAt: Date | null;
  /** The date words as typed, with the words that tie them on ("by the end of next week"), or null. */
  phrase: string | null;
}

// Words that join a date to the sentence and go with it: "by", "on the", "before the end of".
const LEADING_DATE_WORDS = /^(?:by|on|before|b4|until|till|til|for|from|over|during|this|next|nxt|the|end|start|beginning|middle|mid|of|sometime|some|time|no|later|than|starting|commencing|w\/c|w\/b)$/i;
// "by end of play friday", "eod tmrw", "cob monday": a working day's end said before the day goes with it.
const END_OF_PLAY_BEFORE = /(?:\b(?:by|before|at)\s+)?(?:(?:\bthe\s+)?\b(?:end of (?:the )?(?:day|play)|close of (?:play|business))|(?<!\bthe\s)\b(?:cob|eod|eop))[\s,]*$/i;
// "in" and "within" only lead a span of time ("in 2 days"), not "log in tomorrow".
const SPAN_START = /^(?:\d+|an?|one|two|three|four|five|six|seven|couple|few|fortnight|week|month|the (?:week|month))\b/i;
const MONTH_WORD = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*';
// Words after a date that say no more than it ("the 12th December" is the 12th) but belong to it.
const TRAILING_DATE_WORDS = new RegExp(`^\\s*(?:at the latest|latest|first thing|morning|mornin|afternoon|aft|arvo|evening|night|lunchtime|time|coming|comin|itself|[ap]m|(?:the\\s+)?\\d{1,2}(?:st|nd|rd|th)(?:\\s+(?:of\\s+)?${MONTH_WORD})?|(?:of\\s+)?${MONTH_WORD}(?:\\s+\\d{4})?|\\d{4})\\b`, 'i');
// Hedges after a date go with it: "next week sometime", "friday at some point", "tomorrow if i can".
const HEDGE = String.raw`(?:sometime|some time|at some (?:point|stage)|if (?:i|we) can|if possible|if poss|if i get (?:the )?(?:time|chance)|hopefully|ideally|maybe|probably|or so|or thereabouts|ish|all being well|fingers crossed)`;
const TRAILING_HEDGE = new RegExp(String.raw`^[\s,]*${HEDGE}(?=\s*(?:$|[.,!?;)]|(?:and|then|but)\b|${HEDGE}))`, 'i');
// "friday no wait monday", "tmrw, actually make it wed": the words that take a day back.
const TAKE_BACK_WORDS = new RegExp(String.raw`^(?:${TAKE_BACK}[\s,.!-]+)+$`, 'i');
const EDGE_PUNCTUATION = /^[\s,;:.!\-\u2013]+|[\s,;:.!\-\u2013]+$/g;

/**
 * Finds the date inside a step or goal and takes it out of the words: "apply for 2 jobs by end of
 * next week" gives "apply for 2 jobs" and the Friday of next week. The date is the one
 * parseDueDate reads; its words are found by trimming the text from each end while the date stays
 * the same, then taking back the joining words. With no date, the text comes back as it was.
 */
export function extractDueDate(text: string, context: DateContext): ExtractedDueDate {
  const tidy = text.trim();
  const dueAt = parseDueDate(tidy, context);
  if (!dueAt) return { rest: tidy, dueAt: null, phrase: null };

  const words = [...tidy.slice(0, MAX_DATE_TEXT_LENGTH).matchAll(/\S+/g)].map((match) => ({
    start: match.index, end: match.index + match[0].length, bare: match[0].replace(EDGE_PUNCTUATION, ''),
  }));
  const sameDate = (from: number, to: number) =>
    parseDueDate(tidy.slice(words[from]!.start, words[to - 1]!.end), context)?.getTime() === dueAt.getTime();
  let from = 0;
  let to = words.length;
  // "every other friday starting tomorrow": the date is tomorrow, and how often stays in the step.
  const often = oftenEnds(tidy, words);
  while (from < to - 1 && (sameDate(from + 1, to) || (often.has(from) && often.get(from)! < to && sameDate(often.get(from)!, to)))) {
    from = sameDate(from + 1, to) ? from + 1 : often.get(from)!;
  }
  while (to > from + 1 && sameDate(from, to - 1)) to--;
  const leadIn = () => {
    while (from > 0 && leadsTheDate(words[from - 1]!.bare, `${words[from]!.bare} ${words[from + 1]?.bare ?? ''}`, words[from - 2]?.bare)) from--;
  };
  leadIn();
  from = withDayTakenBack(tidy, words, from, to, context) ?? from;
  // "by half 3 today": "by half 3" alone is today too, but the day said after the time goes with it.
  for (let more = 1; more <= 2 && to + more <= words.length; more++) {
    if (parseDueDate(tidy.slice(words[to]!.start, words[to + more - 1]!.end), context) && sameDate(from, to + more)) {
      to += more;
      break;
    }
  }
  leadIn();
  if (from > 1 && /^first$/i.test(words[from - 2]!.bare) && /^thing$/i.test(words[from - 1]!.bare)) from -= 2;
  const endOfPlay = END_OF_PLAY_BEFORE.exec(tidy.slice(0, words[from]!.start));
  if (endOfPlay) from = words.findIndex((word) => word.end > endOfPlay.index);

  const start = words[from]!.start;
  let end = words[to - 1]!.end;
  const trailing = TRAILING_DATE_WORDS.exec(tidy.slice(end));
  if (trailing) end += trailing[0].length;
  for (let hedge = TRAILING_HEDGE.exec(tidy.slice(end)); hedge; hedge = TRAILING_HEDGE.exec(tidy.slice(end))) end += hedge[0].length;
  // A comma or full stop that ended the date belongs to neither part.
  const phrase = tidy.slice(start, end).replace(EDGE_PUNCTUATION, '');
  const before = tidy.slice(0, start).replace(EDGE_PUNCTUATION, '');
  const after = tidy.slice(end).replace(EDGE_PUNCTUATION, '');
  return { rest: [before, after].filter(Boolean).join(' '), dueAt, phrase };
}

interface Word { start: number; end: number; bare: string }

/** For each word that starts a frequency ("every other friday"), the index of the word after it. */
function oftenEnds(text: string, words: Word[]): Map<number, number> {
  const ends = new Map<number, number>();
  for (const match of text.toLowerCase().matchAll(new RegExp(HOW_OFTEN.source, 'g'))) {
    const first = words.findIndex((word) => word.start === match.index);
    const after = words.findIndex((word) => word.start >= match.index + match[0].length);
    if (first >= 0) ends.set(first, after < 0 ? words.length : after);
  }
  return ends;
}

/**
 * "ring the college friday no wait monday": the date is Monday, and the day taken back goes out of the
 * step with it (held-out part D). The first word of the day taken back, or null when there is none.
 */
function withDayTakenBack(text: string, words: Word[], from: number, to: number, context: DateContext): number | null {
  const dueAt = parseDueDate(text.slice(words[from]!.start, words[to - 1]!.end), context)?.getTime();
  for (let marker = from - 1; marker >= Math.max(1, from - 6); marker--) {
    if (!TAKE_BACK_WORDS.test(text.slice(words[marker]!.start, words[from]!.start))) continue;
    for (let first = marker - 1; first >= Math.max(0, marker - 4); first--) {
      if (!parseDueDate(text.slice(words[first]!.start, words[marker - 1]!.end), context)) continue;
      return parseDueDate(text.slice(words[first]!.start, words[to - 1]!.end), context)?.getTime() === dueAt ? first : null;
    }
  }
  return null;
}

function leadsTheDate(word: string, next: string, before = ''): boolean {
  // "next" and "this" lead a day or a week ("next friday"), not other date words: "the job at Next on Friday".
  if (/^(?:next|nxt|this)$/i.test(word)) return /^(?:mon|tue|wed|thu|fri|sat|sun|chews|choose|fry|wens|weak|week|wk|weekend|wknd|wkend|month|mnth|mth|year|coming|comin|cmng|time|couple|few|\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i.test(next);
  // "after two days" (eighth batch: said for "in two days"); "after the weekend" stays as it was.
  if (/^after$/i.test(word)) return /^(?:\d+|an?|one|two|three|four|five|six|seven|couple|few|fortnight)\s+(?:days?|weeks?|months?|fortnights?)\b/i.test(next);
  if (/^(?:in|within)$/i.test(word)) return SPAN_START.test(next) || new RegExp(`^${MONTH_WORD}\\b`, 'i').test(next);
  if (/^(?:at|@)$/i.test(word)) return /^(?:\d|noon|midday|midnight|half|quarter)/i.test(next); // "at 11 on thursday", not "the job at Next"

  // "Friday 4th", "Monday the 4th": the day of the month says the date, the weekday goes with it.
  if (/^(?:mon|tues?|wed(?:s|nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?$/i.test(word)) return /^(?:\d|the\b)/i.test(next);
  if (/^(?:a|an)$/i.test(word)) return /^(?:couple|few|fortnight|fort night|week|wk|month|mnth|mth)/i.test(next);
  // "this coming friday", "sunday coming": "coming" says which one, and "week commencing the 7th".
  if (/^(?:coming|comin|cmng)$/i.test(word)) return /^(?:mon|tue|wed|thu|fri|sat|sun|week|wk|weekend)/i.test(next);
  // "week commencing the 7th"; "next week friday" (eighth batch), where "next" then leads "week", not "3 days a week monday".
  if (/^(?:week|weak|wk)$/i.test(word)) {
    return /^(?:commencing|beginning|starting)\b/i.test(next) || (/^(?:next|nxt|this)$/i.test(before) && /^(?:mon|tue|wed|thu|fri|sat|sun|chews|fry|wens)/i.test(next));
  }
  if (/^w[cb]$/i.test(word)) return /^(?:\d|the\b)/i.test(next); // "wc 7th", not "clean the wc monday"
  // "start of june" is a part of the month; "start in june" is the client's doing word, and only
  // "in june" is the date (the day is the same with or without "start", so only "of" ties it on).
  if (/^(?:start|beginning|end|middle)$/i.test(word)) return /^of\b/i.test(next);
  return LEADING_DATE_WORDS.test(word);
}
