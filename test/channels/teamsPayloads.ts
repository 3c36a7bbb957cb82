// Activities shaped as Microsoft Teams sends them, following the payloads in Microsoft's Teams
// bot documentation ("Conversation events", "Channel and group chat conversations", "clientInfo").
import { randomUUID } from 'node:crypto';

export const TENANT_ID = '72f988bf-86f1-41af-91ab-2d7cd011db47';
export const BOT = { id: '28:9e1d7c9a-3bd8-4b1f-9c2e-0a3f5f6a2b11', name: 'Action Plan Coach' };

export interface TeamsPerson {
  id: string;
  name: string;
  aadObjectId: string;
}

export function teamsPerson(name = 'Megan Bowen'): TeamsPerson {
  return { id: `29:1${randomUUID().replace(/-/g, '')}`, name, aadObjectId: randomUUID() };
}

export function personalConversationId(): string {
  return `a:1${randomUUID().replace(/-/g, '')}`;
}

function clientInfo(timezone: string, locale = 'en-GB') {
  return { type: 'clientInfo', locale, country: locale.slice(-2), platform: 'Web', timezone };
}

/** The bot installed in someone's personal scope: Teams names the bot as the member added. */
export function personalInstall(serviceUrl: string, person: TeamsPerson, conversationId: string) {
  return {
    type: 'conversationUpdate',
    id: `f:${randomUUID()}`,
    timestamp: new Date().toISOString(),
    channelId: 'msteams',
    serviceUrl,
    from: { id: person.id, aadObjectId: person.aadObjectId },
    conversation: { conversationType: 'personal', tenantId: TENANT_ID, id: conversationId },
    recipient: BOT,
    membersAdded: [{ id: BOT.id }],
    channelData: { tenant: { id: TENANT_ID } },
  };
}

export function personalMessage(
  serviceUrl: string,
  person: TeamsPerson,
  conversationId: string,
  text: string,
  zone: { localTimezone?: string; clientInfoTimezone?: string } = {},
) {
  return {
    type: 'message',
    id: String(Date.now()),
    text,
    textFormat: 'plain',
    timestamp: new Date().toISOString(),
    localTimestamp: new Date().toISOString(),
    channelId: 'msteams',
    serviceUrl,
    from: { id: person.id, name: person.name, aadObjectId: person.aadObjectId },
    conversation: { conversationType: 'personal', tenantId: TENANT_ID, id: conversationId },
    recipient: BOT,
    entities: zone.clientInfoTimezone ? [clientInfo(zone.clientInfoTimezone)] : [],
    channelData: { tenant: { id: TENANT_ID } },
    locale: 'en-GB',
    ...(zone.localTimezone ? { localTimezone: zone.localTimezone } : {}),
  };
}

/** A message in a team channel: people must @mention the bot, and the mention is in the text. */
export function channelMessageMentioningBot(serviceUrl: string, person: TeamsPerson, words: string) {
  const channelId = `19:${randomUUID().replace(/-/g, '')}@thread.tacv2`;
  const mention = `<at>${BOT.name}</at>`;
  return {
    type: 'message',
    id: String(Date.now()),
    text: `${mention} ${words}`,
    textFormat: 'plain',
    timestamp: new Date().toISOString(),
    channelId: 'msteams',
    serviceUrl,
    from: { id: person.id, name: person.name, aadObjectId: person.aadObjectId },
    conversation: { isGroup: true, conversationType: 'channel', tenantId: TENANT_ID, id: `${channelId};messageid=${Date.now()}` },
    recipient: BOT,
    entities: [{ type: 'mention', mentioned: { id: BOT.id, name: BOT.name }, text: mention }, clientInfo('Europe/London')],
    channelData: {
      teamsChannelId: channelId,
      teamsTeamId: '19:team-coaching@thread.tacv2',
      channel: { id: channelId },
      team: { id: '19:team-coaching@thread.tacv2' },
      tenant: { id: TENANT_ID },
    },
    locale: 'en-GB',
    localTimezone: 'Europe/London',
  };
}
