// News of work said where a day or a change for a step is asked: "i got a job!!", "at the hilton,
// start on the 29th", "they let me go". It is never read as a new day for the step (play-testing:
// "start on the 29th" had moved the step to Monday 29 June); the questions waiting end and the
// in-work conversation the menu uses begins, with the words that brought the news.
import type { DialogContext, DialogTurnResult } from 'botbuilder-dialogs';
import { jobNewsAtADay } from '../src/domain/jobNews.ts';
import { detectJobLoss } from '../src/domain/escalationRules.ts';
import { DialogIds } from './dialogIds.ts';
import type { InWorkOptions } from './inWorkDialog.ts';
import type { HeardFirst } from './heardFirst.ts';

/** The in-work conversation the words start, or null when they are no news of work. */
export function jobNewsInWords(text: string): InWorkOptions | null {
  if (detectJobLoss(text)) return { mode: 'job-lost', text };
  // From the news on: "sorry cant do friday, i got the job at greggs, start monday" keeps its start day;
  // "i got it!! the costa job" is read with the rest of the message. "ill start next week" is a day
  // for the step, never news (jobNewsAtADay).
  const fromTheNews = jobNewsAtADay(text);
  return fromTheNews ? { mode: 'started', text: fromTheNews } : null;
}

/**
 * A prompt's first hearing (ListeningPrompt's `heardFirst`) at a later-day question: news of work
 * ends the questions waiting and begins in-work support. Null: the reply is read as a day.
 */
export const jobNewsHeardFirst: HeardFirst = async (dc) => {
  const { activity } = dc.context;
  const news = activity.type === 'message' ? jobNewsInWords(activity.text ?? '') : null;
  if (!news) return null;
  await dc.cancelAllDialogs();
  return dc.beginDialog(DialogIds.inWork, news);
};

/**
 * Where one of `questions` waits inside a change and the words bring news of work: the change is
 * dropped and in-work support begins. Null: carry on as before. A question that hears news of work
 * itself (the day question, laterDayPrompt.ts) is left to hear it, so the words are read once.
 */
export async function jobNewsMidChange(inner: DialogContext, questions: ReadonlySet<string>): Promise<DialogTurnResult | null> {
  if (!inner.activeDialog || !questions.has(inner.activeDialog.id) || hearsJobNewsItself(inner)) return null;
  return jobNewsHeardFirst(inner);
}

function hearsJobNewsItself(inner: DialogContext): boolean {
  const waiting = inner.findDialog(inner.activeDialog!.id) as { heardFirst?: HeardFirst } | undefined;
  return waiting?.heardFirst === jobNewsHeardFirst;
}
