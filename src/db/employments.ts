// The jobs a client has told us about. One current job at a time: a new one ends the last.
import type { Database } from './database.ts';
import type { Employment } from '../generated/sqlite/client.ts';

export type { Employment };

export class EmploymentRepository {
  constructor(private readonly db: Database) {}

  async start(clientId: string, job: { employer: string | null; startsOn: Date }, at: Date): Promise<Employment> {
    return this.db.$transaction(async (tx) => {
      await tx.employment.updateMany({ where: { clientId, endedAt: null }, data: { endedAt: at } });
      return tx.employment.create({ data: { clientId, employer: job.employer, startsOn: job.startsOn, reportedAt: at } });
    });
  }

  /** The start day told later, for a job kept before it was known. */
  setStart(id: string, startsOn: Date): Promise<Employment> {
    return this.db.employment.update({ where: { id }, data: { startsOn } });
  }

  current(clientId: string): Promise<Employment | null> {
    return this.db.employment.findFirst({ where: { clientId, endedAt: null }, orderBy: { startsOn: 'desc' } });
  }

  /** The job ended: kept, with what the client said, for the adviser and the summary. */
  async end(clientId: string, at: Date, note: string): Promise<Employment | null> {
    const job = await this.current(clientId);
    if (!job) return null;
    return this.db.employment.update({ where: { id: job.id }, data: { endedAt: at, endNote: note.slice(0, 500) } });
  }

  /** What the client said about how the latest job ended, added to its note. */
  async addToEndNote(clientId: string, words: string): Promise<void> {
    const [latest] = await this.listFor(clientId);
    if (!latest?.endedAt) return;
    await this.db.employment.update({ where: { id: latest.id }, data: { endNote: `${latest.endNote ?? ''} ${words}`.trim().slice(0, 500) } });
  }

  /** Newest first. */
  listFor(clientId: string): Promise<Employment[]> {
    return this.db.employment.findMany({ where: { clientId }, orderBy: { startsOn: 'desc' } });
  }
}
