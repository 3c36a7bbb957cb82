// Rules of the individual action plan, over plain data: which version a change makes, which items
// are still to do or overdue, and who owns what. Review dates: reviewCadence.ts.
import { instantAtLocal, localClock } from './zonedTime.ts';
import { addDays, compareDays, type CalendarDay } from './datePhrases.ts';
import { calendarDayIn } from './dates.ts';
import type { JobGoal } from './assessmentSteps.ts';

export type { JobGoal };

export const PLAN_STATUSES = ['draft', 'agreed', 'superseded'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

export const ITEM_STATUSES = ['open', 'done', 'partly-done', 'not-done', 'dropped'] as const;
export type ItemStatus = (typeof ITEM_STATUSES)[number];

/**
 * Still to do: not finished and not dropped. A step reported "partly done" at a review is still to
 * do, so it is reviewed and reminded like an open one; "not done" is followed by a next step.
 * The one definition the plan card, reviews, reminders and the caseload all use.
 */
export const STILL_TO_DO_STATUSES: readonly ItemStatus[] = ['open', 'partly-done'];

export function isStillToDo(status: string): boolean {
  return (STILL_TO_DO_STATUSES as readonly string[]).includes(status);
}

export const ITEM_OWNERS = ['client', 'adviser'] as const;
export type ItemOwner = (typeof ITEM_OWNERS)[number];

export type Actor = 'client' | 'adviser' | 'bot';

export interface PlanGoal {
  id: string;
  lineageId: string;
  position: number;
  text: string;
  jobGoal: string | null;
  confidence: number | null;
  dueAt: Date | null;
}

export interface PlanItem {
  id: string;
  lineageId: string;
  goalLineageId: string | null;
  position: number;
  text: string;
  owner: ItemOwner;
  dueAt: Date | null;
  status: ItemStatus;
  createdBy: Actor;
  createdAt: Date;
  completedAt: Date | null;
}

export interface PlanVersion {
  id: string;
  clientId: string;
  version: number;
  status: PlanStatus;
  situation: string;
  jobGoals: JobGoal[];
  route: string;
  backupPlan: string;
  nextReviewAt: Date | null;
  clientAgreedAt: Date | null;
  adviserAgreedAt: Date | null;
  createdBy: string;
  createdAt: Date;
  goals: PlanGoal[];
  items: PlanItem[];
}

export interface NewItem {
  text: string;
  owner: ItemOwner;
  dueAt: Date | null;
}

export interface NewGoal {
  text: string;
  jobGoal?: string | null;
  dueAt: Date | null;
  /** The client's answers to "how sure are you, 1 to 10?", in order; the last one is the goal's. */
  confidenceRatings?: number[];
  items: NewItem[];
}

export interface PlanSummary {
  situation?: string;
  jobGoals?: JobGoal[];
  route?: string;
  backupPlan?: string;
}

/**
 * What kind of change makes the new version. "content" changes what the client agreed to (a new
 * goal, a new or dropped item), so the new version waits for their agreement again. "progress"
 * records how things went (an item done, a review date set): the plan the client agreed to is the
 * same, so the agreement carries over.
 */
export type ChangeKind = 'content' | 'progress';

export interface AgreementState {
  status: PlanStatus;
  clientAgreedAt: Date | null;
  adviserAgreedAt: Date | null;
}

/** The status and agreement of the version a change creates. Nothing is ever overwritten. */
export function versionAfterChange(previous: AgreementState | null, kind: ChangeKind): AgreementState {
  if (previous && kind === 'progress') {
    return { status: previous.status === 'agreed' ? 'agreed' : 'draft', clientAgreedAt: previous.clientAgreedAt, adviserAgreedAt: previous.adviserAgreedAt };
  }
  return { status: 'draft', clientAgreedAt: null, adviserAgreedAt: null };
}

/** A change to a given item status counts as progress unless the item is dropped from the plan. */
export function changeKindForStatus(status: ItemStatus): ChangeKind {
  return status === 'dropped' ? 'content' : 'progress';
}

/** The client may agree to a version that is not yet agreed by them. */
export function needsClientAgreement(plan: AgreementState): boolean {
  return plan.status === 'draft' || (plan.status === 'agreed' && plan.clientAgreedAt === null);
}

export function isItemStatus(value: string): value is ItemStatus {
  return (ITEM_STATUSES as readonly string[]).includes(value);
}

export interface DatedItem {
  status: string;
  dueAt: Date | null;
}

/** Still to do (open, or only partly done) and its day is over in the client's time zone. */
export function isOverdue(item: DatedItem, now: Date, timeZone: string): boolean {
  if (!item.dueAt || !isStillToDo(item.status)) return false;
  const hasClockTime = !isMidnightIn(item.dueAt, timeZone);
  if (hasClockTime) return item.dueAt.getTime() < now.getTime();
  return compareDays(calendarDayIn(item.dueAt, timeZone), calendarDayIn(now, timeZone)) < 0;
}

/** Whole days late, counted in the client's calendar: 1 the day after it was due. */
export function daysOverdue(item: DatedItem, now: Date, timeZone: string): number {
  if (!isOverdue(item, now, timeZone) || !item.dueAt) return 0;
  return Math.max(1, daysBetween(calendarDayIn(item.dueAt, timeZone), calendarDayIn(now, timeZone)));
}

export function overdueItems<T extends DatedItem>(items: T[], now: Date, timeZone: string): T[] {
  return items.filter((item) => isOverdue(item, now, timeZone));
}

/** Items by owner, each list by due date (undated last), keeping the plan's order otherwise. */
export function groupByOwner<T extends DatedItem & { owner: string }>(items: T[]): Record<ItemOwner, T[]> {
  const byDue = (a: T, b: T) => (a.dueAt?.getTime() ?? Infinity) - (b.dueAt?.getTime() ?? Infinity);
  const shown = items.filter((item) => item.status !== 'dropped');
  return {
    client: shown.filter((item) => item.owner !== 'adviser').sort(byDue),
    adviser: shown.filter((item) => item.owner === 'adviser').sort(byDue),
  };
}

/**
 * At most `limit` of a list of steps (in the order given), the ones still to do first: the steps a
 * long plan shows, and how many it leaves out.
 */
export function fewestToShow<T extends { status: string }>(items: readonly T[], limit: number): { shown: T[]; left: number } {
  if (items.length <= limit) return { shown: [...items], left: 0 };
  const kept = new Set([...items.filter((item) => isStillToDo(item.status)), ...items.filter((item) => !isStillToDo(item.status))].slice(0, limit));
  return { shown: items.filter((item) => kept.has(item)), left: items.length - limit };
}

/** The last `limit` of a list (a plan's latest goals), and how many earlier ones it leaves out. */
export function latestToShow<T>(items: readonly T[], limit: number): { shown: T[]; earlier: number } {
  const earlier = Math.max(0, items.length - limit);
  return { shown: items.slice(earlier), earlier };
}

/** Midnight, in the client's zone, of the day `days` after today. */
export function dayInDays(now: Date, timeZone: string, days: number): Date {
  return startOfDay(addDays(calendarDayIn(now, timeZone), days), timeZone);
}

/**
 * The latest day the first step of a new goal should be due, for a coaching style that asks for
 * near steps (external locus: within a week). Null when the date the client chose is fine.
 */
export function nearerFirstStepDate(dueAt: Date, now: Date, timeZone: string, maxFirstStepDays: number): Date | null {
  const latest = addDays(calendarDayIn(now, timeZone), maxFirstStepDays);
  return compareDays(calendarDayIn(dueAt, timeZone), latest) > 0 ? startOfDay(latest, timeZone) : null;
}

function startOfDay(day: CalendarDay, timeZone: string): Date {
  return instantAtLocal(day.year, day.month, day.day, 0, 0, timeZone);
}

function isMidnightIn(instant: Date, timeZone: string): boolean {
  const local = localClock(instant, timeZone);
  return local.hour === 0 && local.minute === 0;
}

function daysBetween(from: CalendarDay, to: CalendarDay): number {
  return Math.round((Date.UTC(to.year, to.month - 1, to.day) - Date.UTC(from.year, from.month - 1, from.day)) / 86_400_000);
}
