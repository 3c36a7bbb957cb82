// Work paid cash in hand, told as news: "doing a bit of cash in hand at my mates garage". Heard
// kindly and left for the client and their adviser to talk through: the coach decides nothing
// about it (play-testing, round twenty-eight: at the menu it had "didn't catch that"). A question
// about it ("is cash in hand allowed?") is benefitWorries.ts's asksAboutCashWork.
import { normaliseAnswer } from './answers.ts';
import { asksAboutCashWork } from './benefitWorries.ts';
import { SOMEONE_ELSE, WISH_OR_NOT } from './jobNewsWords.ts';

const CASH_WORK = /\b(?:cash in hand|cash jobs?|cash work|off the books|under the table)\b/;

/** "been doing cash in hand at a car wash": the client's own paid work, said as news, not asked about or wished for. */
export function tellsOfCashWork(text: string): boolean {
  const said = normaliseAnswer(text);
  if (!said || said.length > 300 || text.trim().endsWith('?') || asksAboutCashWork(text)) return false;
  const found = CASH_WORK.exec(said);
  if (!found) return false;
  // "my mate does cash in hand jobs": whose work it is, from the words the message starts with.
  const [first, second] = said.split(' ');
  if (SOMEONE_ELSE.test(first ?? '') || (first === 'my' && SOMEONE_ELSE.test(second ?? ''))) return false;
  return !WISH_OR_NOT.test(said.slice(0, found.index));
}
