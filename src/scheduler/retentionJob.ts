// Runs retention once a day (and once shortly after start). tick(now) is what tests call.
import type { Database } from '../db/database.ts';
import type { Clock } from '../services.ts';
import { log } from '../log.ts';
import { applyRetention, type RetentionOutcome, type RetentionSettings } from '../privacy/retention.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

export class RetentionJob {
  private timer: NodeJS.Timeout | null = null;
  private first: NodeJS.Timeout | null = null;
  private running: Promise<unknown> | null = null;

  constructor(
    private readonly db: Database,
    private readonly settings: RetentionSettings,
    private readonly clock: Clock,
    private readonly intervalMs = DAY_MS,
  ) {}

  start(firstRunAfterMs = 60_000): void {
    if (this.timer) return;
    this.first = setTimeout(() => void this.runSafely(), firstRunAfterMs);
    this.timer = setInterval(() => void this.runSafely(), this.intervalMs);
    this.first.unref();
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.first) clearTimeout(this.first);
    if (this.timer) clearInterval(this.timer);
    this.first = this.timer = null;
    await this.running?.catch(() => undefined);
  }

  async tick(now: Date = this.clock.now()): Promise<RetentionOutcome> {
    const outcome = await applyRetention(this.db, this.settings, now);
    if (outcome.closed || outcome.erased || outcome.reopened) {
      log.info(`Retention: ${outcome.closed} case(s) closed, ${outcome.reopened} reopened, ${outcome.erased} erased.`);
    }
    return outcome;
  }

  private async runSafely(): Promise<void> {
    if (this.running) return;
    this.running = this.tick().catch((error) => log.error('Retention run failed', error));
    try {
      await this.running;
    } finally {
      this.running = null;
    }
  }
}
