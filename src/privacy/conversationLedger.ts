// Turn middleware noting each conversation a user has with the bot (src/db/conversationLedger.ts),
// so "delete my data" and retention find the bot state of every one.
import type { Database } from '../db/database.ts';
import { ConversationLedger } from '../db/conversationLedger.ts';

/** Typed structurally: src/privacy does not import botbuilder. */
export class ConversationLedgerCapture {
  private readonly ledger: ConversationLedger;

  constructor(db: Database) {
    this.ledger = new ConversationLedger(db);
  }

  async onTurn(
    context: { activity: { type?: string; name?: string; channelId?: string; from?: { id?: string }; conversation?: { id?: string } } },
    next: () => Promise<void>,
  ): Promise<void> {
    const { activity } = context;
    const proactive = activity.type === 'event' && activity.name === 'ContinueConversation';
    if (!proactive && activity.channelId && activity.from?.id && activity.conversation?.id) {
      await this.ledger.note(`${activity.channelId}:${activity.from.id}`, activity.channelId, activity.conversation.id);
    }
    await next();
  }
}
