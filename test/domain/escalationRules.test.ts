import { describe, expect, it } from 'vitest';
import {
  decideEscalations,
  detectJobLoss,
  detectSpecialistBarriers,
  escalationKey,
  isConfidenceFalling,
  isReviewMissed,
  wellOverdueItems,
  type ClientFacts,
  type EscalationDecision,
  type RuleDecision,
} from '../../src/domain/escalationRules.ts';
import { assessRisk } from '../../src/domain/risk.ts';
import { formatDueDate } from '../../src/domain/dates.ts';
import { whyNow } from '../../src/messages/en/escalationDetails.ts';

// Monday 16 March 2026, 10:00 in London (GMT, before the clocks change).
const NOW = new Date('2026-03-16T10:00:00Z');
const day = (isoDate: string): Date => new Date(`${isoDate}T00:00:00Z`);
const DAY_MS = 24 * 60 * 60 * 1000;

function quietFacts(overrides: Partial<ClientFacts> = {}): ClientFacts {
  return {
    latestRisk: { level: 'none', reasons: [] },
    askedForAdviser: false,
    openItems: [],
    nextReviewDate: day('2026-04-01'),
    lastReviewDate: day('2026-03-04'),
    unansweredOutreach: 0,
    reportedJobLossAt: null,
    barriers: [],
    confidenceHistory: [6, 7, 7],
    messagesUndeliverable: false,
    ...overrides,
  };
}

/** The decision as it is kept: the rule's facts in the adviser's words. */
function worded({ why, ...decision }: RuleDecision): EscalationDecision {
  return { ...decision, detail: whyNow(why, (at) => formatDueDate(at, 'Europe/London', { now: NOW })) };
}

function only(decisions: RuleDecision[]): EscalationDecision {
  expect(decisions).toHaveLength(1);
  return worded(decisions[0]!);
}

