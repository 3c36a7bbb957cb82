// December: an open "Not replying to messages" card for a client still let "Review missed" (and
// "Steps well past their day") be raised beside it, so one quiet client filled the inbox. Now a
// client has one stall card: a further stall fact is added to it, once, and the adviser who has it
// is told in their chat; a more urgent stall fact takes in the open, less urgent card; a crisis, a
// hand-over, a chat that is gone and falling confidence still act as before. The last quarter of
// the cases was held out while mending.
import { describe, expect, it } from 'vitest';
import { decideEscalations, type ClientFacts } from '../../src/domain/escalationRules.ts';
import { TestClock } from './harness.ts';
import { STALL_NOW as now, STALLED as quiet, stallJourney } from './stallFixture.ts';

const noReply = { ...quiet, openItems: [], nextReviewDate: null };
const reviewOnly = { ...quiet, openItems: [], unansweredOutreach: 0 };
/** Each finding as "trigger", "trigger > joins reason" or "trigger < absorbs reason". */
const found = (facts: ClientFacts): string[] =>
  decideEscalations(facts, now).map((f) => (f.joins ? `${f.trigger} > ${f.joins}` : f.absorbs ? `${f.trigger} < ${f.absorbs}` : f.trigger)).sort();

describe('one stall card per client', () => {
  it.each([
    ['own', '"Not replying" open, review missed', ['outreach-unanswered'], { ...noReply, nextReviewDate: quiet.nextReviewDate }, ['missed-review > outreach-unanswered', 'outreach-unanswered']],
    ['own', '"Not replying" open, all three', ['outreach-unanswered'], quiet, ['actions-overdue > outreach-unanswered', 'missed-review > outreach-unanswered', 'outreach-unanswered']],
    ['own', 'nothing open, all three: the most urgent raises, the rest join it', [], quiet, ['actions-overdue > outreach-unanswered', 'missed-review > outreach-unanswered', 'outreach-unanswered']],
    ['own', '"Review missed" open, now not replying: the more urgent takes it in', ['missed-review'], { ...noReply, nextReviewDate: quiet.nextReviewDate }, ['missed-review > outreach-unanswered', 'outreach-unanswered < missed-review']],
    ['own', '"Steps well past their day" open, review missed', ['item-overdue-unanswered'], { ...reviewOnly, openItems: quiet.openItems }, ['actions-overdue', 'missed-review > item-overdue-unanswered']],
    ['own', 'a crisis open: no stall card at all (as before)', ['crisis'], quiet, []],
    ['held out', '"Review missed" open, only the review', ['missed-review'], reviewOnly, ['missed-review']],
    ['held out', '"Not replying" open, chat gone and confidence falling still raise', ['outreach-unanswered'], { ...noReply, messagesUndeliverable: true, confidenceHistory: [8, 8, 4] }, ['client-unreachable', 'falling-confidence', 'outreach-unanswered']],
    ['held out', 'a benefits question open, two stall facts: one card', ['specialist-barrier'], { ...reviewOnly, unansweredOutreach: 4 }, ['missed-review > outreach-unanswered', 'outreach-unanswered']],
  ] as [string, string, string[], ClientFacts, string[]][])('%s: %s', (_set, _case, openReasons, facts, expected) => {
    expect(found({ ...facts, openReasons })).toEqual(expected);
  });
});

describe('end to end: Amira stops replying, then misses her review', () => {
  // Monday 8 June 2026, 9am in London; her review is on Wednesday 10 June.
  const clock = new TestClock(new Date('2026-06-08T09:00:00Z'));
  const { ids, said, raise, db, clientWithReview, quiet: goQuiet, tick, openFor: openOf, toAnn } = stallJourney(clock);
  const openFor = () => openOf('amira');

  it('raises "Not replying", then adds the missed review to it, tells Ann once, and raises no second card', async () => {
    const amira = await clientWithReview('amira', 'Amira Khan', '2026-06-10T09:00:00Z');
    await goQuiet('amira');
    await tick();
    expect(await openFor()).toEqual(['outreach-unanswered']);
    clock.set('2026-06-15T09:00:00Z');
    await tick();
    await tick();
    expect(await openFor()).toEqual(['outreach-unanswered']);
    const card = await db().escalation.findFirstOrThrow({ where: { clientId: amira, reason: 'outreach-unanswered' } });
    expect(card.detail).toMatch(/Has not replied to the last 3 messages from the coach\.\nThe review due on [^\n]+ has not happened yet\.$/);
    const added = toAnn().filter((text) => text.startsWith('Added to'));
    expect(added).toEqual([`Added to #${card.number} "Not replying to messages" for Amira: ${card.detail.split('\n')[1]} No new escalation was raised for this.`]);
    const list = await said('escalations');
    expect(list).toMatch(/Amira: Not replying/);
    expect(list).not.toMatch(/Amira: Review missed/);
  });

  it('a crisis still raises its own card; closing "Not replying" does not bring the review back as a card of its own', async () => {
    await raise('amira', 'crisis');
    expect(await openFor()).toEqual(['outreach-unanswered', 'crisis']);
    const notReplying = await db().escalation.findFirstOrThrow({ where: { clientId: ids.amira!, reason: 'outreach-unanswered' } });
    await said(`resolve ${notReplying.number} left her a voicemail`);
    await tick();
    expect(await openFor()).toEqual(['crisis']);
  });
});
