// Red, amber or green: how much support to give, as Jobcentre Plus marks clients at the first
// meeting. The rule:
//   Red:   a recent crisis, 3 or more barriers, or confidence of 3 or less (out of 10).
//   Amber: 1 or 2 barriers, confidence of 4 to 6, no work in the last two years, or no job
//          goal yet.
//   Green: none of these.
// Only a "yes" counts as a barrier; "I'd rather not say", or a question not yet asked, is never
// taken as a yes. The marker sets support intensity only. There is no "not eligible" result:
// everyone who wants to work is offered the service (IPS zero exclusion).
import { barriersReported, type BarrierAnswers, type BarrierId } from './barriers.ts';
import { CONFIDENCE_MAX, CONFIDENCE_MIN, type VocationalProfile, type WorkHistory } from './assessmentSteps.ts';

export type SupportMarker = 'red' | 'amber' | 'green';

export type SupportMarkerProfile = {
  barriers: BarrierAnswers;
  confidence: VocationalProfile['confidence'];
  jobGoals: VocationalProfile['jobGoals'];
  workHistory: Pick<WorkHistory, 'hasRecentWork'>;
};

export type SupportMarkerContext = {
  /** Set when the client has recently disclosed a crisis (risk to self or others, abuse). */
  recentCrisis?: boolean;
};

export type SupportMarkerReason =
  | { kind: 'recent-crisis' }
  | { kind: 'barriers'; barriers: BarrierId[] }
  | { kind: 'confidence'; score: number }
  | { kind: 'no-recent-work' }
  | { kind: 'no-job-goal' };

export type SupportMarkerResult = {
  marker: SupportMarker;
  /** Every condition that raised the marker, red ones first; empty when green. */
  reasons: SupportMarkerReason[];
};

export const RED_BARRIER_COUNT = 3;
export const RED_CONFIDENCE_UP_TO = 3;
export const AMBER_CONFIDENCE_UP_TO = 6;

function checkConfidence(confidence: number | null): void {
  if (confidence === null) return;
  if (!Number.isInteger(confidence) || confidence < CONFIDENCE_MIN || confidence > CONFIDENCE_MAX) {
    throw new RangeError(`confidence must be a whole number from ${CONFIDENCE_MIN} to ${CONFIDENCE_MAX}, got ${confidence}.`);
  }
}

export function supportMarkerFor(profile: SupportMarkerProfile, context: SupportMarkerContext = {}): SupportMarkerResult {
  checkConfidence(profile.confidence);
  const red: SupportMarkerReason[] = [];
  const amber: SupportMarkerReason[] = [];

  if (context.recentCrisis) red.push({ kind: 'recent-crisis' });

  const barriers = barriersReported(profile.barriers);
  if (barriers.length > 0) {
    (barriers.length >= RED_BARRIER_COUNT ? red : amber).push({ kind: 'barriers', barriers: barriers.map((b) => b.id) });
  }

  const { confidence } = profile;
  if (confidence !== null && confidence <= AMBER_CONFIDENCE_UP_TO) {
    (confidence <= RED_CONFIDENCE_UP_TO ? red : amber).push({ kind: 'confidence', score: confidence });
  }

  if (profile.workHistory.hasRecentWork === false) amber.push({ kind: 'no-recent-work' });
  if (profile.jobGoals.length === 0) amber.push({ kind: 'no-job-goal' });

  const marker: SupportMarker = red.length > 0 ? 'red' : amber.length > 0 ? 'amber' : 'green';
  return { marker, reasons: [...red, ...amber] };
}
