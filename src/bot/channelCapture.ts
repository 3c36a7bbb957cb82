// Turn middleware: when the bot hears anything in the configured adviser or fallback Teams
// channel, it keeps that channel's conversation reference, so escalations can be posted there.
// (In Teams: add the bot to the team and @mention it once in the channel.)
import { TurnContext, type Middleware } from 'botbuilder';
import type { ConversationReferences } from '../db/conversationReferences.ts';
import { channelUserKey } from '../escalation/deliveryTargets.ts';
import type { Config } from '../config.ts';
import { isProactiveTurn } from './proactiveTurn.ts';

export class ChannelCapture implements Middleware {
  constructor(
    private readonly config: Pick<Config, 'ADVISER_CHANNEL_ID' | 'FALLBACK_CHANNEL_ID'>,
    private readonly references: ConversationReferences,
  ) {}

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    const activity = context.activity;
    if (isProactiveTurn(activity)) return next();
    const teamsChannel = (activity.channelData as { channel?: { id?: string } } | undefined)?.channel?.id;
    const conversationId = activity.conversation?.id?.split(';')[0];
    for (const wanted of [this.config.ADVISER_CHANNEL_ID, this.config.FALLBACK_CHANNEL_ID]) {
      if (!wanted || (teamsChannel !== wanted && conversationId !== wanted) || !activity.serviceUrl) continue;
      const reference = TurnContext.getConversationReference(activity);
      // Post new messages to the channel itself, not as replies in the thread we heard from.
      reference.conversation = { ...reference.conversation!, id: wanted, isGroup: true };
      await this.references.save(channelUserKey(wanted), reference as Record<string, unknown>);
    }
    await next();
  }
}
