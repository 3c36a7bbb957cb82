// The client's job search in their own words: "applied to Halfords", "rang the manager at Tesco",
// "interview at Asda on Thursday". IPS counts contact with employers from the first days: the
// days from joining to the first employer contact are a measure of the service (30 is the mark).
import { normaliseAnswer } from './answers.ts';

export type JobSearchKind = 'application' | 'employer-contact' | 'interview';
export type JobSearchEntry = { kind: JobSearchKind; employer: string | null };

/** IPS fidelity: the first face-to-face contact with an employer within 30 days of joining. */
export const FIRST_EMPLOYER_CONTACT_DAYS = 30;

const INTERVIEW = /\b(interview|intervew|interveiw|intreview|interviw)\b/;
const APPLICATION = /\b(applied|aplied|appled|applyed|(?:did|done|made|sent|finished) (?:an |\d+ |two |three )?applications?|sent (?:my |a |an )?(?:cv|c v|form|application)|sent off|filled in|submitted|put in (?:for|an application))\b/;
const CONTACT = /\b(rang|rung|called|phoned|emailed|e mailed|messaged|visited|went (?:in|into|to see|down)|dropped (?:in|off|my cv)|handed in|handed (?:my |a |the |some )?(?:cvs?|c v|forms?|applications?)(?: in| out| over)?|spoke to|spoke with|talked to|met (?:with )?|contacted|asked (?:about|for)|walked in|registered (?:with|at|for)|signed up (?:with|to|at|for)|went to (?:the |a )?(?:jobs? fairs?|careers? fairs?|recruitment (?:day|event|fair)|open day|jobs? event))\b/;

// The words before an employer's name.
const EMPLOYER_LEAD = /\b(?:to|at|with|for|from|into|in to|the manager at|the boss at|someone at)\s+(.+)$/i;
const NOT_EMPLOYERS = new Set([
  'a job', 'jobs', 'a few jobs', 'some jobs', 'work', 'the job', 'job', 'them', 'it', 'him', 'her', 'the manager', 'the boss',
  'an interview', 'interview', 'a cleaning job', 'a course', 'agency', 'an agency', 'the agency', 'a agency', 'agencies', 'an agency online',
]);
const TRAILING_TIME = /\s+(?:on|this|next|last|at|by)?\s*(?:today|tomorrow|tmrw|yesterday|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|week|morning|afternoon|evening|\d{1,2}(?::\d{2})?\s*(?:am|pm)?)\b.*$/i;

// A plan or a wish is not a step taken: "I want to apply to Tesco" is a goal, not a log entry.
const NOT_DONE_YET = /\b(want|wanna|will|ill|going to|gonna|plan|planning|need|needs|should|could|might|hope|hoping|like to|would|try to|trying to|thinking of|scared|afraid|not|never|didnt|havent|cant|couldnt)\b/;

const WONDERS = /\b(?:should i|if|whether|how (?:do|to|should|can)|what (?:do|to|should|can)|dont know|do not know|tips?|advice)\b/;
const HAS_AN_INTERVIEW =
  /\b(?:have|had|got|attended|did|done|doing|going to|going for|off to|booked|invited|offered)\b(?: \w+){0,3} (?:interview|intervew|interveiw|intreview|interviw)s?\b|\binterviews? (?:at|with|for) [a-z]|\binterview (?:today|tomorrow|tmrw|yesterday|on|this|next)\b/;

/** What kind of job-search step a sentence reports, and who with; null when it reports none. */
export function readJobSearchEntry(text: string): JobSearchEntry | null {
  return readJobSearchEntries(text)[0] ?? null;
}

/**
 * One entry for each employer named ("applied at greggs and costa": two); none when no step was taken.
 * Steps of different kinds told in one message are read clause by clause: "applied for 2 at amazon,
 * got an interview at asda on thurs" had been kept as two interviews.
 */
export function readJobSearchEntries(text: string): JobSearchEntry[] {
  const clauses = text.split(/[,;.!]+\s+|\s+(?:and then|then|also|plus)\s+/i).filter((clause) => clause.trim());
  if (clauses.length > 1 && text.length <= 300) {
    const read = clauses.map(readClause);
    if (read.filter((entries) => entries.length > 0).length > 1) return read.flat();
  }
  return readClause(text);
}

