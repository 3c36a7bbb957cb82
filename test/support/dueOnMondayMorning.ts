// The day a date phrase gives when typed on Monday 23 November 2026, 10:00 in London, as the
// date tests write it: 'yyyy-MM-dd', with ' HH:mm' when a clock time was given; null for no day.
// Three date test files had each written it.
import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import { parseDueDate } from '../../src/domain/dates.ts';

export const MONDAY_MORNING = { now: new Date('2026-11-23T10:00:00Z'), timeZone: 'Europe/London' };

export function due(text: string): string | null {
  const date = parseDueDate(text, MONDAY_MORNING);
  if (!date) return null;
  const local = new TZDate(date.getTime(), MONDAY_MORNING.timeZone);
  return format(local, local.getHours() || local.getMinutes() ? 'yyyy-MM-dd HH:mm' : 'yyyy-MM-dd');
}
