// What is said back when a client steps away mid-question ("sorry kids", "brb") or comes back to it
// ("back now what was the question"). Nothing they said is kept; the question is asked again after.
import { asksToWait, comesBackToTheQuestion } from '../src/domain/waitWords.ts';
import { backToTheQuestion, waitHeard } from '../src/messages/en/onboarding.ts';

/** The reply to a wait or a return, or null when the words are neither. */
export function stepAwayReply(text: string): string | null {
  if (asksToWait(text)) return waitHeard;
  return comesBackToTheQuestion(text) ? backToTheQuestion : null;
}
