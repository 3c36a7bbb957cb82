// Prometheus metrics (prom-client), served at /metrics: turns and their latency, turn errors,
// reminders by result, escalations open and not yet acknowledged, database errors, and the
// process's own figures (memory, CPU, event loop lag). One registry per running app, so tests
// that start several apps in one process each see their own numbers.
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** What the escalation gauges read (EscalationRepository in the app). */
export interface EscalationCounts {
  countUnresolved(): Promise<number>;
  countUnacknowledged(): Promise<number>;
}

export class CoachMetrics {
  readonly registry = new Registry();
  readonly turns: Counter<'type'>;
  readonly turnSeconds: Histogram<'type'>;
  readonly turnErrors: Counter<'type'>;
  readonly reminders: Counter<'result'>;
  readonly databaseErrors: Counter;

  constructor(escalations: EscalationCounts, options: { processMetrics?: boolean } = {}) {
    const registers = [this.registry];
    this.turns = new Counter({ name: 'coach_turns_total', help: 'Activities handled as bot turns, by activity type.', labelNames: ['type'], registers });
    this.turnSeconds = new Histogram({
      name: 'coach_turn_duration_seconds',
      help: 'Time to handle one turn, from the activity arriving to the last reply sent.',
      labelNames: ['type'],
      buckets: [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers,
    });
    this.turnErrors = new Counter({ name: 'coach_turn_errors_total', help: 'Turns that failed with an error (the client was told sorry).', labelNames: ['type'], registers });
    this.reminders = new Counter({
      name: 'coach_reminders_total',
      help: 'Reminders handled by the scheduler, by result: sent, failed, throttled, retried, deferred, cancelled, released.',
      labelNames: ['result'],
      registers,
    });
    this.databaseErrors = new Counter({ name: 'coach_database_errors_total', help: 'Database errors seen in turns, the scheduler and readiness checks.', registers });
    new Gauge({
      name: 'coach_escalations_open',
      help: 'Escalations not yet resolved.',
      registers,
      async collect() {
        this.set(await escalations.countUnresolved());
      },
    });
    new Gauge({
      name: 'coach_escalations_unacknowledged',
      help: 'Escalations not resolved that no adviser has acknowledged yet.',
      registers,
      async collect() {
        this.set(await escalations.countUnacknowledged());
      },
    });
    if (options.processMetrics ?? true) collectDefaultMetrics({ register: this.registry, prefix: 'coach_' });
  }

  /** Counts the error if it came from the database (Prisma, its driver adapter, or the connection). */
  noticeError(error: unknown): void {
    if (isDatabaseError(error)) this.databaseErrors.inc();
  }
}

const DATABASE_ERROR_NAMES = /^(PrismaClient\w*Error|DriverAdapterError|SqliteError|DatabaseError)$/;
const CONNECTION_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'SQLITE_BUSY', 'SQLITE_LOCKED', '57P01', '08006', '08001']);

export function isDatabaseError(error: unknown): boolean {
  for (let current = error, depth = 0; current instanceof Error && depth < 5; depth++) {
    const code = (current as { code?: unknown }).code;
    if (DATABASE_ERROR_NAMES.test(current.name) || (typeof code === 'string' && (CONNECTION_CODES.has(code) || /^P\d{4}$/.test(code)))) return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}
