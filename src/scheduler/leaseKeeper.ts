// Keeps a tick's claims alive while its sends are in progress: every quarter of the lease it
// pushes the lease of each batch still being worked on a whole lease ahead. Time here is the
// tick's clock (tests pass one in) moved on by the real time since the tick began.
import type { ReminderRepository } from '../db/reminders.ts';
import { log } from '../log.ts';

export class LeaseKeeper {
  private readonly startedAt = Date.now();
  private readonly leases = new Map<string, number>();
  private readonly timer: NodeJS.Timeout;
  private renewing: Promise<void> = Promise.resolve();

  constructor(
    private readonly reminders: Pick<ReminderRepository, 'renewLease'>,
    private readonly tickStart: Date,
    private readonly leaseMs: number,
  ) {
    this.timer = setInterval(() => {
      this.renewing = this.renewAll();
    }, Math.max(250, Math.floor(leaseMs / 4)));
    this.timer.unref();
  }

  /** The tick's "now": its start on the tick's clock plus the real time gone by. */
  now(): Date {
    return new Date(this.tickStart.getTime() + (Date.now() - this.startedAt));
  }

  /** A lease just taken (leaseUntil on the tick's clock). */
  hold(claimToken: string, leaseUntil: Date): void {
    this.leases.set(claimToken, leaseUntil.getTime());
  }

  release(claimToken: string): void {
    this.leases.delete(claimToken);
  }

  /** How long the claim is safely ours: a send must not start unless it can finish within this. */
  remainingMs(claimToken: string): number {
    const until = this.leases.get(claimToken);
    return until === undefined ? 0 : until - this.now().getTime();
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.renewing;
  }

  private async renewAll(): Promise<void> {
    for (const token of [...this.leases.keys()]) {
      const until = new Date(this.now().getTime() + this.leaseMs);
      try {
        const held = await this.reminders.renewLease(token, until);
        if (this.leases.has(token)) this.leases.set(token, held > 0 ? until.getTime() : 0);
      } catch (error) {
        // Not renewed: the old lease stands, and sends stop starting once too little of it is left.
        log.warn('Could not renew a reminder lease', error);
      }
    }
  }
}
