// Whether work was paid, said in other words than yes or no: the answer to "Were you paid for any
// of that work, even cash in hand?" (and to "Have you had a paid job?"). Listening round two
// (December): "he gave me a few quid" and "not really, it was for family" had "Sorry, I didn't
// catch that". Money of any kind is pay; a favour is not. Neither is ever judged.
import { normaliseAnswer } from './answers.ts';
import { tellsOfUnpaidWork } from './paidWorkAnswers.ts';

const MONEY = String.raw`(?:quid|pounds?|money|cash|wages?|tenner|fiver|a few bob|pay|\d+)`;
// "he gave me a few quid", "got 20 quid a day", "paid me in cash", "20 quid a shift".
const PAID =
  new RegExp(String.raw`\b(?:gave|give|gives|giving|got|get|gets|getting|slipped|bunged|bung|paid|pays|paying) (?:me |us )?(?:\w+ ){0,3}${MONEY}\b|\b(?:he|she|they|uncle|boss|aunt\w*|mate) (?:paid|pays|paid me|pays me)\b|^(?:\d+|ten|twenty|fifty) (?:quid|pounds) (?:a|an|per) (?:day|hour|shift|week|time|job|month)\b`);
const NOT = /\b(?:didnt|did not|never|not|no|wasnt|was not|dont|do not|nothing|without)\b/;
// "not really, it was for family", "just helping out", "it was a favour".
const FAVOUR =
  /^(?:not really|not rly|not as such|not exactly|no not really|nah not really)\b|\b(?:just|only) (?:helping|help|a favour|favours|for family|for my family|for free|for a mate|for mates|for nothing)\b|\b(?:as a favour|it was a favour|a favour really|did it for free|for nothing)\b/;

/** 'yes' when money for the work is told of, 'no' when it was a favour; null otherwise. */
export function paidOrNotSaid(text: string): 'yes' | 'no' | null {
  if (text.includes('?')) return null;
  const words = normaliseAnswer(text);
  if (!words) return null;
  if (PAID.test(words) && !NOT.test(words) && !tellsOfUnpaidWork(text)) return 'yes';
  return FAVOUR.test(words) ? 'no' : null;
}
