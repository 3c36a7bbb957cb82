// "Talk to my adviser": records the request as an escalation the adviser will receive.
import type { TurnContext } from 'botbuilder';
import { currentClient } from '../src/bot/clientContext.ts';
import { raiseEscalation } from '../src/escalation/raiseEscalation.ts';
import { handoverNews } from '../src/domain/handoverNews.ts';
import { adviserAskedReply, adviserNotReachedReply, adviserRequestedReply, adviserWithoutConsentReply, stillWaitingReply } from '../src/messages/en/adviser.ts';
import { stillWaitingDetail } from '../src/messages/en/escalationDetails.ts';
import { addClientWordsAndNotify } from '../src/escalation/escalationUpdates.ts';
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

/**
 * "the adviser not call me, 2 weeks": the adviser is told again, with the client's words, on the
 * open request or a new one; the client hears whether it reached anyone (play-testing, round six:
 * it had been answered with the next review question).
 */
export async function chaseAdviser(context: TurnContext, services: CoachServices, said: string): Promise<void> {
  const client = currentClient(context);
  if (!client?.consentedAt || client.consentWithdrawnAt) return void (await context.sendActivity(adviserWithoutConsentReply));
  const { escalation, created, reached } = await raiseEscalation(services, { clientId: client.id, trigger: 'client-asked', detail: stillWaitingDetail(said.slice(0, 300)) });
  if (!created) await addClientWordsAndNotify(services, escalation.id, said);
  await context.sendActivity(stillWaitingReply(reached));
}
