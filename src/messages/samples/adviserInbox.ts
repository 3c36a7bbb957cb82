import type { SamplesFor } from './index.ts';
import type * as messages from '../en/adviserInbox.ts';
import { adviserName, dayAndTime } from './fixtures.ts';

export const adviserInbox = {
  inboxResponse: [['acknowledged', adviserName], ['will-contact-today', adviserName]],
  inboxRaised: [[dayAndTime, true], [dayAndTime, false]],
  inboxNoteNeeded: [[3], [null]],
  inboxClosed: [['URGENT #3: Tom Reid', 'spoke to Tom, safe, GP tomorrow'], ['Soon #4: Priya Shah', null], ['URGENT #5: Lee Wong', null, true]],
} satisfies SamplesFor<typeof messages>;
