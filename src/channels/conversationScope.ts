// Is a conversation private to one person, or shared (a Teams channel or group chat)? Personal
// things (onboarding, plans, caseloads, reminders, escalations) only ever go to private ones.
import type { ConversationAccount } from 'botbuilder';

type ConversationShape = Partial<Pick<ConversationAccount, 'conversationType' | 'isGroup'>> | undefined;

/**
 * Teams says "personal", "groupChat" or "channel". Web Chat, Direct Line and the Emulator say
 * nothing and are one to one unless marked as a group. Any other type counts as shared: when
 * unsure, keep things private.
 */
export function isSharedConversation(conversation: ConversationShape): boolean {
  if (!conversation) return false;
  if (conversation.conversationType) return conversation.conversationType !== 'personal';
  return conversation.isGroup === true;
}

/** Stored references of the configured adviser and fallback channels are kept under this prefix. */
export const CHANNEL_KEY_PREFIX = 'channel:';

/** True for a configured Teams channel's key, false for a person's key ("msteams:29:…"). */
export function isChannelKey(key: string): boolean {
  return key.startsWith(CHANNEL_KEY_PREFIX);
}
