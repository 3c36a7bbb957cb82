// Date phrases that take back or move on a day: "not Friday, Monday", "not this Friday but next",
// "Tuesday after next", "after Christmas". Each is rewritten into words the rest of the date reader
// already knows, so it keeps the meaning its plainer form has ("Tuesday after next" is a week after
// "next Tuesday"). Works on text already lower-cased and with its spellings put right.

// Short "tue", "thu" and "fri" are spelt out before this; "mon", "wed", "sat" and "sun" are not yet.
const DAY = '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|wed|sat|sun)';
// "Not" that rules a day out; "why not Friday" and "if not Friday" still offer it.
const NOT = String.raw`(?<!\b(?:why|if|or|whether)\s)\bnot\s+(?:on\s+)?(?:the\s+)?`;

// "not this Friday but next", "not next week, the one after": the next one of what was ruled out.
const CORRECTED_TO_NEXT = new RegExp(
  String.raw`${NOT}(this\s+|next\s+)?(${DAY}|week|weekend)\s*,?\s+(?:but\s+|rather\s+|instead\s+)?(?:the\s+)?(?:next(?:\s+(?:one|\2))?|(?:one|week)\s+after)\b(?!\s+(?:${DAY}|week|weekend|month|year)\b)`,
  'g',
);
// "Not Friday", "not this week", "not tomorrow at 3": ruled out, and leaves any other day said to be read.
const RULED_OUT = new RegExp(
  String.raw`${NOT}(?:(?:(?:this|next)\s+)?(?:${DAY}(?:\s+(?:week|after\s+next))?|weekend)|today|tomorrow|(?:this|next)\s+(?:week|month)|week\s+after\s+next)`
  + String.raw`(?:\s+(?:morning|afternoon|evening|night))?(?:\s+at\s+\d{1,2}(?::\d{2})?(?:\s*[ap]m)?)?\b`,
  'g',
);
// "any day except monday", "anything but fri", "cant do weds": a day ruled out as "not" rules it
// out, so the day questions never keep the one day the client said they could not do (play-testing,
// December). "Not Friday but Monday" keeps its "but": only "any day" and "anything" before it rule out.
const EXCEPT = new RegExp(
  String.raw`\b(?:except(?:\s+for)?|excluding|apart\s+from|other\s+than|besides|(?:any\s*(?:day|time|thing|other\s+day)|anything|whenever)\s*,?\s+but|can'?t\s+(?:do|make)|cannot\s+(?:do|make))\s+(?=(?:on\s+)?(?:the\s+)?(?:(?:this|next)\s+)?(?:${DAY}|today|tomorrow|weekend)\b)`,
  'g',
);
// "tuesday, no wait wednesday", "tmrw actually make it wed", "monday oops i meant tuesday": the day
// taken back for the one after it (play-testing, round thirteen, and held-out part D: the first had
// been kept). Only when a day follows; the last day named after a marker wins.
export const TAKE_BACK = String.raw`(?:no|nah|oh|oops|whoops|actually|sorry|wait|hang on|hold on|i mean|i meant|meant|make it|make that|scratch that|or rather|rather|my bad|err?m?|um|correction|change (?:that|it) to|let'?s say)`;
const TAKEN_BACK_DAY = String.raw`(?:(?:this|next|on|by)\s+)?(?:${DAY}|today|tonight|tomorrow|in\s+\d+\s+days?|(?:the\s+)?\d{1,2}(?:st|nd|rd|th)|\d{1,2}[/.-]\d{1,2}|(?:this|next)\s+(?:week|weekend|month))`
  + String.raw`(?:\s+(?:morning|afternoon|evening|night))?(?:\s+at\s+\d{1,2}(?:[:.]\d{2})?(?:\s*[ap]m)?)?`;
const DAY_IT_BECOMES = String.raw`(?:(?:this|next|on|by|the)\s+)*(?:${DAY}|today|tonight|tomorrow|week|weekend|month|in\s+\d+\s+(?:days?|weeks?)|\d{1,2}(?:st|nd|rd|th|[/.-]\d{1,2}))\b`;
const TAKEN_BACK_FOR_ANOTHER = new RegExp(
  String.raw`\b${TAKEN_BACK_DAY}[\s,.!-]+${TAKE_BACK}(?:[\s,.!-]+${TAKE_BACK})*[\s,.!-]+(?=${DAY_IT_BECOMES})`,
  'g',
);
// "go to the job centre on tuesday no actually": the day and the words that take it back, ending a
// step whose new day came after them and was already taken out (round twenty-three). Moved here from
// changeOfMind.ts so one reader, with one set of words (TAKE_BACK, TAKEN_BACK_DAY), knows how a day is
// taken back; "know" is voice typing's "no". Works on the words as typed, so short day names are here too.
const TYPED_DAY = String.raw`(?:(?:this|next)\s+)?(?:tues?|thurs?|fri|tomorrow|today)`;
const MARKERS = String.raw`(?:(?:know|${TAKE_BACK})\b[\s,.!-]*)`;
const DAY_TAKEN_BACK_AT_END = new RegExp(String.raw`\s+(?:(?:on|by|for)\s+)?(?:${TAKEN_BACK_DAY}|${TYPED_DAY})[\s,.!-]*${MARKERS}+$`, 'i');
const ENDS_TAKING_BACK = new RegExp(String.raw`\b${MARKERS}$`, 'i');

