// Escalation rows: one open escalation per client and reason (openKey is unique while open),
// plus what delivery needs: claim with a lease so only one instance sends, record each attempt,
// and acknowledgement by an adviser.
import type { Database } from './database.ts';
import type { Escalation } from '../generated/sqlite/client.ts';

export type { Escalation };

export interface NewEscalation {
  clientId: string;
  reason: string;
  urgency: 'urgent' | 'soon' | 'routine';
  detail: string;
  /** A crisis's kinds of risk, the leading one first. */
  safetyKinds?: readonly string[];
  summary?: string;
  contactBy?: Date | null;
}

export type EscalationWithClient = Escalation & { client: { id: string; displayName: string | null; adviserId: string | null } };

const DELIVERABLE = ['open', 'delivered'];
const clientFields = { select: { id: true, displayName: true, adviserId: true } } as const;

export class EscalationRepository {
  constructor(private readonly db: Database) {}

  /** Raises an escalation, or returns the one already open for this client and reason. */
  async raise(input: NewEscalation, now: Date): Promise<{ escalation: Escalation; created: boolean }> {
    const openKey = `${input.clientId}:${input.reason}`;
    for (let attempt = 0; ; attempt += 1) {
      const existing = await this.db.escalation.findUnique({ where: { openKey } });
      if (existing) return { escalation: existing, created: false };
      try {
        const escalation = await this.db.escalation.create({
          data: {
            number: await this.nextNumber(),
            clientId: input.clientId,
            reason: input.reason,
            urgency: input.urgency,
            detail: input.detail,
            safetyKinds: (input.safetyKinds ?? []).join(','),
            summary: input.summary ?? '{}',
            contactBy: input.contactBy ?? null,
            openKey,
            nextAttemptAt: now,
            createdAt: now,
          },
        });
        return { escalation, created: true };
      } catch (error) {
        // Another turn or instance raised the same one (openKey), or took the same number, a
        // moment ago: look again, and take the next number.
        if (attempt >= 4) throw error;
      }
    }
  }

  private async nextNumber(): Promise<number> {
    const { _max } = await this.db.escalation.aggregate({ _max: { number: true } });
    return (_max.number ?? 0) + 1;
  }

  /** By the number advisers see ("ack 12"). */
  findByNumber(number: number): Promise<EscalationWithClient | null> {
    return this.db.escalation.findUnique({ where: { number }, include: { client: clientFields } });
  }

  openFor(clientId: string): Promise<Escalation[]> {
    return this.db.escalation.findMany({ where: { clientId, openKey: { not: null } }, orderBy: { createdAt: 'asc' } });
  }

  findById(id: string): Promise<EscalationWithClient | null> {
    return this.db.escalation.findUnique({ where: { id }, include: { client: clientFields } });
  }

  /** Ids of escalations with a delivery or re-notification due, not leased by anyone. */
  async dueIds(now: Date, limit = 20): Promise<string[]> {
    const rows = await this.db.escalation.findMany({
      where: {
        status: { in: DELIVERABLE },
        nextAttemptAt: { lte: now },
        OR: [{ leaseUntil: null }, { leaseUntil: { lt: now } }],
      },
      orderBy: { nextAttemptAt: 'asc' },
      take: limit,
      select: { id: true },
    });
    return rows.map((row) => row.id);
  }

  /** Takes the lease on one escalation; false when another instance holds it or it is not due. */
  async claim(id: string, now: Date, leaseMs: number): Promise<boolean> {
    const { count } = await this.db.escalation.updateMany({
      where: {
        id,
        status: { in: DELIVERABLE },
        nextAttemptAt: { lte: now },
        OR: [{ leaseUntil: null }, { leaseUntil: { lt: now } }],
      },
      data: { leaseUntil: new Date(now.getTime() + leaseMs) },
    });
    return count === 1;
  }

