// "Yes, please" to "Would you like your adviser to get in touch?": the adviser is asked. Before
// consent nobody can be asked, except where the yes to consent came with the worry ("Yes that's
// fine. My name is Bernadette ... since my husband died", play-testing first conversations): that
// consent is kept under the offer and goes on this same turn, and the adviser is asked once the
// client's record exists. Before, she was told "I can only pass a message on if you let me keep
// your details", and her yes to consent was lost.
import { MessageFactory, TurnContext } from 'botbuilder';
import { handoverNews } from '../domain/handoverNews.ts';
import { ClientRepository, type Client } from '../db/clients.ts';
import { deliverFirstTime, raiseEscalation } from '../escalation/raiseEscalation.ts';
import { addClientWordsAndNotify, addEscalationNote } from '../escalation/escalationUpdates.ts';
import { botDidNotes } from '../messages/en/escalationUpdates.ts';
import type { ConcernTopic } from '../domain/concernTopic.ts';
import type { CoachServices } from '../services.ts';
import { adviserAskedReply, adviserNotReachedReply, adviserWithoutConsentReply } from '../messages/en/adviser.ts';
import { userKeyOf } from './userKey.ts';

type Worry = { topic: ConcernTopic; words: string };

/**
 * Raises the concern for this client and says what happens next. noCalls: "yes but not by phone",
 * kept as the window keeps "please dont ring me", so the adviser's card says it.
 */
export async function askTheAdviser(services: CoachServices, client: Client, worry: Worry, noCalls = false): Promise<string> {
  // With the wish, the card goes out once it is noted, so its first reading says it.
  const raised = await raiseEscalation(services, { clientId: client.id, trigger: 'concern', deliverNow: !noCalls });
  const { escalation, created } = raised;
  if (!created) await addClientWordsAndNotify(services, escalation.id, worry.words);
  if (noCalls) await addEscalationNote(services, escalation.id, 'bot-did', botDidNotes.noCalls);
  const reached = noCalls && created ? await deliverFirstTime(services, escalation.id) : raised.reached;
  const news = handoverNews(services.config, services.clock.now(), reached ? 'told' : 'not-reached');
  const contacts = services.config.CRISIS_CONTACTS;
  // A money or housing worry is practical: the crisis numbers would alarm, not help.
  const practical = worry.topic === 'money' || worry.topic === 'home';
  return news.told ? adviserAskedReply(news, practical ? [] : contacts) : adviserNotReachedReply(contacts);
}

/**
 * The adviser asked once the consent kept under the offer is recorded, later this turn. The first
 * message the dialogs send tells: with the client's record there (after "Thank you"), the answer
 * follows it; without (consent not read after all), "I can only pass a message on if you let me
 * keep your details" comes first, as it would have. Never silent either way.
 */
export function askTheAdviserOnceAgreed(services: CoachServices, context: TurnContext, worry: Worry): void {
  let answered = false;
  context.onSendActivities(async (turn, activities, sendNext) => {
    if (answered || !activities.some((activity) => activity.type === 'message')) return sendNext();
    answered = true;
    const client = await new ClientRepository(services.db).findByUserKey(userKeyOf(turn.activity));
    const agreed = client?.consentedAt && !client.consentWithdrawnAt ? client : null;
    const reply = MessageFactory.text(agreed ? await askTheAdviser(services, agreed, worry) : adviserWithoutConsentReply);
    const sent = TurnContext.applyConversationReference(reply, TurnContext.getConversationReference(turn.activity));
    if (agreed) activities.push(sent);
    else activities.unshift(sent);
    return sendNext();
  });
}
