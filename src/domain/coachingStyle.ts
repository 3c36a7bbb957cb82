// How the bot coaches, set from the client's locus-of-control band.
// External (outcomes feel out of their hands): small, near steps; warm, frequent check-ins;
// praise for every step done; questions that link what they did to what happened.
// Internal (feels in charge): self-managed, stretching steps; fewer check-ins.
// Mixed, or not yet known, uses the warm wording: coaching that assumes a client feels in
// charge alienates those who do not, while warmth costs an internal client nothing.
import type { LocusBand } from './locusOfControl.ts';

export type CoachingWording = 'warm-guided' | 'self-directed';
export type FeedbackFrequency = 'every-step' | 'milestones';

export type CoachingStyle = {
  band: LocusBand;
  wording: CoachingWording;
  /** The first step of a new goal should be due within this many days. */
  maxFirstStepDays: number;
  checkInEveryDays: number;
  /** Once a step is overdue, remind again after this many days. */
  overdueFollowUpDays: number;
  feedback: FeedbackFrequency;
  /** Suggest steps a little beyond what the client has done before. */
  stretch: boolean;
};

export type StyleOverride = Partial<Omit<CoachingStyle, 'band'>>;

const STYLES: Record<LocusBand, CoachingStyle> = {
  external: {
    band: 'external',
    wording: 'warm-guided',
    maxFirstStepDays: 7,
    checkInEveryDays: 7,
    overdueFollowUpDays: 2,
    feedback: 'every-step',
    stretch: false,
  },
  mixed: {
    band: 'mixed',
    wording: 'warm-guided',
    maxFirstStepDays: 10,
    checkInEveryDays: 10,
    overdueFollowUpDays: 3,
    feedback: 'every-step',
    stretch: false,
  },
  internal: {
    band: 'internal',
    wording: 'self-directed',
    maxFirstStepDays: 14,
    checkInEveryDays: 14,
    overdueFollowUpDays: 4,
    feedback: 'milestones',
    stretch: true,
  },
};

export const DEFAULT_COACHING_STYLE: CoachingStyle = STYLES.mixed;

/** The style for a band; mixed when the band is not known yet. */
export function styleForBand(band: LocusBand | null | undefined): CoachingStyle {
  return { ...(band ? STYLES[band] : DEFAULT_COACHING_STYLE) };
}

// Four weeks is the longest IPS allows between plan reviews; no cadence may exceed it.
export const MAX_CADENCE_DAYS = 28;
const DAY_FIELDS = ['maxFirstStepDays', 'checkInEveryDays', 'overdueFollowUpDays'] as const;
const WORDINGS: readonly CoachingWording[] = ['warm-guided', 'self-directed'];
const FEEDBACKS: readonly FeedbackFrequency[] = ['every-step', 'milestones'];

function checkOverride(override: StyleOverride): void {
  for (const field of DAY_FIELDS) {
    const days = override[field];
    if (days !== undefined && !(Number.isInteger(days) && days >= 1 && days <= MAX_CADENCE_DAYS)) {
      throw new RangeError(`${field} must be a whole number of days from 1 to ${MAX_CADENCE_DAYS}, got ${days}.`);
    }
  }
  if (override.wording !== undefined && !WORDINGS.includes(override.wording)) {
    throw new RangeError(`wording must be one of ${WORDINGS.join(', ')}, got ${String(override.wording)}.`);
  }
  if (override.feedback !== undefined && !FEEDBACKS.includes(override.feedback)) {
    throw new RangeError(`feedback must be one of ${FEEDBACKS.join(', ')}, got ${String(override.feedback)}.`);
  }
  if (override.stretch !== undefined && typeof override.stretch !== 'boolean') {
    throw new RangeError(`stretch must be true or false, got ${String(override.stretch)}.`);
  }
}

/**
 * An adviser's choices win over the computed style; fields left out keep the computed value.
 * The band stays as measured. Throws RangeError on values that make no sense.
 */
export function applyStyleOverride(style: CoachingStyle, override: StyleOverride): CoachingStyle {
  checkOverride(override);
  return {
    band: style.band,
    wording: override.wording ?? style.wording,
    maxFirstStepDays: override.maxFirstStepDays ?? style.maxFirstStepDays,
    checkInEveryDays: override.checkInEveryDays ?? style.checkInEveryDays,
    overdueFollowUpDays: override.overdueFollowUpDays ?? style.overdueFollowUpDays,
    feedback: override.feedback ?? style.feedback,
    stretch: override.stretch ?? style.stretch,
  };
}
