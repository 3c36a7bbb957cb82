// Escalation rows: one open escalation per client and reason (openKey is unique while open).
import type { Database } from './database.ts';
import type { Escalation } from '../generated/sqlite/client.ts';

export type { Escalation };

export interface NewEscalation {
  clientId: string;
  reason: string;
  urgency: 'urgent' | 'soon' | 'routine';
  detail: string;
  summary?: string;
  contactBy?: Date | null;
}

export class EscalationRepository {
  constructor(private readonly db: Database) {}

  /** Raises an escalation, or returns the one already open for this client and reason. */
  async raise(input: NewEscalation, now: Date): Promise<{ escalation: Escalation; created: boolean }> {
    const openKey = `${input.clientId}:${input.reason}`;
    const existing = await this.db.escalation.findUnique({ where: { openKey } });
    if (existing) return { escalation: existing, created: false };
    try {
      const escalation = await this.db.escalation.create({
        data: {
          clientId: input.clientId,
          reason: input.reason,
          urgency: input.urgency,
          detail: input.detail,
          summary: input.summary ?? '{}',
          contactBy: input.contactBy ?? null,
          openKey,
          nextAttemptAt: now,
          createdAt: now,
        },
      });
      return { escalation, created: true };
    } catch (error) {
      // Another turn or instance raised the same one a moment ago.
      const raced = await this.db.escalation.findUnique({ where: { openKey } });
      if (raced) return { escalation: raced, created: false };
      throw error;
    }
  }

  openFor(clientId: string): Promise<Escalation[]> {
    return this.db.escalation.findMany({ where: { clientId, openKey: { not: null } }, orderBy: { createdAt: 'asc' } });
  }
}
