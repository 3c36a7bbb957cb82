// A day typed at the menu just after the client moved their own review ("fri", "sorry i meant friday"):
// heard as the day wanted instead, and the move made again (play-testing, December: "Sorry, I didn't
// catch that" at the menu, the correction lost). Only within a few minutes of a move the client made.
import type { TurnContext } from 'botbuilder';
import { currentClient } from '../src/bot/clientContext.ts';
import { PlanRepository } from '../src/db/plans.ts';
import { parseDueDate } from '../src/domain/dates.ts';
import { dayCorrectionWords, wantedDayWords } from '../src/domain/reviewMoveDay.ts';
import type { CoachServices } from '../src/services.ts';
import type { NewsConversation } from './menuNews.ts';
import { REVIEW_MOVE, type ReviewMoveOptions } from './reviewMoveDialog.ts';

/** How long after a move a bare day is still heard as changing it. */
const JUST_AFTER_MS = 15 * 60_000;

/** The move to begin again for a day typed just after one, or null. */
export async function reviewDayCorrected(context: TurnContext, services: CoachServices, text: string): Promise<NewsConversation | null> {
  const client = currentClient(context);
  const words = dayCorrectionWords(text);
  if (!client?.consentedAt || !words) return null;
  const now = services.clock.now();
  const wanted = wantedDayWords(words);
  if (!wanted || !parseDueDate(wanted, { now, timeZone: client.timeZone })) return null;
  if (!(await reviewJustMovedByClient(services, client.id, now))) return null;
  return { dialog: REVIEW_MOVE, options: { text: `move my review to ${words}` } satisfies ReviewMoveOptions };
}

async function reviewJustMovedByClient(services: CoachServices, clientId: string, now: Date): Promise<boolean> {
  const plans = new PlanRepository(services.db, services.clock);
  const latest = await plans.currentPlan(clientId);
  if (!latest || latest.createdBy !== 'client' || now.getTime() - latest.createdAt.getTime() > JUST_AFTER_MS) return false;
  const before = (await plans.planVersions(clientId)).filter((plan) => plan.version < latest.version).at(-1);
  return Boolean(before && before.nextReviewAt?.getTime() !== latest.nextReviewAt?.getTime());
}
