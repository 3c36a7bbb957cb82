// The caseload's line for one client, as the adviser reads it (adviser play-test, play6/c items 6,
// 7, 10 and 11): an urgent escalation said first, the adviser's own late action apart from the
// client's late steps, a review whose day has passed called missed, and the name their channel
// gives them when two clients gave the same name.
import { describe, expect, it } from 'vitest';
import { caseloadLine, caseloadReply, type CaseloadLineFacts } from '../../src/messages/en/caseload.ts';

const now = new Date('2026-06-26T09:20:00Z'); // Friday 26 June, 10:20am in London
const zone = 'Europe/London';
const joined = new Date('2026-06-08T09:00:00Z');
const entry = (facts: Partial<CaseloadLineFacts> = {}): CaseloadLineFacts => ({
  number: 1,
  client: { displayName: 'Sam', remindersPausedAt: null, consentedAt: joined, createdAt: joined },
  overdueItems: 0,
  nextReviewAt: null,
  openEscalations: 0,
  jobSearch: { applications: 0, interviews: 0, contacts: 0, firstContactAt: null },
  job: null,
  ...facts,
});

describe("a caseload line", () => {
  it('says URGENT and why, first, for a client with an urgent escalation open', () => {
    const line = caseloadLine(entry({ openEscalations: 2, mostUrgent: { urgency: 'urgent', reason: 'crisis' } }), now, zone);
    expect(line).toMatch(/^1\. Sam: URGENT: May not be safe\. 0 late\. No review set\. 2 open escalations\./);
    expect(caseloadLine(entry({ openEscalations: 1, mostUrgent: { urgency: 'soon', reason: 'client-asked' } }), now, zone)).not.toMatch(/URGENT/);
  });

  it("shows the adviser's own late action as theirs, not in the client's late count", () => {
    const line = caseloadLine(entry({ overdueItems: 1, adviserLate: [{ text: 'ring Amazon recruitment', dueAt: new Date('2026-06-10T23:00:00Z') }] }), now, zone);
    expect(line).toMatch(/^1\. Sam: 1 late\./);
    expect(line).toContain('Your action is late: "ring Amazon recruitment" (due Thursday 11 June).');
  });

  it('calls a review whose day has passed missed, and one still to come by its day', () => {
    expect(caseloadLine(entry({ nextReviewAt: new Date('2026-06-17T23:00:00Z') }), now, zone)).toContain('Review missed: it was due Thursday 18 June.');
    expect(caseloadLine(entry({ nextReviewAt: new Date('2026-06-25T23:00:00Z') }), now, zone)).toContain('Review on Friday 26 June.');
  });

  it('adds the channel name only where two clients gave the same name', () => {
    const reply = caseloadReply(
      [
        entry({ number: 1, channelName: 'Priya Shah', client: { ...entry().client, displayName: 'Priya' } }),
        entry({ number: 2, channelName: 'Sam Jones' }),
        entry({ number: 3, channelName: 'Sam Okafor' }),
      ],
      20,
      now,
      zone,
    );
    expect(reply).toMatch(/^1\. Priya: /m);
    expect(reply).toMatch(/^2\. Sam \(Sam Jones\): /m);
    expect(reply).toMatch(/^3\. Sam \(Sam Okafor\): /m);
  });
});
