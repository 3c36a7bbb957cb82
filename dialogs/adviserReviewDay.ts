// "push sam's review to next week", "move sams review to monday", "when is sams review": the
// adviser moves a client's next review to another day, or asks when it is (round seven: each got
// the help list, or the format for moving an action). Words read in src/domain/adviserReviewWords.ts;
// the move is one use case (src/usecases/adviserReviewDay.ts), and the client is told. Round eight:
// "cancel sam's review" asks first, with the command to confirm it as a button; then the use case.
// Round nine: "cancel priya and lees reviews" (dialogs/adviserReviewsCancel.ts).
import { ActionTypes, type Activity } from 'botbuilder';
import type { Adviser } from '../src/db/advisers.ts';
import { PlanRepository } from '../src/db/plans.ts';
import { readDay } from '../src/domain/adviserActionWords.ts';
import { readReviewAsk, reviewDayFor, type ReviewAsk } from '../src/domain/adviserReviewWords.ts';
import { calendarDayIn, formatDueDate } from '../src/domain/dates.ts';
import { compareDays } from '../src/domain/dateCalendar.ts';
import { referenceFor } from '../src/escalation/caseloadNames.ts';
import { namesForNameless } from '../src/escalation/clientNames.ts';
import { severalClientsReply } from '../src/messages/en/adviser.ts';
import * as say from '../src/messages/en/adviserPlan.ts';
import { clientNotFoundReply } from '../src/messages/en/adviserQuestions.ts';
import { escapeMarkdown } from '../src/messages/escapeText.ts';
import type { CoachServices } from '../src/services.ts';
import { clientForAdviser } from '../src/usecases/adviserPlan.ts';
import { cancelReview, moveReviewDay, plannedReview } from '../src/usecases/adviserReviewDay.ts';
import { planDeps } from '../src/usecases/wiring.ts';
import { cancelSeveralReviews, firstPick } from './adviserReviewsCancel.ts';
import { clientChoiceButtons, withButtons } from './adviserButtons.ts';

/** The answer to words about a client's review, or null when they are about something else. */
export async function answerReviewDay(services: CoachServices, adviser: Adviser, text: string): Promise<string | Partial<Activity> | null> {
  const ask = readReviewAsk(text);
  if (!ask) return null;
  if (ask.kind === 'cancel-reviews') return cancelSeveralReviews(services, adviser, ask);
  const [typed, pick] = await firstPick(services, adviser, ask.client);
  // Said back whole in the examples, which escape it.
  // Round eleven: "when is toms review" with two Toms gave "move 1 review to Friday" to copy; a question is asked back as one.
  const rest = ask.kind === 'move-review' ? ` review to ${ask.typed}` : ' review';
  const command = ask.kind === 'cancel-review' ? 'cancel' : ask.kind === 'move-review' ? 'move' : 'when is';
  if (pick.kind === 'several') return withButtons(severalClientsReply(typed, command, pick.matches, 'command', rest), clientChoiceButtons(command, pick.matches, rest));
  const client = pick.kind === 'one' ? await clientForAdviser(planDeps(services), adviser, pick.client.id) : null;
  if (!client) return clientNotFoundReply(ask.client[0]!, pick.kind === 'none' ? pick.near : [], command, rest);
  const name = escapeMarkdown(client.displayName?.trim() || (await namesForNameless(services.db, [client])).get(client.id) || typed);
  // The example to copy names this client alone ("Sam Okafor" when two are called Sam).
  const reference = (await referenceFor(services.db, adviser.id, client)) ?? typed;
  if (ask.kind === 'cancel-review') return cancelled(services, adviser, client, ask.confirmed, name, escapeMarkdown(reference));
  return ask.kind === 'move-review' ? moved(services, adviser, client, ask, name, reference) : when(services, client, name, reference);
}

type Client = NonNullable<Awaited<ReturnType<typeof clientForAdviser>>>;

async function moved(services: CoachServices, adviser: Adviser, client: Client, ask: Extract<ReviewAsk, { kind: 'move-review' }>, name: string, typed: string): Promise<string> {
  const { when } = ask;
  let day = null;
  if (when.kind === 'day') {
    const read = readDay(when.text, { now: services.clock.now(), timeZone: client.timeZone });
    if (read.kind === 'past') return say.dayGoneForMove;
    if (read.kind === 'unread') return say.reviewDayNotRead(escapeMarkdown(typed));
    day = calendarDayIn(read.dueAt, client.timeZone);
  }
  const outcome = await moveReviewDay(planDeps(services), adviser, client, (current, today) => day ?? reviewDayFor(when as Exclude<typeof when, { kind: 'day' }>, current, today));
  if (outcome.kind === 'no-plan') return say.reviewNoPlan(name);
  if (outcome.kind === 'past') return say.dayGoneForMove;
  if (outcome.kind === 'same-day') return say.reviewSameDay(name, outcome.day);
  return say.reviewMovedReply(name, outcome.to, outcome.from);
}

/** Asked first, with the command that does it on a button; called off only once "confirm" comes. */
async function cancelled(services: CoachServices, adviser: Adviser, client: Client, confirmed: boolean, name: string, reference: string): Promise<string | Partial<Activity>> {
  const deps = planDeps(services);
  if (!confirmed) {
    const review = await plannedReview(deps, client);
    if (review.kind === 'no-plan') return say.reviewNoPlanToCancel(name);
    if (review.kind === 'none') return say.reviewNoneToCancel(name, reference);
    const confirm = `cancel ${reference} review confirm`;
    return {
      type: 'message',
      text: say.reviewCancelAsk(name, review.day, review.missed, confirm),
      suggestedActions: { to: [], actions: [{ type: ActionTypes.ImBack, title: say.reviewCancelButton, value: confirm }] },
    };
  }
  const outcome = await cancelReview(deps, adviser, client);
  if (outcome.kind === 'no-plan') return say.reviewNoPlanToCancel(name);
  if (outcome.kind === 'none') return say.reviewNoneToCancel(name, reference);
  return say.reviewCancelledReply(name, outcome.day, reference);
}

async function when(services: CoachServices, client: Client, name: string, typed: string): Promise<string> {
  const now = services.clock.now();
  const plan = await new PlanRepository(services.db, services.clock).currentPlan(client.id);
  const day = plan?.nextReviewAt ?? null;
  if (!day) return say.reviewWhenReply(name, escapeMarkdown(typed), null, 'ahead', Boolean(plan));
  const order = compareDays(calendarDayIn(day, client.timeZone), calendarDayIn(now, client.timeZone));
  return say.reviewWhenReply(name, escapeMarkdown(typed), formatDueDate(day, client.timeZone, { now }), order < 0 ? 'missed' : order === 0 ? 'today' : 'ahead');
}
