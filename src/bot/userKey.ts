import type { Activity } from 'botbuilder';

/** One key per person per channel: the id a channel gives a user is only unique within it. */
export function userKeyOf(activity: Pick<Activity, 'channelId' | 'from'>): string {
  return `${activity.channelId}:${activity.from?.id ?? 'unknown'}`;
}
