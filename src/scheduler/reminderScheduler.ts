// The loop that runs the dispatcher every few seconds. One tick at a time; stop() waits for the
// tick in progress, so shutting down never leaves a send half-recorded.
import type { Clock } from '../services.ts';
import { log } from '../log.ts';
import type { ReminderDispatcher, TickReport } from './reminderDispatcher.ts';

export class ReminderScheduler {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<TickReport | undefined> | undefined;
  private stopped = true;

  constructor(
    readonly dispatcher: ReminderDispatcher,
    private readonly clock: Clock,
    private readonly intervalMs: number,
  ) {}

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.schedule(0);
  }

  /** Claims nothing more; the batch in hand finishes its sends in flight and hands back the rest. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.dispatcher.stopClaiming();
    clearTimeout(this.timer);
    await this.running;
  }

  /** Runs one tick now (the loop's own, or a test's with its controllable clock). */
  async tick(now: Date = this.clock.now()): Promise<TickReport | undefined> {
    while (this.running) await this.running;
    this.running = this.dispatcher.tick(now).catch((error: unknown) => {
      log.error('The reminder scheduler tick failed', error);
      return undefined;
    });
    try {
      return await this.running;
    } finally {
      this.running = undefined;
    }
  }

  private schedule(delayMs: number): void {
    this.timer = setTimeout(() => {
      void this.tick().finally(() => {
        if (!this.stopped) this.schedule(this.intervalMs);
      });
    }, delayMs);
    this.timer.unref();
  }
}
