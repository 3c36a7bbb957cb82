import type { SamplesFor } from './index.ts';
import type * as messages from '../en/reminders.ts';
import { day, laterToday, mondayMorning, step } from './fixtures.ts';

export const reminders = {
  dueSoonText: [[step, day, 2], [step, day, 1]],
  dueTodayText: [[step]],
  overdueText: [[step, day], [step, day, 1], [step, day, 5]],
  movedTo: [[day]],
  movedAllTo: [[day]],
  dateTooEarly: [[day]],
  askWhatHelp: [[step]],
  stepAgain: [[step, day], [step, null]],
  helpAskedFor: [[{ inHours: true }], [{ inHours: false, opening: mondayMorning }], [{ inHours: false, opening: laterToday }]],
} satisfies SamplesFor<typeof messages>;
