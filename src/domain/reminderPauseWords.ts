// "im in hospital for two weeks", "away till the 20th", "poorly, off for a bit": time away, when
// reminders are better paused than sent. Play-testing reviews, round three: a client in hospital
// said so in a review and kept getting reminders. Time away said in the past ("i was ill last
// week") is a reason, not a pause (see reminderReplyReading.ts).
import { normaliseAnswer } from './answers.ts';
import { extractDueDate, type DateContext } from './dates.ts';
import { reasonNotDone } from './reminderReplyReading.ts';
import { asksWhatIfIll } from './illnessWhatIf.ts';

/** 'someone-ill': someone they look after is ill or in hospital, not them. */
export type AwayReason = 'hospital' | 'unwell' | 'away' | 'someone-ill';

export interface TimeAway {
  reason: AwayReason;
  /** The day reminders start again; null when no day was said ("for a bit"). */
  until: Date | null;
}

const MAX_LENGTH = 300;
const HOSPITAL = /\b(?:in hospital|in hosp|in the hospital|into hospital|to hospital|(?:having|had) (?:an |my )?(?:operation|surgery|op))\b/;
// "ill" only after a word that makes it so: "I'll be away" is "ill be away" once normalised.
const UNWELL =
  /\b(?:(?:im|am|been|be|feel|feeling|really|very|quite|so|too) ill|sick|poorly|unwell|not (?:very |feeling |too )?well|flu|covid|under the weather|recovering|signed off|sick note|fit note|laid up|(?:on )?bed rest|on crutches|broken? (?:my )?(?:leg|arm|ankle|wrist|hip|foot))\b/;
const AWAY = /\b(?:away(?! from)|on holiday|on hols|abroad|out of the country|visiting (?:family|my \w+)|staying (?:at|with) my \w+)\b/;
const NOT_AWAY = /\b(?:right away|straight away|go away|gone away|put away|throw(?:n)? away|give away|far away|not (?:in hospital|away|ill|sick|poorly|unwell))\b/;
// A stretch of time ahead: "for two weeks", "till the 20th", "back next monday", "for a bit".
const FOR_A_TIME = /\bfor (?:a |an |one |two |three |four |five |six |\d+ |a few |few |a couple of |couple of |the next |next )?(?:days?|weeks?|wks?|months?|fortnight)\b/;
const UNTIL = /\b(?:till|until|untill|til|up to|back (?:on|next|in|at|by|for))\b/;
const A_WHILE = /\bfor (?:a bit|a while|a little while|now|the time being)\b/;
// "cant do anything for 2 weeks", "laid up", "on bed rest": unable from now on, whatever went before
// (play-testing, December: "been in hospital with my back, cant do anything for 2 weeks" was no pause).
const NOW = /\b(?:im|i am|ill be|i will be|will be|going to be|gonna be|currently|at the moment|right now|still|going in|going into|admitted|off sick|off work|(?:cant|cannot|can not|wont be able to) do (?:anything|much|a lot|owt|nothing)|laid up|off my feet|(?:on )?bed rest|on crutches)\b/;
const PAST = /\b(?:was|been|had)\b/;

/** Time away from now on, with the day they are back when it is said; null when the words do not tell of it. */
export function readTimeAway(text: string, when: DateContext): TimeAway | null {
  if (text.length > MAX_LENGTH) return null;
  const words = normaliseAnswer(text);
  // "what if im ill on my review day" asks; it tells of no illness (illnessWhatIf.ts).
  if (!words || NOT_AWAY.test(words) || asksWhatIfIll(text)) return null;
  const reason = reasonOf(text, words);
  if (!reason) return null;
  const ahead = FOR_A_TIME.test(words) || UNTIL.test(words) || A_WHILE.test(words);
  // "been ill for two weeks" is time gone by; "im in hospital" is now, day or not.
  if (!NOW.test(words) && (!ahead || (PAST.test(words) && !UNTIL.test(words)))) return null;
  return { reason, until: dayBack(words, when) };
}

function reasonOf(text: string, words: string): AwayReason | null {
  if (reasonNotDone(text) === 'someone-ill') return 'someone-ill';
  if (HOSPITAL.test(words)) return 'hospital';
  if (UNWELL.test(words)) return 'unwell';
  return AWAY.test(words) ? 'away' : null;
}

/** "for two weeks" is read as "in two weeks"; "till the 20th" as it is. A day not after today is no day. */
function dayBack(words: string, when: DateContext): Date | null {
  const span = FOR_A_TIME.exec(words)?.[0].replace(/^for (?:the )?(?:next )?/, '').replace(/\bwks?\b/, 'weeks');
  const counted = span && /^(?:a|an|one|two|three|four|five|six|\d+) /.test(span) ? span : span ? `a ${span}` : null;
  const read = counted ? extractDueDate(`in ${counted}`, when) : null;
  const day = read?.dueAt ?? (UNTIL.test(words) ? extractDueDate(words, when).dueAt : null);
  return day && day.getTime() > when.now.getTime() ? day : null;
}
