// A message made only of the words of a day or a time ("thursday sorry i mean friday", "not till
// after xmas", "the day after christmas"): the answer to "when will you do it?". No risk can be said
// in these words alone, so the trained models may not raise it (they had read those three as risk:
// held-out date answers written blind, 2026-12-06). The rules still read it as they read anything.
// Words that could carry risk with a day ("it", "me", "done", "gone", "last", "end" alone) are not
// on the list, so "end it tonight" or "friday. its done" are read as before. Normalised text.
const WORDS = new Set(
  [
    // days, months and holidays
    'monday mon mondays tuesday tue tues tuesdays wednesday wed weds wednesdays wenesday thursday thu thur thurs thursdays friday fri fridays saturday sat saturdays sunday sun sundays',
    'january jan february feb march mar april apr may june jun july jul august aug september sep sept october oct november nov december dec',
    'christmas xmas boxing easter new years eve bank holiday holidays half term',
    // days and parts of days
    'today 2day tonight 2nite tomorrow tmrw tmw tmoz tomoz 2moz 2moro 2morrow tomo tomorow tommorow tomorro morra',
    'day days week weeks wk wks weekend wkend weekends month months year fortnight morning mornin afternoon evening night noon midday lunchtime lunch teatime am pm oclock',
    // numbers said as words
    'two three four five six seven eight nine ten eleven twelve twenty thirty first second third fourth fifth sixth seventh eighth ninth tenth half quarter past',
    // joining words, hedges and corrections
    'by on the at in a an of this next nxt after before b4 till til until from around about ish or and then maybe probably prob hopefully say ok okay please pls no not nah wait sorry oops whoops actually erm um hmm latest soon asap sometime early earlier later mid same time works fine good suits either any other',
  ].join(' ').split(' '),
);
// Pairs only: "i" or "it" alone could start anything.
// "Wednesday. Which Wednesday do you mean?" (play-testing, round twenty: read as intent) asks back about a day.
const PAIRS = /\b(?:i (?:mean|meant|think|guess|reckon)|(?:do|did) you mean|which|make (?:it|that)|lets say|let us say|end of|start of|beginning of|middle of|day after|day before)\b/g;
const NUMBER = /^\d{1,4}(?:st|nd|rd|th|am|pm)?$/;

/** Whether a normalised message is only a day or a time, with the words people put round one. */
export function isOnlyDayWords(normalised: string): boolean {
  const words = normalised.replace(PAIRS, ' ').split(/\s+/).filter((word) => word.length > 0);
  if (words.length === 0) return false;
  const named = words.filter((word) => !WORDS.has(word) && !NUMBER.test(word));
  return named.length === 0 && words.some((word) => !['ok', 'okay', 'no', 'not', 'nah', 'sorry', 'please', 'pls', 'hmm', 'um', 'erm', 'wait', 'fine', 'good', 'same', 'the', 'a', 'an', 'and', 'or', 'any', 'other', 'either'].includes(word));
}
