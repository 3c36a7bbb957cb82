// Answers to a barrier question ("Does this make it hard for you to get or keep a job?") that could
// mean yes or no: nothing is kept, and the question is asked again. Play-testing, answers round one:
// "3" at "Using computers or phones" had been kept as "I'd rather not say" (the third button), and
// "no bus ok" at "Getting to work" (no bus, OK? or no, the bus is OK?) kept as a yes, with no check.
import { normaliseAnswer } from './answers.ts';

const NUMBER = '(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten)';
// "3", "2 or 3", "10 10" (10/10): a number alone says neither yes nor no.
const ONLY_NUMBERS = new RegExp(`^${NUMBER}(?: (?:or|and|to|out of|of)? ?${NUMBER})*$`);

/** "3", "2 or 3": only numbers, which answer no yes-or-no question. */
export function isOnlyANumber(text: string): boolean {
  return ONLY_NUMBERS.test(normaliseAnswer(text));
}

// "no car", "i dont drive", "no computer": what is missing, first, and then more words.
const LACK_FIRST =
  /^(?:(?:yes|yeah|ye|da|well|i have|ive got|i got|got|theres|there is)\s+)?(?:no|not got a|not got any|dont have a|dont have any|havent got a|havent got any|i dont|i cant|cant|dont)\s+(?:a |any |my )?(\w+)\s+(.+)$/;
// Then words that say it is all right after all: "ok", "i manage", "theres a bus", "i get lifts".
const ALL_RIGHT_AFTER_ALL =
  /\b(?:ok|okay|fine|alright|all right|no problem|not a problem|no issue|not an issue|manage|cope|coping|managing|sorted|(?:theres|there is|got|get|use|take|catch)(?: a| the| my)? (?:bus|buses|train|trains|lift|lifts|bike)|i (?:can )?(?:walk|cycle|bike))\b/;
// "no car and buses are not ok": the all right taken back.
const NOT_ALL_RIGHT = /\b(?:not|never|isnt|arent|wasnt|aint|no) (?:ok|okay|fine|alright|all right|great|good|easy)\b|\b(?:cant|cannot|can not) (?:manage|cope|walk)\b|\bnot (?:coping|managing)\b/;

/**
 * "no bus ok", "no car but theres a bus", "no computer but phone ok": something missing, then that
 * it is all right after all. The word for what is missing ("bus"), or null.
 */
export function missingButAllRight(text: string): string | null {
  const lack = LACK_FIRST.exec(normaliseAnswer(text));
  if (!lack) return null;
  const rest = lack[2]!;
  return ALL_RIGHT_AFTER_ALL.test(rest) && !NOT_ALL_RIGHT.test(rest) ? lack[1]! : null;
}

// "bus no problem", "english ok" (broken English: the thing, then that it is fine).
const THING_THEN_ALL_RIGHT = /^(?:my |the )?(?!(?:yes|yeah|ye|yep|no|nah|but|its|it|that|thats|all)\b)(\w+) (?:(?:is|are|its) )?(?:no problem|no problems|not a problem|no issue|no issues|ok|okay|fine|alright|good)$/;

/** "bus no problem": the words for the thing said to be all right ("bus"), or null. */
export function thingSaidAllRight(text: string): string | null {
  return THING_THEN_ALL_RIGHT.exec(normaliseAnswer(text))?.[1] ?? null;
}
