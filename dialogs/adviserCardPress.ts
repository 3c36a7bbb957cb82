// A card button pressed where the card went as Action.Submit (Web Chat, the Emulator): the data
// comes back as the message's value, with no text, and had reached the client dialogs. It is
// answered here as Teams' invoke is (the same handler, so the same checks and use cases), with
// the card as it now stands sent as a new message: Web Chat cannot change a card already shown.
import type { Activity, AdaptiveCardInvokeValue, TurnContext } from 'botbuilder';
import { ESCALATION_VERBS } from '../src/cards/escalationCard.ts';
import { cardForChannel, pressedButton, runsActionExecute } from '../src/cards/submitButtons.ts';
import { answerEscalationCardAction } from '../src/bot/escalationCardActions.ts';
import { isPlanVerb } from '../src/bot/planCardActions.ts';
import { ADAPTIVE_CARD } from '../src/escalation/sentCards.ts';
import type { CoachServices } from '../src/services.ts';

const isCardVerb = (verb: string): boolean => isPlanVerb(verb) || Object.values<string>(ESCALATION_VERBS).includes(verb);

/** True when the message was a card button's press, now answered. */
export async function answerCardPress(services: CoachServices, context: TurnContext): Promise<boolean> {
  if (context.activity.type !== 'message' || context.activity.text?.trim()) return false;
  const pressed = pressedButton(context.activity.value);
  if (!pressed || !isCardVerb(pressed.verb)) return false;
  const invoke = { action: { type: 'Action.Execute', verb: pressed.verb, data: pressed.data }, trigger: 'manual' } as unknown as AdaptiveCardInvokeValue;
  // Web Chat keeps every copy of the card pressable: a done action pressed again is left as it is by the use case (adviserPlan.ts).
  const card = (await answerEscalationCardAction(services, context, invoke)).value;
  const reply: Partial<Activity> = { type: 'message', attachments: [{ contentType: ADAPTIVE_CARD, content: card }] };
  await context.sendActivity(cardsForChannel(context.activity.channelId, reply));
  return true;
}

/** A reply as this channel can press its card buttons: as sent for Teams, with Action.Submit elsewhere. */
export function cardsForChannel<T extends string | Partial<Activity>>(channelId: string | undefined, reply: T): T {
  if (typeof reply === 'string' || runsActionExecute(channelId) || !reply.attachments?.length) return reply;
  const attachments = reply.attachments.map((attachment) => (attachment.contentType === ADAPTIVE_CARD ? { ...attachment, content: cardForChannel(channelId, attachment.content) } : attachment));
  return { ...(reply as Partial<Activity>), attachments } as T;
}
