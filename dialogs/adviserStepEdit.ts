// Round eleven: "remove priya 2", "change priya 1 to apply for 5 jobs" (src/domain/adviserStepEditWords.ts)
// had the whole help list. Said plainly what cannot be done here and what can; "change priya 1 to
// friday" is a new day, answered as "move priya 1 to friday" is.
import type { Adviser } from '../src/db/advisers.ts';
import { readDay } from '../src/domain/adviserActionWords.ts';
import { readStepEdit } from '../src/domain/adviserStepEditWords.ts';
import { stepTakeOffReply, stepWordsReply } from '../src/messages/en/adviserPlan.ts';
import type { CoachServices } from '../src/services.ts';
import { AdviserPlanCommands, type AdviserReply } from './adviserPlanCommands.ts';

export async function answerStepEdit(services: CoachServices, adviser: Adviser, text: string): Promise<AdviserReply | null> {
  const asked = readStepEdit(text);
  if (!asked) return null;
  if (asked.kind === 'take-off') return stepTakeOffReply;
  if (asked.kind === 'change-words') return stepWordsReply;
  // A day read in the adviser's zone only tells a day from words; "move" reads it again in the client's.
  const day = readDay(asked.day, { now: services.clock.now(), timeZone: services.config.ADVISER_HOURS_TIME_ZONE });
  if (day.kind === 'unread') return stepWordsReply;
  return new AdviserPlanCommands(services).answer(adviser, 'move', asked.move.slice('move '.length));
}
