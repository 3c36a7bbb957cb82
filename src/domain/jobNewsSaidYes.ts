// "costa said yes!!": a yes is news of a job when an employer said it. Said by the job centre, a
// landlord or a mate, it is a yes to something else; said by "they", "the agency" or "the
// manager", it is one only beside word of a job ("they said yes, starting next week at the pub").
import { SOMEONE_ELSE } from './jobNewsWords.ts';

// Never a job's yes: the client, services and the people in their life.
const NOT_AN_EMPLOYER = /^(?:i|ive|im|me|we|centre|center|jobcentre|adviser|advisor|coach|landlord|landlady|council|dwp|uc|bank|doctor|doctors|gp|dentist|court|judge|solicitor|housing|benefits|college|uni|university|school|course|tutor|teacher|nursery|social|worker|probation|officer)$/;
// Small words caught as the one who said it: "waiting for costa to say yes", "costa didnt say yes".
const NOT_A_NAME = /^(?:to|and|but|or|so|if|will|would|wont|might|may|could|should|can|cant|did|didnt|do|dont|does|doesnt|not|never|who|what|you|it|that|this|all)$/;
// Who might be an employer or might not: a yes from them needs word of a job beside it.
const MAYBE_AN_EMPLOYER = /^(?:they|theyve|theyre|agency|manager|boss|employer|company|firm|hospital|everyone|everybody|everything)$/;
const WORD_OF_WORK = /\b(?:job(?! ?cent(?:re|er)\b)|jobs|role|position|start|starting|starts|shifts?|hired|offer\w*|employ\w*|contract|interview|trial)\b/;

/**
 * Whether "`who` said yes" is news of the client's job; `whole` is all the message, spelled out,
 * and `after` what it says after the yes: "costa said yes, interview on friday" is a yes to an interview.
 */
export function yesFromAnEmployer(who: string, whole: string, after: string): boolean {
  if (!who || NOT_A_NAME.test(who) || NOT_AN_EMPLOYER.test(who) || /\binterview/.test(after)) return false;
  if (MAYBE_AN_EMPLOYER.test(who)) return WORD_OF_WORK.test(whole);
  return !SOMEONE_ELSE.test(who);
}
