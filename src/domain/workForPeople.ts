// "doing ironing for neighbours", "bit of cleaning for people round here": small jobs done for
// people, typed where "Have you had a paid job in the last two years?" waits. Play-testing reviews,
// round twenty-six: it had "Sorry, I didn't catch that". It may be paid or a favour, so the client
// is asked kindly, with no judgement (see listening.ts workForPeopleHeard).
import { normaliseAnswer } from './answers.ts';
import { saysPaidInformally, tellsOfUnpaidWork } from './paidWorkAnswers.ts';

const TASK = String.raw`(?:ironing|cleaning|cleaning houses|babysitting|baby sitting|childminding|child minding|looking after (?:kids|children)|dog walking|walking dogs|pet sitting|gardening|garden work|mowing|cutting (?:grass|lawns|hair)|hair|hairdressing|nails|braiding|odd jobs|bits and bobs|decorating|painting|sewing|alterations|cooking|baking|car washing|washing cars|repairs|fixing (?:things|cars|phones|computers)|removals|deliveries|driving|shopping|caring|tutoring|lessons)`;
const FOR_PEOPLE = String.raw`(?:neighbours?|neighbors?|friends?|people|family|families|folk|folks|others|a mate|mates|someone|somebody|locals|the street|people round here|people in my area|my community|the community|my church|the mosque)`;
const WORK_FOR_PEOPLE = new RegExp(String.raw`\b${TASK}\b(?: \w+){0,3} for (?:my |the |a |some |local |a few |few |other )?${FOR_PEOPLE}\b|\b(?:i do|i did|doing|did|do) (?:a bit of |bits of |some |the )?${TASK}\b(?: \w+){0,2} (?:for|round at|at) `);

/** Small jobs for people ("doing ironing for neighbours"), neither said paid nor unpaid. */
export function tellsOfWorkForPeople(text: string): boolean {
  const words = normaliseAnswer(text);
  if (!words || words.length > 200 || text.includes('?')) return false;
  return WORK_FOR_PEOPLE.test(words) && !tellsOfUnpaidWork(text) && !saysPaidInformally(text) && !/\b(?:yes|yeah|yep|no|nope|nah|paid|pay|money)\b/.test(words);
}
