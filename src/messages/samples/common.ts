import type { SamplesFor } from './index.ts';
import type * as messages from '../en/common.ts';
import { laterToday, mondayMorning, tomorrowMorning } from './fixtures.ts';

export const common = {
  openingWords: [[laterToday], [tomorrowMorning], [mondayMorning]],
} satisfies SamplesFor<typeof messages>;