function readClause(text: string): JobSearchEntry[] {
  const said = normaliseAnswer(text);
  if (!said || said.length > 300) return [];
  // An interview ahead ("I have an interview on Friday") is news; an intention to apply is not,
  // and nor is a question about interviews ("should i mention my epilepsy at interview").
  if (!INTERVIEW.test(said) && NOT_DONE_YET.test(said)) return [];
  if (INTERVIEW.test(said) && WONDERS.test(said) && !HAS_AN_INTERVIEW.test(said)) return [];
  const kind: JobSearchKind | null = INTERVIEW.test(said) ? 'interview' : APPLICATION.test(said) ? 'application' : CONTACT.test(said) ? 'employer-contact' : null;
  if (!kind) return [];
  if (kind === 'employer-contact' && NOT_AN_EMPLOYER.test(said)) return [];
  const employers = employersIn(text);
  // "I phoned and they have a free course": a call about training, with no employer named.
  if (kind === 'employer-contact' && employers.length === 0 && COURSE.test(said)) return [];
  if (employers.length > 0) return employers.map((employer) => ({ kind, employer }));
  // "applied for 3 jobs on indeed": one entry each, as if each were named (at most ten).
  return Array.from({ length: countIn(said) }, () => ({ kind, employer: null }));
}

// Training, not an employer: play-testing found "I phoned and they have a free course" logged as a contact with an employer.
const COURSE = /\b(?:course|courses|college|training|class|classes|workshop|qualification|qualifications|tutor|learning centre)\b/;

/** News of a course or training, with no job search step in it: not for the log, and not lost either. */
export function tellsOfACourse(text: string): boolean {
  return COURSE.test(normaliseAnswer(text)) && readJobSearchEntries(text).length === 0;
}

// "My adviser is called Julie", "spoke to my adviser", "rang the council": contact, but not with an
// employer (play-testing: the first had been logged as a contact with an employer called Julie).
const NOT_AN_EMPLOYER = /\b(?:is|was) called\b|\b(?:rang|rung|called|phoned|emailed|messaged|spoke to|spoke with|talked to|met (?:with )?|contacted|visited|went to see) (?:my |the |our |me )?(?:adviser|advisor|work coach|job coach|coach|jobcentre|job centre|doctor|doctors|gp|mum|mam|dad|nan|gran|partner|husband|wife|sister|brother|friend|mate|housing officer|probation officer|support worker|social worker|council|landlord|bank|dentist|school)\b/;

const COUNT = /\b(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|a few|a couple of|couple of)\s+(?:more\s+)?(?:jobs|applications|places|shops|employers|companies|agencies|cvs|forms|roles|positions)\b/;
const COUNT_WORDS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, 'a few': 3, 'a couple of': 2, 'couple of': 2 };

function countIn(said: string): number {
  const match = COUNT.exec(said);
  if (!match) return 1;
  const count = COUNT_WORDS[match[1]!] ?? Number(match[1]);
  return Math.min(Math.max(count, 1), 10);
}

