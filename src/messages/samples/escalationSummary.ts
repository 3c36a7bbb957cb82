import type { SamplesFor } from './index.ts';
import type * as messages from '../en/escalationSummary.ts';
import { date, fullName, now, summaries } from './fixtures.ts';

const each = summaries.map((summary) => [summary] as const);

export const escalationSummary = {
  channelNameOnly: [[fullName]],
  clientNameOf: each,
  reachLines: each,
  coachDidLine: [[{ kind: 'showed-numbers', at: now }, date], [{ kind: 'paused-reminders', at: now }, date], [{ kind: 'paused-reminders', at: now }, date, 'Sam'], [{ kind: 'told-client' }, date]],
  barrierList: [[['transport', 'debt']], [[]], [['health', 'debt'], { health: 'bad knees' }]],
  markerWords: [['red'], ['unknown']],
  contactByWords: [[now, now, date], [null, now, date], [new Date('2026-06-12T00:00:00Z'), now, date]],
  jobWords: [
    [{ employer: 'Greggs', startsOn: now, endedAt: null, endNote: null }, date],
    [{ employer: null, startsOn: now, endedAt: now, endNote: 'they cut my hours' }, date],
  ],
  summaryHeadline: each,
  nextStepFor: [
    ...each,
    [{ reason: 'crisis', safetyKinds: ['abuse'] }],
    [{ reason: 'crisis', safetyKinds: ['self', 'abuse'] }],
    [{ reason: 'crisis', safetyKinds: ['abuse'], raisedOutOfHours: true }],
  ],
  renderSummaryText: each,
} satisfies SamplesFor<typeof messages>;
