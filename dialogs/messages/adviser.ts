// What the client is told after asking for their adviser, and what advisers see from the bot.
// Client lines are plain English; adviser lines are short and factual.
import type { CrisisContact } from '../../src/escalation/settingsLists.ts';
import { contactLines, type HandoverNews } from './crisis.ts';

export function adviserAskedReply(news: Exclude<HandoverNews, { told: false }>, contacts: readonly CrisisContact[]): string {
  const lines = ['I have asked your adviser to get in touch with you.', 'A person will read it, not a computer.'];
  if (news.inHours) {
    lines.push('They will try to reach you within 2 working days.');
  } else {
    lines.push('Nobody is at work right now.', `They will see it ${news.opening}.`);
  }
  return [lines.join(' '), 'If you feel unsafe, please call:', ...contactLines(contacts)].join('\n');
}

export const adviserWithoutConsentReply = [
  'I can only pass a message on if you let me keep your details.',
  'You can still contact your adviser in the usual way, by phone or in person.',
].join(' ');

// ---- For advisers ----------------------------------------------------------------------------

export const adviserHelp = [
  'Adviser commands:',
  '- caseload: your clients, overdue actions and next reviews',
  '- escalations: open escalations for your clients',
  '- plan <client>: a client\'s plan (number from caseload, or name)',
  '- ack <number>: acknowledge an escalation',
  '- resolve <number>: close an escalation',
  '- done <client> <action number>: mark your own action done',
  '- cadence <client> <7|14|28>: set review cadence in days',
  '- style <client> <warm|self-directed|reset>: set coaching style',
  '- resume <client>: restart reminders paused after a crisis',
].join('\n');

export const notAnAdviserReply = 'Sorry, that is just for advisers.';
export const notAdminReply = 'Sorry, only an admin can register advisers.';
export const unknownClientReply = 'I could not find that client in your caseload. Type "caseload" to see the numbers.';
