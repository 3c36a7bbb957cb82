// The self-assessment, built over two or three sessions rather than as one long form: the
// profile remembers which steps are finished (answered or skipped) so the next session
// picks up where the last one stopped. It is updated again after every job experience.
import type { BarrierAnswers, BarrierId } from './barriers.ts';

// Their titles, as the client sees them, are in src/messages/en/selfAssessment.ts.
export const ASSESSMENT_STEPS = [
  { id: 'job-goals' },
  { id: 'work-history' },
  { id: 'skills-strengths' },
  { id: 'preferences' },
  { id: 'contacts' },
  { id: 'barriers' },
  { id: 'support-wanted' },
  { id: 'confidence' },
] as const satisfies readonly { id: string }[];

export type AssessmentStep = (typeof ASSESSMENT_STEPS)[number];
export type AssessmentStepId = AssessmentStep['id'];

export const MAX_JOB_GOALS = 3;
export const CONFIDENCE_MIN = 1;
export const CONFIDENCE_MAX = 10;

export type JobGoal = {
  title: string;
  /** Why this job, in the client's own words. */
  reason: string | null;
  /** How they would like to get there (apply directly, training first, work trial...). */
  route: string | null;
};

export type WorkHistory = {
  wentWell: string | null;
  didNotGoWell: string | null;
  /** Worked in the last two years; null until asked. */
  hasRecentWork: boolean | null;
  /** The last job, in their words ("van driver at Parcelco"); absent in older profiles. */
  lastJob?: string | null;
  /** How it ended, in their words ("made redundant"). */
  howItEnded?: string | null;
  /** Read from howItEnded: a redundancy, which the adviser follows up. */
  redundancy?: boolean;
};

export type WorkPreferences = {
  /** In the client's words: "mornings", "about 16 hours", "school hours". */
  hours: string | null;
  /** The kind of place they like: "outdoors", "small team", "quiet". */
  workplace: string | null;
};

export type VocationalProfile = {
  /** One to three, the preferred goal first. */
  jobGoals: JobGoal[];
  workHistory: WorkHistory;
  skills: string[];
  strengths: string[];
  preferences: WorkPreferences;
  /** Family, friends or past employers who might know of work. */
  contacts: string[];
  barriers: BarrierAnswers;
  /** The client's own words about a barrier ("bad knees"), also when said at another barrier's question. */
  barrierNotes?: Partial<Record<BarrierId, string>>;
  supportWanted: string | null;
  /** How sure they feel about getting work, 1 to 10; null until asked. */
  confidence: number | null;
  completedSteps: AssessmentStepId[];
};

export function emptyVocationalProfile(): VocationalProfile {
  return {
    jobGoals: [],
    workHistory: { wentWell: null, didNotGoWell: null, hasRecentWork: null },
    skills: [],
    strengths: [],
    preferences: { hours: null, workplace: null },
    contacts: [],
    barriers: {},
    supportWanted: null,
    confidence: null,
    completedSteps: [],
  };
}

/** The first step not yet finished, in order; null when the whole assessment is done. */
export function nextUnfinishedStep(profile: Pick<VocationalProfile, 'completedSteps'>): AssessmentStep | null {
  return ASSESSMENT_STEPS.find((step) => !profile.completedSteps.includes(step.id)) ?? null;
}

/** Throws RangeError unless stepIndex (from 0) is one of `total` steps. */
export function checkStepIndex(stepIndex: number, total: number = ASSESSMENT_STEPS.length): void {
  if (!Number.isInteger(total) || total < 1) throw new RangeError(`total must be a whole number of at least 1, got ${total}.`);
  if (!Number.isInteger(stepIndex) || stepIndex < 0 || stepIndex >= total) {
    throw new RangeError(`stepIndex must be a whole number from 0 to ${total - 1}, got ${stepIndex}.`);
  }
}

export function indexOfStep(id: AssessmentStepId): number {
  return ASSESSMENT_STEPS.findIndex((step) => step.id === id);
}

/** The preferred goal comes first; goals beyond the third are refused rather than dropped. */
export function withJobGoals(profile: VocationalProfile, goals: JobGoal[]): VocationalProfile {
  if (goals.length > MAX_JOB_GOALS) {
    throw new RangeError(`A plan holds at most ${MAX_JOB_GOALS} job goals, got ${goals.length}.`);
  }
  return { ...profile, jobGoals: goals.map((goal) => ({ ...goal })) };
}
