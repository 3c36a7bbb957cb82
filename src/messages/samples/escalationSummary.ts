import type { SamplesFor } from './index.ts';
import type * as messages from '../en/escalationSummary.ts';
import { date, fullName, inHours, now, outOfHours, summaries } from './fixtures.ts';

const each = summaries.map((summary) => [summary] as const);

export const escalationSummary = {
  channelNameOnly: [[fullName]],
  clientNameOf: each,
  reachLines: each,
  coachDidLine: [
    [{ kind: 'showed-numbers', at: now }, date],
    [{ kind: 'paused-reminders', at: now }, date],
    [{ kind: 'paused-reminders', at: now }, date, 'Sam'],
    [{ kind: 'told-client' }, date],
    [{ kind: 'told-client' }, date, 'Sam', { news: outOfHours, abuse: false }],
  ],
  toldClientLine: [
    [null, date],
    [{ news: inHours, abuse: false }, date],
    [{ news: inHours, abuse: true }, date],
    [{ news: outOfHours, abuse: false }, date],
    [{ news: outOfHours, abuse: true }, date],
    [{ news: { told: false, notReached: true }, abuse: false }, date],
    [{ news: { told: false }, abuse: false }, date],
  ],
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
    [{ reason: 'crisis', safetyKinds: ['self'], phoneWish: 'no-calls' }],
    [{ reason: 'crisis', safetyKinds: ['self'], raisedOutOfHours: true, phoneWish: 'no-calls' }],
  ],
  renderSummaryText: [...each, [{ ...summaries[0]!, reason: 'crisis', coachDid: [{ kind: 'told-client' }], clientTold: { news: outOfHours, abuse: true }, phoneWish: 'call-me' }]],
} satisfies SamplesFor<typeof messages>;
