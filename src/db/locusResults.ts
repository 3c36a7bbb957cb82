// Locus-of-control results: every take is kept with its time, so a later one can show change.
import type { LocusBand, LocusScore } from '../domain/locusOfControl.ts';
import { factsChanged } from './clientFacts.ts';
import type { Database } from './database.ts';

export type StoredLocusResult = { id: string; score: number; band: LocusBand; answers: Record<string, number>; takenAt: Date };

export class LocusResultRepository {
  constructor(private readonly db: Database) {}

  async record(clientId: string, result: LocusScore, answers: Record<string, number>, takenAt: Date): Promise<StoredLocusResult> {
    const row = await this.db.locusResult.create({
      data: { clientId, score: result.score, band: result.band, answers: JSON.stringify(answers), takenAt },
    });
    factsChanged(clientId);
    return { id: row.id, score: row.score, band: row.band as LocusBand, answers, takenAt: row.takenAt };
  }

  async latest(clientId: string): Promise<StoredLocusResult | null> {
    const row = await this.db.locusResult.findFirst({ where: { clientId }, orderBy: { takenAt: 'desc' } });
    if (!row) return null;
    return { id: row.id, score: row.score, band: row.band as LocusBand, answers: JSON.parse(row.answers) as Record<string, number>, takenAt: row.takenAt };
  }

  async all(clientId: string): Promise<StoredLocusResult[]> {
    const rows = await this.db.locusResult.findMany({ where: { clientId }, orderBy: { takenAt: 'asc' } });
    return rows.map((row) => ({ id: row.id, score: row.score, band: row.band as LocusBand, answers: JSON.parse(row.answers) as Record<string, number>, takenAt: row.takenAt }));
  }
}
