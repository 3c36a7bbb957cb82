// "Talk to my adviser": records the request as an escalation the adviser will receive.
import type { TurnContext } from 'botbuilder';
import { currentClient } from '../src/bot/clientContext.ts';
import { raiseEscalation } from '../src/escalation/raiseEscalation.ts';
import { handoverNews } from '../src/domain/handoverNews.ts';
import { adviserAskedReply, adviserNotReachedReply, adviserRequestedReply, adviserWithoutConsentReply } from '../src/messages/en/adviser.ts';
import type { CoachServices } from '../src/services.ts';

export async function requestAdviser(context: TurnContext, services: CoachServices): Promise<void> {
  const client = currentClient(context);
  if (!client?.consentedAt || client.consentWithdrawnAt) {
    await context.sendActivity(adviserWithoutConsentReply);
    return;
  }
  const { reached } = await raiseEscalation(services, { clientId: client.id, trigger: 'client-asked' });
  const contacts = services.config.CRISIS_CONTACTS;
  const news = handoverNews(services.config, services.clock.now());
  if (!reached) await context.sendActivity(adviserNotReachedReply(contacts));
  // The numbers only when nobody is at work to answer: in hours a plain request had read as alarming.
  else await context.sendActivity(news.told ? adviserAskedReply(news, news.inHours ? [] : contacts) : adviserRequestedReply);
}
