// Delivers escalations that are due (first sends, retries with backoff, re-notification of an
// urgent one nobody acknowledged) and now and then runs the time-based escalation rules. Each
// pass also closes "not replying" for a client who has written since (clientWroteAgain.ts).
// Safe with several instances: each escalation is claimed with a lease before it is sent.
import { EscalationRepository } from '../db/escalations.ts';
import { attemptDelivery } from '../escalation/deliverEscalation.ts';
import { checkEscalationRules } from '../escalation/periodicRules.ts';
import { closeNotReplyingOnceTheyWrite } from '../escalation/clientWroteAgain.ts';
import { log } from '../log.ts';
import type { CoachServices } from '../services.ts';

const RULES_EVERY_MS = 60 * 60 * 1000;

export class EscalationDispatcher {
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private lastRulesAt = 0;

  constructor(
    private readonly services: CoachServices,
    private readonly intervalMs = services.config.SCHEDULER_INTERVAL_MS,
  ) {}

  start(): void {
    this.timer = setInterval(() => {
      this.running ??= this.tick()
        .then(() => undefined)
        .catch((error: unknown) => log.error('Escalation dispatcher tick failed', error))
        .finally(() => (this.running = undefined));
    }, this.intervalMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  /** One pass: deliver what is due; run the rules if an hour has passed. Returns attempts made. */
  async tick(): Promise<number> {
    const now = this.services.clock.now();
    await closeNotReplyingOnceTheyWrite(this.services);
    if (now.getTime() - this.lastRulesAt >= RULES_EVERY_MS) {
      this.lastRulesAt = now.getTime();
      await checkEscalationRules(this.services);
    }
    let attempted = 0;
    for (const id of await new EscalationRepository(this.services.db).dueIds(now)) {
      if ((await attemptDelivery(this.services, id)) !== 'not-due') attempted += 1;
    }
    return attempted;
  }
}
