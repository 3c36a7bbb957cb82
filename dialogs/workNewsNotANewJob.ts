// News of work that is not a new job, heard the same way at the menu and in a review (round
// twenty-eight): cash-in-hand work without judgement, being kept on as glad news, and kept on with
// something wrong beside it without "great news".
import { keptOnWithADownside, tellsOfBeingKeptOn } from '../src/domain/jobNewsGoodNews.ts';
import { tellsOfCashWork } from '../src/domain/jobNewsCashWork.ts';
import { cashWorkHeard, keptOnHeard, keptOnMixedHeard } from '../src/messages/en/jobNewsHeard.ts';

/** The reply to news of work that is no new job, or null when the words tell none. */
export function replyToWorkThatIsNoNewJob(text: string): string | null {
  if (tellsOfCashWork(text)) return cashWorkHeard;
  if (keptOnWithADownside(text)) return keptOnMixedHeard;
  return tellsOfBeingKeptOn(text) ? keptOnHeard : null;
}
