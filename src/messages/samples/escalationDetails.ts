import type { SamplesFor } from './index.ts';
import type * as messages from '../en/escalationDetails.ts';
import type { EscalationWhy } from '../../domain/escalationRules.ts';
import { clientWords, date, employer, now, step } from './fixtures.ts';

const whys: EscalationWhy[] = [
  { reason: 'item-overdue-unanswered', items: [{ text: step, dueDate: now, remindersUnanswered: 2, status: 'open' }] },
  { reason: 'item-overdue-unanswered', items: [{ text: step, dueDate: now, remindersUnanswered: 2, status: 'open' }, { text: 'Update my CV', dueDate: now, remindersUnanswered: 3, status: 'open' }] },
  { reason: 'missed-review', reviewDate: now },
  { reason: 'outreach-unanswered', unanswered: 3 },
  { reason: 'cannot-reach-client' },
  { reason: 'falling-confidence', recentScores: [8, 7, 6, 4] },
];

export const escalationDetails = {
  whyNow: whys.map((why) => [why, date] as const),
  mentionedSpecialist: [[['debt']], [['money-benefits', 'convictions']]],
  saidAgainAfterClosed: [[12], [null]],
  stillWaitingDetail: [['the adviser not call me, 2 weeks']],
  riskToSafety: [[['thoughts of suicide', 'self-harm']], [['someone they know may harm themselves']]],
  saidLaterInTheWindow: [[['abuse or violence']]],
  saidBeforeConsent: [[['wishes to be dead'], 'Monday 8 June at 10am']],
  jobLossSaid: [['they let me go today']],
  problemAtWork: [[employer, clientWords], [null, clientWords]],
  jobStartedDetail: [[employer, 'Monday 15 June'], [employer, 'already'], [null, 'not-known']],
  helpToKeepJob: [[employer, 'help with bus fares'], [null, 'help with bus fares']],
  helpWithStep: [[step, clientWords], [null, clientWords]],
  remindersUndelivered: [[4, 503], [4, null]],
} satisfies SamplesFor<typeof messages>;
