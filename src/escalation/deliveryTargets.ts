// Who gets an escalation. First round: the client's adviser in Teams (or the team leads when the
// client has no adviser yet, when the adviser has no Teams account, such as the local demo
// adviser, or when the adviser cannot be reached), the adviser channel, and the webhook. Re-notification of an
// unacknowledged urgent escalation: the leads and the fallback channel (or, when neither is set
// up, the first-round people again), and the webhook.
import type { CoachServices } from '../services.ts';
import type { EscalationWithClient } from '../db/escalations.ts';
import { AdviserRepository } from '../db/advisers.ts';
import type { DeliveryRound } from './escalationRecord.ts';
import { CHANNEL_KEY_PREFIX } from '../channels/conversationScope.ts';

export type DeliveryTarget = { key: string; kind: 'teams'; userKey: string } | { key: 'webhook'; kind: 'webhook' };

/** The ConversationRef key a Teams channel's reference is stored under (see channelCapture.ts). */
export function channelUserKey(channelId: string): string {
  return `${CHANNEL_KEY_PREFIX}${channelId}`;
}

const teams = (userKey: string): DeliveryTarget => ({ key: `teams:${userKey}`, kind: 'teams', userKey });

export async function deliveryTargets(
  services: CoachServices,
  escalation: EscalationWithClient,
  round: DeliveryRound,
  /** Target keys that could not take it (no stored conversation, 403): others step in. */
  failedKeys: readonly string[] = [],
): Promise<DeliveryTarget[]> {
  const { config, db } = services;
  const advisers = new AdviserRepository(db);
  const leads = await advisers.leadsWithChat();
  const adviser = escalation.client.adviserId ? await advisers.findById(escalation.client.adviserId) : null;

  const firstRound: DeliveryTarget[] = [];
  const adviserTarget = adviser?.userKey ? teams(adviser.userKey) : null;
  if (adviserTarget) firstRound.push(adviserTarget);
  if (!adviserTarget || failedKeys.includes(adviserTarget.key)) firstRound.push(...leads.map((lead) => teams(lead.userKey)));
  if (config.ADVISER_CHANNEL_ID) firstRound.push(teams(channelUserKey(config.ADVISER_CHANNEL_ID)));

  let people = firstRound;
  if (round === 'renotify') {
    const fallback = leads.filter((lead) => lead.id !== adviser?.id).map((lead) => teams(lead.userKey));
    if (config.FALLBACK_CHANNEL_ID) fallback.push(teams(channelUserKey(config.FALLBACK_CHANNEL_ID)));
    if (fallback.length > 0) people = fallback;
  }
  const unique = [...new Map(people.map((target) => [target.key, target])).values()];
  return config.ESCALATION_WEBHOOK_URL ? [...unique, { key: 'webhook', kind: 'webhook' }] : unique;
}
