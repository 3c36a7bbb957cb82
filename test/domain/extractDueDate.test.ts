import { describe, expect, it } from 'vitest';
import { extractDueDate } from '../../src/domain/dates.ts';

const MONDAY_MORNING = { now: new Date('2026-11-23T10:00:00Z'), timeZone: 'Europe/London' };

describe('extractDueDate', () => {
  it('takes the date and its joining words out of a step, and gives the day', () => {
    expect(extractDueDate('apply for 2 jobs by end of next week', MONDAY_MORNING)).toEqual({
      rest: 'apply for 2 jobs', phrase: 'by end of next week', dueAt: new Date('2026-12-04T00:00:00Z'),
    });
  });

  it('keeps the words around a date in the middle, as the client typed them', () => {
    expect(extractDueDate('Ring Tesco on Thursday about the Shelf job', MONDAY_MORNING).rest).toBe('Ring Tesco about the Shelf job');
  });

  it('keeps a clock time with the date', () => {
    const found = extractDueDate('ring the agency tomorrow at 3', MONDAY_MORNING);
    expect(found.phrase).toBe('tomorrow at 3');
    expect(found.dueAt).toEqual(new Date('2026-11-24T15:00:00Z'));
  });

  it.each(['ring them soon', 'apply for jobs every Monday', 'ring them last Friday', 'work 5 days a week', '  ring the college  '])(
    'leaves the words alone when they give no day ahead: %j',
    (text) => {
      expect(extractDueDate(text, MONDAY_MORNING)).toEqual({ rest: text.trim(), dueAt: null, phrase: null });
    },
  );

  it('reads only the start of a pasted page, and still answers', () => {
    const found = extractDueDate(`call the college tomorrow ${'and more words '.repeat(400)}`, MONDAY_MORNING);
    expect(found.phrase).toBe('tomorrow');
    expect(found.rest.startsWith('call the college and more words')).toBe(true);
  });
});
