import type { SamplesFor } from './index.ts';
import type * as messages from '../en/adviserInbox.ts';
import { adviserName, dayAndTime } from './fixtures.ts';

export const adviserInbox = {
  inboxResponse: [['acknowledged', adviserName], ['will-contact-today', adviserName]],
  inboxRaised: [[dayAndTime, true], [dayAndTime, false]],
} satisfies SamplesFor<typeof messages>;
