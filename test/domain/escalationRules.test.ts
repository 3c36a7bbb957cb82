import '../support/trainedModels.ts';
import { describe, expect, it } from 'vitest';
import {
  decideEscalations,
  detectJobLoss,
  detectSpecialistBarriers,
  isConfidenceFalling,
  isReviewMissed,
  wellOverdueItems,
  type ClientFacts,
  type TimedFinding,
} from '../../src/domain/escalationRules.ts';
import { formatDueDate } from '../../src/domain/dates.ts';
import { whyNow } from '../../src/messages/en/escalationDetails.ts';

// Monday 16 March 2026, 10:00 in London (GMT, before the clocks change).
const NOW = new Date('2026-03-16T10:00:00Z');
const day = (isoDate: string): Date => new Date(`${isoDate}T00:00:00Z`);
const DAY_MS = 24 * 60 * 60 * 1000;

function quietFacts(overrides: Partial<ClientFacts> = {}): ClientFacts {
  return {
    openItems: [],
    nextReviewDate: day('2026-04-01'),
    lastReviewDate: day('2026-03-04'),
    unansweredOutreach: 0,
    confidenceHistory: [6, 7, 7],
    messagesUndeliverable: false,
    ...overrides,
  };
}

function only(findings: TimedFinding[]): TimedFinding {
  expect(findings).toHaveLength(1);
  return findings[0]!;
}

/** The finding as the adviser reads it. */
function worded({ trigger, why }: TimedFinding): { trigger: string; detail: string } {
  return { trigger, detail: whyNow(why, (at) => formatDueDate(at, 'Europe/London', { now: NOW })) };
}

describe('decideEscalations', () => {
  it('hands nothing over when all is well', () => {
    expect(decideEscalations(quietFacts(), NOW)).toEqual([]);
  });

  it('escalates items 7 days overdue with 2 unanswered reminders, and names them', () => {
    const openItems = [
      { text: 'Send CV to Tesco', status: 'open', dueDate: day('2026-03-06'), remindersUnanswered: 2 },
      { text: 'Call the college', status: 'open', dueDate: day('2026-03-06'), remindersUnanswered: 1 },
      { text: 'Visit the job fair', status: 'open', dueDate: day('2026-03-12'), remindersUnanswered: 3 },
    ];
    expect(worded(only(decideEscalations(quietFacts({ openItems }), NOW)))).toEqual({
      trigger: 'actions-overdue',
      detail: '1 step is 7 or more days late. "Send CV to Tesco" was due Friday 6 March, and 2 reminders got no reply.',
    });
  });

  it('escalates a review missed by more than 2 days', () => {
    expect(worded(only(decideEscalations(quietFacts({ nextReviewDate: day('2026-03-13'), lastReviewDate: day('2026-02-13') }), NOW)))).toEqual({
      trigger: 'missed-review',
      detail: 'The review due on Friday 13 March has not happened yet.',
    });
  });

  it('escalates unanswered outreach at the threshold, 3 by default', () => {
    expect(decideEscalations(quietFacts({ unansweredOutreach: 2 }), NOW)).toEqual([]);
    expect(worded(only(decideEscalations(quietFacts({ unansweredOutreach: 3 }), NOW)))).toEqual({
      trigger: 'outreach-unanswered',
      detail: 'Has not replied to the last 3 messages from the coach.',
    });
    expect(decideEscalations(quietFacts({ unansweredOutreach: 3, outreachThreshold: 5 }), NOW)).toEqual([]);
  });

  it('escalates when messages cannot be delivered', () => {
    expect(only(decideEscalations(quietFacts({ messagesUndeliverable: true }), NOW)).trigger).toBe('client-unreachable');
  });

  it('escalates falling confidence with the recent scores', () => {
    expect(worded(only(decideEscalations(quietFacts({ confidenceHistory: [8, 7, 6, 4] }), NOW)))).toEqual({
      trigger: 'falling-confidence',
      detail: 'Confidence is falling. Recent scores out of 10, oldest first: 8, 7, 6, 4.',
    });
  });

  it('puts the most urgent first, then the soonest contact', () => {
    const findings = decideEscalations(
      quietFacts({
        confidenceHistory: [8, 5],
        nextReviewDate: day('2026-03-01'),
        lastReviewDate: day('2026-02-01'),
        unansweredOutreach: 4,
        messagesUndeliverable: true,
      }),
      NOW,
    );
    expect(findings.map((finding) => finding.trigger)).toEqual(['outreach-unanswered', 'client-unreachable', 'missed-review', 'falling-confidence']);
  });

  it('never uses the language of sanctions or judgement', () => {
    const findings = decideEscalations(
      quietFacts({
        openItems: [{ text: 'Apply for 3 jobs', status: 'open', dueDate: day('2026-03-01'), remindersUnanswered: 4 }],
        nextReviewDate: day('2026-03-01'),
        lastReviewDate: day('2026-02-01'),
        unansweredOutreach: 6,
        messagesUndeliverable: true,
        confidenceHistory: [8, 5],
      }),
      NOW,
    );
    expect(findings).toHaveLength(5);
    for (const { detail } of findings.map(worded)) expect(detail).not.toMatch(/sanction|non-?complian|fail|refus|must|warning/i);
  });
});

describe('wellOverdueItems', () => {
  it('needs both 7 days past due and 2 unanswered reminders', () => {
    const items = [
      { text: 'exactly 7 days', status: 'open', dueDate: new Date(NOW.getTime() - 7 * DAY_MS), remindersUnanswered: 2 },
      { text: '6 days', status: 'open', dueDate: new Date(NOW.getTime() - 6 * DAY_MS), remindersUnanswered: 5 },
      { text: 'one reminder', status: 'open', dueDate: day('2026-02-01'), remindersUnanswered: 1 },
    ];
    expect(wellOverdueItems(items, NOW).map((item) => item.text)).toEqual(['exactly 7 days']);
  });

  it('counts a partly done step like an open one, and nothing finished, dropped or followed by a next step', () => {
    const late = { dueDate: day('2026-02-01'), remindersUnanswered: 3 };
    const items = ['open', 'partly-done', 'not-done', 'done', 'dropped'].map((status) => ({ ...late, text: status, status }));
    expect(wellOverdueItems(items, NOW).map((item) => item.text)).toEqual(['open', 'partly-done']);
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
