// Turn middleware for Teams channels and group chats, where other people read along. The risk
// check has already run. Here the bot gives a short note and moves the talk to a private chat it
// opens for that person; the dialogs and the adviser commands never run in a shared chat (see
// CoachBot), so no personal question is asked and no client's data is shown there.
import { ActivityTypes, type Middleware, type TurnContext } from 'botbuilder';
import { isSharedConversation } from '../channels/conversationScope.ts';
import type { PrivateChats } from '../channels/privateChat.ts';
import { addedToSharedChat, askForPrivateChat, movedToPrivateChat } from '../messages/en/sharedChats.ts';
import { isProactiveTurn } from './proactiveTurn.ts';

export function inSharedConversation(context: TurnContext): boolean {
  return !isProactiveTurn(context.activity) && isSharedConversation(context.activity.conversation);
}

export class SharedConversationGate implements Middleware {
  constructor(private readonly privateChats: Pick<PrivateChats, 'openWith'>) {}

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    if (!inSharedConversation(context)) return next();
    const activity = context.activity;
    const fromSomeone = activity.from?.id && activity.from.id !== activity.recipient?.id;
    if (activity.type === ActivityTypes.Message && fromSomeone) {
      const opened = await this.privateChats.openWith(activity);
      await context.sendActivity(opened ? movedToPrivateChat : askForPrivateChat);
    } else if (activity.type === ActivityTypes.ConversationUpdate && activity.membersAdded?.some((m) => m.id === activity.recipient?.id)) {
      await context.sendActivity(addedToSharedChat);
    }
    await next();
  }
}
