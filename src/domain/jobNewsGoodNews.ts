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

// Kept on at a job they have: "my contract got extended", "they kept me on another 3 months", "they
// made me permanent". Good news, and no new job (play-testing, round twenty-eight: "didn't catch that").
const OTHER_CONTRACTS = /\b(?:phone|mobile|sim|tenancy|broadband|internet|gym|car|lease|visa|sick note|fit note|deadline)\b/;
const KEPT_ON = [
  /\b(?:contract|placement|job|temp|temping|role|position|post)\b(?: \w+){0,4}? (?:extended|renewed|made permanent|made perm)\b/,
  /\b(?:extended|renewed|extend|extending|renewing) (?:my|the|me) (?:\w+ )?(?:contract|placement|job|temp|role|position|post)\b/,
  /\b(?:kept|keep|keeping|keeps) me on\b|\b(?:got|been|was|being) kept on\b/,
  /\b(?:made|making|make) me (?:permanent|perm)\b|\b(?:gone|went|got|been made|got made|been) (?:permanent|perm)\b/,
];
// "they want to keep me on" is their wish for the client, not the client's own.
const THEIR_WISH = /\b(?:they|theyve|boss|manager|agency|work|company|firm|employer) (?:want|wants|would like|wanna) to\b/g;

/** "my contract got extended", "they kept me on another 3 months": kept on at their job, told as news. */
export function tellsOfBeingKeptOn(text: string): boolean {
  const said = normaliseAnswer(text).replace(THEIR_WISH, 'they');
  if (!said || said.length > 300 || text.trim().endsWith('?') || OTHER_CONTRACTS.test(said)) return false;
  const found = KEPT_ON.map((pattern) => pattern.exec(said)).find((match) => match !== null);
  if (!found) return false;
  const before = said.slice(0, found.index).trim().split(/\s+/).filter(Boolean).slice(-3);
  // "my sisters contract got extended": someone else's, said with the possessive "s" (typed with no apostrophe).
  const someoneElse = (word: string) => word !== 'they' && word !== 'theyve' && (SOMEONE_ELSE.test(word) || SOMEONE_ELSE.test(word.replace(/s$/, '')));
  return !WISH_OR_NOT.test(before.join(' ')) && !before.some(someoneElse);
}

// "they kept me on but i hate it", "contract extended, gutted tbh": not all glad news, so not met with "great news".
const DOWNSIDE = /\b(?:but|though|tho|however|except|only (?:for|till|until)|hate|hated|gutted|not happy|unhappy|rubbish|awful|terrible|worse|stress\w*|miserable|fed up|sad|dont want|do not want|didnt want|sick of)\b/;

/** Kept on, said with something not good beside it. */
export function keptOnWithADownside(text: string): boolean {
  return tellsOfBeingKeptOn(text) && DOWNSIDE.test(normaliseAnswer(text));
}
