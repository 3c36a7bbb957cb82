// "Why now" on an escalation: plain, factual words for the adviser, kept with the escalation.
// Each states a fact in neutral words; none judges the client. The rules in
// src/domain/escalationRules.ts say what they found; these words say it.
import type { EscalationReason, EscalationWhy } from '../../domain/escalationRules.ts';
import { OVERDUE_DAYS } from '../../domain/escalationRules.ts';
import type { BarrierId } from '../../domain/barriers.ts';
import { barrierNames } from './barriers.ts';

/** When whoever raised it gave no words of their own. */
export const defaultDetail: Record<EscalationReason, string> = {
  crisis: 'Their last message says they may not be safe.',
  concern: 'Their last message says they are finding things hard.',
  'client-asked': 'Asked to speak to their adviser.',
  'item-overdue-unanswered': 'Steps are well past their day, and reminders got no reply.',
  'missed-review': 'A review was missed.',
  'outreach-unanswered': 'Messages from the coach have had no reply.',
  'job-loss': 'Said they have lost their job.',
  'specialist-barrier': 'Said something that needs expert advice.',
  'falling-confidence': 'How sure they feel keeps going down.',
  'cannot-reach-client': 'Messages from the coach cannot reach them.',
};

function withSignals(sentence: string, signals: readonly string[]): string {
  return signals.length > 0 ? `${sentence}: ${signals.join(', ')}.` : `${sentence}.`;
}

/** What the rules found, in the adviser's words. `date` writes a day the way the adviser reads it. */
export function whyNow(why: EscalationWhy, date: (at: Date) => string): string {
  switch (why.reason) {
    case 'crisis':
      return withSignals('Their last message says they may not be safe', why.signals);
    case 'concern':
      return withSignals('Their last message says they are finding things hard', why.signals);
    case 'client-asked':
      return defaultDetail['client-asked'];
    case 'job-loss':
      return `Said on ${date(why.saidAt)} that they have lost their job.`;
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
    case 'specialist-barrier':
      return `Said something that needs expert advice: ${why.barriers.map((id) => barrierNames[id].toLowerCase()).join(', ')}.`;
    case 'falling-confidence':
      return `Confidence is falling. Recent scores out of 10, oldest first: ${why.recentScores.join(', ')}.`;
  }
}

// ---- Raised straight from a conversation or the scheduler ---------------------------------------

export const askedToTalk = 'Asked to talk to their adviser.';
export const struggledAndAsked = 'Said they are struggling and asked for their adviser to get in touch.';
export const mentionedSpecialist = (barriers: readonly BarrierId[]): string =>
  `Said something that may need expert advice: ${barriers.map((id) => barrierNames[id].toLowerCase()).join(', ')}.`;
export const riskToSafety = (signals: readonly string[]): string => `Their message says they may not be safe: ${signals.join(', ')}.`;
export const jobLossSaid = (said: string): string => `Said: "${said}"`;
export const problemAtWork = (employer: string | null, said: string): string =>
  `In work${employer ? ` at ${employer}` : ''}: said at a check-in that there are some problems. They said: "${said}"`;
export const helpWithStep = (step: string | null, said: string): string => `Asked for help with their step "${step ?? 'a step'}". They said: "${said}"`;
export const remindersUnanswered = (count: number): string => `${count} reminders in a row have had no answer from the client.`;
export const remindersUndelivered = (tries: number, status: number | null): string =>
  `Reminders did not get through after ${tries} tries (${status ?? 'network down'}).`;
export const chatRemoved = 'The bot can no longer message the client in their chat. They may have removed it.';
export const noChat = 'There is no chat the bot can use to reach the client.';
