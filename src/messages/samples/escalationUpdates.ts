import type { SamplesFor } from './index.ts';
import type * as messages from '../en/escalationUpdates.ts';
import { clientWords, fullName, now, zone } from './fixtures.ts';

export const escalationUpdates = {
  escalationUpdateText: [
    [{ clientName: fullName, words: clientWords, urgent: true, number: 12, at: now, timeZone: zone }],
    [{ clientName: null, words: clientWords, urgent: false, number: 12, at: now, timeZone: zone }],
    [{ clientName: fullName, words: clientWords, urgent: false, number: null, at: now, timeZone: zone }],
  ],
  repliedAndClosedText: [
    [{ clientName: fullName, number: 3, words: clientWords, at: now, timeZone: zone }],
    [{ clientName: null, number: null, words: null, at: now, timeZone: zone }],
    [{ clientName: fullName, number: 3, words: clientWords, added: ['The review due on Friday 12 June has not happened yet.'], at: now, timeZone: zone }],
  ],
  stallFactAddedText: [
    [{ clientName: fullName, number: 5, reason: 'outreach-unanswered', added: 'The review due on Friday 12 June has not happened yet.' }],
    [{ clientName: null, number: null, reason: 'missed-review', added: 'Has not replied to the last 3 messages from the coach.' }],
  ],
  joinedIntoMoreUrgent: [[7], [null]],
  joinedIntoNote: [[7], [null]],
  windowEndedNotes: { quiet: [[12]] },
} satisfies SamplesFor<typeof messages>;
