import type { SamplesFor } from './index.ts';
import type * as messages from '../en/adviserMessages.ts';
import { adviserName, name } from './fixtures.ts';

export const adviserMessages = {
  messageFromAdviser: [[adviserName, 'Can you come in on Tuesday at 10?']],
  messageSentReply: [[name]],
  messageNotSentReply: [[name, 'no-chat'], [name, 'failed']],
  messagedNote: [[adviserName]],
  replyPassedOn: [[adviserName]],
  clientReplied: [[name, 'Yes, Tuesday at 10 is fine.'], ['Sam', 'Yes, Tuesday at 10 is fine.', 'Sam Okafor']],
  replyToWhom: [['thanks', { name, typeAs: name, when: 'Monday 15 June at 9:05am' }], ['thanks', null]],
  replyToButton: [[name]],
} satisfies SamplesFor<typeof messages>;
