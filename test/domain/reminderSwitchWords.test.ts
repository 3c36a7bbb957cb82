// The client's own words for turning reminders off and on, read whole.
import { describe, expect, it } from 'vitest';
import { readReminderSwitch } from '../../src/domain/reminderSwitchWords.ts';

describe('readReminderSwitch', () => {
  it.each(['stop the reminders', 'can you stop the reminders pls', 'stop texting me', 'no more reminders please', 'turn reminders off', 'dont remind me', 'i dont want reminders', 'turn off notifications', 'unsubscribe'])(
    '%j turns them off',
    (said) => expect(readReminderSwitch(said)).toBe('stop'),
  );

  it.each(['start reminders', 'turn the reminders back on', 'remind me again', 'can you start the reminders again please'])('%j turns them on', (said) => expect(readReminderSwitch(said)).toBe('start'));

  it.each(['stop', 'i forgot the reminder', 'the reminders are helpful', 'stop consent', 'i stopped getting reminders, why', 'stop texting me or i will hurt myself and i am not joking about it'])('%j is no switch', (said) =>
    expect(readReminderSwitch(said)).toBeNull(),
  );
});
