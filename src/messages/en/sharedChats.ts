// Words for Teams channels and group chats, where other people can read along. Nothing personal
// is said there: the bot moves the talk to a private chat.

/** In the channel or group chat, when the bot has opened a private chat with the person. */
export const movedToPrivateChat = 'Hello! I keep things private, so I only talk one to one. I have sent you a private message.';

/** In the channel or group chat, when the bot could not open a private chat itself. */
export const askForPrivateChat =
  'Hello! I keep things private, so I only talk one to one. Please open a chat with me: find Action Plan Coach under Chat.';

/** The first message in the private chat the bot opened. */
export const privateChatOpened = [
  'Hello, this is Action Plan Coach. You asked for me in a shared chat.',
  'Here it is just you and me. Type "hi" when you want to start.',
].join(' ');

/** When the bot is added to a team or a group chat. */
export const addedToSharedChat = [
  'Hello everyone! I am Action Plan Coach, a computer program.',
  'I only talk one to one, to keep things private. To talk to me, open a chat with me.',
].join(' ');

/** When someone presses a card button in a shared chat. */
export const cardActionsArePrivate = 'Please open a private chat with me to do that.';

/** The heads-up an adviser channel gets about an escalation: who and how urgent, nothing more. */
export const channelEscalationWords = {
  urgent: 'URGENT',
  soon: 'Soon',
  routine: 'Routine',
  needsAdviser: (clientName: string) => `${clientName} needs their adviser.`,
  detailsArePrivate: 'The details are only in a private chat with me, to keep them safe.',
  renotified: 'Nobody has said they have it yet.',
  openPrivately: 'Open in a private chat',
} as const;
