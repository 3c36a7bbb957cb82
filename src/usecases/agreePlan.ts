// "I agree to this plan": the client's agreement to the version they see, with the time (and an
// audit event, written with it by PlanRepository).
import type { PlanVersion } from '../domain/plan.ts';
import type { PlanDeps } from './ports.ts';

export async function agreePlan(deps: Pick<PlanDeps, 'work'>, input: { clientId: string }): Promise<PlanVersion | null> {
  return deps.work.run(async ({ plans }) => {
    const current = await plans.currentPlan(input.clientId);
    return current ? plans.agree(input.clientId, current) : null;
  });
}
