// What the coach says about the client's job search log: short, warm, and specific about what
// they did (confirmatory feedback for real effort).
import type { JobSearchKind } from '../../domain/jobSearch.ts';

export const askWhatYouDid = 'What did you do to find work? For example: "applied to Halfords" or "interview at Tesco on Friday".';
export const didNotCatch = 'Sorry, I didn\'t catch what you did. Try a few words, like "applied to Halfords" or "rang the manager at Greggs".';
export const askAnythingElse = 'Is there anything else to add?';
export const nothingToAdd = 'Nothing to add';
/** "that is all" before anything was logged. */
export const nothingLogged = 'That is OK. You can add to your job search at any time. Tap "Log my job search".';
export const addMore = 'Add another';
export const thatIsAll = 'That is all';
/** "I phoned and they have a free course": a course is good news, but not contact with an employer. */
export const courseHeard = 'That sounds useful. A course can help you get work. I only log contact with employers here, so I have not added it. A course could be one of your goals: tap "Set a goal" on the menu.';

const kindWords: Record<JobSearchKind, { one: string; many: string; to: string }> = {
  application: { one: 'an application', many: 'applications', to: 'to' },
  'employer-contact': { one: 'a contact with an employer', many: 'contacts', to: 'with' },
  interview: { one: 'an interview', many: 'interviews', to: 'at' },
};

/** "Greggs", "Greggs and Costa", "Greggs, Costa and Boots". */
function namesInWords(names: readonly string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** Said first when it came to nothing: sorry, and why it still counts. */
const turnedDownWords: Record<JobSearchKind, string> = {
  interview: 'I am sorry you did not get it. That is hard. Getting an interview means they liked what they saw.',
  application: 'I am sorry it was a no this time. That is hard. Every application still counts.',
  'employer-contact': 'I am sorry it was a no this time. Every contact with an employer still counts.',
};

/** Said once what was logged: one entry, or one for each employer named in the same message. */
export function logged(kind: JobSearchKind, employers: readonly string[], when: string | null, count = 1, turnedDown = false): string {
  const words = kindWords[kind];
  const unnamed = count > 1 ? `${count} ${words.many}` : words.one;
  const what =
    employers.length === 0 ? unnamed : `${employers.length > 1 ? words.many : kind === 'employer-contact' ? 'a contact' : words.one} ${words.to} ${namesInWords(employers)}`;
  const day = when ? ` on ${when}` : '';
  const cheer = turnedDown
    ? turnedDownWords[kind]
    : kind === 'interview'
      ? `Well done for getting ${employers.length > 1 ? 'interviews' : 'an interview'}!`
      : 'Well done. Every contact with an employer counts.';
  return `${cheer} I have added ${what}${day} to your job search.`;
}

export function loggedSinceLastReview(lines: string[]): string {
  return ['Here is what you did to find work since last time:', '', ...lines.map((line) => `- ${line}`), '', 'That is real effort. Well done.'].join('\n');
}

export function logLine(kind: JobSearchKind, employer: string | null): string {
  const name = employer ?? 'an employer';
  if (kind === 'application') return `Applied to ${name}`;
  if (kind === 'interview') return `Interview at ${name}`;
  return `Spoke to ${name}`;
}
