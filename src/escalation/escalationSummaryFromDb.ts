// Builds the adviser's summary for an escalation from what the database holds now.
import { buildEscalationSummary, type ClientReach } from '../domain/escalationSummary.ts';
import { renderSummaryText, type SummaryForAdviser } from '../messages/en/escalationSummary.ts';
import type { EscalationReason, EscalationUrgency } from '../domain/escalationRules.ts';
import { loadClientSnapshot, type ClientSnapshot } from '../db/clientSnapshot.ts';
import { ConversationReferences } from '../db/conversationReferences.ts';
import type { Escalation } from '../db/escalations.ts';
import type { CoachServices } from '../services.ts';
import { isWithinOfficeHours, nextOpening, parseOfficeHours } from '../domain/officeHours.ts';
import { parseSafetyKinds } from '../domain/safetyKind.ts';
import { BUTTON_WORDS } from './buttonWords.ts';
import { clientToldOf, phoneWishOf } from './clientTold.ts';
import { EscalationNoteRepository } from '../db/escalationNotes.ts';
import { readRecord } from './escalationRecord.ts';

export type BuiltSummary = { summary: SummaryForAdviser; text: string; snapshot: ClientSnapshot };

export async function summaryForEscalation(services: CoachServices, escalation: Escalation): Promise<BuiltSummary | null> {
  const snapshot = await loadClientSnapshot(services.db, escalation.clientId);
  if (!snapshot) return null;
  const now = services.clock.now();
  const reason = escalation.reason as EscalationReason;
  const built = buildEscalationSummary({
    clientDisplayName: snapshot.client.displayName ?? '',
    number: escalation.number,
    reach: await reachOf(services, snapshot),
    coachActions: {
      // The crisis reply with the contacts goes out in the same turn, before the row is written.
      contactsShownAt: reason === 'crisis' ? escalation.createdAt : null,
      remindersPausedAt: snapshot.client.remindersPausedAt,
    },
    raisedAt: escalation.createdAt,
    raisedOutOfHours: raisedOutOfHours(services, escalation.createdAt),
    decision: {
      reason,
      urgency: escalation.urgency as EscalationUrgency,
      detail: escalation.detail,
      contactBy: contactByInOfficeHours(services, escalation.contactBy),
    },
    safetyKinds: parseSafetyKinds(escalation.safetyKinds),
    goals: snapshot.goals,
    actionItems: snapshot.items
      .filter((item) => item.status !== 'dropped')
      .map((item) => ({ text: item.text, dueDate: item.dueAt, done: item.status === 'done', owner: item.owner === 'adviser' ? ('adviser' as const) : ('client' as const) })),
    lastReviewDate: snapshot.lastReviewAt,
    recentMessages: snapshot.recentMessages.map((message) => ({ text: message.text, sentAt: message.createdAt, riskLevel: message.riskLevel })),
    buttonWords: BUTTON_WORDS,
    barriers: snapshot.barriers,
    barrierNotes: snapshot.barrierNotes,
    locusOfControl: snapshot.locusBand,
    supportMarker: snapshot.marker,
    lastContactAt: snapshot.client.lastContactAt,
    job: snapshot.job,
    now,
    timeZone: services.config.ADVISER_HOURS_TIME_ZONE,
  });
  // What the client read at the handover, so the card never promises more (or less) than they were told.
  // And what they asked about calls in the safety window: the notes kept it, and nothing else showed it.
  const phoneWish = phoneWishOf(await new EscalationNoteRepository(services.db).listFor(escalation.id));
  const summary: SummaryForAdviser = { ...built, clientTold: clientToldOf(services, readRecord(escalation.summary)), phoneWish };
  return { summary, text: renderSummaryText(summary), snapshot };
}

/** "Contact by Sunday" means nothing when nobody is at work: the next time someone is. */
export function contactByInOfficeHours(services: Pick<CoachServices, 'config'>, contactBy: Date | null): Date | null {
  const hours = parseOfficeHours(services.config.ADVISER_HOURS);
  if (!contactBy || !hours) return contactBy;
  return nextOpening(hours, contactBy, services.config.ADVISER_HOURS_TIME_ZONE);
}

/** True when nobody was at work (outside ADVISER_HOURS) at that moment. */
export function raisedOutOfHours(services: Pick<CoachServices, 'config'>, at: Date): boolean {
  const hours = parseOfficeHours(services.config.ADVISER_HOURS);
  return hours ? !isWithinOfficeHours(hours, at, services.config.ADVISER_HOURS_TIME_ZONE) : false;
}

/** Their Teams name and a link to chat with them, from the conversation they use with the coach. */
async function reachOf(services: CoachServices, snapshot: ClientSnapshot): Promise<ClientReach> {
  return reachOfClient(services, snapshot.client);
}

/** The same for a client alone: "how do i contact tom" says what the card would (round four). */
export async function reachOfClient(
  services: CoachServices,
  client: { userKey: string; aadObjectId: string | null; channelId: string },
): Promise<ClientReach> {
  const stored = await new ConversationReferences(services.db).find(client.userKey);
  const user = (stored?.reference.user ?? {}) as { name?: unknown; aadObjectId?: unknown };
  const channelName = typeof user.name === 'string' && user.name.trim() ? user.name.trim() : null;
  const aadObjectId = client.aadObjectId ?? (typeof user.aadObjectId === 'string' ? user.aadObjectId : null);
  const chatLink =
    client.channelId === 'msteams' && aadObjectId ? `https://teams.microsoft.com/l/chat/0/0?users=${encodeURIComponent(aadObjectId)}` : null;
  return { channel: client.channelId, channelName, chatLink };
}
