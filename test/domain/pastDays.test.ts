// A day gone by, as told when something already happened ("started last week"): never after today.
import { describe, expect, it } from 'vitest';
import { parsePastDay } from '../../src/domain/pastDays.ts';

// Wednesday 10 June 2026, 10am in London.
const context = { now: new Date('2026-06-10T09:00:00Z'), timeZone: 'Europe/London' };
const londonMidnight = (day: string) => new Date(`${day}T00:00:00+01:00`);

describe('a day gone by', () => {
  it.each([
    ['started last week actually', '2026-06-03'],
    ['started yesterday', '2026-06-09'],
    ['i started on monday', '2026-06-08'],
    ['started friday', '2026-06-05'],
    ['started wednesday', '2026-06-10'],
    ['a couple of days ago', '2026-06-08'],
    ['started 2 weeks ago', '2026-05-27'],
  ])('%j is %s', (text, day) => {
    expect(parsePastDay(text, context)).toEqual(londonMidnight(day));
  });

  it.each(['i started already', 'ages ago', 'started next week'])('%j names no day gone by', (text) => {
    expect(parsePastDay(text, context)).toBeNull();
  });
});
