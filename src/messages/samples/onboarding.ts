import type { SamplesFor } from './index.ts';
import type * as messages from '../en/onboarding.ts';
import { adviserName, name } from './fixtures.ts';

export const onboarding = {
  nameThanks: [[name]],
  linkedToAdviser: [[adviserName]],
} satisfies SamplesFor<typeof messages>;
