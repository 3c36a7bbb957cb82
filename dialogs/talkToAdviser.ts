// "Talk to my adviser": records the request as an escalation the adviser will receive.
import type { TurnContext } from 'botbuilder';
import { currentClient } from '../src/bot/clientContext.ts';
import { raiseEscalation } from '../src/escalation/raiseEscalation.ts';
import { EscalationRepository } from '../src/db/escalations.ts';
import { handoverNews } from '../src/domain/handoverNews.ts';
import { asksWhetherTheAdviserSees } from '../src/domain/adviserSeesWords.ts';
import { adviserAskedReply, adviserNotReachedReply, adviserRequestedReply, adviserWithoutConsentReply, stillWaitingReply } from '../src/messages/en/adviser.ts';
import { consentAnswers } from '../src/messages/en/onboarding.ts';
import { stillWaitingDetail } from '../src/messages/en/escalationDetails.ts';
import { addClientWordsAndNotify } from '../src/escalation/escalationUpdates.ts';
import type { CoachServices } from '../src/services.ts';

// A worry the safety check raised and the adviser has not yet closed (src/bot/riskCheck.ts reads the same).
const WORRY_REASONS: ReadonlySet<string> = new Set(['crisis', 'concern']);

export async function requestAdviser(context: TurnContext, services: CoachServices): Promise<void> {
  // "Will my work coach be able to see this?" asks who sees their answers (play-testing first
  // conversations: it had asked the adviser to get in touch, with the crisis numbers).
  if (asksWhetherTheAdviserSees(context.activity.text ?? '')) return void (await context.sendActivity(consentAnswers['who-sees']));
  const client = currentClient(context);
  if (!client?.consentedAt || client.consentWithdrawnAt) {
    await context.sendActivity(adviserWithoutConsentReply);
    return;
  }
  const { reached } = await raiseEscalation(services, { clientId: client.id, trigger: 'client-asked' });
  const contacts = services.config.CRISIS_CONTACTS;
  const news = handoverNews(services.config, services.clock.now());
  if (!reached) return void (await context.sendActivity(adviserNotReachedReply(contacts)));
  if (!news.told) return void (await context.sendActivity(adviserRequestedReply));
  // The numbers only when nobody is at work to answer and there is a worry to go with them: a plain
  // request out of hours had shown Samaritans and 999 (play-testing first conversations).
  const withNumbers = !news.inHours && (await hasAnOpenWorry(services, client.id));
  await context.sendActivity(adviserAskedReply(news, withNumbers ? contacts : []));
}

async function hasAnOpenWorry(services: CoachServices, clientId: string): Promise<boolean> {
  const open = await new EscalationRepository(services.db).openFor(clientId);
  return open.some((row) => WORRY_REASONS.has(row.reason));
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
