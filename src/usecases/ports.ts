// What the use cases need from the rest of the app, as narrow interfaces: the real ones are made in
// wiring.ts; tests pass in-memory fakes for the follow-ups and a throwaway database for the rest.
import type { AuditLog } from '../db/audit.ts';
import type { Client } from '../db/clients.ts';
import type { PlanRepository } from '../db/plans.ts';
import type { ReviewRepository } from '../db/reviews.ts';
import type { CoachingStyle } from '../domain/coachingStyle.ts';
import type { JobGoal, PlanVersion } from '../domain/plan.ts';
import type { TriggerKind } from '../domain/escalationTriggers.ts';
import type { Clock } from '../domain/clock.ts';

export type { Clock };

export type PlanStore = Pick<
  PlanRepository,
  | 'currentPlan'
  | 'addGoalWithItems'
  | 'changeItemStatus'
  | 'addItem'
  | 'addAdviserItem'
  | 'moveItemDueDate'
  | 'markAdviserItemDone'
  | 'setNextReview'
  | 'updateSummary'
  | 'agreeLatest'
  | 'agreeAsAdviser'
>;
export type ReviewLog = Pick<ReviewRepository, 'start' | 'append' | 'recordUsefulness'>;
export type AuditTrail = Pick<AuditLog, 'record'>;

/** The stores one change writes to, all on one transaction. */
export interface PlanStores {
  plans: PlanStore;
  reviews: ReviewLog;
  audit: AuditTrail;
}

/**
 * Runs `work` in one transaction: everything it writes is kept, or nothing. A clash with a change
 * made at the same moment (a unique index) runs it again from the start, a few times at most.
 * `work` uses only the stores it is given: on SQLite anything else waits for the transaction.
 */
export interface UnitOfWork {
  run<T>(work: (stores: PlanStores) => Promise<T>): Promise<T>;
  /** run() for work that changes the plan alone: a lighter transaction, the same guarantees. */
  runOnPlan<T>(work: (plans: PlanStore) => Promise<T>): Promise<T>;
}

/** Reminder rows follow the plan; they are written after the change is kept, and may be redone. */
export interface ReminderFollowUps {
  /**
   * Every step still to do gets its reminders, the rest none, the review its one. `known`: what the
   * use case has just read or written this turn (the plan it kept, the client, their style), so it
   * is not read again.
   */
  syncPlan(clientId: string, known?: KnownForReminders): Promise<void>;
  /** A step closed: its reminders not yet sent are cancelled, with the reason kept. */
  cancelItem(lineageId: string, reason: string): Promise<void>;
  /** The client answered: every reminder sent to them so far counts as answered. */
  markAnswered(clientId: string, at: Date): Promise<void>;
  /** The review called off (no next review day): its reminder not yet sent is cancelled, with the reason kept. */
  cancelReview(clientId: string, reason: string): Promise<void>;
}

export interface KnownForReminders {
  plan?: PlanVersion;
  client?: { id: string; timeZone: string };
  style?: CoachingStyle;
  /**
   * What the change touched, when the use case knows: only these steps' reminders (and the
   * review's, when `review`) are brought in line; the others were right and are left alone.
   * Without it the whole plan is, which costs a read and the timing of every step.
   */
  changed?: { itemLineageIds: readonly string[]; review: boolean };
}

export interface StepState {
  text: string;
  status: string;
  owner: string;
  dueAt: Date | null;
}

export interface PlanReads {
  /** The step as it stands now, only when it is in this client's plan. */
  latestItemOf(clientId: string, lineageId: string): Promise<StepState | null>;
  jobGoalsOf(clientId: string): Promise<JobGoal[]>;
  styleOf(client: PlanClient): Promise<CoachingStyle>;
  clientById(id: string): Promise<Client | null>;
}

export interface AdviserHandover {
  raise(request: { clientId: string; trigger: TriggerKind; detail: string }): Promise<unknown>;
}

/**
 * A client's own request passed to their adviser: a new hand-over, or added to the one already open
 * and the adviser told. `reached`: false when nobody can receive it, so the client is told the truth.
 */
export interface AdviserRequests {
  pass(request: { clientId: string; detail: string; said: string }): Promise<{ reached: boolean }>;
}

/** Tells a client in their own chat; a failed send is logged, never undoes the change. */
export interface ClientNotices {
  tell(client: { id: string; userKey: string }, text: string): Promise<void>;
}

/**
 * Tells an adviser, in their personal chat with the bot (as their own reminders and a client's reply
 * reach them), of a change the client made; a failed send is logged, never undoes the change.
 */
export interface AdviserNotices {
  /** A client who gave no name, named in `text` as the adviser's answers name them, gets how to reach them after it. */
  tell(adviserId: string, text: string): Promise<void>;
  /** Round nine: what the adviser's answers call a client who gave no name, and what to type for them. */
  namelessName?(adviserId: string, clientId: string): Promise<{ name: string; typeAs: string | null } | null>;
}

/** The client fields plan changes need (the turn's client row has them). */
export interface PlanClient {
  id: string;
  timeZone: string;
  reviewCadenceDays: number | null;
  styleOverride: string | null;
}

export interface PlanDeps {
  clock: Clock;
  work: UnitOfWork;
  reads: PlanReads;
  reminders: ReminderFollowUps;
  handover: AdviserHandover;
  notices: ClientNotices;
  adviserNotices: AdviserNotices;
}
