// The reads and writes retention needs (src/privacy/retention.ts decides when). Each write
// re-checks its condition as it writes, so several instances may run retention at once.
import type { Database } from './database.ts';

export interface CaseDates {
  id: string;
  lastContactAt: Date;
  closedAt: Date | null;
}

export class CaseRetention {
  constructor(private readonly db: Database) {}

  closedCases(limit?: number, closedBefore?: Date): Promise<CaseDates[]> {
    return this.db.client.findMany({
      where: { status: 'closed', ...(closedBefore ? { closedAt: { lt: closedBefore } } : {}) },
      select: { id: true, lastContactAt: true, closedAt: true },
      ...(limit ? { take: limit } : {}),
    });
  }

  /** True when this call reopened it. */
  async reopen(id: string): Promise<boolean> {
    const { count } = await this.db.client.updateMany({ where: { id, status: 'closed' }, data: { status: 'active', closedAt: null } });
    return count > 0;
  }

  /** Active cases with no contact either way (message, reminder sent, escalation) since `quietSince`. */
  async quietCases(quietSince: Date, limit: number): Promise<string[]> {
    const rows = await this.db.client.findMany({
      where: {
        status: 'active',
        lastContactAt: { lt: quietSince },
        reminders: { none: { sentAt: { gte: quietSince } } },
        escalations: { none: { createdAt: { gte: quietSince } } },
      },
      select: { id: true },
      take: limit,
    });
    return rows.map((row) => row.id);
  }

  /** Closes a case still quiet, and cancels its reminders not yet sent, together. True when closed. */
  async close(id: string, quietSince: Date, now: Date): Promise<boolean> {
    const { count } = await this.db.$transaction(async (tx) => {
      const result = await tx.client.updateMany({ where: { id, status: 'active', lastContactAt: { lt: quietSince } }, data: { status: 'closed', closedAt: now } });
      if (result.count) await tx.reminder.updateMany({ where: { clientId: id, status: 'pending' }, data: { status: 'cancelled' } });
      return result;
    });
    return count > 0;
  }
}
