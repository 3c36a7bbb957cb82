// What the coach says about the client's job search log: short, warm, and specific about what
// they did (confirmatory feedback for real effort).
import type { JobSearchKind } from '../../domain/jobSearch.ts';

export const askWhatYouDid = 'What did you do to find work? For example: "applied to Halfords" or "interview at Tesco on Friday".';
export const didNotCatch = 'Sorry, I didn\'t catch what you did. Try a few words, like "applied to Halfords" or "rang the manager at Greggs".';
export const askAnythingElse = 'Is there anything else to add?';
export const addMore = 'Add another';
export const thatIsAll = 'That is all';

const kindWords: Record<JobSearchKind, string> = {
  application: 'an application',
  'employer-contact': 'a contact with an employer',
  interview: 'an interview',
};

export function logged(kind: JobSearchKind, employer: string | null, when: string | null): string {
  const what = `${kindWords[kind]}${employer ? ` to ${employer}` : ''}`.replace(/^an interview to /, 'an interview at ').replace(/^a contact with an employer to /, 'a contact with ');
  const day = when ? ` on ${when}` : '';
  const cheer = kind === 'interview' ? 'Well done for getting an interview!' : 'Well done. Every contact with an employer counts.';
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
