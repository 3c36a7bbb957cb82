// Play-test 13: Gary asked for his adviser, Kerry said she was struggling, and each then gained
// "Not replying to messages" and "Steps well past their day" cards as well, so the caseload showed
// two or three open escalations for one client. While a hand-over is open (they asked, a worry, a
// crisis, a job loss), the stall rules (not replying, steps past their day, review missed) raise
// nothing more for that client; a chat that is gone, falling confidence, and any crisis still do.
// The last quarter of the cases was held out while mending.
import { describe, expect, it } from 'vitest';
import { decideEscalations, type ClientFacts } from '../../src/domain/escalationRules.ts';
import { loadClientSnapshot } from '../../src/db/clientSnapshot.ts';
import { factsFrom } from '../../src/escalation/periodicRules.ts';
import { withOpenReasons } from '../../src/escalation/openHandOvers.ts';
import { raiseEscalation } from '../../src/escalation/raiseEscalation.ts';
import { TestClock } from './harness.ts';
import { STALL_NOW as now, STALLED as stalled, stallJourney } from './stallFixture.ts';

const raised = (facts: ClientFacts): string[] => decideEscalations(facts, now).map((finding) => finding.trigger).sort();
const ALL_STALL = ['actions-overdue', 'missed-review', 'outreach-unanswered'];

describe('the stall rules while a hand-over is open', () => {
  it.each([
    ['own', 'asked for their adviser', ['client-asked'], stalled, []],
    ['own', 'signs they are struggling', ['concern'], stalled, []],
    ['own', 'a crisis not closed', ['crisis'], stalled, []],
    ['own', 'asked for you, and the chat is gone', ['client-asked'], { ...stalled, messagesUndeliverable: true }, ['client-unreachable']],
    ['own', 'nothing open (as before)', [], stalled, ALL_STALL],
    ['own', 'only "Not replying" open (as before)', ['outreach-unanswered'], stalled, ALL_STALL],
    ['held out', 'a job loss', ['job-loss'], stalled, []],
    ['held out', 'a worry, and confidence falling', ['concern'], { ...stalled, confidenceHistory: [8, 8, 4] }, ['falling-confidence']],
    ['held out', 'only a benefits question open', ['specialist-barrier'], stalled, ALL_STALL],
  ] as [string, string, string[], ClientFacts, string[]][])('%s: %s', (_set, _case, openReasons, facts, expected) => {
    expect(raised({ ...facts, openReasons })).toEqual(expected);
  });
});

describe('over the real database: a client waiting for Ann', () => {
  const clock = new TestClock(new Date('2026-06-08T09:00:00Z'));
  const { kit, ids, client, said, db, clientWithReview, quiet } = stallJourney(clock);
  const stallsFor = async (key: string): Promise<string[]> => {
    const snapshot = (await loadClientSnapshot(db(), ids[key]!))!;
    const facts = await withOpenReasons(db(), ids[key]!, factsFrom(snapshot, 3));
    return decideEscalations(facts, clock.now()).map((finding) => finding.trigger).sort();
  };

  it('raises no "Not replying" or "Review missed" while "Asked for you" is open, then does once Ann closes it', async () => {
    await clientWithReview('gary', 'Gary', '2026-06-10T09:00:00Z', 'Get a forklift job');
    const asked = (await raiseEscalation(kit.bot().app.services, { clientId: ids.gary!, trigger: 'client-asked' })).escalation;
    clock.set('2026-06-15T09:00:00Z');
    await quiet('gary');

    expect(await stallsFor('gary')).toEqual([]);
    // Acknowledged is not closed: still held.
    await said(`ack ${asked.number}`);
    expect(await stallsFor('gary')).toEqual([]);
    await said(`resolve ${asked.number} rang him, booked for thurs`);
    expect(await stallsFor('gary')).toEqual(['missed-review', 'outreach-unanswered']);
  });

  it('still raises a crisis for a client whose hand-over is open', async () => {
    await client('kerry', 'Kerry', 'Kerry');
    await raiseEscalation(kit.bot().app.services, { clientId: ids.kerry!, trigger: 'concern' });
    const crisis = await raiseEscalation(kit.bot().app.services, { clientId: ids.kerry!, trigger: 'crisis' });
    expect(crisis.created).toBe(true);
    expect(crisis.escalation.urgency).toBe('urgent');
  });
});
