// The buttons on the escalation card (Action.Execute) come back as adaptiveCard/action invokes.
// Only the client's adviser or a lead may act; the answer is the updated card, which Teams
// shows in place of the old one (and every other copy sent is updated too). Resolve carries the
// "What was done?" box; an urgent escalation closes only with it (round five, as in the chat), or by
// the card's "Close with no note" and its Yes (round seven, as "resolve 3 confirm").
import type { AdaptiveCardInvokeResponse, AdaptiveCardInvokeValue, TurnContext } from 'botbuilder';
import { askForResolveNote, ESCALATION_VERBS, noticeCard, RESOLVE_NOTE_INPUT, type AdaptiveCard } from '../cards/escalationCard.ts';
import { closingDecision, closingNoteFrom } from '../domain/closingNote.ts';
import { cardNotices } from '../messages/en/adviser.ts';
import { escalationCardWords } from '../messages/en/escalationCard.ts';
import { EscalationRepository } from '../db/escalations.ts';
import { currentEscalationCard, escalationPlanCard, mayActOn, respondToEscalation } from '../escalation/respondToEscalation.ts';
import type { CoachServices } from '../services.ts';
import type { AdviserResponse } from '../escalation/escalationRecord.ts';
import { turnAdviser } from './turnLookups.ts';
import { answerPlanCardAction, isPlanVerb } from './planCardActions.ts';

const CARD_TYPE = 'application/vnd.microsoft.card.adaptive';
const RESPONSES: Record<string, AdviserResponse['kind']> = {
  [ESCALATION_VERBS.acknowledge]: 'acknowledged',
  [ESCALATION_VERBS.contactToday]: 'will-contact-today',
  [ESCALATION_VERBS.resolve]: 'resolved',
  [ESCALATION_VERBS.resolveWithoutNote]: 'resolved',
};

function cardResponse(card: AdaptiveCard): AdaptiveCardInvokeResponse {
  return { statusCode: 200, type: CARD_TYPE, value: card as unknown as Record<string, unknown> };
}

export async function answerEscalationCardAction(
  services: CoachServices,
  context: TurnContext,
  invoke: AdaptiveCardInvokeValue,
): Promise<AdaptiveCardInvokeResponse> {
  const verb = invoke.action?.verb;
  if (isPlanVerb(verb)) return cardResponse(await answerPlanCardAction(services, context, invoke));
  const data = invoke.action?.data as Record<string, unknown> | undefined;
  const escalationId = data?.escalationId;
  if (typeof escalationId !== 'string' || !Object.values<string>(ESCALATION_VERBS).includes(verb ?? '')) {
    return cardResponse(noticeCard(cardNotices.unknownButton));
  }
  const adviser = await turnAdviser(context, services.db);
  if (!adviser) return cardResponse(noticeCard(cardNotices.advisersOnly));
  const escalation = await new EscalationRepository(services.db).findById(escalationId);
  if (!escalation || !mayActOn({ adviser }, escalation)) return cardResponse(noticeCard(cardNotices.notForYou));

  if (verb === ESCALATION_VERBS.viewPlan) {
    const card = await escalationPlanCard(services, escalation, `adviser:${adviser.id}`);
    return cardResponse(card ?? noticeCard(escalationCardWords.clientGone));
  }
  let current = escalation;
  const kind = RESPONSES[verb ?? ''];
  const withoutNote = verb === ESCALATION_VERBS.resolveWithoutNote;
  const closing = kind === 'resolved' ? closingDecision(escalation, withoutNote ? null : closingNoteFrom(data?.[RESOLVE_NOTE_INPUT]), withoutNote) : null;
  if (closing && !closing.close) {
    const card = await currentEscalationCard(services, escalation);
    return cardResponse(card ? askForResolveNote(card) : noticeCard(escalationCardWords.clientGone));
  }
  if (kind) {
    const [note, noNote] = closing?.close ? [closing.note, closing.noNote] : [null, false];
    const outcome = await respondToEscalation(services, escalation.id, { adviser }, kind, note, noNote);
    if (outcome.status === 'done') current = outcome.escalation;
  }
  const card = await currentEscalationCard(services, current);
  return cardResponse(card ?? noticeCard(escalationCardWords.clientGone));
}
