// What the plain-language check does not score, in one place, and why. Each is put back as the
// one short word "it" before a message is scored, so the rest of the sentence still counts.
import { contacts, adviserName, employer, fullName, goal, step } from '../../src/messages/samples/fixtures.ts';
import { barrierNames } from '../../src/messages/en/barriers.ts';

const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';
const DAYS = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';

export const PLAIN_LANGUAGE_EXCEPTIONS: readonly { what: RegExp; why: string }[] = [
  {
    what: /"[^"\n]*"/g,
    why: 'Words in quotes are the client\'s own words, said back to them or to their adviser, or words to type exactly ("talk to my adviser").',
  },
  {
    what: new RegExp(`\\b(?:${DAYS}) \\d{1,2} (?:${MONTHS})(?: \\d{4})?(?: at \\d{1,2}(?::\\d{2})?(?:am|pm))?`, 'g'),
    why: 'Dates are written the one way the coach always writes them ("Friday 12 June at 3pm"), so a client learns to read them once.',
  },
  {
    what: new RegExp([fullName, adviserName, 'Megan Jones', employer, ...contacts.flatMap((contact) => [contact.name, contact.phone, contact.text, contact.when].filter((part): part is string => Boolean(part)))].map(escape).join('|'), 'g'),
    why: 'Names of people, employers and crisis lines are as they are; crisis lines and their hours are set for each deployment.',
  },
  {
    what: new RegExp([step, goal, 'Do a better-off check', 'Update my CV'].map(escape).join('|'), 'g'),
    why: 'Steps and goals are written by the client or their adviser; the coach shows them as typed.',
  },
  {
    what: new RegExp(`\\b(?:escalations?|caseload|locus of control|support marker|cadence|self-directed|${Object.values(barrierNames).map(escape).join('|')})\\b`, 'gi'),
    why: 'For advisers only: the names of things in their job (escalations, the caseload, the barriers by their names), and the commands they type.',
  },
];

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The message as it is scored: every exception replaced by "it". */
export function withoutExceptions(text: string): string {
  return PLAIN_LANGUAGE_EXCEPTIONS.reduce((current, { what }) => current.replace(what, 'it'), text);
}
