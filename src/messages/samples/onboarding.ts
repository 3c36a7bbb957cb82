import type { SamplesFor } from './index.ts';
import type * as messages from '../en/onboarding.ts';
import { adviserName, name } from './fixtures.ts';

export const onboarding = {
  nameThanks: [[name]],
  codeNotFoundIn: [['LINDA7']],
  nameBeforeConsent: [[name]],
  linkedToAdviser: [[adviserName]],
  howLongKept: [[{ closeAfterDays: 90, deleteAfterDays: 365 }], [{ closeAfterDays: 30, deleteAfterDays: 730 }]],
} satisfies SamplesFor<typeof messages>;
