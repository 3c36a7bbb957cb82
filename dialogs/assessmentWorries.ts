// Worries at the self-assessment, around the answer kept:
// - At a barrier question, a worry about losing a home said with the answer ("yes, might lose the
//   flat") is the answer's detail for the risk check, so it kept only a plain yes and the worry went
//   unheard. The yes is kept; the worry is said back, and the adviser told, as the housing hand-over
//   does ("losing my flat", "sofa surfing").
// - Just after the coach heard a worry (and named the adviser), "ok" or "no thanks" answers that,
//   not the question on screen: it had been kept as the answer ("no thanks" as a no).
import type { TurnContext } from 'botbuilder';
import { ClientMessageRepository } from '../src/db/clientMessages.ts';
import { EscalationRepository } from '../src/db/escalations.ts';
import { normaliseAnswer } from '../src/domain/answers.ts';
import type { AssessmentAnswer } from '../src/domain/assessmentQuestions.ts';
import { concernTopicOf } from '../src/domain/concernTopic.ts';
import { detectSpecialistBarriers } from '../src/domain/escalationRules.ts';
import { raiseEscalation } from '../src/escalation/raiseEscalation.ts';
import { mentionedSpecialist } from '../src/messages/en/escalationDetails.ts';
import { homeWorryHeard } from '../src/messages/en/selfAssessment.ts';
import type { CoachServices } from '../src/services.ts';
import { consentedClient } from './clientNeeds.ts';
import { addBarrierHandOffStep } from './specialistQuestion.ts';

/** Replies to the offer of the adviser ("Your adviser is there if you want them"), not answers. */
const OFFER_REPLIES: ReadonlySet<string> = new Set([
  'ok', 'okay', 'k', 'kk', 'okey', 'ok thanks', 'okay thanks', 'ok thank you', 'okay thank you', 'ok cheers', 'ok ta', 'thanks', 'thank you',
  'thanks ok', 'cheers', 'ta', 'no thanks', 'no thank you', 'no ta', 'no cheers', 'nah thanks', 'no thanks im ok', 'no thanks im fine',
  'no im ok thanks', 'no im fine thanks', 'not now', 'not now thanks', 'no not now', 'no not right now', 'maybe later', 'ok maybe later',
]);

/** The words the client typed this turn, when the answer kept is theirs (not a held one). */
function typedWords(context: TurnContext, answer: AssessmentAnswer): string | null {
  const words = answer.kind === 'barrier' && answer.value === 'yes' ? answer.note : answer.kind === 'other-barrier' ? answer.value : undefined;
  const typed = context.activity.text?.trim() ?? '';
  return words && words.trim() === typed ? typed : null;
}

/**
 * After a barrier answer is kept: a worry about losing their home in its words, read by the risk
 * check as a worry and set aside as the answer's detail, is heard now. A housing hand-over said by
 * its own words ("losing my flat") was told already, this same turn.
 */
export async function hearHomeWorry(context: TurnContext, services: CoachServices, answer: AssessmentAnswer): Promise<void> {
  const words = typedWords(context, answer);
  if (!words || concernTopicOf(words) !== 'home' || detectSpecialistBarriers(words).includes('housing')) return;
  const client = await consentedClient(context, services);
  if (!client) return;
  const [latest] = await new ClientMessageRepository(services.db).recent(client.id, 1);
  if (latest?.text !== words || latest.riskLevel !== 'concern') return;
  const detail = mentionedSpecialist(['housing']);
  const { escalation, created, reached } = await raiseEscalation(services, { clientId: client.id, trigger: 'specialist-mentioned', detail });
  if (!created) await new EscalationRepository(services.db).appendDetail(escalation.id, detail);
  await context.sendActivity(homeWorryHeard(reached));
  // With a plan (the profile updated later), the adviser's step goes in it, as for any housing worry.
  const step = await addBarrierHandOffStep(services, client, 'housing', escalation.contactBy);
  if (step) await context.sendActivity(step);
}

/**
 * "ok" or "no thanks" typed just after a message the risk check read as a worry: an answer to the
 * coach's words about the adviser, so the question on screen is asked again instead of keeping it.
 */
export async function answersTheOfferInstead(context: TurnContext, services: CoachServices): Promise<boolean> {
  const typed = context.activity.type === 'message' ? (context.activity.text?.trim() ?? '') : '';
  if (!OFFER_REPLIES.has(normaliseAnswer(typed))) return false;
  const client = await consentedClient(context, services);
  if (!client) return false;
  const [before, latest] = await new ClientMessageRepository(services.db).recent(client.id, 2);
  return latest?.text === typed && before?.riskLevel === 'concern';
}
