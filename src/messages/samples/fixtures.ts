// Sample arguments shared by the message samples: a client, a step, the crisis contacts, a date
// written the one way the coach writes dates, and facts for the adviser's lines.
import { DEFAULT_CRISIS_CONTACTS } from '../../domain/settingsLists.ts';
import type { HandoverNews } from '../../domain/handoverNews.ts';
import type { OpeningTime } from '../../domain/officeHours.ts';
import { buildEscalationSummary, type EscalationSummary } from '../../domain/escalationSummary.ts';

export const contacts = DEFAULT_CRISIS_CONTACTS;
export const name = 'Sam';
export const fullName = 'Sam Jones';
export const adviserName = 'Priya Shah';
export const step = 'Ring the college about the course';
export const goal = 'Get a job in a shop';
export const employer = 'Greggs';
export const day = 'Friday 12 June';
export const dayAndTime = 'Monday 8 June at 10am';
export const clientWords = 'I do not get the form';
export const now = new Date('2026-06-08T09:00:00Z');
export const zone = 'Europe/London';
export const date = (at: Date): string => (at.getTime() === now.getTime() ? dayAndTime : day);

export const mondayMorning: OpeningTime = { dayOffset: 3, weekday: 1, minutes: 9 * 60 };
export const tomorrowMorning: OpeningTime = { dayOffset: 1, weekday: 2, minutes: 9 * 60 + 30 };
export const laterToday: OpeningTime = { dayOffset: 0, weekday: 1, minutes: 13 * 60 };
export const inHours = { told: true, inHours: true } as const;
export const outOfHours = { told: true, inHours: false, opening: mondayMorning, opensAt: new Date('2026-06-15T08:00:00Z') } as const;
export const allNews: HandoverNews[] = [inHours, outOfHours, { told: false }, { told: false, notReached: true }];
export const reaches = [['told'], ['not-reached'], ['no-details']] as const;

const summaryInput = {
  clientDisplayName: fullName,
  number: 12,
  reach: { channel: 'msteams', channelName: fullName, chatLink: 'https://teams.microsoft.com/l/chat/0/0?users=aad-1' },
  coachActions: { contactsShownAt: now, remindersPausedAt: now },
  raisedAt: now,
  decision: { reason: 'crisis', urgency: 'urgent', detail: 'Their last message says they may not be safe.', contactBy: now },
  goals: [goal],
  actionItems: [{ text: step, dueDate: new Date('2026-06-01T00:00:00Z'), done: false }],
  lastReviewDate: new Date('2026-05-20T00:00:00Z'),
  recentMessages: [
    { text: 'the bus was late again', sentAt: new Date('2026-06-07T10:00:00Z') },
    { text: clientWords, sentAt: now, riskLevel: 'crisis' },
  ],
  barriers: ['transport', 'debt'],
  locusOfControl: 'external',
  supportMarker: 'amber',
  lastContactAt: now,
  job: { employer, startsOn: new Date('2026-04-01T00:00:00Z'), endedAt: new Date('2026-05-29T00:00:00Z'), endNote: 'they cut my hours' },
  now,
  timeZone: zone,
} as const satisfies Parameters<typeof buildEscalationSummary>[0];

/** A full summary, and one with little in it: no name, web chat, nothing recorded. */
export const summaries: EscalationSummary[] = [
  buildEscalationSummary(summaryInput),
  buildEscalationSummary({
    ...summaryInput,
    clientDisplayName: '',
    reach: { channel: 'webchat', channelName: null, chatLink: null },
    coachActions: undefined,
    decision: { reason: 'missed-review', urgency: 'routine', detail: 'A review was missed.', contactBy: null },
    goals: [],
    actionItems: [],
    lastReviewDate: null,
    recentMessages: [],
    barriers: [],
    locusOfControl: null,
    supportMarker: null,
    lastContactAt: null,
    job: null,
  }),
  // A crisis on a Saturday night, with the adviser's own action late beside the client's step.
  buildEscalationSummary({
    ...summaryInput,
    raisedOutOfHours: true,
    actionItems: [...summaryInput.actionItems, { text: 'Ring the warehouse recruiter', dueDate: new Date('2026-06-02T00:00:00Z'), done: false, owner: 'adviser' }],
  }),
];
