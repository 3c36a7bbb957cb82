// Opens a private (personal) Teams chat with someone who spoke to the bot in a channel or group
// chat, keeps it as their conversation reference, and says hello there. Teams lets a bot start a
// one-to-one chat with any member of a team or group chat it is in.
import type { Activity, ConversationParameters, ConversationReference } from 'botbuilder';
import type { CoachAdapter } from '../bot/adapter.ts';
import { userKeyOf } from '../bot/userKey.ts';
import type { ConversationReferences } from '../db/conversationReferences.ts';
import { log } from '../log.ts';
import { privateChatOpened } from '../messages/en/sharedChats.ts';

export class PrivateChats {
  constructor(
    private readonly adapter: CoachAdapter,
    private readonly references: ConversationReferences,
    private readonly appId: string,
  ) {}

  /** True when the private chat is open and the hello went out; false when Teams would not. */
  async openWith(heard: Activity): Promise<boolean> {
    const tenantId = heard.conversation?.tenantId ?? (heard.channelData as { tenant?: { id?: string } } | undefined)?.tenant?.id;
    if (heard.channelId !== 'msteams' || !heard.serviceUrl || !heard.from?.id || !heard.recipient?.id) return false;
    try {
      const connector = await this.adapter.connectorClientFor(this.appId, heard.serviceUrl);
      const parameters: ConversationParameters = {
        isGroup: false,
        bot: heard.recipient,
        members: [{ id: heard.from.id, name: heard.from.name }],
        tenantId,
        channelData: { tenant: { id: tenantId } },
      } as ConversationParameters;
      const created = await connector.conversations.createConversation(parameters);
      const reference: Partial<ConversationReference> = {
        channelId: heard.channelId,
        serviceUrl: heard.serviceUrl,
        locale: heard.locale,
        bot: heard.recipient,
        user: { id: heard.from.id, name: heard.from.name, aadObjectId: heard.from.aadObjectId } as ConversationReference['user'],
        conversation: { id: created.id, conversationType: 'personal', isGroup: false, tenantId } as ConversationReference['conversation'],
      };
      await this.references.save(userKeyOf(heard), reference as Record<string, unknown>);
      await connector.conversations.sendToConversation(created.id, {
        type: 'message',
        text: privateChatOpened,
        from: heard.recipient,
        recipient: reference.user,
        conversation: reference.conversation,
        channelId: heard.channelId,
        serviceUrl: heard.serviceUrl,
      } as Activity);
      return true;
    } catch (error) {
      log.warn(`Could not open a private chat with ${userKeyOf(heard)}`, error);
      return false;
    }
  }
}
