// The reason a client gives for moving their own review, in their own words, for the note to their
// adviser: "my review clashes with a job interview can we move it", "can we move my review, i have a
// hospital appointment", "cant make my review next week im on a course". Play-testing, December: the
// interview was noted nowhere, and the adviser heard only the new day. Pure: no I/O.
import { normaliseAnswer } from './answers.ts';

const LONGEST = 120;

// Where a wish and a reason run on without a stop: "... interview can we move it", "... is possible thursday".
const CLAUSES = /[,.;:!?()]+|\s+-\s+|\s+(?=(?:can|could|may|would|is it possible|is possible|so can|so could)\s)/i;
// A clause that asks for the move, or says the review cannot be made: the reason, if any, follows the review.
const A_WISH = /\b(?:move|moved|change|changed|reschedule|re ?arrange|rebook|push|put|postpone|shift|swap|switch|delay|bring|cant|cnt|cannot|wont|unable|not able|miss|make|attend|come)\b/;
const THE_REVIEW = /\b(?:review|reveiw|revew|reviw|it)\b/;
// Where a reason starts after the review is named: "cos ive got ...", "as i have ...", "im on a course".
const REASON_STARTS = /\b(?:because|becuase|bcos|bc|cos|coz|cuz|cause|due to|since|as (?=i|im|ive|my)|i have|i ve|ive|i got|got|im|i am|i will be|ill be|my (?!review)|there is|theres)\b/;
// Said in a clause of its own, a reason names what is on at that time.
const REASON_WORDS =
  /\b(?:clash\w*|same (?:day|time) as|interview|appointment|appt|hospital|doctors?|docs|gp|dentist|ill|sick|poorly|unwell|funeral|wedding|court|work|working|shift|job|course|training|exam|test|holiday|away|childcare|kids?|sons?|daughters?|mum|dad|baby|school|operation|surgery|scan|carer|caring)\b/;

/** The client's reason for moving their review, in their words (clauses joined), or null when none is given. */
export function reviewMoveReason(text: string): string | null {
  const reasons: string[] = [];
  for (const clause of text.split(CLAUSES)) {
    const said = normaliseAnswer(clause ?? '');
    if (!said) continue;
    const isWish = A_WISH.test(said) && THE_REVIEW.test(said);
    if (!isWish) {
      if (REASON_WORDS.test(said)) reasons.push(clause!.trim());
      continue;
    }
    const review = THE_REVIEW.exec(said)!;
    const after = said.slice(review.index + review[0].length);
    const start = REASON_STARTS.exec(after);
    if (!start) continue;
    const reason = after.slice(start.index).trim();
    if (reason.split(' ').length >= 2 && REASON_WORDS.test(reason)) reasons.push(reason);
  }
  const joined = reasons.join('; ').replace(/\s+/g, ' ').trim();
  if (!joined) return null;
  return joined.length > LONGEST ? `${joined.slice(0, LONGEST - 3).trimEnd()}...` : joined;
}
