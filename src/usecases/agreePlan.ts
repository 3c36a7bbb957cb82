// "I agree to this plan": the client's agreement to the version they see, with the time (and an
// audit event, written with it by PlanRepository).
import type { AgreementStamp } from '../db/plans.ts';
import type { PlanDeps } from './ports.ts';

/** Null when there is no plan yet. */
export async function agreePlan(deps: Pick<PlanDeps, 'work'>, input: { clientId: string }): Promise<AgreementStamp | null> {
  return deps.work.runOnPlan((plans) => plans.agreeLatest(input.clientId));
}
