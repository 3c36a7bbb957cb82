import { describe, expect, it } from 'vitest';
import { warmUpDateReading } from '../../src/domain/dateReadingWarmUp.ts';
import { parseDueDate } from '../../src/domain/dates.ts';

describe('date reading warm-up', () => {
  it('reads its samples without error and leaves later reading as it was', () => {
    const context = { now: new Date('2026-11-30T12:00:00Z'), timeZone: 'Europe/London' };
    const before = parseDueDate('by next Friday', context);
    warmUpDateReading(context.now, context.timeZone);
    warmUpDateReading();
    expect(parseDueDate('by next Friday', context)).toEqual(before);
  });
});