describe('decideEscalations', () => {
  it('hands nothing over when all is well', () => {
    expect(decideEscalations(quietFacts(), NOW)).toEqual([]);
  });

  it('escalates a crisis at once, with the reasons', () => {
    const decision = only(decideEscalations(quietFacts({ latestRisk: assessRisk('i want to die') }), NOW));
    expect(decision).toEqual({
      reason: 'crisis',
      urgency: 'urgent',
      detail: 'Their last message says they may not be safe: thoughts of suicide.',
      contactBy: NOW,
    });
  });

  it('escalates a concern soon, by the next day', () => {
    const decision = only(decideEscalations(quietFacts({ latestRisk: assessRisk('i cant cope') }), NOW));
    expect(decision).toMatchObject({ reason: 'concern', urgency: 'soon' });
    expect(decision.detail).toBe('Their last message says they are finding things hard: not coping.');
    expect(decision.contactBy).toEqual(new Date(NOW.getTime() + DAY_MS));
  });

  it('hands over when the client asks for their adviser', () => {
    expect(only(decideEscalations(quietFacts({ askedForAdviser: true }), NOW))).toMatchObject({
      reason: 'client-asked',
      urgency: 'soon',
      detail: 'Asked to speak to their adviser.',
    });
  });

  it('gives a job loss a contact-by date 3 days after it was reported (IPS)', () => {
    const reported = new Date('2026-03-15T18:00:00Z');
    const decision = only(decideEscalations(quietFacts({ reportedJobLossAt: reported }), NOW));
    expect(decision).toMatchObject({ reason: 'job-loss', urgency: 'soon' });
    expect(decision.contactBy).toEqual(new Date('2026-03-18T18:00:00Z'));
    expect(decision.detail).toBe('Said on Sunday 15 March at 6pm that they have lost their job.');
  });

  it('makes a job loss urgent once the 3 days have passed', () => {
    const decision = only(decideEscalations(quietFacts({ reportedJobLossAt: day('2026-03-10') }), NOW));
    expect(decision.urgency).toBe('urgent');
  });

  it('escalates items 7 days overdue with 2 unanswered reminders, and names them', () => {
    const openItems = [
      { text: 'Send CV to Tesco', dueDate: day('2026-03-06'), remindersUnanswered: 2 },
      { text: 'Call the college', dueDate: day('2026-03-06'), remindersUnanswered: 1 },
      { text: 'Visit the job fair', dueDate: day('2026-03-12'), remindersUnanswered: 3 },
    ];
    const decision = only(decideEscalations(quietFacts({ openItems }), NOW));
    expect(decision).toMatchObject({ reason: 'item-overdue-unanswered', urgency: 'routine' });
    expect(decision.detail).toBe(
      '1 step is 7 or more days late. "Send CV to Tesco" was due Friday 6 March, and 2 reminders got no reply.',
    );
  });

  it('escalates a review missed by more than 2 days', () => {
    const decision = only(decideEscalations(quietFacts({ nextReviewDate: day('2026-03-13'), lastReviewDate: day('2026-02-13') }), NOW));
    expect(decision).toMatchObject({ reason: 'missed-review', urgency: 'routine' });
    expect(decision.detail).toBe('The review due on Friday 13 March has not happened yet.');
  });

  it('escalates unanswered outreach at the threshold, 3 by default', () => {
    expect(decideEscalations(quietFacts({ unansweredOutreach: 2 }), NOW)).toEqual([]);
    expect(only(decideEscalations(quietFacts({ unansweredOutreach: 3 }), NOW))).toMatchObject({
      reason: 'outreach-unanswered',
      urgency: 'soon',
      detail: 'Has not replied to the last 3 messages from the coach.',
    });
    expect(decideEscalations(quietFacts({ unansweredOutreach: 3, outreachThreshold: 5 }), NOW)).toEqual([]);
  });

  it('escalates when messages cannot be delivered', () => {
    expect(only(decideEscalations(quietFacts({ messagesUndeliverable: true }), NOW)).reason).toBe('cannot-reach-client');
  });

  it('escalates barriers that need a specialist, and only those', () => {
    const decision = only(decideEscalations(quietFacts({ barriers: ['transport', 'debt', 'housing'] }), NOW));
    expect(decision).toMatchObject({ reason: 'specialist-barrier', urgency: 'routine' });
    expect(decision.detail).toBe('Said something that needs expert advice: debt, housing.');
    expect(decideEscalations(quietFacts({ barriers: ['transport', 'confidence'] }), NOW)).toEqual([]);
  });

  it('escalates falling confidence with the recent scores', () => {
    const decision = only(decideEscalations(quietFacts({ confidenceHistory: [8, 7, 6, 4] }), NOW));
    expect(decision.reason).toBe('falling-confidence');
    expect(decision.detail).toBe('Confidence is falling. Recent scores out of 10, oldest first: 8, 7, 6, 4.');
  });

  it('puts the most urgent first', () => {
    const decisions = decideEscalations(
      quietFacts({ latestRisk: assessRisk('he hits me'), askedForAdviser: true, barriers: ['debt'], unansweredOutreach: 4 }),
      NOW,
    );
    expect(decisions.map((decision) => decision.reason)).toEqual(['crisis', 'client-asked', 'outreach-unanswered', 'specialist-barrier']);
  });

  it('never uses the language of sanctions or judgement', () => {
    const decisions = decideEscalations(
      quietFacts({
        openItems: [{ text: 'Apply for 3 jobs', dueDate: day('2026-03-01'), remindersUnanswered: 4 }],
        nextReviewDate: day('2026-03-01'),
        lastReviewDate: day('2026-02-01'),
        unansweredOutreach: 6,
        messagesUndeliverable: true,
      }),
      NOW,
    );
    expect(decisions).toHaveLength(4);
    for (const { detail } of decisions.map(worded)) expect(detail).not.toMatch(/sanction|non-?complian|fail|refus|must|warning/i);
  });
});