  /** Records one delivery attempt and gives up the lease. */
  async recordAttempt(
    id: string,
    outcome: { delivered: boolean; at: Date; nextAttemptAt: Date | null; summary: string; renotified?: boolean },
  ): Promise<void> {
    const current = await this.db.escalation.findUnique({ where: { id }, select: { status: true, deliveredAt: true } });
    if (!current) return;
    const firstDelivery = outcome.delivered && current.status === 'open';
    await this.db.escalation.update({
      where: { id },
      data: {
        attempts: { increment: 1 },
        leaseUntil: null,
        summary: outcome.summary,
        // An adviser may have acknowledged while we were sending: that must not be undone.
        nextAttemptAt: current.status === 'acknowledged' ? null : outcome.nextAttemptAt,
        ...(firstDelivery ? { status: 'delivered', deliveredAt: outcome.at } : {}),
        ...(outcome.renotified ? { renotifiedAt: outcome.at } : {}),
      },
    });
  }

  /** Marks an escalation seen by an adviser. False when it was already acknowledged or closed. */
  async acknowledge(id: string, by: string, at: Date): Promise<boolean> {
    const { count } = await this.db.escalation.updateMany({
      where: { id, status: { in: DELIVERABLE } },
      data: { status: 'acknowledged', acknowledgedAt: at, acknowledgedBy: by, nextAttemptAt: null },
    });
    return count === 1;
  }

  async updateSummary(id: string, summary: string): Promise<void> {
    await this.db.escalation.update({ where: { id }, data: { summary } });
  }

  /** One more thing the client raised, added to an open escalation's detail (once). */
  async appendDetail(id: string, line: string): Promise<void> {
    const row = await this.db.escalation.findUnique({ where: { id }, select: { detail: true } });
    if (!row || row.detail.includes(line)) return;
    await this.db.escalation.update({ where: { id }, data: { detail: `${row.detail}\n${line}` } });
  }

  /** Kinds of risk said later, added after the ones kept (each once, in the order given). */
  async addSafetyKinds(id: string, kinds: readonly string[]): Promise<void> {
    const row = await this.db.escalation.findUnique({ where: { id }, select: { safetyKinds: true } });
    if (!row) return;
    const kept = row.safetyKinds ? row.safetyKinds.split(',') : [];
    const merged = [...new Set([...kept, ...kinds])];
    if (merged.length > kept.length) await this.db.escalation.update({ where: { id }, data: { safetyKinds: merged.join(',') } });
  }

  /**
   * Closes an escalation: a new one for the same client and reason may be raised after this.
   * True for the one caller that closed it; false when it was closed already.
   */
  async resolve(id: string, at: Date): Promise<boolean> {
    const { count } = await this.db.escalation.updateMany({
      where: { id, status: { not: 'resolved' } },
      data: { status: 'resolved', resolvedAt: at, openKey: null, nextAttemptAt: null, leaseUntil: null },
    });
    return count === 1;
  }

  /** Escalations for this reason not yet closed, with when their client last wrote to the coach. */
  async unresolvedWithLastContact(reason: string): Promise<Array<EscalationWithClient & { client: { lastContactAt: Date | null } }>> {
    return this.db.escalation.findMany({
      where: { reason, status: { not: 'resolved' } },
      orderBy: { createdAt: 'asc' },
      include: { client: { select: { id: true, displayName: true, adviserId: true, lastContactAt: true } } },
    });
  }

  /**
   * Not yet resolved, most urgent first, then oldest first; for one adviser's clients, or for
   * everyone when null. Urgency is stored as a word, and "urgent" > "soon" > "routine" sorts
   * descending in that order, so the database can sort before the limit.
   */
  listUnresolved(adviserId: string | null, limit = 50): Promise<EscalationWithClient[]> {
    return this.db.escalation.findMany({
      where: { status: { not: 'resolved' }, ...(adviserId ? { client: { adviserId } } : {}) },
      orderBy: [{ urgency: 'desc' }, { createdAt: 'asc' }, { number: 'asc' }],
      take: limit,
      include: { client: clientFields },
    });
  }

  /** This client's latest escalation for this reason, open or closed. */
  lastRaised(clientId: string, reason: string): Promise<Escalation | null> {
    return this.db.escalation.findFirst({ where: { clientId, reason }, orderBy: { createdAt: 'desc' } });
  }

  /** Not yet resolved: what the metrics gauge shows. */
  countUnresolved(): Promise<number> {
    return this.db.escalation.count({ where: { status: { not: 'resolved' } } });
  }

  /** Not resolved and not yet acknowledged by any adviser. */
  countUnacknowledged(): Promise<number> {
    return this.db.escalation.count({ where: { status: { not: 'resolved' }, acknowledgedAt: null } });
  }
}
