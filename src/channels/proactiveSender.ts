// The one place that messages a user proactively (reminders, escalations to advisers), through
// the stored conversation reference: as a bot turn (continueConversationAsync) when the message
// needs one, or straight to the channel's connector when it is ready-made (reminders).
import { TurnContext, type Activity, type ConversationReference } from 'botbuilder';
import type { CoachAdapter } from '../bot/adapter.ts';
import type { ConversationReferences, StoredReference } from '../db/conversationReferences.ts';
import { SendWatch, ThrottledSendError, watchThrottling } from './sendDeadline.ts';
import { isChannelKey, isSharedConversation } from './conversationScope.ts';

export type StoredConversationReference = { reference: StoredReference; usable: boolean };

export type SendOutcome =
  | { status: 'sent'; activityId?: string }
  | { status: 'no-reference' }
  | { status: 'unreachable'; httpStatus: number; message: string }
  /** retryAfterMs: the channel throttled this conversation and asked us to wait that long. */
  | { status: 'retry'; httpStatus?: number; message: string; retryAfterMs?: number };

export class ProactiveSender {
  constructor(
    private readonly adapter: CoachAdapter,
    private readonly references: ConversationReferences,
    private readonly appId: string,
  ) {}

  /** Sends activities built in a bot turn, for messages that need one (cards, escalations). */
  async send(
    userKey: string,
    build: (context: TurnContext) => Promise<Array<Partial<Activity>>> | Array<Partial<Activity>>,
    /** The stored reference when the caller has loaded it already (a batch); looked up otherwise. */
    known?: StoredConversationReference | null,
  ): Promise<SendOutcome> {
    return this.deliver(userKey, known, async (reference) => {
      let activityId: string | undefined;
      // The adapter's onTurnError would swallow a failed send, so carry it out of the turn ourselves.
      let failure: unknown;
      await this.adapter.continueConversationAsync(this.appId, reference, async (context) => {
        try {
          for (const activity of await build(context)) {
            const response = await context.sendActivity(activity);
            activityId ??= response?.id;
          }
        } catch (error) {
          failure = error;
        }
      });
      if (failure !== undefined) throw failure;
      return activityId;
    });
  }

  /**
   * Sends ready-made activities without running a bot turn: the same connector client and the
   * same addressing a turn would give them, without the middleware and turn set-up (a fifth of
   * a reminder's CPU). Outcomes as send().
   */
  async sendActivities(
    userKey: string,
    activities: Array<Partial<Activity>>,
    known?: StoredConversationReference | null,
    /** deadlineMs: give up by then, and never sit out a Retry-After (see sendDeadline.ts). */
    limits: { deadlineMs?: number } = {},
  ): Promise<SendOutcome> {
    return this.deliver(userKey, known, async (reference) => {
      if (!reference.serviceUrl || !reference.conversation?.id) throw new Error('The stored reference has no service URL or conversation');
      const connector = await this.adapter.connectorClientFor(this.appId, reference.serviceUrl);
      const watch = limits.deadlineMs ? new SendWatch(limits.deadlineMs) : undefined;
      if (watch) watchThrottling(connector);
      let activityId: string | undefined;
      try {
        for (const activity of activities) {
          const outgoing = TurnContext.applyConversationReference({ ...activity }, reference) as Activity;
          // Older stored references carry the id of the message they came with; this is not a reply to it.
          delete outgoing.replyToId;
          const response = await connector.conversations.sendToConversation(reference.conversation.id, outgoing, watch ? { abortSignal: watch.signal } : undefined);
          activityId ??= response?.id;
        }
      } catch (error) {
        throw watch ? watch.explain(error) : error;
      } finally {
        watch?.done();
      }
      return activityId;
    });
  }

  /**
   * Finds the usable reference (unless the caller loaded it), then tries. 403/404 mean the bot is
   * no longer in the conversation, so the reference is marked unusable; 429 and 5xx (and network
   * errors) are worth retrying.
   */
  private async deliver(
    userKey: string,
    known: StoredConversationReference | null | undefined,
    attempt: (reference: Partial<ConversationReference>) => Promise<string | undefined>,
  ): Promise<SendOutcome> {
    const stored = known === undefined ? await this.references.find(userKey) : known;
    if (!stored || !stored.usable || !fitsKey(userKey, stored.reference)) return { status: 'no-reference' };
    try {
      return { status: 'sent', activityId: await attempt(stored.reference as Partial<ConversationReference>) };
    } catch (error) {
      const httpStatus = statusOf(error);
      const message = (error as Error).message ?? String(error);
      if (httpStatus === 403 || httpStatus === 404) {
        await this.references.markUnusable(userKey, `HTTP ${httpStatus}: ${message}`);
        return { status: 'unreachable', httpStatus, message };
      }
      const retryAfterMs = error instanceof ThrottledSendError ? error.retryAfterMs : undefined;
      return { status: 'retry', httpStatus, message, ...(retryAfterMs !== undefined ? { retryAfterMs } : {}) };
    }
  }
}

/**
 * A person's messages go to their private chat only. Older versions stored whatever chat a person
 * spoke in last, so a channel or group chat may still sit under a person's key: never use it.
 */
function fitsKey(userKey: string, reference: StoredReference): boolean {
  return isChannelKey(userKey) || !isSharedConversation(reference.conversation as Parameters<typeof isSharedConversation>[0]);
}

function statusOf(error: unknown): number | undefined {
  const candidate = error as { statusCode?: number; status?: number; response?: { status?: number } };
  return candidate.statusCode ?? candidate.status ?? candidate.response?.status;
}
