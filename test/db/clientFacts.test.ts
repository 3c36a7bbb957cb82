// A client's facts (src/db/clientFacts.ts) on the database under test: the self-assessment's
// completion, the latest locus band and the latest plan version's review date, read in the turn's
// own lookup and on their own; and facts read before a change to them are stale, for that client only.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ClientRepository } from '../../src/db/clients.ts';
import { factsChanged, factsStillFresh, readClientFacts } from '../../src/db/clientFacts.ts';
import { LocusResultRepository } from '../../src/db/locusResults.ts';
import { PlanRepository } from '../../src/db/plans.ts';
import { ProfileRepository } from '../../src/db/profiles.ts';
import { emptyVocationalProfile } from '../../src/domain/assessmentSteps.ts';
import { createMigratedDatabase, testProvider } from '../support/testDatabase.ts';

describe(`client facts on ${testProvider}`, () => {
  let database: Awaited<ReturnType<typeof createMigratedDatabase>>;
  const db = () => database.handle.db;

  beforeAll(async () => {
    database = await createMigratedDatabase();
  });
  afterAll(() => database.drop());

  it('reads what the repositories wrote: the latest locus band and the latest version review date', async () => {
    const client = await db().client.create({ data: { userKey: 'emulator:facts', channelId: 'emulator' } });
    const empty = { profileComplete: false, locusBand: null, nextReviewAt: null };
    expect((await readClientFacts(db(), client.id)).facts).toEqual(empty);

    await new ProfileRepository(db()).complete(client.id, { profile: emptyVocationalProfile(), answered: [] }, 'green', new Date('2026-11-01T09:00:00Z'));
    const locus = new LocusResultRepository(db());
    await locus.record(client.id, { score: 70, band: 'external', answered: 8 }, {}, new Date('2026-11-01T09:05:00Z'));
    await locus.record(client.id, { score: 20, band: 'internal', answered: 8 }, {}, new Date('2026-11-20T09:05:00Z'));
    const plans = new PlanRepository(db());
    await plans.setNextReview(client.id, new Date('2026-12-01T10:00:00Z'));
    await plans.setNextReview(client.id, new Date('2026-12-15T10:00:00Z'));

    const expected = { profileComplete: true, locusBand: 'internal', nextReviewAt: new Date('2026-12-15T10:00:00Z') };
    expect((await readClientFacts(db(), client.id)).facts).toEqual(expected);
    expect((await new ClientRepository(db()).findTurnParties('emulator:facts')).facts?.facts).toEqual(expected);
  });

  it('counts facts read before a write to them as stale, and only that client’s', async () => {
    const [changed, other] = await Promise.all(
      ['emulator:changed', 'emulator:other'].map((userKey) => db().client.create({ data: { userKey, channelId: 'emulator' } })),
    );
    const before = await readClientFacts(db(), changed!.id);
    const otherBefore = await readClientFacts(db(), other!.id);
    expect(factsStillFresh(before)).toBe(true);

    await new LocusResultRepository(db()).record(changed!.id, { score: 50, band: 'mixed', answered: 8 }, {}, new Date('2026-11-21T09:00:00Z'));
    expect(factsStillFresh(before)).toBe(false);
    expect(factsStillFresh(otherBefore)).toBe(true);

    const after = await readClientFacts(db(), changed!.id);
    expect(after.facts.locusBand).toBe('mixed');
    expect(factsStillFresh(after)).toBe(true);

    await new PlanRepository(db()).setNextReview(changed!.id, new Date('2026-12-02T10:00:00Z'));
    expect(factsStillFresh(after)).toBe(false);
  });

  it('still counts facts as stale when so many clients changed since that their change was forgotten', async () => {
    const client = await db().client.create({ data: { userKey: 'emulator:forgotten', channelId: 'emulator' } });
    const before = await readClientFacts(db(), client.id);
    factsChanged(client.id);
    for (let i = 0; i < 10_001; i++) factsChanged(`someone-else-${i}`);
    expect(factsStillFresh(before)).toBe(false);
    // Read after all that, the facts are fresh even though the client's own change is forgotten.
    expect(factsStillFresh(await readClientFacts(db(), client.id))).toBe(true);
  });
});
