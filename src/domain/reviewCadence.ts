// How often a client's plan is reviewed, and what each review brings besides the items.
// Fortnightly by default (the Jobcentre Plus jobsearch review); an adviser may choose weekly or
// four-weekly (IPS); without an adviser's choice, a style that wants closer check-ins shortens it.
import type { CoachingStyle } from './coachingStyle.ts';
import { addDays, compareDays } from './datePhrases.ts';
import { calendarDayIn } from './dates.ts';
import { atLocalTime } from './reminderTiming.ts';
import { isStillToDo } from './plan.ts';

export const DEFAULT_REVIEW_CADENCE_DAYS = 14;
export const ADVISER_CADENCES = { weekly: 7, fortnightly: 14, fourWeekly: 28 } as const;
/** The cadences an adviser may choose, in days, shortest first. */
export const ADVISER_CADENCE_DAYS: readonly number[] = Object.values(ADVISER_CADENCES);

/**
 * Days between reviews. The adviser's choice wins: reviews are agreed between people. Without
 * one, the fortnightly default is shortened to the style's check-in interval when that is shorter.
 */
export function reviewCadenceDays(input: { adviserCadenceDays?: number | null; style: Pick<CoachingStyle, 'checkInEveryDays'> }): number {
  if (input.adviserCadenceDays && input.adviserCadenceDays > 0) return input.adviserCadenceDays;
  return Math.min(DEFAULT_REVIEW_CADENCE_DAYS, input.style.checkInEveryDays);
}

/**
 * The next review day (00:00 local, like due dates), one cadence after `from`, counted in calendar
 * days in the client's zone. The one definition: the first review of a new plan and every review
 * after it come from here, so the adviser's cadence always counts.
 */
export function nextReviewDate(input: { from: Date; timeZone: string; adviserCadenceDays?: number | null; style: Pick<CoachingStyle, 'checkInEveryDays'> }): Date {
  const day = addDays(calendarDayIn(input.from, input.timeZone), reviewCadenceDays(input));
  return atLocalTime(day, 0, input.timeZone);
}

/** Every review asks how useful the plan is (1 to 5): how clients rate it is part of the quality of the service. */
export function asksUsefulness(reviewNumber: number): boolean {
  return reviewNumber > 0;
}

/** How a new confidence rating compares with the one before: said back to the client in the review. */
export function confidenceChange(previous: number | null, now: number): 'lower' | 'higher' | 'same' {
  if (previous === null || previous === now) return 'same';
  return now < previous ? 'lower' : 'higher';
}

/** Every third review offers the locus-of-control questions again, to show any move toward feeling in charge. */
export function offersLocusRetake(reviewNumber: number): boolean {
  return reviewNumber > 0 && reviewNumber % 3 === 0;
}

/** The plan's review day is today or gone, in the client's zone. */
export function reviewDayHasCome(nextReviewAt: Date | null, now: Date, timeZone: string): boolean {
  return nextReviewAt !== null && dayHasCome(nextReviewAt, now, timeZone);
}

/** The local day of `day` is today or gone. */
function dayHasCome(day: Date, now: Date, timeZone: string): boolean {
  return compareDays(calendarDayIn(day, timeZone), calendarDayIn(now, timeZone)) <= 0;
}

/** What a review does with each of the client's steps; see sortForReview. */
export interface StepsForReview<T> {
  /** Still to do and its day has come (or no day, on the review day): "How did it go?". */
  due: T[];
  /** Still to do, its day still ahead: only "Still on track?", never marked not done. */
  comingUp: T[];
  /** Done since the last review (or ever, before the first): praised. */
  doneSince: T[];
  /** A review is held: a step is due, or the plan's review day has come. */
  runs: boolean;
}

type ReviewableStep = { status: string; dueAt: Date | null; completedAt: Date | null };

/**
 * Sorts the client's steps for a review. Only a step whose day is today or gone (in the client's
 * zone) is asked "How did it go?"; play-testing found a step for 15 July asked on 22 June, and
 * marked "Not done" on the plan the adviser sees. A step still ahead is coming up. A step with no
 * day is looked at on the review day. On the review day the review is held even when every step
 * is done, so the plan goes on: play-testing found "None of your steps are due yet. Your next
 * review is on" that very day, right after "It is time to look at your plan together".
 */
export function sortForReview<T extends ReviewableStep>(
  items: readonly T[],
  input: { nextReviewAt: Date | null; lastReviewAt: Date | null; now: Date; timeZone: string },
): StepsForReview<T> {
  const { now, timeZone } = input;
  const reviewDayCome = reviewDayHasCome(input.nextReviewAt, now, timeZone);
  const open = items.filter((item) => isStillToDo(item.status));
  const due = open.filter((item) => (item.dueAt === null ? reviewDayCome : dayHasCome(item.dueAt, now, timeZone)));
  const comingUp = open.filter((item) => item.dueAt !== null && !dayHasCome(item.dueAt, now, timeZone));
  const doneSince = items.filter(
    (item) => item.status === 'done' && item.completedAt !== null && (input.lastReviewAt === null || item.completedAt > input.lastReviewAt),
  );
  return { due, comingUp, doneSince, runs: due.length > 0 || reviewDayCome };
}
