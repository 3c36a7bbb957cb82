import type { SamplesFor } from './index.ts';
import type * as messages from '../en/adviserReminders.ts';
import { day, fullName } from './fixtures.ts';

export const adviserReminders = {
  adviserItemReminderText: [['adviser-item-due', fullName, 'Do a better-off check', day], ['adviser-item-overdue', fullName, 'Do a better-off check', day]],
} satisfies SamplesFor<typeof messages>;
