// The remembered local clock must say what @date-fns/tz says, at every minute, including either
// side of a change of clocks and in zones whose offset is not a whole hour, and when asked again
// (from memory). Reminder times and due dates are built on it.
import { TZDate } from '@date-fns/tz';
import { describe, expect, it } from 'vitest';
import { instantAtLocal, localClock } from '../../src/domain/zonedTime.ts';

const ZONES = ['Europe/London', 'America/New_York', 'Asia/Kathmandu', 'Australia/Lord_Howe', 'Pacific/Chatham'];
// Around the clocks going forward and back in 2026, in each hemisphere.
const AROUND = ['2026-03-29T00:00:00Z', '2026-10-25T00:00:00Z', '2026-03-08T05:00:00Z', '2026-11-01T04:00:00Z', '2026-04-04T14:00:00Z', '2026-10-03T15:00:00Z'];

function expected(ms: number, timeZone: string) {
  const local = new TZDate(ms, timeZone);
  return { year: local.getFullYear(), month: local.getMonth() + 1, day: local.getDate(), weekday: local.getDay(), hour: local.getHours(), minute: local.getMinutes() };
}

describe('the local clock', () => {
  it.each(ZONES)('matches the time zone library every few minutes across clock changes in %s, asked twice', (timeZone) => {
    for (const start of AROUND) {
      for (let minutes = -180; minutes <= 180; minutes += 7) {
        const ms = Date.parse(start) + minutes * 60_000 + 13_000;
        expect(localClock(new Date(ms), timeZone)).toEqual(expected(ms, timeZone));
        expect(localClock(new Date(ms + 30_000), timeZone)).toEqual(expected(ms + 30_000, timeZone));
      }
    }
  });

  it.each(ZONES)('names the same instant for a local day and time as the library does in %s', (timeZone) => {
    for (const [year, month, day] of [[2026, 3, 29], [2026, 10, 25], [2026, 3, 8], [2026, 11, 1], [2026, 4, 5], [2026, 9, 27], [2026, 1, 31]] as const) {
      for (let hour = 0; hour < 24; hour++) {
        for (const minute of [0, 30, 45]) {
          const want = new TZDate(year, month - 1, day, hour, minute, timeZone).getTime();
          expect(instantAtLocal(year, month, day, hour, minute, timeZone).getTime()).toBe(want);
          expect(instantAtLocal(year, month, day, hour, minute, timeZone).getTime()).toBe(want);
        }
      }
    }
  });

  it('rolls a day past the end of the month over, as a calendar does', () => {
    expect(instantAtLocal(2026, 1, 32, 9, 0, 'Europe/London').toISOString()).toBe('2026-02-01T09:00:00.000Z');
  });
});
