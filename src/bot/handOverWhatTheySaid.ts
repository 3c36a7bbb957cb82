// What the client said that their adviser should act on, whatever else the turn does: a job that
// ended, and debt, housing, benefits or a conviction (a dated adviser step in the plan when there is
// one). Run by the risk check on every message that is not a crisis or a worry it answers itself.
import type { TurnContext } from 'botbuilder';
import type { Client } from '../db/clients.ts';
import { detectJobLoss, detectSpecialistBarriers } from '../domain/escalationRules.ts';
import { raiseEscalation } from '../escalation/raiseEscalation.ts';
import { mentionedSpecialist } from '../messages/en/escalationDetails.ts';
import { jobLossReply } from '../messages/en/crisis.ts';
import { barrierNoted, type BarrierHandOff } from '../messages/en/specialist.ts';
import { addBarrierHandOffStep, handOverSpecialistQuestion } from '../../dialogs/specialistQuestion.ts';
import { asksAboutBenefitConditions, asksOrWorriesAboutBenefits } from '../domain/benefitWorries.ts';
import type { CoachServices } from '../services.ts';
import { turnLog } from '../turnLog.ts';

const HAND_OFF_STEPS: ReadonlySet<string> = new Set<BarrierHandOff>(['debt', 'housing', 'convictions']);

/** `aboutOnScreen`: what the question waiting is about, looked up only when a job loss is heard. */
export async function handOverWhatTheySaid(
  services: CoachServices,
  context: TurnContext,
  client: Client,
  text: string,
  aboutOnScreen: () => Promise<string | undefined>,
): Promise<void> {
  try {
    // A job that ended, told at the self-assessment's questions about past work ("How did that job
    // end?" "contract ended"), is history kept in the profile, not news for the adviser.
    if (detectJobLoss(text) && (await aboutOnScreen()) !== 'work-history') {
      const { created } = await raiseEscalation(services, { clientId: client.id, trigger: 'job-loss', reportedAt: services.clock.now() });
      if (created) await context.sendActivity(jobLossReply);
    }
    const barriers = detectSpecialistBarriers(text);
    if (barriers.length > 0) {
      const { escalation, created, reached } = await raiseEscalation(services, { clientId: client.id, trigger: 'specialist-mentioned', detail: mentionedSpecialist(barriers) });
      // Debt, housing, a conviction: a dated adviser step in the plan the client can see.
      let told = false;
      for (const barrier of barriers.filter((id): id is BarrierHandOff => HAND_OFF_STEPS.has(id))) {
        const step = await addBarrierHandOffStep(services, client, barrier, escalation.contactBy);
        if (step) await context.sendActivity(step);
        told ||= step !== null;
      }
      // "will i lose my universal credit if i take a job": the worry gets the coach's honest answer
      // (it decides nothing; the adviser will go through it), wherever it is typed; play-testing found
      // it met with only "I have let your adviser know" at the code question.
      if (barriers.includes('money-benefits') && asksOrWorriesAboutBenefits(text)) {
        await handOverSpecialistQuestion(context, services, asksAboutBenefitConditions(text) ? 'conditions' : 'benefits', text, client);
        told = true;
      }
      // No plan yet (the self-assessment): the client is still told who will help (play-testing
      // found "gotta be gone by the weekend" at the housing question met with the next question).
      if (created && !told) await context.sendActivity(barrierNoted(reached));
    }
  } catch (error) {
    // A handover that fails must not stop the client's conversation; the dispatcher retries.
    turnLog(context).error('Could not hand over what the client said', error);
  }
}
