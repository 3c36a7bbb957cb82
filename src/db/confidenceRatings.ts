// How sure the client feels, 1 to 10, each time they are asked: at the self-assessment, when a
// goal is set, and at the end of each review. A fall is said back to them, and flagged to the adviser.
import type { Database } from './database.ts';

export class ConfidenceRatingRepository {
  constructor(private readonly db: Database) {}

  /** The rating before this one, or null at the first. */
  async latest(clientId: string): Promise<number | null> {
    const row = await this.db.confidenceRating.findFirst({ where: { clientId }, orderBy: [{ recordedAt: 'desc' }, { id: 'desc' }], select: { value: true } });
    return row?.value ?? null;
  }

  async record(clientId: string, value: number, context: 'review', at: Date): Promise<void> {
    // create, not createMany: Prisma keeps the compiled plan of a create, never of a createMany.
    await this.db.confidenceRating.create({ data: { clientId, value, context, recordedAt: at }, select: { id: true } });
  }
}
