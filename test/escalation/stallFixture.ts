// The stall-card tests' set-up: a client's facts when every stall rule would fire, and, over the real
// bot, a client with a plan and a review day who goes quiet, the hourly pass, and their open cards.
// Two test files had each written it (stallCardsOneAtATime, stallWhileHandedOver).
import type { ClientFacts } from '../../src/domain/escalationRules.ts';
import { caseloadKit, type TestClock, useAdviserBot } from './harness.ts';

export const STALL_NOW = new Date('2026-06-26T09:00:00Z');

/** A step 17 days late with 3 reminders unanswered, a review a week gone, 3 messages unanswered. */
export const STALLED: ClientFacts = {
  openItems: [{ text: 'Book forklift course', status: 'open', dueDate: new Date('2026-06-09T09:00:00Z'), remindersUnanswered: 3 }],
  nextReviewDate: new Date('2026-06-19T09:00:00Z'),
  lastReviewDate: null,
  unansweredOutreach: 3,
  confidenceHistory: [],
  messagesUndeliverable: false,
};

/** Ann's bot and caseload, with a client made quiet, the hourly pass, and a client's open cards. */
export function stallJourney(clock: TestClock) {
  const kit = useAdviserBot(clock);
  const caseload = caseloadKit(kit.bot, kit.ann);
  const db = () => kit.bot().app.database.db;
  return {
    kit,
    ...caseload,
    db,
    /** A client with a plan and a review on `reviewAt`; returns their id. */
    async clientWithReview(key: string, name: string, reviewAt: string, goal = 'A job in a care home'): Promise<string> {
      const id = await caseload.client(key, name, name.split(' ')[0]!);
      await caseload.plans().addGoalWithItems(id, { text: goal, dueAt: null, items: [] }, { nextReviewAt: new Date(reviewAt) });
      return id;
    },
    /** The last `count` messages from the coach went unanswered. */
    async quiet(key: string, count = 3): Promise<void> {
      await db().client.update({ where: { id: caseload.ids[key]! }, data: { unansweredOutreach: count } });
    },
    /** An hour on, and the escalation dispatcher's pass. */
    async tick(): Promise<void> {
      clock.advanceMinutes(61);
      await kit.bot().app.escalationDispatcher.tick();
    },
    /** The client's open cards' reasons, oldest first. */
    async openFor(key: string): Promise<string[]> {
      const rows = await db().escalation.findMany({ where: { clientId: caseload.ids[key]!, status: { not: 'resolved' } }, orderBy: { number: 'asc' } });
      return rows.map((row) => row.reason);
    },
    /** What Ann has read in her own chat. */
    toAnn: (): string[] => kit.bot().connector.repliesTo(kit.ann().conversationId).map((activity) => activity.text ?? ''),
  };
}
