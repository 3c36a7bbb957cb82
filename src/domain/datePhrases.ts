// Plain-English date phrases that chrono-node misses or reads in a way that does not suit a due
// date. Everything here works on calendar days in the client's own zone; no instants, no time zones.
import { readCorrections } from './dateCorrections.ts';

export interface CalendarDay {
  year: number;
  month: number; // 1 to 12
  day: number;
}

export const WEEKDAY_NAMES = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const MONTH_NAMES = [
  'january', 'february', 'march', 'april', 'may', 'june',
  'july', 'august', 'september', 'october', 'november', 'december',
];
const WEEKDAY = `(${WEEKDAY_NAMES.join('|')})`;
const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const PART = '(start|beginning|early|mid|middle|end|late|later)';
const SMALL_NUMBERS: Record<string, number> = { a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6 };

const SPELLINGS: Record<string, string> = {
  tomorow: 'tomorrow', tommorow: 'tomorrow', tommorrow: 'tomorrow', tomorro: 'tomorrow', tmrw: 'tomorrow',
  tmrow: 'tomorrow', tmr: 'tomorrow', tmoz: 'tomorrow', tomoz: 'tomorrow', '2moro': 'tomorrow',
  '2morro': 'tomorrow', '2morrow': 'tomorrow', '2morow': 'tomorrow', '2mrw': 'tomorrow', '2mro': 'tomorrow',
  b4: 'before', nex: 'next', tonite: 'tonight', '2nite': 'tonight',
  '2night': 'tonight', '2day': 'today', tday: 'today', nxt: 'next', wk: 'week', wks: 'weeks', mnth: 'month',
  mth: 'month', mnths: 'months', mths: 'months', hr: 'hour', hrs: 'hours', fortnite: 'fortnight',
  mondy: 'monday', monady: 'monday', tue: 'tuesday', tues: 'tuesday', tusday: 'tuesday', tuseday: 'tuesday',
  teusday: 'tuesday', weds: 'wednesday', wensday: 'wednesday', wendsday: 'wednesday', wednsday: 'wednesday',
  wedensday: 'wednesday', wedsday: 'wednesday', thu: 'thursday', thur: 'thursday', thurs: 'thursday',
  thurday: 'thursday', thursay: 'thursday', thrusday: 'thursday', fri: 'friday', firday: 'friday',
  fridy: 'friday', frday: 'friday', friady: 'friday', saterday: 'saturday', satuday: 'saturday',
  sunady: 'sunday', xmas: 'christmas', chrimbo: 'christmas', crimbo: 'christmas', eod: 'end of the day',
  eow: 'end of the week', eom: 'end of the month', wknd: 'weekend', wkend: 'weekend', weekned: 'weekend',
};

// tomorrow, tomoro, tomrow, tommorrow, tmrw, tmr, 2moro, 2mrw: every way we have seen it typed, and more.
const TOMORROW_SPELT_ANY_WAY = /^(?:to|2|t)m+o*(?:r+o*w*|z)$/;
const DAY_WORD = `(?:${WEEKDAY_NAMES.join('|')}|mon|tue|wed|thu|sat|sun)`;
const KIND_OF_JOB = new RegExp(`(?<!\\b(?:by|on|before|until|till|this|next|from)\\s)\\b(?:${DAY_WORD}|weekend|weekday|christmas|summer|night|evening|morning)s?(?:\\s+(?:night|evening|morning|afternoon|day))?\\s+(?=(?:temp\\s+|part[- ]time\\s+|seasonal\\s+)?(?:jobs?|work|shifts?|league|staff|roles?|posts?|cover|hours|positions?|team|temp)\\b)`, 'g');
const DAY_RANGE = new RegExp(`\\b${DAY_WORD}\\s*(?:-|to|till|until|through|thru)\\s*${DAY_WORD}\\b`, 'g');
const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];

