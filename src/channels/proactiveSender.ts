// The one place that messages a user proactively (reminders, escalations to advisers), through
// the stored conversation reference and continueConversationAsync.
import type { Activity, CloudAdapter, ConversationReference, TurnContext } from 'botbuilder';
import type { ConversationReferences, StoredReference } from '../db/conversationReferences.ts';

export type StoredConversationReference = { reference: StoredReference; usable: boolean };

export type SendOutcome =
  | { status: 'sent'; activityId?: string }
  | { status: 'no-reference' }
  | { status: 'unreachable'; httpStatus: number; message: string }
  | { status: 'retry'; httpStatus?: number; message: string };

export class ProactiveSender {
  constructor(
    private readonly adapter: CloudAdapter,
    private readonly references: ConversationReferences,
    private readonly appId: string,
  ) {}

  /**
   * Sends activities to a user. 403/404 mean the bot is no longer in the conversation, so the
   * reference is marked unusable; 429 and 5xx (and network errors) are worth retrying.
   */
  async send(
    userKey: string,
    build: (context: TurnContext) => Promise<Array<Partial<Activity>>> | Array<Partial<Activity>>,
    /** The stored reference when the caller has loaded it already (a batch); looked up otherwise. */
    known?: StoredConversationReference | null,
  ): Promise<SendOutcome> {
    const stored = known === undefined ? await this.references.find(userKey) : known;
    if (!stored || !stored.usable) return { status: 'no-reference' };
    let activityId: string | undefined;
    try {
      // The adapter's onTurnError would swallow a failed send, so carry it out of the turn ourselves.
      let failure: unknown;
      await this.adapter.continueConversationAsync(this.appId, stored.reference as Partial<ConversationReference>, async (context) => {
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
      return { status: 'sent', activityId };
    } catch (error) {
      const httpStatus = statusOf(error);
      const message = (error as Error).message ?? String(error);
      if (httpStatus === 403 || httpStatus === 404) {
        await this.references.markUnusable(userKey, `HTTP ${httpStatus}: ${message}`);
        return { status: 'unreachable', httpStatus, message };
      }
      return { status: 'retry', httpStatus, message };
    }
  }
}

function statusOf(error: unknown): number | undefined {
  const candidate = error as { statusCode?: number; status?: number; response?: { status?: number } };
  return candidate.statusCode ?? candidate.status ?? candidate.response?.status;
}
