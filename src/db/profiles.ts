// Vocational profiles: the self-assessment answers as JSON, with the progress through the
// questions saved after every answer, the red/amber/green marker, and when it was finished.
import { emptyVocationalProfile, type VocationalProfile } from '../domain/assessmentSteps.ts';
import type { AssessmentProgress } from '../domain/assessmentQuestions.ts';
import type { SupportMarker } from '../domain/supportMarker.ts';
import { factsChanged } from './clientFacts.ts';
import type { Database } from './database.ts';
import { directSql } from './directSql.ts';

export type StoredProfile = {
  progress: AssessmentProgress;
  marker: SupportMarker | null;
  completedAt: Date | null;
};

// data holds the VocationalProfile fields at the top level, so other readers can parse it as
// one; `answered` is the progress through the step being asked; `locusSoFar` the answers to the
// first go at the 8 sentences, until the last one is answered (a client who stops part way carries
// on at the sentence they were on: play-testing, round eighteen, found them started again at 1).
type StoredData = VocationalProfile & { answered?: string[]; locusSoFar?: Record<string, number> };

function parse(data: string): AssessmentProgress {
  const { answered = [], locusSoFar: _sentences, ...profile } = JSON.parse(data) as StoredData;
  return { profile: { ...emptyVocationalProfile(), ...profile }, answered };
}

function serialise(progress: AssessmentProgress, locusSoFar?: Record<string, number>): string {
  return JSON.stringify({ ...progress.profile, answered: progress.answered, ...(locusSoFar ? { locusSoFar } : {}) } satisfies StoredData);
}

export class ProfileRepository {
  constructor(private readonly db: Database) {}

  async find(clientId: string): Promise<StoredProfile | null> {
    const row = await this.db.vocationalProfile.findUnique({ where: { clientId } });
    if (!row) return null;
    return { progress: parse(row.data), marker: (row.marker as SupportMarker | null) ?? null, completedAt: row.completedAt };
  }

  /** The jobs the client named, in one direct statement: every new goal asks for them. */
  async jobGoals(clientId: string): Promise<VocationalProfile['jobGoals']> {
    const { rows } = await directSql(this.db).query('SELECT "data" FROM "VocationalProfile" WHERE "clientId" = ?', [clientId]);
    return rows.length === 0 ? [] : parse(rows[0]![0] as string).profile.jobGoals;
  }

  async loadProgress(clientId: string): Promise<AssessmentProgress> {
    return (await this.find(clientId))?.progress ?? { profile: emptyVocationalProfile(), answered: [] };
  }

  async saveProgress(clientId: string, progress: AssessmentProgress): Promise<void> {
    const data = serialise(progress);
    await this.db.vocationalProfile.upsert({ where: { clientId }, create: { clientId, data }, update: { data } });
  }

  /** The answers given so far to the first go at the 8 sentences (empty when none are kept). */
  async locusSoFar(clientId: string): Promise<Record<string, number>> {
    const row = await this.db.vocationalProfile.findUnique({ where: { clientId }, select: { data: true } });
    return row ? ((JSON.parse(row.data) as StoredData).locusSoFar ?? {}) : {};
  }

  /** Keeps the sentences answered so far beside the profile; none (an empty record) lets them go. */
  async saveLocusSoFar(clientId: string, answers: Record<string, number>): Promise<void> {
    const row = await this.db.vocationalProfile.findUnique({ where: { clientId }, select: { data: true } });
    if (!row) return;
    const kept = Object.keys(answers).length > 0 ? answers : undefined;
    const data = serialise(parse(row.data), kept);
    await this.db.vocationalProfile.update({ where: { clientId }, data: { data } });
  }

  /** The finished profile, its marker and (when just asked) the confidence rating, in one transaction. */
  async complete(
    clientId: string,
    progress: AssessmentProgress,
    marker: SupportMarker,
    at: Date,
    { recordConfidence = true }: { recordConfidence?: boolean } = {},
  ): Promise<void> {
    const data = serialise(progress);
    const { confidence } = progress.profile;
    await this.db.$transaction(async (tx) => {
      await tx.vocationalProfile.upsert({
        where: { clientId },
        create: { clientId, data, marker, completedAt: at },
        update: { data, marker, completedAt: at },
      });
      if (confidence !== null && recordConfidence) {
        await tx.confidenceRating.create({ data: { clientId, value: confidence, context: 'self-assessment', recordedAt: at } });
      }
    });
    factsChanged(clientId);
  }

  /** A crisis escalation in the window raises the support marker to red. */
  async hadCrisisSince(clientId: string, since: Date): Promise<boolean> {
    const found = await this.db.escalation.findFirst({ where: { clientId, reason: 'crisis', createdAt: { gte: since } }, select: { id: true } });
    return found !== null;
  }
}
