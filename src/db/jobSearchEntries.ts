// The job-search log: what the client did to find work, in their words, with the kind read from it.
import type { Database } from './database.ts';
import type { JobSearchKind } from '../domain/jobSearch.ts';

export type LoggedJobSearch = { kind: JobSearchKind; employer: string | null; text: string; happensAt: Date | null; recordedAt: Date };

export class JobSearchRepository {
  constructor(private readonly db: Database) {}

  async log(clientId: string, entry: { kind: JobSearchKind; employer: string | null; text: string; happensAt: Date | null }, at: Date): Promise<void> {
    // create, not createMany: Prisma keeps the compiled plan of a create, never of a createMany.
    await this.db.jobSearchEntry.create({ data: { clientId, ...entry, text: entry.text.slice(0, 500), recordedAt: at }, select: { id: true } });
  }

  /** Oldest first; since a day when given (the last review). */
  async listFor(clientId: string, since?: Date | null): Promise<LoggedJobSearch[]> {
    const rows = await this.db.jobSearchEntry.findMany({
      where: { clientId, ...(since ? { recordedAt: { gte: since } } : {}) },
      orderBy: [{ recordedAt: 'asc' }, { id: 'asc' }],
      select: { kind: true, employer: true, text: true, happensAt: true, recordedAt: true },
    });
    return rows.map((row) => ({ ...row, kind: row.kind as JobSearchKind }));
  }
}
