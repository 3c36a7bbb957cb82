// "i started a part time job at tesco 16 hours a week" at a review's question: the job comes first,
// through in-work support (inWorkDialog.ts), and the review can be done another day. The same reader
// of job news as the menu's (src/domain/jobNews.ts), here at every question a review asks.
import type { DialogContext } from 'botbuilder-dialogs';
import { readStartedWork } from '../src/domain/jobNews.ts';
import { REMINDER_PAUSE } from './reminderPauseOffer.ts';
import { REMINDER_REPLY } from './reminderReplyDialog.ts';

/** The words for in-work support when a review question hears news of a job; null when it is none. */
export function jobNewsInReview(innerDc: DialogContext, text: string): string | null {
  if (!text || innerDc.stack.some((instance) => instance.id === REMINDER_REPLY || instance.id === REMINDER_PAUSE)) return null;
  return readStartedWork(text) ? text : null;
}