// "emailed Amazon about the job": a capitalised name straight after the verb.
const NAMED_AFTER_VERB = /\b(?:rang|rung|called|phoned|emailed|messaged|visited|contacted)\s+((?:[A-Z][\w&'\u2019-]*\s?){1,4})/;

const CALLED_ABOUT = /\b(?:rang|rung|called|phoned|emailed|messaged|contacted)\s+([a-z][\w&'-]+)\s+(?:about|to ask|re|regarding|and asked|for)\b/;

// Names with "and" inside them, kept whole: "marks and spencer" is one employer.
const NAMES_WITH_AND = /\b(marks|fortnum|johnson|procter|bang|dobbies|barnes|crabtree|ernst|dolce|ben|hobbs) (?:and|&) (spencers?|mason|johnson|gamble|olufsen|garden|noble|evelyn|young|gabbana|jerrys?|hobbs)\b/gi;
// A part after "and" that is not a name: "went into Boots and asked about work".
const NOT_A_NAME_WORD = /^(?:i|they|he|she|we|it|you|asked|got|said|was|were|is|are|had|have|has|then|about|for|to|waiting|heard|left|gave|told|will|did|so|but|now|also|my|me|them|there|online|again|spoke|rang|called|applied|sent|went|dropped|handed|emailed|put|filled|no|not|nothing|still|just)$/i;

/** The employers a sentence names ("applied at greggs and costa": Greggs, Costa), lower case or not. */
export function employersIn(text: string): string[] {
  const sentence = text.replace(/[.!?]+$/, '').trim();
  const named = NAMED_AFTER_VERB.exec(sentence);
  if (named) return [named[1]!.trim()];
  // "rang greggs about the job": one lower-case word after the call, before what it was about.
  const calledAbout = CALLED_ABOUT.exec(sentence.toLowerCase());
  if (calledAbout && !NOT_A_NAME_WORD.test(calledAbout[1]!) && !/^(?:the|a|an|up|round|back|in)$/.test(calledAbout[1]!)) return [employerName(calledAbout[1]!, false)].filter((name): name is string => name !== null);
  const lead = EMPLOYER_LEAD.exec(sentence);
  if (!lead) return [];
  const kept = lead[1]!.replace(NAMES_WITH_AND, '$1\u0000$2').replace(TRAILING_TIME, '').replace(/\s+(?:but|because|cos|so|as)\s.*$|\s+(?:starting|starts|start|earlier)(?:\s.*)?$/i, '').trim();
  const [first, ...others] = kept.split(/\s*,\s*(?:and\s+)?|\s+(?:and|&)\s+/i);
  const names = [employerName(first ?? '', true)];
  for (const part of others) {
    // "applied for 2 at amazon and one at dhl": the count before the place is not its name.
    const words = part.replace(/^(?:(?:one|two|three|four|five|\d+|another|1 more|one more)\s+)?(?:at|to|with|in)\s+/i, '').split(/\s+/);
    if (words.length > 4 || words.some((word) => NOT_A_NAME_WORD.test(word))) break;
    names.push(employerName(words.join(' '), false));
  }
  return [...new Set(names.filter((name): name is string => name !== null))];
}

function employerName(said: string, first: boolean): string | null {
  let name = said.replace(/\u0000(\w)/g, (_, letter: string) => ` and ${letter.toUpperCase()}`).trim();
  // "applied for a job at Tesco": the employer follows the last "at".
  const inner = first ? /\b(?:at|with)\s+(.+)$/i.exec(name) : null;
  if (inner && !/^(?:the manager|the boss)$/i.test(inner[1]!)) name = inner[1]!;
  name = name.replace(/^(?:the|a|an)\s+/i, (word) => (/^the$/i.test(word.trim()) ? word : ''));
  if (!name || NOT_EMPLOYERS.has(name.toLowerCase()) || name.split(/\s+/).length > 6) return null;
  if (/^\d/.test(name) || /\bjobs?\b/i.test(name)) return null;
  // "b&q", "m&s": short names joined by "&" are initials.
  if (/^\w{1,2}&\w{1,2}$/.test(name)) return name.toUpperCase();
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** Whole days from joining to the first contact with an employer, or null when there has been none. */
export function daysToFirstEmployerContact(joinedAt: Date, firstContactAt: Date | null): number | null {
  if (!firstContactAt) return null;
  return Math.max(0, Math.floor((firstContactAt.getTime() - joinedAt.getTime()) / 86_400_000));
}

export function countByKind(entries: readonly { kind: string }[]): Record<JobSearchKind, number> {
  const counts: Record<JobSearchKind, number> = { application: 0, 'employer-contact': 0, interview: 0 };
  for (const entry of entries) if (entry.kind in counts) counts[entry.kind as JobSearchKind] += 1;
  return counts;
}

const HAPPENED = /\b(?:had|went to|went for|did|done|attended|was at|been to|been for|finished)\b|\b(?:this morning|earlier|yesterday|last week)\b/;

/** Said as done already: "had an interview at b&q this morning" is not one ahead. */
export function saysItHappened(text: string): boolean {
  return HAPPENED.test(normaliseAnswer(text));
}

// "didnt get it", "they rejected me", "knocked back again": the answer was no.
const TURNED_DOWN = /\b(?:did ?n[o']?t get (?:it|the job|the role|in|through|an offer|offered)|didnt get (?:it|the job|the role|in|through)|not successful|unsuccessful|rejected|rejection|turned (?:me )?down|knocked back|got a no|got no|said no|no luck|went to someone else|gave it to someone else|someone else got it|did not hear back|never heard back|ghosted)\b/i;

/** The client says the application or interview came to nothing: the coach says sorry, not well done. */
export function saysTheyWereTurnedDown(text: string): boolean {
  return TURNED_DOWN.test(text.replace(/['\u2019]/g, ''));
}
