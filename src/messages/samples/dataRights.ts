import type { SamplesFor } from './index.ts';
import type * as messages from '../en/dataRights.ts';
import { day, name } from './fixtures.ts';

export const dataRights = {
  dataSummaryLines: [
    [{ name, consentedOn: day, withdrawnOn: day, hasProfile: true, planVersions: 3, goals: 2, steps: 5, reviews: 1, reminders: 4, adviserMessages: 2, saidToMe: 40, checkIns: 6 }],
    [{ name: null, consentedOn: null, withdrawnOn: null, hasProfile: false, planVersions: 1, goals: 1, steps: 1, reviews: 0, reminders: 1, adviserMessages: 1, saidToMe: 1, checkIns: 1 }],
  ],
} satisfies SamplesFor<typeof messages>;
