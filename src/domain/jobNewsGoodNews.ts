// Good news that is not a new job: volunteering or a placement taken up, or going back to their own job after time
// off ill. Neither starts in-work support, and neither is "didn't catch that" at the menu either
// (play-testing reviews, round twenty-seven).
import { normaliseAnswer } from './answers.ts';
import { readStartedWork } from './jobNews.ts';
import { BACK_AFTER_TIME_OFF, SOMEONE_ELSE, WISH_OR_NOT } from './jobNewsWords.ts';

const VOLUNTEERING = /\b(?:volunteer(?:ing|ed|s)?|voluntary work|unpaid work|work placement|placement|work experience)\b/;
// "been helping out at my mates garage, not paid": unpaid help, told as news.
const UNPAID_HELP = /\b(?:helping out|help out|helped out|helping)\b.*\b(?:not paid|unpaid|for free|no pay|without pay)\b/;
// Said of what they do now or have begun: "started volunteering", "im volunteering now", "been volunteering".
const TAKEN_UP = /\b(?:started|starting|start|began|begun|doing|done|did|got|been|joined|signed up|im|i am|now|go|went|help out|helping out)\b/;

/** "i started volunteering at the charity shop", "started my work placement today": the client's own news, not a wish or a question. */
export function tellsOfVolunteering(text: string): boolean {
  const said = normaliseAnswer(text);
  if (!said || said.length > 300 || text.trim().endsWith('?')) return false;
  if (UNPAID_HELP.test(said) && !WISH_OR_NOT.test(said.split(/\b(?:not paid|unpaid|for free|no pay|without pay)\b/)[0] ?? '')) return true;
  const found = VOLUNTEERING.exec(said);
  if (!found) return false;
  const before = said.slice(0, found.index).trim().split(/\s+/).filter(Boolean);
  if (before.some((word) => SOMEONE_ELSE.test(word)) || WISH_OR_NOT.test(before.join(' '))) return false;
  return TAKEN_UP.test(before.join(' ')) || /^volunteer\w* (?:now|at|with|for|again)\b/.test(said);
}

/** "i go back to work next week after being sick": back at their own job, which the job news reader leaves out. */
export function goesBackAfterTimeOff(text: string): boolean {
  const said = normaliseAnswer(text);
  if (!BACK_AFTER_TIME_OFF.test(said) || readStartedWork(text)) return false;
  const withoutTheTimeOff = said.replace(new RegExp(BACK_AFTER_TIME_OFF.source, 'g'), ' ');
  return /\bback\b/.test(withoutTheTimeOff) && readStartedWork(withoutTheTimeOff) !== null;
}
