// Turn middleware: keeps each user's conversation reference fresh, so reminders and escalations
// can reach them later even after a restart. Only a private chat is kept: what someone says in a
// Teams channel or group chat must never send their reminders or their clients' escalations there.
import { TurnContext, type Middleware } from 'botbuilder';
import type { ConversationReferences } from '../db/conversationReferences.ts';
import { isSharedConversation } from '../channels/conversationScope.ts';
import { userKeyOf } from './userKey.ts';
import { isProactiveTurn } from './proactiveTurn.ts';

export class ReferenceCapture implements Middleware {
  constructor(private readonly references: ConversationReferences) {}

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    const activity = context.activity;
    const usable = activity.from?.id && activity.conversation?.id && activity.serviceUrl && !isProactiveTurn(activity);
    if (usable && !isSharedConversation(activity.conversation)) {
      const reference = TurnContext.getConversationReference(activity);
      await this.references.save(userKeyOf(activity), reference as Record<string, unknown>);
    }
    await next();
  }
}
