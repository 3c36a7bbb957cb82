// One delivery attempt for one escalation: take the lease, send to every target that does not
// have it yet, record what happened, and say when to try again. Used at once when an escalation
// is raised and by the dispatcher for retries and re-notification, so there is one path.
import { escalationCard } from '../cards/escalationCard.ts';
import { escapeMarkdown } from '../cards/escapeText.ts';
import { EscalationRepository, type EscalationWithClient } from '../db/escalations.ts';
import { log } from '../log.ts';
import type { CoachServices } from '../services.ts';
import { deliveryTargets, type DeliveryTarget } from './deliveryTargets.ts';
import { readRecord, writeRecord, type EscalationRecord } from './escalationRecord.ts';
import { summaryForEscalation, type BuiltSummary } from './escalationSummaryFromDb.ts';
import { postWebhook } from './webhook.ts';
import { isChannelKey } from '../channels/conversationScope.ts';
import { adviserChannelNotice } from '../channels/adviserChannelNotice.ts';

export const LEASE_MS = 60_000;
/** Waits between attempts for a target that may come back (429, 5xx, network), in minutes. */
export const RETRY_MINUTES = [1, 2, 5, 15, 30, 60];
const MINUTE = 60_000;

type TargetResult = 'sent' | 'retry' | { failed: string };

export async function attemptDelivery(services: CoachServices, escalationId: string): Promise<'attempted' | 'not-due'> {
  const repo = new EscalationRepository(services.db);
  const now = services.clock.now();
  if (!(await repo.claim(escalationId, now, LEASE_MS))) return 'not-due';
  const escalation = await repo.findById(escalationId);
  if (!escalation) return 'not-due';
  try {
    await deliverClaimed(services, repo, escalation, now);
  } catch (error) {
    log.error(`Escalation ${escalationId}: delivery failed, will try again`, error);
    await repo.recordAttempt(escalationId, { delivered: false, at: now, nextAttemptAt: new Date(now.getTime() + MINUTE), summary: escalation.summary });
  }
  return 'attempted';
}

async function deliverClaimed(services: CoachServices, repo: EscalationRepository, escalation: EscalationWithClient, now: Date): Promise<void> {
  let record = readRecord(escalation.summary);
  const ackDeadline = new Date(escalation.createdAt.getTime() + services.config.ESCALATION_ACK_MINUTES * MINUTE);
  const awaitingAck = escalation.urgency === 'urgent' && !escalation.renotifiedAt;
  const startRenotify = awaitingAck && record.round === 'first' && now >= ackDeadline;
  if (startRenotify) record = { ...record, round: 'renotify', sent: [], failed: {}, attemptsThisRound: 0 };

  const built = await summaryForEscalation(services, escalation);
  if (!built) return;
  record.text = built.text;

  const pending = (await deliveryTargets(services, escalation, record.round)).filter(
    (target) => !record.sent.includes(target.key) && !(target.key in record.failed),
  );
  const retrying: DeliveryTarget[] = [];
  for (const target of pending) {
    const result = await sendTo(services, target, escalation, built, record);
    if (result === 'sent') record.sent.push(target.key);
    else if (result === 'retry') retrying.push(target);
    else record.failed[target.key] = result.failed;
    log.info(`Escalation ${escalation.id} (${record.round}) to ${target.kind}: ${typeof result === 'string' ? result : result.failed}`);
  }
  record.attemptsThisRound += 1;

  let nextAttemptAt: Date | null = null;
  if (retrying.length > 0 && record.attemptsThisRound <= RETRY_MINUTES.length) {
    nextAttemptAt = new Date(now.getTime() + RETRY_MINUTES[record.attemptsThisRound - 1]! * MINUTE);
  } else {
    for (const target of retrying) record.failed[target.key] = `gave up after ${record.attemptsThisRound} attempts`;
  }
  if (!nextAttemptAt && awaitingAck && record.round === 'first') nextAttemptAt = ackDeadline;
  if (nextAttemptAt && awaitingAck && record.round === 'first' && nextAttemptAt > ackDeadline) nextAttemptAt = ackDeadline;

  await repo.recordAttempt(escalation.id, {
    delivered: record.sent.length > 0,
    at: now,
    nextAttemptAt,
    summary: writeRecord(record),
    renotified: startRenotify,
  });
}

async function sendTo(
  services: CoachServices,
  target: DeliveryTarget,
  escalation: EscalationWithClient,
  built: BuiltSummary,
  record: EscalationRecord,
): Promise<TargetResult> {
  const now = services.clock.now();
  if (target.kind === 'webhook') {
    const { ESCALATION_WEBHOOK_URL: url, ESCALATION_WEBHOOK_SECRET: secret } = services.config;
    const outcome = await postWebhook(url!, secret!, {
      event: record.round === 'renotify' ? 'escalation.renotified' : 'escalation.raised',
      deliveryId: `${escalation.id}:${record.round}`,
      sentAt: now.toISOString(),
      escalation: {
        id: escalation.id,
        clientId: escalation.clientId,
        reason: escalation.reason,
        urgency: escalation.urgency,
        status: escalation.status,
        contactBy: escalation.contactBy?.toISOString() ?? null,
        createdAt: escalation.createdAt.toISOString(),
      },
      summary: built.summary,
      text: built.text,
    });
    return outcome.status === 'failed' ? { failed: outcome.message } : outcome.status;
  }
  const card = escalationCard(built.summary, { escalationId: escalation.id, status: escalation.status, response: null });
  const prefix = record.round === 'renotify' ? 'Not yet acknowledged. ' : '';
  // A team channel is read by everyone in the team: it gets a heads-up without the details.
  const message = isChannelKey(target.userKey)
    ? adviserChannelNotice({ ...built.summary, renotified: record.round === 'renotify', botAppId: services.config.MicrosoftAppId })
    : {
        type: 'message',
        text: escapeMarkdown(`${prefix}${built.text.split('\n')[0]}`),
        attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: card }],
      };
  const outcome = await services.sender.send(target.userKey, () => [message]);
  if (outcome.status === 'sent') return 'sent';
  if (outcome.status === 'retry') return 'retry';
  return { failed: outcome.status === 'no-reference' ? 'no stored conversation yet' : `HTTP ${outcome.httpStatus}` };
}
