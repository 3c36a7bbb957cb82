import type { SamplesFor } from './index.ts';
import type * as messages from '../en/adviserMessages.ts';
import { adviserName, name } from './fixtures.ts';

export const adviserMessages = {
  messageFromAdviser: [[adviserName, 'Can you come in on Tuesday at 10?']],
  messageSentReply: [[name]],
  messageNotSentReply: [[name, 'no-chat'], [name, 'failed']],
  messagedNote: [[adviserName]],
  replyPassedOn: [[adviserName]],
  clientReplied: [[name, 'Yes, Tuesday at 10 is fine.']],
} satisfies SamplesFor<typeof messages>;
