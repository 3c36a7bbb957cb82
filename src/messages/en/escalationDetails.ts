// "Why now" on an escalation: plain, factual words for the adviser, kept with the escalation.
// Each states a fact in neutral words; none judges the client. The rules in
// src/domain/escalationRules.ts say what they found; these words say it.
import type { EscalationWhy } from '../../domain/escalationRules.ts';
import { SOMEONE_ELSE_REASON } from '../../domain/safetyKind.ts';
import type { WhyNowKey } from '../../domain/escalationTriggers.ts';
import { OVERDUE_DAYS } from '../../domain/escalationRules.ts';
import type { BarrierId } from '../../domain/barriers.ts';
import { barrierNames } from './barriers.ts';

/** The "why now" line when whoever raised it gave no facts of their own (one per trigger kind). */
export const WHY_NOW = {
  clientAsked: 'Asked to talk to their adviser.',
  reminderHelp: 'Asked for help with one of their steps.',
  inWorkProblem: 'In work: said at a check-in that there are some problems.',
  crisis: 'Their last message says they may not be safe.',
  concern: 'Said they are struggling and asked for their adviser to get in touch.',
  jobLoss: 'Said they have lost their job.',
  jobStarted: 'Told us they have started work.',
  specialistQuestion: 'Asked a question that needs expert advice.',
  specialistMentioned: 'Said something that may need expert advice.',
  actionsOverdue: 'Steps are well past their day, and reminders got no reply.',
  missedReview: 'A review was missed.',
  outreachUnanswered: 'Messages from the coach have had no reply.',
  fallingConfidence: 'How sure they feel keeps going down.',
  cannotReach: 'Messages from the coach cannot reach them.',
} as const satisfies Record<WhyNowKey, string>;

/** What the time-based rules found, in the adviser's words. `date` writes a day the way the adviser reads it. */
export function whyNow(why: EscalationWhy, date: (at: Date) => string): string {
  switch (why.reason) {
    case 'item-overdue-unanswered': {
      const items = why.items.map((item) => `"${item.text}" was due ${date(item.dueDate)}, and ${item.remindersUnanswered} reminders got no reply.`);
      const howMany = why.items.length === 1 ? '1 step is' : `${why.items.length} steps are`;
      return [`${howMany} ${OVERDUE_DAYS} or more days late.`, ...items].join(' ');
    }
    case 'missed-review':
      return `The review due on ${date(why.reviewDate)} has not happened yet.`;
    case 'outreach-unanswered':
      return `Has not replied to the last ${why.unanswered} messages from the coach.`;
    case 'cannot-reach-client':
      return 'Messages from the coach do not reach them.';
    case 'falling-confidence':
      return `Confidence is falling. Recent scores out of 10, oldest first: ${why.recentScores.join(', ')}.`;
  }
}

// ---- Raised straight from a conversation or the scheduler ---------------------------------------

export const mentionedSpecialist = (barriers: readonly BarrierId[]): string =>
  `Said something that may need expert advice: ${barriers.map((id) => barrierNames[id].toLowerCase()).join(', ')}.`;
export const riskToSafety = (signals: readonly string[]): string =>
  signals.length === 1 && signals[0] === SOMEONE_ELSE_REASON
    ? 'They told us someone they know may harm themselves. They may need support as a carer or a witness.'
    : `Their message says they may not be safe: ${signals.join(', ')}.`;
/** A new kind of risk said later in the safety window, added to the headline. */
export const saidLaterInTheWindow = (signals: readonly string[]): string => `Later in the chat they said: ${signals.join(', ')}.`;
/** A worrying message in a safety window after its escalation was closed. */
export const saidAgainAfterClosed = (closedNumber: number | null): string =>
  `They are still in the safety window and said more that worried us, after ${closedNumber === null ? 'the last escalation' : `escalation ${closedNumber}`} was closed. Check they are safe.`;
/** Said before consent: only the kinds were kept, so that is all the adviser can be told. */
export const saidBeforeConsent = (signals: readonly string[], when: string): string =>
  `Before they agreed to us keeping their details (${when}), their message said they may not be safe: ${signals.join(', ')}. The coach showed them the crisis numbers then. Their words were not kept.`;
export const jobLossSaid = (said: string): string => `Said: "${said}"`;
export const problemAtWork = (employer: string | null, said: string): string =>
  `In work${employer ? ` at ${employer}` : ''}: said at a check-in that there are some problems. They said: "${said}"`;
export const helpWithStep = (step: string | null, said: string): string => `Asked for help with their step "${step ?? 'a step'}". They said: "${said}"`;
export const remindersUndelivered = (tries: number, status: number | null): string =>
  `Reminders did not get through after ${tries} tries (${status ?? 'network down'}).`;
export const chatRemoved = 'The bot can no longer message the client in their chat. They may have removed it.';
export const noChat = 'There is no chat the bot can use to reach the client.';
/** The client says their adviser has not been in touch: the request again, in their words. */
export const stillWaitingDetail = (said: string): string => `Says they have not heard from you: "${said}"`;
/** News of a job for the adviser: where, and the start day ("already" started, or "not-known" yet). */
export function jobStartedDetail(employer: string | null, start: string): string {
  const where = `Told us they have a job${employer ? ` at ${employer}` : ''}.`;
  const when = start === 'already' ? 'They have started already.' : start === 'not-known' ? 'They do not know their start day yet.' : `Their start day is ${start}.`;
  return `${where} ${when}`;
}
/** Asked at a review, in work, for help to keep the job. */
export const helpToKeepJob = (employer: string | null, said: string): string =>
  `In work${employer ? ` at ${employer}` : ''}: asked at a review for help to keep the job. They said: "${said}"`;