/** Lower-cases and rewrites the text so that both chrono and our own phrases below can read it. */
export function normaliseDateText(text: string): string {
  const spelt = text
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[a-z0-9]+/g, (word) => SPELLINGS[word] ?? (TOMORROW_SPELT_ANY_WAY.test(word) ? 'tomorrow' : word))
    // "A weekend job", "Saturday work", "Monday to Friday": kinds of job and working weeks, not dates.
    .replace(DAY_RANGE, 'weekdays')
    .replace(KIND_OF_JOB, 'kind of ');
  // "Not Friday, Monday", "not this week but next", "after Christmas": see dateCorrections.ts.
  return readCorrections(spelt)
    // "4.12.26": dots only with a year, as "4.30" is a time.
    .replace(/\b(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})\b/g, '$1/$2/$3')
    .replace(/\bthe (first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b/g,
      (_all, ordinal: string) => `the ${ORDINALS.indexOf(ordinal) + 1}${['st', 'nd', 'rd'][ORDINALS.indexOf(ordinal)] ?? 'th'}`)
    .replace(/\b(?:a|one) (month|year) (?:today|from today)\b/g, 'this time next $1')
    // UK clock words: "half 2" is 2:30, "quarter to 3" is 2:45.
    .replace(/\bhalf (?:past )?(\d{1,2})\b/g, '$1:30')
    .replace(/\bquarter past (\d{1,2})\b/g, '$1:15')
    .replace(/\bquarter to (\d{1,2})\b/g, (_all, hour: string) => `${((Number(hour) + 10) % 12) + 1}:45`)
    // "By 5" as the whole answer is a time of day; inside a sentence ("school ends at 3") it is left alone.
    .replace(/^(by|before|at) (\d{1,2})$/, (all, cue: string, hour: string) => (Number(hour) <= 12 ? `${cue} ${hour}:00` : all))
    .replace(/^(?:right now|now|straight ?away|right away|immediately)$/, 'today')
    .replace(/\b(?:within|during|in|over) the week\b/g, 'this week')
    // "sat", "sun", "wed" and "mon" are everyday words too, so only read them as days after a cue.
    .replace(/\b(by|on|until|till|til|before|this|next|from|after|every|each)\s+(mon|wed|sat|sun)\b/g,
      (_all, cue: string, day: string) => `${cue} ${expandDay(day)}`)
    .replace(/^(mon|wed|sat|sun)$/, (day) => expandDay(day))
    .replace(/\b(?:a|one)\s+fortnight\b/g, '2 weeks')
    .replace(/\bfortnight\b/g, '2 weeks')
    .replace(/\b(?:a\s+)?couple(?:\s+of)?\b/g, '2')
    // "A few days" is vague, but a coach can plan with three; a week or more away would be "next week".
    .replace(/\b(?:a\s+)?few\s+(days?|weeks?)\b/g, '3 $1')
    .replace(/\b(a|one)\s+(day|week|month|year)'?s\b/g, '$1 $2') // "in a weeks time"
    .replace(/\bmid-/g, 'mid ')
    // "End of play Friday" is Friday; said alone, it is today.
    .replace(new RegExp(`\\b(?:end of (?:the )?(?:day|play)|close of (?:play|business)|cob)\\s+(?=(?:on\\s+)?(?:${WEEKDAY_NAMES.join('|')}|tomorrow)\\b)`, 'g'), '')
    .replace(/\b(?:end of (?:to)?day|end of play|close of play|close of business|cob)\b/g, 'end of the day')
    // chrono reads "January 15" as January 2015, so put the day first as people in the UK write it.
    .replace(new RegExp(`\\b${MONTH}\\.?\\s+(\\d{1,2})(st|nd|rd|th)?\\b(?!\\s*(?::|am\\b|pm\\b))`, 'g'),
      (_all, month: string, day: string, suffix = '') => `${day}${suffix} ${month}`);
}

export function expandDay(abbreviation: string): string {
  return WEEKDAY_NAMES.find((name) => name.startsWith(abbreviation)) ?? abbreviation;
}

/** A calendar day for the phrases we handle ourselves, or null to let chrono try. */
export function resolveOwnPhrase(text: string, today: CalendarDay): CalendarDay | null {
  for (const resolve of [holiday, endOfToday, weeksOnADay, afterTheWeekend, weekend, wholeMonth, partOfNamedMonth, dayOfMonth, partOfPeriod]) {
    const day = resolve(text, today);
    if (day) return day;
  }
  return null;
}

function holiday(text: string, today: CalendarDay): CalendarDay | null {
  const dates: Array<[RegExp, number, number]> = [
    [/\bchristmas eve\b/, 12, 24],
    [/\bboxing day\b/, 12, 26],
    [/\bchristmas\b/, 12, 25],
    [/\bnew years?'?s? eve\b/, 12, 31],
    [/\bnew years?'?s?(?: day)?\b/, 1, 1],
  ];
  const found = dates.find(([pattern]) => pattern.test(text));
  if (!found) return null;
  const thisYear = { year: today.year, month: found[1], day: found[2] };
  return compareDays(thisYear, today) >= 0 ? thisYear : { ...thisYear, year: today.year + 1 };
}

function endOfToday(text: string, today: CalendarDay): CalendarDay | null {
  return /\bend of the day\b/.test(text) ? today : null;
}

/** British idioms: "a week on Friday", "Friday week", "2 weeks today", "Monday next week", "this time next week". */
function weeksOnADay(text: string, today: CalendarDay): CalendarDay | null {
  let match = new RegExp(`(?:\\b(a|one|two|three|four|five|six|\\d)\\s+|^)weeks?\\s+(today|tomorrow|on\\s+${WEEKDAY})\\b`).exec(text);
  if (match) {
    const weeks = match[1] ? SMALL_NUMBERS[match[1]] ?? Number(match[1]) : 1; // "wk on fri" is a week on Friday
    const base = match[2] === 'today' ? today : match[2] === 'tomorrow' ? addDays(today, 1) : nextWeekday(today, match[3]!);
    return addDays(base, 7 * weeks);
  }
  match = new RegExp(`\\b${WEEKDAY}\\s+week\\b`).exec(text);
  if (match) return addDays(nextWeekday(today, match[1]!), 7);
  match = new RegExp(`\\b${WEEKDAY},?\\s+(?:of\\s+)?(this|next)\\s+week\\b|\\b(this|next)\\s+week,?\\s+(?:on\\s+)?${WEEKDAY}\\b`).exec(text);
  if (match) {
    const weekday = WEEKDAY_NAMES.indexOf((match[1] ?? match[4])!);
    const weekStart = addDays(mondayOf(today), (match[2] ?? match[3]) === 'next' ? 7 : 0);
    const day = addDays(weekStart, (weekday + 6) % 7);
    return compareDays(day, today) >= 0 ? day : null;
  }
  match = /\bthis time next (week|month|year)\b/.exec(text);
  if (match) {
    if (match[1] === 'week') return addDays(today, 7);
    const months = match[1] === 'month' ? 1 : 12;
    const month0 = today.month - 1 + months;
    const year = today.year + Math.floor(month0 / 12);
    const month = (month0 % 12) + 1;
    return { year, month, day: Math.min(today.day, daysInMonth(year, month)) };
  }
  return null;
}

function afterTheWeekend(text: string, today: CalendarDay): CalendarDay | null {
  return /\bafter\s+the\s+weekend\b/.test(text) ? addDays(mondayOf(today), 7) : null;
}

function weekend(text: string, today: CalendarDay): CalendarDay | null {
  const match = /(?<!\b(?:every|each)\s)\b(before\s+the\s+)?(next\s+)?weekend\b/.exec(text);
  if (!match) return null;
  const saturday = addDays(mondayOf(today), 5);
  if (match[1]) return latest(today, addDays(saturday, match[2] ? 6 : -1)); // the Friday before it
  if (match[2]) return addDays(saturday, 7);
  return compareDays(today, saturday) > 0 ? today : saturday;
}

/** A month on its own ("October", "in Oct"), given for a deadline, means by the end of it. */
function wholeMonth(text: string, today: CalendarDay): CalendarDay | null {
  const match = new RegExp(`^(?:in |during |sometime in |some time in )?${MONTH}$`).exec(text);
  if (!match) return null;
  const month = MONTH_NAMES.findIndex((name) => name.startsWith(match[1]!.slice(0, 3))) + 1;
  const year = month >= today.month ? today.year : today.year + 1;
  return { year, month, day: daysInMonth(year, month) };
}

/** "mid December", "the start of March", "early January": chrono only reads the month. */
function partOfNamedMonth(text: string, today: CalendarDay): CalendarDay | null {
  const match = new RegExp(`\\b${PART}\\s+(?:of\\s+)?${MONTH}\\b`).exec(text);
  if (!match) return null;
  const month = MONTH_NAMES.findIndex((name) => name.startsWith(match[2]!.slice(0, 3))) + 1;
  const year = month >= today.month ? today.year : today.year + 1;
  return latest(today, { year, month, day: dayForPart(match[1]!, year, month) });
}

/** "by the 20th", "Friday 4th", "the 5th of next month": the next time that day of the month comes round. */
function dayOfMonth(text: string, today: CalendarDay): CalendarDay | null {
  const cue = `by|on|before|until|till|${WEEKDAY_NAMES.join('|')}`;
  const pattern = new RegExp(`\\b(?:(${cue})\\s+)?(the\\s+)?(\\d{1,2})(?:st|nd|rd|th)\\b(\\s+of\\s+(?:this|next)\\s+month\\b)?`, 'g');
  for (const match of text.matchAll(pattern)) {
    const rest = text.slice(match.index + match[0].length);
    const endsThePhrase = /^\s*(?:$|[.,!?;)]|(?:at|and|or|so|then|please|if|latest|when|because|in|this|next|i|we|hopefully|maybe|probably|ok|okay|thanks|too)\b)/.test(rest);
    const isWholeText = match[0] === text;
    if (!(match[1] || match[2] || isWholeText) || !(endsThePhrase || match[4])) continue;
    const dayNumber = Number(match[3]);
    if (dayNumber < 1 || dayNumber > 31) return null;
    let candidate = { year: today.year, month: today.month, day: dayNumber };
    if (match[4]?.includes('next')) candidate = nextMonthOf(candidate);
    for (let tries = 0; tries < 3; tries++) {
      if (dayNumber <= daysInMonth(candidate.year, candidate.month) && compareDays(candidate, today) >= 0) return candidate;
      candidate = nextMonthOf(candidate);
    }
  }
  return null;
}

/** "this week", "end of next week", "by next month", "later this month", "end of the year". */
function partOfPeriod(text: string, today: CalendarDay): CalendarDay | null {
  if (/\b(?:in|within|over|during)\s+the\s+next\s+(?:week|month|year)\b/.test(text)) return null; // "within 7 days": chrono's job
  const pattern = new RegExp(`(?:\\b(by|before)\\s+)?(?:\\b(?:the\\s+)?${PART}\\s+(?:of\\s+)?)?\\b(?:(this|the|next)\\s+)?(week|month|year)\\b`, 'g');
  for (const match of text.matchAll(pattern)) {
    const [, by, part, which, period] = match;
    if (!part && which !== 'this' && which !== 'next') continue;
    if (!part && /\b(?:every|each|a|per)\s*$/.test(text.slice(0, match.index))) continue;
    const next = which === 'next';
    if (by && next && !part) return startOfPeriod(period!, today, 1);
    return dayInPeriod(period!, part ?? 'end', today, next);
  }
  return null;
}

function dayInPeriod(period: string, part: string, today: CalendarDay, next: boolean): CalendarDay {
  if (period === 'week') {
    const monday = addDays(mondayOf(today), next ? 7 : 0);
    const offset = ['start', 'beginning', 'early'].includes(part) ? 0 : ['mid', 'middle'].includes(part) ? 2 : 4;
    const day = addDays(monday, offset);
    if (next || compareDays(day, today) >= 0) return day;
    // At the weekend, "the end of the week" can only mean Sunday.
    return offset === 4 ? addDays(monday, 6) : today;
  }
  const start = startOfPeriod(period, today, next ? 1 : 0);
  if (period === 'month') return latest(today, { ...start, day: dayForPart(part, start.year, start.month) });
  const month = ['start', 'beginning', 'early'].includes(part) ? 1 : ['mid', 'middle'].includes(part) ? 7 : 12;
  return latest(today, { year: start.year, month, day: month === 12 ? 31 : 1 });
}

function startOfPeriod(period: string, today: CalendarDay, periodsAhead: number): CalendarDay {
  if (period === 'week') return addDays(mondayOf(today), 7 * periodsAhead);
  if (period === 'year') return { year: today.year + periodsAhead, month: 1, day: 1 };
  return periodsAhead ? nextMonthOf({ ...today, day: 1 }) : { ...today, day: 1 };
}

function dayForPart(part: string, year: number, month: number): number {
  if (['start', 'beginning', 'early'].includes(part)) return 1;
  if (['mid', 'middle'].includes(part)) return 15;
  return daysInMonth(year, month);
}

// ---- calendar arithmetic on plain days (UTC is used only as a time-zone-free calendar) ----

export function addDays(day: CalendarDay, days: number): CalendarDay {
  const date = new Date(Date.UTC(day.year, day.month - 1, day.day + days));
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

export function weekdayOf(day: CalendarDay): number {
  return new Date(Date.UTC(day.year, day.month - 1, day.day)).getUTCDay();
}

export function compareDays(a: CalendarDay, b: CalendarDay): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function mondayOf(day: CalendarDay): CalendarDay {
  return addDays(day, -((weekdayOf(day) + 6) % 7));
}

/**
 * The day a weekday name points to. "Friday" is the next Friday after today; "this Friday" is this
 * week's, or today's if it is Friday (the next one once this week's has gone); "next Friday" is the
 * Friday of next week (weeks run Monday to Sunday), so on a Monday "next Friday" is 11 days away.
 */
export function dayForWeekday(today: CalendarDay, weekday: number, which: 'bare' | 'this' | 'next'): CalendarDay {
  if (which === 'next') return addDays(mondayOf(today), 7 + ((weekday + 6) % 7));
  const ahead = (weekday - weekdayOf(today) + 7) % 7;
  return addDays(today, which === 'bare' && ahead === 0 ? 7 : ahead);
}

/**
 * The day the weekday alone would name, so "a week on Monday" is that day plus 7: said on Monday 8
 * June, "Monday" is the 15th and "a week on Monday" the 22nd ("a week today" is the 15th). It had
 * counted today as the Monday, so the phrase gave the same day as "on Monday" alone.
 */
function nextWeekday(today: CalendarDay, weekdayName: string): CalendarDay {
  return dayForWeekday(today, WEEKDAY_NAMES.indexOf(weekdayName), 'bare');
}

function nextMonthOf(day: CalendarDay): CalendarDay {
  return day.month === 12 ? { ...day, year: day.year + 1, month: 1 } : { ...day, month: day.month + 1 };
}

function latest(a: CalendarDay, b: CalendarDay): CalendarDay {
  return compareDays(a, b) >= 0 ? a : b;
}

/** "after payday", "when i get paid": a day only the client knows, asked about in its own terms. */
export function mentionsPayday(text: string): boolean {
  return /\b(?:pay ?day|get paid|gets paid|i am paid|im paid|(?:wages?|pay|uc|universal credit|money) (?:comes?|goes|lands?|is) in)\b/i.test(text);
}