describe('escalationKey', () => {
  it('is one key per client and reason', () => {
    expect(escalationKey('client-42', 'job-loss')).toBe('escalation:client-42:job-loss');
    expect(escalationKey('client-42', 'job-loss')).toBe(escalationKey('client-42', 'job-loss'));
    expect(escalationKey('client-42', 'crisis')).not.toBe(escalationKey('client-42', 'job-loss'));
  });
});

describe('wellOverdueItems', () => {
  it('needs both 7 days past due and 2 unanswered reminders', () => {
    const items = [
      { text: 'exactly 7 days', dueDate: new Date(NOW.getTime() - 7 * DAY_MS), remindersUnanswered: 2 },
      { text: '6 days', dueDate: new Date(NOW.getTime() - 6 * DAY_MS), remindersUnanswered: 5 },
      { text: 'one reminder', dueDate: day('2026-02-01'), remindersUnanswered: 1 },
    ];
    expect(wellOverdueItems(items, NOW).map((item) => item.text)).toEqual(['exactly 7 days']);
  });
});

describe('isReviewMissed', () => {
  it('allows 2 days of grace', () => {
    expect(isReviewMissed(day('2026-03-14'), null, NOW)).toBe(false);
    expect(isReviewMissed(day('2026-03-13'), null, NOW)).toBe(true);
  });

  it('counts a review held on time or a little early', () => {
    expect(isReviewMissed(day('2026-03-10'), day('2026-03-10'), NOW)).toBe(false);
    expect(isReviewMissed(day('2026-03-10'), day('2026-03-09'), NOW)).toBe(false);
    expect(isReviewMissed(day('2026-03-10'), day('2026-02-10'), NOW)).toBe(true);
  });

  it('is never missed with no review booked', () => {
    expect(isReviewMissed(null, null, NOW)).toBe(false);
  });
});

describe('isConfidenceFalling', () => {
  it.each([
    [[7, 6, 5], true],
    [[9, 8, 7, 6], true],
    [[8, 5], true],
    [[8, 8, 5], true],
    [[9, 6, 6, 6], true],
    [[7, 7, 6], false],
    [[5, 6, 7], false],
    [[6, 4, 5], false],
    [[9, 7, 7, 7, 7], false],
    [[5], false],
    [[], false],
  ])('%j -> %s', (history, falling) => {
    expect(isConfidenceFalling(history)).toBe(falling);
  });
});

describe('detectJobLoss', () => {
  it.each([
    'i lost my job',
    'They let me go on Friday',
    'got sacked today',
    'I was fired',
    "I've been made redundant",
    'my contract ended',
    'my contract has finished',
    'i got laid off',
    'i quit my job',
    'I handed in my notice',
    "I wasn't fired, I was made redundant",
  ])('%s -> true', (text) => {
    expect(detectJobLoss(text)).toBe(true);
  });

  it.each([
    "I'm fired up for the interview",
    "I wasn't fired",
    "they didn't let me go",
    "I haven't lost my job",
    'I got the job!',
    'I lost my keys',
    'the job ends at 5pm',
  ])('%s -> false', (text) => {
    expect(detectJobLoss(text)).toBe(false);
  });
});

describe('detectSpecialistBarriers', () => {
  it('finds the barriers a message mentions', () => {
    expect(detectSpecialistBarriers('Will I lose my Universal Credit if I work?')).toEqual(['money-benefits']);
    expect(detectSpecialistBarriers('bailiffs came round and we might get evicted')).toEqual(['debt', 'housing']);
    expect(detectSpecialistBarriers('should i tell my employer about my mental health')).toEqual(['health-disclosure']);
    expect(detectSpecialistBarriers('I have a criminal record')).toEqual(['convictions']);
  });

  it('finds nothing in an ordinary message', () => {
    expect(detectSpecialistBarriers('I sent two applications today')).toEqual([]);
  });
});
