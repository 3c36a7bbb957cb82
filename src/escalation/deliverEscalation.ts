// One delivery attempt for one escalation: take the lease, send to every target that does not
// have it yet, record what happened, and say when to try again. Used at once when an escalation
// is raised and by the dispatcher for retries and re-notification, so there is one path.
import { notYetAcknowledged } from '../messages/en/escalationCard.ts';
import { clientNameOf } from '../messages/en/escalationSummary.ts';
import { escalationCard } from '../cards/escalationCard.ts';
import { escapeMarkdown } from '../messages/escapeText.ts';
import { EscalationRepository, type EscalationWithClient } from '../db/escalations.ts';
import { log } from '../log.ts';
import type { CoachServices } from '../services.ts';
import { deliveryTargets, type DeliveryTarget } from './deliveryTargets.ts';
import { readRecord, writeRecord, type EscalationRecord } from './escalationRecord.ts';
import { summaryForEscalation, type BuiltSummary } from './escalationSummaryFromDb.ts';
import { postWebhook } from './webhook.ts';
import { ADAPTIVE_CARD, cardForChannelOf } from './sentCards.ts';
import { isChannelKey } from '../channels/conversationScope.ts';
import { adviserChannelNotice } from '../channels/adviserChannelNotice.ts';

export const LEASE_MS = 60_000;
/** Waits between attempts for a target that may come back (429, 5xx, network), in minutes. */
export const RETRY_MINUTES = [1, 2, 5, 15, 30, 60];
const MINUTE = 60_000;

type TargetResult = 'sent' | 'retry' | { failed: string };

/** What one attempt did: 'not-due' when another instance holds it or nothing is due. */
export type DeliveryAttempt = 'not-due' | { reached: number; retrying: number };

export async function attemptDelivery(services: CoachServices, escalationId: string): Promise<DeliveryAttempt> {
  const repo = new EscalationRepository(services.db);
  const now = services.clock.now();
  if (!(await repo.claim(escalationId, now, LEASE_MS))) return 'not-due';
  const escalation = await repo.findById(escalationId);
  if (!escalation) return 'not-due';
  try {
    return await deliverClaimed(services, repo, escalation, now);
  } catch (error) {
    log.error(`Escalation ${escalationId}: delivery failed, will try again`, error);
    await repo.recordAttempt(escalationId, { delivered: false, at: now, nextAttemptAt: new Date(now.getTime() + MINUTE), summary: escalation.summary });
    return { reached: 0, retrying: 1 };
  }
}

async function deliverClaimed(
  services: CoachServices,
  repo: EscalationRepository,
  escalation: EscalationWithClient,
  now: Date,
): Promise<{ reached: number; retrying: number }> {
  let record = readRecord(escalation.summary);
  const ackDeadline = new Date(escalation.createdAt.getTime() + services.config.ESCALATION_ACK_MINUTES * MINUTE);
  const awaitingAck = escalation.urgency === 'urgent' && !escalation.renotifiedAt;
  const startRenotify = awaitingAck && record.round === 'first' && now >= ackDeadline;
  if (startRenotify) record = { ...record, round: 'renotify', sent: [], failed: {}, attemptsThisRound: 0 };

  const built = await summaryForEscalation(services, escalation);
  if (!built) return { reached: 0, retrying: 0 };
  record.text = built.text;

  const retrying: DeliveryTarget[] = [];
  // A second pass when someone could not take it: the leads step in for an unreachable adviser.
  for (let pass = 0; pass < 2; pass += 1) {
    const pending = (await deliveryTargets(services, escalation, record.round, Object.keys(record.failed))).filter(
      (target) => !record.sent.includes(target.key) && !(target.key in record.failed) && !retrying.some((other) => other.key === target.key),
    );
    if (pending.length === 0) break;
    for (const target of pending) {
      const result = await sendTo(services, target, escalation, built, record);
      if (result === 'sent') record.sent.push(target.key);
      else if (result === 'retry') retrying.push(target);
      else record.failed[target.key] = result.failed;
      log.info(`Escalation ${escalation.id} (${record.round}) to ${target.kind}: ${typeof result === 'string' ? result : result.failed}`);
    }
  }
  if (record.sent.length === 0 && retrying.length === 0) {
    log.error(`Escalation ${escalation.id}: nobody can receive it. Register a team lead, or set ADVISER_CHANNEL_ID or ESCALATION_WEBHOOK_URL.`);
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

  // An adviser may have answered while we were sending: keep their answer.
  const fresh = readRecord((await repo.findById(escalation.id))?.summary ?? '{}');
  record.response = fresh.response ?? record.response;
  // What the client was told may have been kept while we were sending: keep it too.
  record.clientTold = fresh.clientTold ?? record.clientTold;
  await repo.recordAttempt(escalation.id, {
    delivered: record.sent.length > 0,
    at: now,
    nextAttemptAt,
    summary: writeRecord(record),
    renotified: startRenotify,
  });
  return { reached: record.sent.length, retrying: retrying.length };
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
        contactBy: built.summary.contactBy?.toISOString() ?? null,
        createdAt: escalation.createdAt.toISOString(),
      },
      summary: built.summary,
      text: built.text,
    });
    return outcome.status === 'failed' ? { failed: outcome.message } : outcome.status;
  }
  const card = escalationCard(built.summary, { escalationId: escalation.id, status: escalation.status, response: null });
    // A team channel is read by everyone in the team: it gets a heads-up without the details.
  const message = isChannelKey(target.userKey)
    ? adviserChannelNotice({ clientName: clientNameOf(built.summary), urgency: built.summary.urgency, renotified: record.round === 'renotify', botAppId: services.config.MicrosoftAppId })
    : {
        type: 'message',
        text: escapeMarkdown(record.round === 'renotify' ? notYetAcknowledged(built.text.split('\n')[0]!) : built.text.split('\n')[0]!),
        attachments: [{ contentType: ADAPTIVE_CARD, content: cardForChannelOf(target.userKey, card) }],
      };
  let conversationId: string | undefined;
  const outcome = await services.sender.send(target.userKey, (context) => {
    conversationId = context.activity.conversation?.id;
    return [message];
  });
  if (outcome.status === 'sent') {
    // Kept so that an answer from anyone updates this copy too (the channel's detail-free notice is left alone).
    if (outcome.activityId && conversationId && !isChannelKey(target.userKey)) {
      record.cards.push({ userKey: target.userKey, conversationId, activityId: outcome.activityId });
    }
    return 'sent';
  }
  if (outcome.status === 'retry') return 'retry';
  return { failed: outcome.status === 'no-reference' ? 'no stored conversation yet' : `HTTP ${outcome.httpStatus}` };
}
