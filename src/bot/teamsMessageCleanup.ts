// Turn middleware that smooths out what Teams sends, so the dialogs see the same thing from every
// channel: the bot's own @mention taken out of the text, the user's time zone in
// activity.localTimezone, and a personal install seen as the user arriving.
import { TurnContext, type Activity, type Middleware } from 'botbuilder';
import { isTimeZone } from '../domain/timeZones.ts';

const TEAMS = 'msteams';

interface ClientInfoEntity {
  type: 'clientInfo';
  timezone?: string;
  locale?: string;
}

export class TeamsMessageCleanup implements Middleware {
  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    const activity = context.activity;
    takeTimeZoneFromClientInfo(activity);
    if (activity.channelId === TEAMS && activity.type === 'message') stripBotMention(activity);
    if (activity.channelId === TEAMS && activity.type === 'conversationUpdate') treatPersonalInstallAsArrival(activity);
    await next();
  }
}

/** In a team or group chat people must @mention the bot; "<at>Coach</at> help" should mean "help". */
function stripBotMention(activity: Activity): void {
  if (!activity.text || !activity.recipient?.id) return;
  TurnContext.removeRecipientMention(activity);
  activity.text = activity.text.replace(/&nbsp;/g, ' ').replace(/\s+/g, ' ').trim();
}

/** Teams sends localTimezone on messages; some clients only send it in the clientInfo entity. */
function takeTimeZoneFromClientInfo(activity: Activity): void {
  if (activity.localTimezone) return;
  const clientInfo = (activity.entities ?? []).find((entity): entity is ClientInfoEntity & typeof entity => entity.type === 'clientInfo');
  const zone = clientInfo?.timezone;
  if (zone && isTimeZone(zone)) activity.localTimezone = zone;
}

/**
 * When someone installs the bot for themselves, Teams reports the bot (not the person) as the
 * member added, with the person in `from`. To the bot that is the person arriving, so add them.
 */
function treatPersonalInstallAsArrival(activity: Activity): void {
  if (activity.conversation?.conversationType !== 'personal') return;
  const added = activity.membersAdded ?? [];
  const botId = activity.recipient?.id;
  const onlyTheBot = added.length > 0 && added.every((member) => member.id === botId);
  if (onlyTheBot && activity.from?.id && activity.from.id !== botId) {
    activity.membersAdded = [...added, activity.from];
  }
}
