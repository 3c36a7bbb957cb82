// How clients type dates, rewritten into words that chrono-node and our own phrases (datePhrases.ts)
// can read: spellings ("tmrw", "weds"), kinds of job and frequencies that are not dates ("a weekend
// job", "every other Tuesday"), UK clock words ("half 2") and dates written with dots ("04.12").
import { WEEKDAY_NAMES } from './dateCalendar.ts';
import { readCorrections } from './dateCorrections.ts';
import { daySpeltAnyWay } from './dateDaySpellings.ts';
import { holidaySeasonsAsVague } from './dateHolidays.ts';
import { heardAsSaid } from './dateVoice.ts';

export const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';

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
  // Sixth batch: short and slipped forms too short for correctSlips (dates.ts), and UK day-part words.
  frid: 'friday', satday: 'saturday', yrs: 'years', comin: 'coming', cmng: 'coming', mornin: 'morning',
  aft: 'afternoon', arvo: 'afternoon',
  // Seventh batch: "on the 2nd pls", "by nye".
  pls: 'please', plz: 'please', nye: 'new years eve',
  // Eighth batch: "christmass" is one letter more, which correctSlips (dates.ts) leaves as a plural.
  christmass: 'christmas', chrismas: 'christmas', dys: 'days',
  // Round six: "next" with a key beside the t or the n hit ("nexr week").
  nexr: 'next', nexy: 'next', nexf: 'next', nexg: 'next', bext: 'next', mext: 'next',
  // Round seven: "in a cpl of days", "end of teh month".
  cpl: 'couple', teh: 'the',
  // Round eight: "yday" had been no day, so it was not told it had gone.
  yday: 'yesterday', yest: 'yesterday', ystday: 'yesterday', yesterdy: 'yesterday',
};

// tomorrow, tomoro, tomrow, tommorrow, tmrw, tmr, tmw, tomo, 2moro, 2mrw, tomorra: every way we have
// seen it typed, and more (held-out part D found "tmw").
const TOMORROW_SPELT_ANY_WAY = /^(?:(?:to|2|t)m+o*(?:r+[oa]*w*|z|w)|tomo)$/;
const DAY_WORD = `(?:${WEEKDAY_NAMES.join('|')}|mon|tue|wed|thu|sat|sun)`;
const KIND_OF_JOB = new RegExp(`(?<!\\b(?:by|on|before|until|till|this|next|from)\\s)\\b(?:${DAY_WORD}|weekend|weekday|christmas|summer|night|evening|morning)s?(?:\\s+(?:night|evening|morning|afternoon|day))?\\s+(?=(?:temp\\s+|part[- ]time\\s+|seasonal\\s+)?(?:jobs?|work|shifts?|league|staff|roles?|posts?|cover|hours|positions?|team|temp|rotas?)\\b)`, 'g');
const DAY_RANGE = new RegExp(`\\b${DAY_WORD}\\s*(?:-|to|till|until|through|thru)\\s*${DAY_WORD}\\b`, 'g');
// "Every other Tuesday", "alternate Mondays", "every 2nd Friday", "Fridays": how often, not when.
export const HOW_OFTEN = new RegExp(
  `\\b(?:(?:every|each)\\s+(?:other|second|2nd|third|3rd|fourth|4th|alternate|few|couple\\s+of)\\s+(?:${DAY_WORD}|week|weekend|month|day|fortnight)s?`
  + `|alternate\\s+(?:${DAY_WORD}|week|weekend)s?|(?:${WEEKDAY_NAMES.join('|')})s)\\b`,
  'g',
);
const NOT_A_DAY_AFTER = String.raw`(?<!\b(?:i|we|you|he|she|they|just|had|have|has|was|were|always|the)\s)`;
const SHORT_DAY_BESIDE_A_DAY = new RegExp(
  `${NOT_A_DAY_AFTER}\\b(mon|wed|sat|sun)(?=\\s*(?:or|/|&)\\s*${DAY_WORD}\\b|\\s+(?:am|pm|morn|morning|afternoon|aft|arvo|eve|evening|night|nite)\\b)`,
  'g',
);
const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];
// "By 5 today", "at 3 tomorrow", "by 2:30 on Friday": the time said before the day, put after it.
const TIME_BEFORE_DAY = new RegExp(
  `\\b(?:by|at|before|until|till|til)\\s+(\\d{1,2}(?:[:.]\\d{2})?(?:\\s*[ap]m)?)\\s+(?:on\\s+)?((?:(?:this|next)\\s+)?(?:today|tonight|tomorrow|${WEEKDAY_NAMES.join('|')}))\\b`,
  'g',
);

