// A checked goal kept in the plan (setGoal), then the news told at its read-back: a step the
// client said they had done ("I rang them and they said to send my cv"), and said yes to marking
// done, is marked done through the review's use case, their words kept in the step's history.
// Play-testing, round twenty-one: the news had been heard and the step left to do, the words lost.
import type { TurnContext } from 'botbuilder';
import { currentClient } from '../src/bot/clientContext.ts';
import { rememberPlanWritten } from '../src/bot/planThisTurn.ts';
import { goalDueDate, goalSteps, tidyAim } from '../src/domain/goalWords.ts';
import type { PlanVersion } from '../src/domain/plan.ts';
import { escapeMarkdown } from '../src/messages/escapeText.ts';
import * as say from '../src/messages/en/smartGoal.ts';
import type { CoachServices } from '../src/services.ts';
import { recordStepOutcome } from '../src/usecases/review.ts';
import { setGoal } from '../src/usecases/setGoal.ts';
import { planDeps } from '../src/usecases/wiring.ts';
import type { GoalDraft } from './goalCheckDialog.ts';

/** The goal kept, and its first step marked done when the client said so; null without a client. */
export async function saveCheckedGoal(services: CoachServices, context: TurnContext, draft: GoalDraft): Promise<PlanVersion | null> {
  const client = currentClient(context);
  if (!client) return null;
  const context_ = { now: services.clock.now(), timeZone: draft.timeZone };
  const steps = goalSteps(draft);
  let plan = await setGoal(planDeps(services), {
    client,
    goal: {
      text: tidyAim(draft.aim, context_),
      jobGoal: draft.jobGoal ?? null,
      dueAt: goalDueDate(draft.aim, draft.text, draft.dueAt ? new Date(draft.dueAt) : null, context_),
      confidenceRatings: draft.ratings,
      items: steps.map((item) => ({ text: item.text, owner: 'client' as const, dueAt: new Date(item.dueAt) })),
    },
  });
  rememberPlanWritten(context, plan);
  await context.sendActivity(say.goalSaved[draft.style.wording]);
  const goal = plan.goals.at(-1);
  const done = draft.stepDone;
  const first = done ? plan.items.find((item) => item.goalLineageId === goal?.lineageId && item.text === steps[done.index]?.text) : undefined;
  if (!done || !goal || !first) return plan;
  plan = await recordStepOutcome(planDeps(services), {
    clientId: client.id,
    reviewId: null,
    step: { lineageId: first.lineageId, goalLineageId: goal.lineageId },
    outcome: 'done',
    answers: { whatHappened: done.words.trim().slice(0, 500), feelings: '', wentWell: '', differently: '' },
    nextStep: null,
  });
  rememberPlanWritten(context, plan);
  await context.sendActivity(say.stepMarkedDone(escapeMarkdown(first.text)));
  return plan;
}
