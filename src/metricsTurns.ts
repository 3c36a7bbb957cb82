// Turn middleware, outermost: every line logged during a turn carries its conversation id, and
// each turn is counted and timed, failed ones too. It reads nothing of what the user wrote.
// Typed structurally, so this file does not import botbuilder.
import { addToLogContext, withLogContext } from './log.ts';
import type { CoachMetrics } from './metrics.ts';

interface TurnLike {
  activity: { type?: string; conversation?: { id?: string } };
}

export class TurnObserver {
  constructor(private readonly metrics: CoachMetrics) {}

  async onTurn(context: TurnLike, next: () => Promise<void>): Promise<void> {
    const type = typeof context.activity.type === 'string' ? context.activity.type.slice(0, 40) : 'unknown';
    const conversationId = context.activity.conversation?.id;
    addToLogContext({ conversationId });
    const stopTimer = this.metrics.turnSeconds.startTimer({ type });
    this.metrics.turns.inc({ type });
    try {
      await withLogContext({ conversationId }, next);
    } catch (error) {
      this.metrics.turnErrors.inc({ type });
      throw error;
    } finally {
      stopTimer();
    }
  }
}
