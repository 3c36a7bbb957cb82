// Round nine: "cancel priya and lees reviews", "scrap the reviews for priya, lee and jo": two or more
// clients in one ask had the help list. Asked first, all together, with one command to confirm on a
// button; then each review is called off by the same use case as one alone (and each client told).
import { ActionTypes, type Activity } from 'botbuilder';
import type { Adviser } from '../src/db/advisers.ts';
import type { ReviewAsk } from '../src/domain/adviserReviewWords.ts';
import { pickClient, referenceFor, type ClientPick } from '../src/escalation/caseloadNames.ts';
import { namesForNameless } from '../src/escalation/clientNames.ts';
import { severalClientsReply } from '../src/messages/en/adviser.ts';
import * as say from '../src/messages/en/adviserPlan.ts';
import { clientNotFoundReply } from '../src/messages/en/adviserQuestions.ts';
import { escapeMarkdown } from '../src/messages/escapeText.ts';
import type { CoachServices } from '../src/services.ts';
import { clientForAdviser } from '../src/usecases/adviserPlan.ts';
import { cancelReview, plannedReview } from '../src/usecases/adviserReviewDay.ts';
import { planDeps } from '../src/usecases/wiring.ts';

/** "sams": Sam, unless a client is called Sams; the first reading that finds someone. */
export async function firstPick(services: CoachServices, adviser: Adviser, readings: readonly string[]): Promise<[string, ClientPick]> {
  let first: [string, ClientPick] | null = null;
  for (const reading of readings) {
    const pick = await pickClient(services.db, adviser.id, reading);
    if (pick.kind !== 'none') return [reading, pick];
    first ??= [reading, pick];
  }
  return first!;
}

type Named = { client: NonNullable<Awaited<ReturnType<typeof clientForAdviser>>>; name: string; reference: string };

export async function cancelSeveralReviews(services: CoachServices, adviser: Adviser, ask: Extract<ReviewAsk, { kind: 'cancel-reviews' }>): Promise<string | Partial<Activity>> {
  const found: Named[] = [];
  for (const readings of ask.clients) {
    const [typed, pick] = await firstPick(services, adviser, readings);
    // Nothing is asked or done for the others until every client is found: the adviser says it again.
    if (pick.kind === 'several') return severalClientsReply(typed, 'cancel', pick.matches, 'command', ' review');
    const client = pick.kind === 'one' ? await clientForAdviser(planDeps(services), adviser, pick.client.id) : null;
    if (!client) return clientNotFoundReply(readings[0]!, pick.kind === 'none' ? pick.near : [], 'cancel', ' review');
    if (found.some((each) => each.client.id === client.id)) continue;
    const name = escapeMarkdown(client.displayName?.trim() || (await namesForNameless(services.db, [client])).get(client.id) || typed);
    found.push({ client, name, reference: escapeMarkdown((await referenceFor(services.db, adviser.id, client)) ?? typed) });
  }
  return ask.confirmed ? cancelAll(services, adviser, found) : askFirst(services, found);
}

async function askFirst(services: CoachServices, found: readonly Named[]): Promise<string | Partial<Activity>> {
  const deps = planDeps(services);
  const set: { named: Named; day: string; missed: boolean }[] = [];
  const nothing: string[] = [];
  for (const named of found) {
    const review = await plannedReview(deps, named.client);
    if (review.kind === 'no-plan') nothing.push(say.reviewNoPlanToCancel(named.name));
    else if (review.kind === 'none') nothing.push(say.reviewNoneToCancel(named.name, named.reference));
    else set.push({ named, day: review.day, missed: review.missed });
  }
  if (set.length === 0) return nothing.join('\n\n');
  const confirm =
    set.length === 1 ? `cancel ${set[0]!.named.reference} review confirm` : `cancel ${joinedNames(set.map(({ named }) => named.reference))} reviews confirm`;
  const asked =
    set.length === 1
      ? say.reviewCancelAsk(set[0]!.named.name, set[0]!.day, set[0]!.missed, confirm)
      : say.reviewsCancelAsk(set.map(({ named, day, missed }) => say.reviewsCancelLine(named.name, day, missed)), confirm);
  return {
    type: 'message',
    text: [...nothing, asked].join('\n\n'),
    suggestedActions: { to: [], actions: [{ type: ActionTypes.ImBack, title: set.length === 1 ? say.reviewCancelButton : say.reviewsCancelButton, value: confirm }] },
  };
}

async function cancelAll(services: CoachServices, adviser: Adviser, found: readonly Named[]): Promise<string> {
  const replies: string[] = [];
  for (const { client, name, reference } of found) {
    const outcome = await cancelReview(planDeps(services), adviser, client);
    replies.push(
      outcome.kind === 'no-plan' ? say.reviewNoPlanToCancel(name) : outcome.kind === 'none' ? say.reviewNoneToCancel(name, reference) : say.reviewCancelledReply(name, outcome.day, reference),
    );
  }
  return replies.join('\n\n');
}

/** "Priya and Lee", "Priya, Lee and Jo": typed back in the command, which reads either. */
const joinedNames = (names: readonly string[]): string => (names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : names[0]!);
