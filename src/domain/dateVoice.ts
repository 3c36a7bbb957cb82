// Dates as voice-to-text writes them down ("next chews day", "the turd", "fry day", "to morrow", "next
// weak", "in a fort night", "the forth") and dates said in words ("the twenty first", "the thirtieth",
// "at ten"), rewritten into the words the date reader knows (eighth batch). Works on lower-cased text
// before its spellings are put right. Pure: text in, text out.

// A day name heard as two words: "chews day" and "choose day" are Tuesday, "fry day" Friday.
const DAY_IN_TWO_WORDS: Array<[RegExp, string]> = [
  [/\b(?:chews|choose|tues)\s+day\b/g, 'tuesday'],
  [/\b(?:wens|wednes|wends)\s+day\b/g, 'wednesday'],
  [/\b(?:thurs|thirs)\s+day\b/g, 'thursday'],
  [/\b(?:fry|fri)\s+day\b/g, 'friday'],
  [/\bsatur\s+day\b/g, 'saturday'],
];
const UNITS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth'];
const TEENS = ['tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth'];
const CLOCK_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
// "at three", "by ten": a clock time in words, ending the text or said with a day ("at ten tomorrow",
// "tomorrow morning at ten"); not "look at one advert", "by two agencies" or "at one point".
const CLOCK_IN_WORDS = new RegExp(
  `\\b(at|by|before|until|till)\\s+(${CLOCK_WORDS.join('|')})\\b(?=\\s*(?:$|[.,!?;)]|(?:[ap]m|o'?clock|today|tonight|tomorrow|tmrw|on|this|next|then|please|pls)\\b|(?:mon|tue|wed|thu|fri|sat|sun)))`,
  'g',
);

/** Rewrites the way a phone's voice typing hears dates, and dates said in words, into plain ones. */
export function heardAsSaid(text: string): string {
  let said = text;
  for (const [heard, day] of DAY_IN_TWO_WORDS) said = said.replace(heard, day);
  return said
    .replace(/\bto\s+morrow\b/g, 'tomorrow')
    .replace(/\b(next|this)\s+weak\b/g, '$1 week') // not "in a weak position"
    .replace(/\bfort\s+night\b/g, 'fortnight')
    // "in too days", "after to weeks": two, heard as to or too before a count of days or weeks (round six).
    .replace(/\b(in|within|after)\s+(?:to|too)\s+(?=(?:days?|dys|weeks?|wks?|months?)\b)/g, '$1 2 ')
    // "the turd", "the forth": only after "the", as a day of the month is said.
    .replace(/\bthe\s+turd\b/g, 'the 3rd')
    .replace(/\bthe\s+forth\b/g, 'the 4th')
    // "twenty ninth" as the whole answer, or after "on" or "by", is a day of the month as "the twenty ninth" is (round five).
    .replace(/(?:\bthe\s+|^|(?<=\b(?:on|by|before|until|till)\s+))(twenty|thirty)[\s-]+(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)\b/g, (all, tens: string, unit: string) => {
      const day = (tens === 'twenty' ? 20 : 30) + UNITS.indexOf(unit) + 1;
      return day > 31 ? all : `the ${day}${suffix(day)}`;
    })
    .replace(/(?:\bthe\s+|^|(?<=\b(?:on|by|before|until|till)\s+))(tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth)\b/g,
      (_all, word: string) => {
        const day = word === 'twentieth' ? 20 : word === 'thirtieth' ? 30 : 10 + TEENS.indexOf(word);
        return `the ${day}th`;
      })
    .replace(CLOCK_IN_WORDS, (_all, cue: string, hour: string) => `${cue} ${CLOCK_WORDS.indexOf(hour) + 1}`);
}

function suffix(day: number): string {
  if (day === 21 || day === 31) return 'st';
  return day === 22 ? 'nd' : day === 23 ? 'rd' : 'th';
}
