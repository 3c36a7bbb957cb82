// "Talk to my adviser": records the request as an escalation the adviser will receive.
import type { TurnContext } from 'botbuilder';
import { currentClient } from '../src/bot/clientContext.ts';
import { EscalationRepository } from '../src/db/escalations.ts';
import type { CoachServices } from '../src/services.ts';

export const adviserRequestedMessage = [
  'I have asked your adviser to get in touch with you.',
  'A person will read it, not a computer.',
  'If you feel unsafe right now, call 999.',
].join(' ');

export const adviserWithoutConsentMessage = [
  'I can only pass a message on if you say yes to me keeping your details.',
  'You can still contact your adviser in the usual way, by phone or in person.',
].join(' ');

export async function requestAdviser(context: TurnContext, services: CoachServices): Promise<void> {
  const client = currentClient(context);
  if (!client?.consentedAt || client.consentWithdrawnAt) {
    await context.sendActivity(adviserWithoutConsentMessage);
    return;
  }
  await new EscalationRepository(services.db).raise(
    { clientId: client.id, reason: 'client-asked', urgency: 'soon', detail: 'The client asked to talk to their adviser.' },
    services.clock.now(),
  );
  await context.sendActivity(adviserRequestedMessage);
}
