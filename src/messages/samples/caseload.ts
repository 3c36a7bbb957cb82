import type { SamplesFor } from './index.ts';
import type * as messages from '../en/caseload.ts';
import type { CaseloadLineFacts } from '../en/caseload.ts';
import { employer, fullName, now, zone } from './fixtures.ts';

const joined = new Date('2026-04-20T09:00:00Z');
const searching: CaseloadLineFacts = {
  number: 1,
  client: { displayName: fullName, remindersPausedAt: null, consentedAt: joined, createdAt: joined },
  overdueItems: 2,
  nextReviewAt: new Date('2026-06-11T23:00:00Z'),
  openEscalations: 1,
  mostUrgent: { urgency: 'soon', reason: 'client-asked' },
  jobSearch: { applications: 3, interviews: 1, contacts: 1, firstContactAt: new Date('2026-04-25T09:00:00Z') },
  job: null,
};
const quiet: CaseloadLineFacts = {
  number: 2,
  client: { displayName: null, remindersPausedAt: now, consentedAt: null, createdAt: joined },
  overdueItems: 0,
  nextReviewAt: null,
  openEscalations: 3,
  mostUrgent: { urgency: 'urgent', reason: 'crisis' },
  channelName: 'Sam Jones',
  adviserLate: [{ text: 'Ring the college', dueAt: new Date('2026-05-31T23:00:00Z') }],
  jobSearch: { applications: 0, interviews: 0, contacts: 0, firstContactAt: null },
  job: null,
};
const missedReview: CaseloadLineFacts = {
  ...searching,
  number: 4,
  client: { ...searching.client, displayName: 'Sam' },
  channelName: 'Sam Okafor',
  nextReviewAt: new Date('2026-05-20T23:00:00Z'),
  adviserLate: [
    { text: 'Ring the college', dueAt: new Date('2026-05-31T23:00:00Z') },
    { text: 'Better-off check', dueAt: new Date('2026-06-01T23:00:00Z') },
  ],
};
const sameName: CaseloadLineFacts = { ...missedReview, number: 5, channelName: 'Sam Jones', mostUrgent: null, openEscalations: 0 };
const away: CaseloadLineFacts = { ...searching, number: 6, client: { ...searching.client, remindersPausedAt: now, timeZone: zone }, remindersResumeAt: new Date('2026-06-22T23:00:00Z') };
const working: CaseloadLineFacts = { ...searching, number: 3, job: { employer, startsOn: new Date('2026-05-31T23:00:00Z') } };

export const caseload = {
  caseloadJobSearch: [[searching, now, zone], [quiet, now, zone], [working, now, zone]],
  caseloadLine: [[searching, now, zone], [quiet, now, zone], [working, now, zone], [missedReview, now, zone, true], [away, now, zone]],
  caseloadReply: [[[searching, quiet, working], 20, now, zone], [[], 20, now, zone], [[missedReview, sameName], 20, now, zone]],
  nameOf: [[searching, false], [quiet, false], [missedReview, true]],
} satisfies SamplesFor<typeof messages>;
