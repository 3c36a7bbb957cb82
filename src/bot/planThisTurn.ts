// The plan version a use case kept earlier in this turn (a goal just saved, say), so the card that
// shows it next in the same turn need not read it back. Turn state only: it is gone with the turn.
import type { TurnContext } from 'botbuilder';
import type { PlanVersion } from '../domain/plan.ts';

const PLAN_KEY = Symbol('coach.turn.planWritten');

export function rememberPlanWritten(context: TurnContext, plan: PlanVersion): void {
  context.turnState.set(PLAN_KEY, plan);
}

/** The version this turn wrote for this client, if it wrote one. */
export function planWrittenThisTurn(context: TurnContext, clientId: string): PlanVersion | null {
  const plan = context.turnState.get(PLAN_KEY) as PlanVersion | undefined;
  return plan?.clientId === clientId ? plan : null;
}
