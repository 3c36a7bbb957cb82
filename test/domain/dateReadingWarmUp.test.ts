import { describe, expect, it } from 'vitest';
import { warmUpDateReading } from '../../src/domain/dateReadingWarmUp.ts';
import { parseDueDate } from '../../src/domain/dates.ts';

describe('date reading warm-up', () => {
  it('reads its samples without error and leaves later reading as it was', () => {
    const context = { now: new Date('2026-11-30T12:00:00Z'), timeZone: 'Europe/London' };
    const before = parseDueDate('by next Friday', context);
    warmUpDateReading(context.now, context.timeZone);
    warmUpDateReading(new Date('2027-03-28T00:30:00Z'), 'America/New_York');
    expect(parseDueDate('by next Friday', context)).toEqual(before);
  });
});