/** "go to the job centre on tuesday no actually": the step's words, without the day taken back. */
export function withoutDayTakenBack(words: string): string {
  if (!ENDS_TAKING_BACK.test(words)) return words;
  const kept = words.replace(DAY_TAKEN_BACK_AT_END, '').trim();
  return kept || words;
}

// "friday at 3 no wait 4", "tomorrow at 10 sorry 11": the time taken back for the one after it.
const CLOCK = String.raw`\d{1,2}(?:[:.]\d{2})?(?:\s*[ap]m)?`;
const TIME_TAKEN_BACK = new RegExp(
  String.raw`\b(?:(at|by|before|around|@)\s+${CLOCK}|\d{1,2}(?::\d{2})?\s*[ap]m)[\s,.!-]+${TAKE_BACK}(?:[\s,.!-]+${TAKE_BACK})*[\s,.!-]+(?:(?:at|by)\s+)?(${CLOCK})(?![\w/:.-]|\s*(?:hours?|hrs?|jobs?|days?|weeks?|mins?|minutes?|times|people|of)\b)`,
  'g',
);
// "2 days after boxing day", "a week after christmas eve": a count of days, read in dateCountedFrom.ts.
const COUNT = String.raw`(?:\d{1,2}|an?|one|two|three|four|five|six|seven)`;
const HOLIDAY = String.raw`(?:christmas(?:\s+(?:eve|day))?|boxing\s+day|new\s+years?'?s?(?:\s+(?:eve|day))?)`;
// "After Christmas" could be any day of the new year: it names none, and the coach asks again ("the
// day after boxing day" is counted from it, see dateCountedFrom.ts).
const AFTER_A_HOLIDAY = new RegExp(
  String.raw`(?<!\b(?:${COUNT}|day)\s)\b(?:(?:the\s+)?(?:weeks?|days|time)\s+)?(?<!\b(?:${COUNT}\s+(?:days?|weeks?)|day)\s)after\s+(?:the\s+)?${HOLIDAY}(?:\s+(?:holidays?|hols|break|period))?\b`,
  'g',
);

/** Rewrites corrections and days around a holiday into words the date reader already knows. */
export function readCorrections(text: string): string {
  return text
    .replace(/\b(?:the )?day before christmas(?: day)?\b(?! eve)/g, 'christmas eve') // "day before xmas"
    .replace(/\b(?:the )?day after christmas(?: day)?\b(?! eve)/g, 'boxing day')
    .replace(AFTER_A_HOLIDAY, 'after the holidays')
    .replace(TIME_TAKEN_BACK, (_all, cue: string | undefined, time: string) => `${cue ?? 'at'} ${time}`)
    // "make it wed": a short day name on its own is a day once it has a cue (see normaliseDateText).
    .replace(TAKEN_BACK_FOR_ANOTHER, (taken: string, offset: number, all: string) =>
      (/^(?:mon|wed|sat|sun)\b/.test(all.slice(offset + taken.length)) ? 'on ' : ''))
    .replace(CORRECTED_TO_NEXT, (_all, which: string | undefined, ruledOut: string) =>
      (which?.trim() === 'next' ? `${ruledOut} after next` : `next ${ruledOut}`))
    .replace(EXCEPT, 'not ')
    .replace(RULED_OUT, 'not')
    // "not Friday but wed": a short day name after the correction is a day (see normaliseDateText).
    .replace(/\bnot(,?\s+(?:but\s+)?)(mon|wed|sat|sun)\b/g, 'not$1on $2');
}

// "Tuesday after next", "the week after next", "Monday of the week after next".
const AFTER_NEXT = new RegExp(
  String.raw`\b(?:(${DAY}),?\s+(?:of\s+)?(?:the\s+)?week|(?:the\s+)?(${DAY}|week|weekend))\s+after\s+next\b(?!\s+(?:week|weekend|month|year)\b)`,
  'g',
);

/**
 * "Tuesday after next", "by the week after next", "Monday of the week after next" are a week after
 * their "next" form. Gives the text with "next Tuesday" (and so on) in their place, and the text
 * before the first of them; null when there is no "after next" in the text.
 */
export function afterNextAsNext(text: string): { text: string; before: string } | null {
  const first = new RegExp(AFTER_NEXT.source).exec(text);
  if (!first) return null;
  const asNext = text.replace(AFTER_NEXT, (_all, weekday: string | undefined, what: string | undefined) =>
    (weekday ? `${weekday} next week` : `next ${what}`));
  return { text: asNext, before: text.slice(0, first.index) };
}