/** One lower-case word as the date reader spells it ("2moro" is "tomorrow", "thurs" "thursday"); the word if it is none of these. */
export function dateWordSpelt(word: string): string {
  return SPELLINGS[word] ?? (TOMORROW_SPELT_ANY_WAY.test(word) ? 'tomorrow' : daySpeltAnyWay(word) ?? word);
}

/** Lower-cases and rewrites the text so that both chrono and our own phrases can read it. */
export function normaliseDateText(text: string): string {
  const spelt = heardAsSaid(text.toLowerCase().replace(/[\u2018\u2019]/g, "'").replace(/\s+/g, ' ').trim())
    .replace(/[a-z0-9]+/g, dateWordSpelt)
    // "24/7" is round the clock, not 24 July ("by 24/7" still is).
    .replace(/(?<!\b(?:by|on|before|until|till|due)\s)(?<![\w/.])24\s?\/\s?7(?![\w/]|[.-]\d)/g, 'round the clock')
    .replace(/(^|\s)@\s*(?=\d)/g, '$1at ') // "monday @ 11"
    .replace(/\b(month|year)[- ]end\b/g, 'end of the $1') // "by month end"
    // "this week end", "on the week end": the weekend, written as two words (round five); not "week end of".
    .replace(/(^|\b(?:this|next|the|on|at|over|in|for|by)\s+)week[- ]end\b(?!\s+of\b)/g, '$1weekend')
    .replace(/\bthe morra\b/g, 'tomorrow') // Scots
    // "w/c 7th dec", "week commencing monday": the week that starts that day, so the day itself.
    .replace(/(?:\bw\/[cb]|\bweek (?:commencing|beginning|starting))\s+(?=(?:the\s+)?\d|(?:mon|monday)\b)|\bw[cb]\s+(?=(?:the\s+)?\d)/g, '')
    .replace(/\b(?:the\s+)?day\s+after\s+tomorrow\b/g, 'in 2 days')
    // "next to next week" is the week after next; "friday next", said last, is next Friday (eighth batch).
    .replace(new RegExp(`\\bnext to next (week|weekend|${WEEKDAY_NAMES.join('|')})\\b`, 'g'), '$1 after next')
    .replace(new RegExp(`\\b(${WEEKDAY_NAMES.join('|')}) next(?=\\s*(?:$|[.,!?]))`, 'g'), 'next $1')
    // "A weekend job", "Saturday work", "Monday to Friday": kinds of job and working weeks, not dates.
    .replace(DAY_RANGE, 'weekdays')
    .replace(KIND_OF_JOB, 'kind of ')
    // "every monday and wednesday": each day in the list is how often, not only the first.
    .replace(new RegExp(`\\b(?:every|each)\\s+${DAY_WORD}s?(?:\\s*(?:,|&|\\+|and|or)\\s*${DAY_WORD}s?)+\\b`, 'g'), 'regularly')
    .replace(HOW_OFTEN, 'regularly');
  // "Not Friday, Monday", "not this week but next", "after Christmas": see dateCorrections.ts.
  const read = readCorrections(holidaySeasonsAsVague(spelt))
    // "4.12.26": dots with a year; without one, see daysWithDots below.
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
    // "sat", "sun", "wed" and "mon" are everyday words too, so only read them as days after a cue,
    // or before "week" ("sat week" is "Saturday week").
    // A hedge is a cue too ("prob sat"): read as "I sat", it was told the day had gone (round seven).
    // "start mon", "starting wed": a start day, as "from mon" is (job news had had to spell these out itself).
    .replace(/\b(by|on|until|till|til|before|this|next|from|after|start|starts|starting|begin|begins|beginning|commencing|every|each|first thing|prob|probably|prolly|maybe|deffo|defo)\s+(mon|wed|sat|sun)\b/g,
      (_all, cue: string, day: string) => `${cue} ${expandDay(day)}`)
    .replace(/(?<!\b(?:i|we|you|he|she|they|just|had|have|has|was|were|always)\s)\b(mon|wed|sat|sun)(?=,?\s+(?:(?:this|next)\s+)?week\b(?!\s+(?:after|in|by|on)\s+week))/g, (day) => expandDay(day))
    .replace(/^(mon|wed|sat|sun)(?=[.!?]*$)/, (day) => expandDay(day)) // the whole answer: "sun!", "Sat."
    // "mon or tues", "wed/thu", "sun pm", "sat morn": a short day name before another day or a part of
    // the day is a day. Left short, "mon or tues" had been Tuesday and "sun pm" last Sunday (round eight).
    .replace(SHORT_DAY_BESIDE_A_DAY, (day) => expandDay(day))
    // "this week or the next": two weeks to choose from name no day, so the coach asks (round eight).
    .replace(/\bthis (week|month) or (?:the )?next(?: one| \1)?\b/g, 'some time')
    // "first thing in the morning", said alone: tomorrow morning, as "first thing tomorrow" is (round eight).
    .replace(/^(?:first thing |early )?in the morning$/, 'tomorrow morning')
    // "wed 9th", "sat the 5th", "mon first thing" (seventh batch).
    .replace(/(?<!\b(?:i|we|you|he|she|they|just|had|have|has|was|were|always)\s)\b(mon|wed|sat|sun)(?=,?\s+(?:(?:the\s+)?\d{1,2}(?:st|nd|rd|th)\b|first thing\b))/g, (day) => expandDay(day))
    .replace(TIME_BEFORE_DAY, '$2 at $1');
  return daysWithDots(read)
    .replace(/\bfortnight'?s(?=\s+time\b)/g, 'fortnight') // "in a fortnights time"
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

const DAY_DOT_MONTH = /(?<![\w.,\u00a3$\u20ac@:/-])(\d{1,2})([.-])(\d{1,2})(\.?)(?![\w/:]|[.,-]\d)/g;
// What may follow a date: the end, a stop or comma, or a word that starts the next thought.
const ENDS_THE_DATE = /^\s*(?:$|[.,!?;)]|(?:at|and|or|so|then|please|latest|if|i|we|hopefully|maybe|probably|ok|okay|thanks|too)\b)/;
const SAID_AS_A_DATE = /\b(?:by|on|before|until|till|til|due)\s+$/;
const SAID_AS_A_TIME = new RegExp(`(?:\\b(?:at|around|about|after|between|approx|a|an)\\s+|@\\s*|\\b(?:today|tonight|tomorrow|morning|afternoon|evening|${WEEKDAY_NAMES.join('|')})\\s+)$`);

/**
 * "04.12", "4.12.", "by 4-12": day then month, as people in the UK write them. Not a clock time ("at
 * 4.15", "tomorrow 4.10"), a number ("1.5 weeks", "4.50 an hour", "a 2.1"), a count ("2-3 jobs") or a
 * working day ("9-5"). A leading nought ("04.12") or a "by" or "on" before it makes it a date for sure.
 */
function daysWithDots(text: string): string {
  return text.replace(DAY_DOT_MONTH, (all, day: string, mark: string, month: string, dot: string, offset: number) => {
    if (Number(day) < 1 || Number(day) > 31 || Number(month) < 1 || Number(month) > 12) return all;
    const before = text.slice(0, offset);
    if (!ENDS_THE_DATE.test(text.slice(offset + all.length))) return all;
    // "4.10", "by 4.10", "at 4.05": ten or five past, said as a clock time (a date would be "04.10" or "4.10.").
    if (mark === '.' && !dot && day.length === 1 && day !== '0' && /^(?:05|10)$/.test(month) && (offset === 0 || /(?:\b(?:at|by|before|until|till|til)\s+|@\s*)$/.test(before))) return `${day}:${month}`;
    if (/\b(?:at|a|an)\s+$|@\s*$/.test(before)) return all;
    const sure = day.startsWith('0') || SAID_AS_A_DATE.test(before);
    // One figure after a dot is a decimal, alone or in a sentence: "1.5", "7.1" and "rated 4.5" are
    // amounts, as "1.5 hours" is. A day written with dots has two figures for the month ("07.01",
    // "4.12"), a dot after it ("7.1.") or a year ("7.1.27"), or a "by" or "on" before it ("by 7.1").
    // "7.1" alone had been 7 January while "1.5" alone was no day: the house rule is the one that
    // already held inside a sentence. A coach that cannot read a day asks again, which costs a turn;
    // a wrong day would be saved on the plan.
    const oneFigureDecimal = mark === '.' && !dot && month.length === 1;
    // "4.05" is five past four; "4.12" alone, or "ring them 04.12", is a day.
    const notADay = SAID_AS_A_TIME.test(before) || oneFigureDecimal || (offset > 0 && month.length === 1) || (day.length === 1 && month.startsWith('0'));
    if (!sure && notADay) return all;
    if (!sure && mark === '-' && Number(day) >= 6 && Number(month) < Number(day) && Number(month) <= 8) return all; // "9-5"
    return `${Number(day)}/${Number(month)}`;
  });
}
