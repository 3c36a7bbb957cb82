// News of work said while a step is being changed: "i got a job!!", "at the hilton, start on the
// 29th", "they let me go". It is never read as a new day for the step (play-testing: "start on the
// 29th" had moved the step to Monday 29 June); the change ends and the in-work conversation the
// menu uses begins, with the words that brought the news.
import type { DialogContext, DialogTurnResult } from 'botbuilder-dialogs';
import { readStartedWorkAtADay } from '../src/domain/jobNews.ts';
import { detectJobLoss } from '../src/domain/escalationRules.ts';
import { DialogIds } from './dialogIds.ts';
import type { InWorkOptions } from './inWorkDialog.ts';

/** The in-work conversation the words start, or null when they are no news of work. */
export function jobNewsInWords(text: string): InWorkOptions | null {
  if (detectJobLoss(text)) return { mode: 'job-lost', text };
  // From the news on: "sorry cant do friday, i got the job at greggs, start monday" keeps its start day.
  // "ill start next week" is a day for the step, never news (readStartedWorkAtADay).
  const clause = text.split(/[.!?;]+/).find((part) => readStartedWorkAtADay(part));
  return clause ? { mode: 'started', text: text.slice(text.indexOf(clause)).trim() } : null;
}

/**
 * Where one of `questions` waits inside a change and the words bring news of work: the change is
 * dropped and in-work support begins. Null: carry on as before.
 */
export async function jobNewsMidChange(inner: DialogContext, questions: ReadonlySet<string>): Promise<DialogTurnResult | null> {
  const { activity } = inner.context;
  if (activity.type !== 'message' || !inner.activeDialog || !questions.has(inner.activeDialog.id)) return null;
  const news = jobNewsInWords(activity.text ?? '');
  if (!news) return null;
  await inner.cancelAllDialogs();
  return inner.beginDialog(DialogIds.inWork, news);
}
