// Turn middleware, first in the pipeline: each activity is handled once, and the turns of one
// conversation run one at a time, across instances. Channels retry a message they think was lost
// and people tap a button many times; without this, each copy ran in parallel on the same saved
// dialog state and each saved its own goal.
// A copy of an activity already handled gets 200 and no new replies (an invoke gets the answer
// the first one got). Proactive turns (reminders) are not channel traffic and are left alone.
import { ActivityTypes, INVOKE_RESPONSE_KEY, type Middleware, type TurnContext } from 'botbuilder';
import type { ConversationLocks } from '../db/conversationLocks.ts';
import type { ActivityRef, ProcessedActivities } from '../db/processedActivities.ts';
import { isProactiveTurn } from './proactiveTurn.ts';
import { turnLog } from '../turnLog.ts';
import { stillBusyMessage } from '../messages/en/common.ts';

export class OneTurnAtATime implements Middleware {
  /** The last turn queued per conversation in this process, so waiting here costs no queries. */
  private readonly tails = new Map<string, Promise<void>>();

  constructor(
    private readonly locks: ConversationLocks,
    private readonly processed: ProcessedActivities,
    /** How long a message waits behind the others in its conversation before it is turned away. */
    private readonly waitMs: number,
  ) {}

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    const { activity } = context;
    if (isProactiveTurn(activity) || !activity.conversation?.id) return next();
    const key = `${activity.channelId}/${activity.conversation.id}`;
    const deadline = Date.now() + this.waitMs;
    // Taken now: some of these lines are written after the turn, when its context is revoked.
    const log = turnLog(context);
    const ran = await this.inTurn(key, deadline, async () => {
      const lease = await this.locks.acquire(key, deadline);
      if (!lease) return false;
      const release = () => lease.release().catch((error: unknown) => log.warn(`Could not release the turn lock of ${key}`, error));
      const ref = activity.id ? { channelId: activity.channelId, conversationId: activity.conversation.id, activityId: activity.id } : null;
      try {
        await this.once(context, next, ref);
      } catch (error) {
        // A failed turn is forgotten, so a retry is handled; then the lease goes. Not waited for:
        // with the database gone the client hears so now, not after more timeouts.
        void (async () => {
          if (ref) await this.processed.forget(ref).catch((forgetError: unknown) => log.warn('Could not forget a failed activity', forgetError));
          await release();
        })();
        throw error;
      }
      await release();
      return true;
    });
    if (!ran) {
      log.warn(`Turned away an activity in ${key}: the conversation stayed busy for ${this.waitMs} ms`);
      if (activity.type === ActivityTypes.Message) await context.sendActivity(stillBusyMessage);
      if (activity.type === ActivityTypes.Invoke) {
        await context.sendActivity({ type: ActivityTypes.InvokeResponse, value: { status: 429, body: { error: 'This chat is busy. Try again in a moment.' } } });
      }
    }
  }

  /** Runs work after every earlier turn of this conversation in this process, or gives up at the deadline. */
  private async inTurn(key: string, deadline: number, work: () => Promise<boolean>): Promise<boolean> {
    const before = this.tails.get(key) ?? Promise.resolve();
    let done!: () => void;
    const mine = new Promise<void>((resolve) => (done = resolve));
    const tail = before.then(() => mine);
    this.tails.set(key, tail);
    let timer: NodeJS.Timeout | undefined;
    try {
      const waited = await Promise.race([
        before.then(() => true),
        new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), Math.max(0, deadline - Date.now())))),
      ]);
      return waited ? await work() : false;
    } finally {
      clearTimeout(timer);
      done();
      if (this.tails.get(key) === tail) this.tails.delete(key);
    }
  }

  private async once(context: TurnContext, next: () => Promise<void>, ref: ActivityRef | null): Promise<void> {
    const { activity } = context;
    const log = turnLog(context);
    if (!ref) return next();
    const claim = await this.processed.claim(ref);
    if (claim.duplicate) {
      log.info(`Ignored a repeat of activity ${activity.id} in ${activity.channelId}/${activity.conversation.id}`);
      if (activity.type === ActivityTypes.Invoke) {
        await context.sendActivity({ type: ActivityTypes.InvokeResponse, value: claim.invokeResponse ?? { status: 200 } });
      }
      return;
    }
    await next();
    const invokeResponse = context.turnState.get(INVOKE_RESPONSE_KEY)?.value;
    if (activity.type === ActivityTypes.Invoke && invokeResponse) await this.processed.recordInvokeResponse(ref, invokeResponse);
    this.processed.pruneNowAndThen().catch((error: unknown) => log.warn('Could not prune processed activities', error));
  }
}
