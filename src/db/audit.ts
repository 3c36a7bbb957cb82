// The audit log: who did what to whose data. It must outlive an erasure, so it holds no personal
// content: the subject is stored as a keyed pseudonym (HMAC with AUDIT_PSEUDONYM_SECRET), never as
// a client id, name or words. Keyed, so someone who kept an erased client's id cannot recompute it.
import { createHmac, randomBytes } from 'node:crypto';
import type { DatabaseQueries } from './database.ts';

export type AuditAction =
  | 'adviser-viewed-client'
  | 'adviser-messaged-client'
  | 'client-replied-to-adviser'
  | 'escalation-acknowledged'
  | 'escalation-resolved'
  | 'adviser-changed-plan'
  | 'data-exported'
  | 'data-erased'
  | 'consent-withdrawn'
  | 'case-closed'
  | 'case-reopened';

/** Who acted: the client themselves, the system (retention), or an adviser by their adviser id. */
export type AuditActor = 'client' | 'system' | `adviser:${string}` | `system:${string}`;

export interface AuditEntry {
  actor: AuditActor;
  action: AuditAction;
  /** What the action was about, usually a client id. Stored only as a pseudonym. */
  subject: string;
}

export interface RecordedAuditEvent {
  actor: string;
  action: string;
  subject: string | null;
  createdAt: Date;
}

let pseudonymSecret: string | undefined;

/** Set once at start-up (startApp); until then a random per-process key keeps ids unlinkable. */
export function useAuditPseudonymSecret(secret: string): void {
  pseudonymSecret = secret;
}

/** The same subject always gives the same pseudonym under one secret, so an auditor can follow one case. */
export function auditSubject(subject: string): string {
  pseudonymSecret ??= randomBytes(32).toString('hex');
  return `p:${createHmac('sha256', pseudonymSecret).update(`action-plan-coach/audit/${subject}`).digest('hex').slice(0, 32)}`;
}

export class AuditLog {
  constructor(private readonly db: DatabaseQueries) {}

  async record(entry: AuditEntry, at: Date = new Date()): Promise<void> {
    await this.db.auditEvent.create({
      data: { actor: entry.actor, action: entry.action, subject: auditSubject(entry.subject), createdAt: at },
      select: { id: true },
    });
  }

  /** Every event about one subject (for example a client id), oldest first. */
  forSubject(subject: string): Promise<RecordedAuditEvent[]> {
    return this.db.auditEvent.findMany({
      where: { subject: auditSubject(subject) },
      orderBy: { createdAt: 'asc' },
      select: { actor: true, action: true, subject: true, createdAt: true },
    });
  }

  /** The newest event about one subject among these actions, or null. */
  latestOf(subject: string, actions: readonly AuditAction[]): Promise<RecordedAuditEvent | null> {
    return this.db.auditEvent.findFirst({
      where: { subject: auditSubject(subject), action: { in: [...actions] } },
      orderBy: { createdAt: 'desc' },
      select: { actor: true, action: true, subject: true, createdAt: true },
    });
  }

  recent(limit = 100): Promise<RecordedAuditEvent[]> {
    return this.db.auditEvent.findMany({
      orderBy: { createdAt: 'desc' },
      take: Math.min(Math.max(limit, 1), 1000),
      select: { actor: true, action: true, subject: true, createdAt: true },
    });
  }
}
