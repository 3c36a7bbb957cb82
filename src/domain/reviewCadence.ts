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

/** An item is up for review when it is still to do and due today or earlier (local day). */
export function isDueForReview(item: { status: string; dueAt: Date | null }, now: Date, timeZone: string): boolean {
  return isStillToDo(item.status) && item.dueAt !== null && dayHasCome(item.dueAt, now, timeZone);
}

/** The local day of `day` is today or gone. */
function dayHasCome(day: Date, now: Date, timeZone: string): boolean {
  return compareDays(calendarDayIn(day, timeZone), calendarDayIn(now, timeZone)) <= 0;
}

/**
 * The steps a review looks at: those whose day has come; or, when the plan's review day has come,
 * every step still to do (play-testing found "Review my plan", tapped on the review reminder, told
 * "None of your steps are due yet. Your next review is on" that very day).
 */
export function stepsToReview<T extends { status: string; dueAt: Date | null }>(items: readonly T[], nextReviewAt: Date | null, now: Date, timeZone: string): T[] {
  const reviewDayCome = nextReviewAt !== null && dayHasCome(nextReviewAt, now, timeZone);
  return items.filter((item) => (reviewDayCome ? isStillToDo(item.status) : isDueForReview(item, now, timeZone)));
}
