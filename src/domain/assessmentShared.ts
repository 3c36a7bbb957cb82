// How much a client chose to share in the self-assessment, so the closing words praise only what
// was done and say only what the answers show. Skipping is always allowed and never judged.
import type { VocationalProfile } from './assessmentSteps.ts';

export type Shared = 'most' | 'some' | 'little';

/** Counts the optional things a client can tell about themselves, answered or skipped. */
export function howMuchShared(profile: VocationalProfile): Shared {
  const { workHistory, preferences } = profile;
  const told = [
    profile.jobGoals.length > 0,
    Boolean(workHistory.lastJob),
    Boolean(workHistory.wentWell),
    Boolean(workHistory.didNotGoWell),
    profile.skills.length > 0,
    profile.strengths.length > 0,
    Boolean(preferences.hours),
    Boolean(preferences.workplace),
    profile.contacts.length > 0,
    Boolean(profile.supportWanted),
  ];
  const count = told.filter(Boolean).length;
  if (count >= told.length / 2) return 'most';
  return count >= 2 ? 'some' : 'little';
}
