// Turn middleware, outermost: gives the turn its log (src/bot/turnLog.ts: every line carries the
// conversation id and the request id), and counts and times each turn, failed ones too. It reads
// nothing of what the user wrote. Typed structurally, so this file does not import botbuilder.
import { logWith } from './log.ts';
import type { CoachMetrics } from './metrics.ts';
import { requestIdOfActivity } from './requestIds.ts';
import { TURN_LOG_KEY } from './turnLog.ts';

interface TurnLike {
  activity: { type?: string; conversation?: { id?: string } };
  turnState: { set(key: symbol, value: unknown): unknown };
}

export class TurnObserver {
  constructor(private readonly metrics: CoachMetrics) {}

  async onTurn(context: TurnLike, next: () => Promise<void>): Promise<void> {
    const type = typeof context.activity.type === 'string' ? context.activity.type.slice(0, 40) : 'unknown';
    context.turnState.set(TURN_LOG_KEY, logWith({ requestId: requestIdOfActivity(context.activity), conversationId: context.activity.conversation?.id }));
    const stopTimer = this.metrics.turnSeconds.startTimer({ type });
    this.metrics.turns.inc({ type });
    try {
      await next();
    } catch (error) {
      this.metrics.turnErrors.inc({ type });
      throw error;
    } finally {
      stopTimer();
    }
  }
}
