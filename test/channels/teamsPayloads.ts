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

/** A team channel's id, as Teams writes it. */
export function teamChannelId(): string {
  return `19:${randomUUID().replace(/-/g, '')}@thread.tacv2`;
}

const TEAM_ID = '19:team-coaching@thread.tacv2';
const mentionOfBot = `<at>${BOT.name}</at>`;

function sharedMessage(serviceUrl: string, person: TeamsPerson, words: string, conversation: object, channelData: object) {
  return {
    type: 'message',
    id: String(Date.now()),
    text: `${mentionOfBot} ${words}`,
    textFormat: 'plain',
    timestamp: new Date().toISOString(),
    channelId: 'msteams',
    serviceUrl,
    from: { id: person.id, name: person.name, aadObjectId: person.aadObjectId },
    conversation,
    recipient: BOT,
    entities: [{ type: 'mention', mentioned: { id: BOT.id, name: BOT.name }, text: mentionOfBot }, clientInfo('Europe/London')],
    channelData: { ...channelData, tenant: { id: TENANT_ID } },
    locale: 'en-GB',
    localTimezone: 'Europe/London',
  };
}

/** A message in a team channel: people must @mention the bot, and the mention is in the text. */
export function channelMessageMentioningBot(serviceUrl: string, person: TeamsPerson, words: string, channelId = teamChannelId()) {
  return sharedMessage(
    serviceUrl,
    person,
    words,
    { isGroup: true, conversationType: 'channel', tenantId: TENANT_ID, id: `${channelId};messageid=${Date.now()}` },
    { teamsChannelId: channelId, teamsTeamId: TEAM_ID, channel: { id: channelId }, team: { id: TEAM_ID } },
  );
}

/** A group chat's id, as Teams writes it. */
export function groupChatId(): string {
  return `19:${randomUUID().replace(/-/g, '')}@thread.v2`;
}

/** A message in a group chat (several people and the bot), @mentioning the bot. */
export function groupChatMessage(serviceUrl: string, person: TeamsPerson, words: string, chatId: string) {
  return sharedMessage(serviceUrl, person, words, { isGroup: true, conversationType: 'groupChat', tenantId: TENANT_ID, id: chatId }, {});
}

/** The bot (or, with `member`, a person) added to a team: Teams says so in the General channel. */
export function addedToTeam(serviceUrl: string, channelId: string, member: { id: string } = BOT) {
  return {
    type: 'conversationUpdate',
    id: `f:${randomUUID()}`,
    timestamp: new Date().toISOString(),
    channelId: 'msteams',
    serviceUrl,
    from: { id: '29:1team-owner' },
    conversation: { isGroup: true, conversationType: 'channel', tenantId: TENANT_ID, id: channelId },
    recipient: BOT,
    membersAdded: [member],
    channelData: { team: { id: TEAM_ID }, eventType: 'teamMemberAdded', tenant: { id: TENANT_ID } },
  };
}
