// "Talk to my adviser": records the request as an escalation the adviser will receive.
import type { TurnContext } from 'botbuilder';
import { currentClient } from '../src/bot/clientContext.ts';
import { raiseEscalation } from '../src/escalation/raiseEscalation.ts';
import { handoverNews } from '../src/escalation/handoverNews.ts';
import { adviserAskedReply, adviserNotReachedReply } from '../src/messages/en/adviser.ts';
import type { CoachServices } from '../src/services.ts';

export const adviserRequestedMessage = [
  'I have asked your adviser to get in touch with you.',
  'A person will read it, not a computer.',
  'If you feel unsafe right now, call 999.',
].join(' ');

export const adviserWithoutConsentMessage = [
  'I can only pass a message on if you let me keep your details.',
  'You can still contact your adviser in the usual way, by phone or in person.',
].join(' ');

export async function requestAdviser(context: TurnContext, services: CoachServices): Promise<void> {
  const client = currentClient(context);
  if (!client?.consentedAt || client.consentWithdrawnAt) {
    await context.sendActivity(adviserWithoutConsentMessage);
    return;
  }
  const { reached } = await raiseEscalation(services, { clientId: client.id, reason: 'client-asked', detail: 'Asked to talk to their adviser.' });
  const contacts = services.config.CRISIS_CONTACTS;
  const news = handoverNews(services.config, services.clock.now());
  if (!reached) await context.sendActivity(adviserNotReachedReply(contacts));
  else await context.sendActivity(news.told ? adviserAskedReply(news, contacts) : adviserRequestedMessage);
}
