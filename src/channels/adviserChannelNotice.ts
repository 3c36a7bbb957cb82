// What an adviser channel (ADVISER_CHANNEL_ID, FALLBACK_CHANNEL_ID) gets about an escalation:
// the client's name, how urgent it is, and a way into a private chat with the bot. Everyone in
// the team can read a channel, so nothing the client said or recorded goes there.
import type { Activity } from 'botbuilder';
import { escapeCardText, escapeMarkdown } from '../messages/escapeText.ts';
import { channelEscalationWords as say } from '../messages/en/sharedChats.ts';

export interface ChannelNoticeInput {
  clientName: string;
  urgency: 'urgent' | 'soon' | 'routine';
  /** True when this is the second round: nobody acknowledged an urgent escalation in time. */
  renotified: boolean;
  /** The bot's Microsoft app id; without one (local mode) there is no chat to link to. */
  botAppId?: string;
}

const COLOUR = { urgent: 'Attention', soon: 'Default', routine: 'Default' } as const;

/** Teams' deep link that opens (or starts) the signed-in person's one-to-one chat with the bot. */
export function privateChatLink(botAppId: string): string {
  return `https://teams.microsoft.com/l/chat/0/0?users=${encodeURIComponent(`28:${botAppId}`)}`;
}

export function adviserChannelNotice(input: ChannelNoticeInput): Partial<Activity> {
  const headline = `${say[input.urgency]}: ${input.clientName}`;
  const lines = [say.needsAdviser(input.clientName), ...(input.renotified ? [say.renotified] : []), say.detailsArePrivate];
  const card = {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    body: [
      { type: 'TextBlock', text: escapeCardText(headline), size: 'Large', weight: 'Bolder', color: COLOUR[input.urgency], wrap: true },
      ...lines.map((line) => ({ type: 'TextBlock', text: escapeCardText(line), wrap: true })),
    ],
    actions: input.botAppId ? [{ type: 'Action.OpenUrl', title: say.openPrivately, url: privateChatLink(input.botAppId) }] : [],
  };
  return {
    type: 'message',
    text: escapeMarkdown(`${headline}. ${lines.join(' ')}`),
    attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: card }],
  };
}
