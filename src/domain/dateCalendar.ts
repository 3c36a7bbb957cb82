// Calendar arithmetic on plain days in the client's own zone: no instants, no time zones (UTC is
// used only as a time-zone-free calendar). Split out of datePhrases.ts, which re-exports it.

export interface CalendarDay {
  year: number;
  month: number; // 1 to 12
  day: number;
}

export const WEEKDAY_NAMES = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

export function addDays(day: CalendarDay, days: number): CalendarDay {
  const date = new Date(Date.UTC(day.year, day.month - 1, day.day + days));
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

export function weekdayOf(day: CalendarDay): number {
  return new Date(Date.UTC(day.year, day.month - 1, day.day)).getUTCDay();
}

export function compareDays(a: CalendarDay, b: CalendarDay): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function mondayOf(day: CalendarDay): CalendarDay {
  return addDays(day, -((weekdayOf(day) + 6) % 7));
}

/**
 * The day a weekday name points to. "Friday" is the next Friday after today; "this Friday" is this
 * week's, or today's if it is Friday (the next one once this week's has gone); "next Friday" is the
 * Friday of next week (weeks run Monday to Sunday), so on a Monday "next Friday" is 11 days away.
 */
export function dayForWeekday(today: CalendarDay, weekday: number, which: 'bare' | 'this' | 'next'): CalendarDay {
  if (which === 'next') return addDays(mondayOf(today), 7 + ((weekday + 6) % 7));
  const ahead = (weekday - weekdayOf(today) + 7) % 7;
  return addDays(today, which === 'bare' && ahead === 0 ? 7 : ahead);
}

/**
 * The day the weekday alone would name, so "a week on Monday" is that day plus 7: said on Monday 8
 * June, "Monday" is the 15th and "a week on Monday" the 22nd ("a week today" is the 15th). It had
 * counted today as the Monday, so the phrase gave the same day as "on Monday" alone.
 */
export function nextWeekday(today: CalendarDay, weekdayName: string): CalendarDay {
  return dayForWeekday(today, WEEKDAY_NAMES.indexOf(weekdayName), 'bare');
}

export function nextMonthOf(day: CalendarDay): CalendarDay {
  return day.month === 12 ? { ...day, year: day.year + 1, month: 1 } : { ...day, month: day.month + 1 };
}

export function latest(a: CalendarDay, b: CalendarDay): CalendarDay {
  return compareDays(a, b) >= 0 ? a : b;
}
