// A reminder says the days as they are when it goes out: one sent late (the server was down, the
// client's reminders were paused) had said "in two days" of a step due the next day.
import { describe, expect, it } from 'vitest';
import { reminderActivity } from '../../src/channels/reminderMessages.ts';

// The step is for Friday 12 June 2026, in London.
const friday = new Date('2026-06-11T23:00:00Z');
const textOn = (kind: string, now: string) =>
  reminderActivity({ key: 'k', kind, itemLineageId: 'i', item: { text: 'Look at 2 job adverts', dueAt: friday }, timeZone: 'Europe/London', now: new Date(now) }).text;

describe('the days in a reminder', () => {
  it.each([
    ['item-due-soon', '2026-06-10T09:00:00Z', /Friday 12 June, in two days\./],
    ['item-due-soon', '2026-06-11T09:00:00Z', /Friday 12 June, tomorrow\./],
    ['item-due-soon', '2026-06-12T09:00:00Z', /Today is the day for your step/],
    ['item-due-today', '2026-06-12T09:00:00Z', /Today is the day for your step/],
    ['item-due-today', '2026-06-14T09:00:00Z', /Just checking in about your step: Look at 2 job adverts\. It was for Friday 12 June/],
    ['item-overdue', '2026-06-13T09:00:00Z', /Your step was for Friday 12 June: Look at 2 job adverts\. How did it go\?/],
    // A later follow-up is not the first one again (play-testing found the same lines every few days).
    ['item-overdue', '2026-06-17T09:00:00Z', /Just checking in about your step: Look at 2 job adverts\. It was for Friday 12 June\. If it is still to do, tap "I need more time"/],
  ])('%s sent at %s', (kind, now, wording) => {
    expect(textOn(kind, now)).toMatch(wording);
  });
});
