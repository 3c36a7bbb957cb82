// The use cases on a throwaway database (plans, reviews, audit: the real repositories in one real
// transaction), with in-memory fakes for what follows a change: reminders, the adviser hand-over,
// messages to the client, the clock, the style and the profile's job goals.
import { ActionItemProgress } from '../../src/db/actionItemProgress.ts';
import { ClientRepository, type Client } from '../../src/db/clients.ts';
import type { Database } from '../../src/db/database.ts';
import { PlanWork } from '../../src/db/planWork.ts';
import { PlanRepository } from '../../src/db/plans.ts';
import { styleForBand, type CoachingStyle } from '../../src/domain/coachingStyle.ts';
import type { JobGoal } from '../../src/domain/plan.ts';
import type { PlanDeps } from '../../src/usecases/ports.ts';
import { createMigratedDatabase } from '../support/testDatabase.ts';

export class FixedClock {
  constructor(public current: Date) {}
  now = (): Date => new Date(this.current);
}

/** What the use cases asked to happen after their changes, in order. */
export type FollowUp =
  | ['sync', string]
  | ['sync', string, { itemLineageIds: readonly string[]; review: boolean }]
  | ['cancel', string, string]
  | ['answered', string]
  | ['cancel-review', string, string]
  | ['raise', { clientId: string; trigger: string; detail: string }]
  | ['tell', string, string]
  | ['tell-adviser', string, string];

export interface Rig {
  db: Database;
  clock: FixedClock;
  deps: PlanDeps;
  followUps: FollowUp[];
  plans: PlanRepository;
  /** What the fake profile and style answer. */
  jobGoals: JobGoal[];
  style: CoachingStyle;
  newClient(fields?: { reviewCadenceDays?: number }): Promise<Client>;
  drop(): Promise<void>;
}

let clients = 0;

export async function startRig(now: Date): Promise<Rig> {
  const database = await createMigratedDatabase();
  const db = database.handle.db;
  const clock = new FixedClock(now);
  const followUps: FollowUp[] = [];
  const rig: Rig = {
    db,
    clock,
    followUps,
    plans: new PlanRepository(db, clock),
    jobGoals: [{ title: 'Cleaner', reason: 'I like things tidy', route: 'Apply to agencies' }],
    style: styleForBand('external'),
    deps: {
      clock,
      work: new PlanWork(db, clock),
      reads: {
        latestItemOf: (clientId, lineageId) => new ActionItemProgress(db).latestItemOf(clientId, lineageId),
        jobGoalsOf: async () => rig.jobGoals,
        styleOf: async () => rig.style,
        clientById: (id) => new ClientRepository(db).findById(id),
      },
      reminders: {
        syncPlan: async (clientId, known) => void followUps.push(known?.changed ? ['sync', clientId, known.changed] : ['sync', clientId]),
        cancelItem: async (lineageId, reason) => void followUps.push(['cancel', lineageId, reason]),
        markAnswered: async (clientId) => void followUps.push(['answered', clientId]),
        cancelReview: async (clientId, reason) => void followUps.push(['cancel-review', clientId, reason]),
      },
      handover: { raise: async (request) => void followUps.push(['raise', request]) },
      notices: { tell: async (client, text) => void followUps.push(['tell', client.id, text]) },
      adviserNotices: { tell: async (adviserId, text) => void followUps.push(['tell-adviser', adviserId, text]) },
    },
    async newClient(fields = {}) {
      clients += 1;
      const repo = new ClientRepository(db);
      const client = await repo.createWithConsent({ userKey: `test:user-${clients}`, channelId: 'test', displayName: `Client ${clients}`, timeZone: 'Europe/London', consentVersion: '1', consentedAt: clock.now() });
      if (fields.reviewCadenceDays) await db.client.update({ where: { id: client.id }, data: { reviewCadenceDays: fields.reviewCadenceDays } });
      return (await repo.findById(client.id))!;
    },
    drop: () => database.drop(),
  };
  return rig;
}

/** A plan with one goal and one client step, written straight through the repository. */
export async function planWithStep(rig: Rig, clientId: string, step: { text: string; dueAt: Date | null; owner?: 'client' | 'adviser' }) {
  const plan = await rig.plans.addGoalWithItems(clientId, { text: 'Get a job', dueAt: null, items: [{ text: step.text, owner: step.owner ?? 'client', dueAt: step.dueAt }] });
  return { plan, step: plan.items.at(-1)! };
}
