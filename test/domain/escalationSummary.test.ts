import { describe, expect, it } from 'vitest';
// The summary's facts (src/domain) and how the adviser reads them (src/messages).
import { buildEscalationSummary, trimMessage, type EscalationSummaryInput } from '../../src/domain/escalationSummary.ts';
import { decisionFor, type EscalationDecision } from '../../src/domain/escalationRules.ts';
import { formatDueDate } from '../../src/domain/dates.ts';
import {
  barrierList,
  clientNameOf,
  coachDidLine,
  headlines,
  nextSteps,
  nextStepFor,
  reachLines,
  renderSummaryText,
} from '../../src/messages/en/escalationSummary.ts';

// Monday 16 March 2026, 10:00 in London.
const NOW = new Date('2026-03-16T10:00:00Z');
const day = (isoDate: string): Date => new Date(`${isoDate}T00:00:00Z`);

const JOB_LOSS: EscalationDecision = {
  reason: 'job-loss',
  urgency: 'soon',
  detail: 'Said on Sunday 15 March that they have lost their job.',
  contactBy: day('2026-03-18'),
};

function input(overrides: Partial<EscalationSummaryInput> = {}): EscalationSummaryInput {
  return {
    clientDisplayName: 'Sam Jones',
    decision: JOB_LOSS,
    goals: ['Warehouse work near home', 'Forklift licence'],
    actionItems: [
      { text: 'Send CV to Tesco', dueDate: day('2026-03-06'), done: false },
      { text: 'Register with an agency', dueDate: day('2026-03-16'), done: false },
      { text: 'Book forklift course', dueDate: day('2026-03-01'), done: true },
      { text: 'Ask a friend about shifts', dueDate: null, done: false },
    ],
    lastReviewDate: day('2026-02-20'),
    recentMessages: [
      { text: 'hi', sentAt: day('2026-03-10') },
      { text: 'sent it', sentAt: day('2026-03-12') },
      { text: 'they let me go\nnot sure what to do now', sentAt: day('2026-03-15') },
      { text: 'can we talk?', sentAt: day('2026-03-15') },
    ],
    barriers: ['transport', 'debt'],
    locusOfControl: 'external',
    supportMarker: 'amber',
    lastContactAt: day('2026-03-15'),
    now: NOW,
    ...overrides,
  };
}

describe('buildEscalationSummary', () => {
  it('says who, why, how urgent and what to do next', () => {
    const summary = buildEscalationSummary(input());
    expect(summary).toMatchObject({ reason: 'job-loss', urgency: 'soon', contactBy: day('2026-03-18') });
    expect(clientNameOf(summary)).toBe('Sam Jones');
    expect(headlines[summary.reason]).toBe('Lost their job');
    expect(nextSteps[summary.reason]).toBe('Contact within 3 days and offer help with the next job.');
  });

  it('counts the plan: done, open and overdue (today is not overdue)', () => {
    const { plan } = buildEscalationSummary(input());
    expect(plan.itemsDone).toBe(1);
    expect(plan.itemsOpen).toBe(3);
    expect(plan.overdueItems).toEqual([{ text: 'Send CV to Tesco', dueDate: day('2026-03-06') }]);
    expect(plan.lastReviewDate).toEqual(day('2026-02-20'));
  });

  it('keeps what they wrote, trimmed, and leaves out one- and two-word replies', () => {
    const { recentWords } = buildEscalationSummary(input());
    expect(recentWords.map((message) => message.text)).toEqual(['they let me go / not sure what to do now', 'can we talk?']);
  });

  it('leaves out button taps and Teams @mention tags, but never a message read as a risk', () => {
    const { recentWords } = buildEscalationSummary(
      input({
        buttonWords: new Set(['talk to my adviser', 'set a goal']),
        recentMessages: [
          { text: 'Set a goal', sentAt: day('2026-03-14') },
          { text: '<at>Coach</at> Talk to my adviser', sentAt: day('2026-03-14') },
          { text: '<at>Coach</at> my landlord wants me out by friday', sentAt: day('2026-03-15') },
          { text: 'no', sentAt: day('2026-03-15'), riskLevel: 'concern' },
        ],
      }),
    );
    expect(recentWords.map((message) => message.text)).toEqual(['my landlord wants me out by friday', 'no']);
  });

  it('shows every risk message since it was raised, separately from the rest', () => {
    const raisedAt = new Date('2026-03-16T09:00:00Z');
    const at = (minutes: number): Date => new Date(raisedAt.getTime() + minutes * 60_000);
    const summary = buildEscalationSummary(
      input({
        raisedAt,
        recentMessages: [
          { text: 'i feel rubbish about the job stuff', sentAt: at(-600), riskLevel: 'concern' },
          { text: 'i want to end it all', sentAt: at(0), riskLevel: 'crisis' },
          { text: 'ok', sentAt: at(2), riskLevel: 'none' },
          { text: 'nothing matters anyway', sentAt: at(3), riskLevel: 'concern' },
          { text: 'i have the pills here', sentAt: at(5), riskLevel: 'crisis' },
        ],
      }),
    );
    expect(summary.riskWords.map((message) => message.text)).toEqual(['i want to end it all', 'nothing matters anyway', 'i have the pills here']);
    expect(summary.recentWords.map((message) => message.text)).toEqual(['i feel rubbish about the job stuff']);
  });

  it('says how to reach a client who gave no name, and what the coach did', () => {
    const crisis: EscalationDecision = { reason: 'crisis', urgency: 'urgent', detail: 'Risk.', contactBy: NOW };
    const teams = buildEscalationSummary(
      input({
        clientDisplayName: '',
        decision: crisis,
        reach: { channel: 'msteams', channelName: 'Megan Jones', chatLink: 'https://teams.microsoft.com/l/chat/0/0?users=aad-1' },
        coachActions: { contactsShownAt: NOW, remindersPausedAt: NOW },
      }),
    );
    const date = (at: Date): string => formatDueDate(at, 'Europe/London', { now: NOW });
    expect(clientNameOf(teams)).toBe('Megan Jones (no name given)');
    expect(reachLines(teams)).toEqual(['Teams: Megan Jones (use "Open chat in Teams")']);
    expect(teams.chatLink).toBe('https://teams.microsoft.com/l/chat/0/0?users=aad-1');
    expect(teams.coachDid.map((did) => coachDidLine(did, date)).join(' ')).toMatch(/Showed them the crisis numbers \(Monday 16 March at 10am\)\. Paused their reminders \(Monday 16 March at 10am\)/);
    const web = buildEscalationSummary(input({ clientDisplayName: '', reach: { channel: 'webchat', channelName: null, chatLink: null } }));
    expect(clientNameOf(web)).toBe('A client who gave no name');
    // The coach carries the adviser's words: the line says how (play-testing as advisers, round six).
    expect(reachLines(web)).toEqual(['Only through the coach, in web chat: no phone or email is held.', 'To send them a message there, type "message", their number from "caseload", then your words.']);
    const named = buildEscalationSummary(input({ clientDisplayName: 'Sam', reach: { channel: 'webchat', channelName: null, chatLink: null } }));
    expect(reachLines(named)[1]).toBe('To send them a message there, type: message Sam: your words');
  });

  it('gives the client\'s own words beside a barrier, where they said more than yes', () => {
    const summary = buildEscalationSummary(input({ barriers: ['health', 'debt'], barrierNotes: { health: 'bad knees' } }));
    expect(barrierList(summary.barriers, summary.barrierNotes)).toMatch(/^[^,]+ \("bad knees"\), Debt$/);
    expect(renderSummaryText(summary)).toContain('("bad knees")');
  });

  it('names barriers in the adviser\'s words and marks what is not known', () => {
    const summary = buildEscalationSummary(input({ locusOfControl: null, supportMarker: null }));
    expect(barrierList(summary.barriers)).toBe('Transport, Debt');
    expect(summary.locusOfControl).toBe('unknown');
    expect(summary.supportMarker).toBe('unknown');
  });

  it('suggests a safety check for a crisis', () => {
    const crisis = decisionFor('crisis', 'Their message suggests a risk to safety: self-harm.', NOW);
    const summary = buildEscalationSummary(input({ decision: crisis }));
    expect(summary.urgency).toBe('urgent');
    expect(nextStepFor(summary)).toBe('Call them today. Check they are safe and know the crisis numbers.');
  });

  it('after abuse or control, asks the adviser to reach them safely, not to call first', () => {
    const abuse = decisionFor('crisis', 'Their message says they may not be safe: coercive control, abuse or violence.', NOW);
    const summary = buildEscalationSummary(input({ decision: abuse, safetyKinds: ['abuse'] }));
    expect(nextStepFor(summary)).toMatch(/^Reach them safely today\. Someone may see their phone: use this chat first/);
    expect(renderSummaryText(summary)).toMatch(/Next step: Reach them safely today/);
  });

  // The kinds are kept with the escalation: the words of its detail are for the adviser to read.
  it('reads the kinds kept, not the words of the detail', () => {
    const selfOnly = buildEscalationSummary(input({ decision: decisionFor('crisis', 'They said: "the abuse at work is getting to me", and that they want to die.', NOW), safetyKinds: ['self'] }));
    expect(nextStepFor(selfOnly)).toMatch(/^Call them today/);
    const laterAbuse = buildEscalationSummary(input({ decision: decisionFor('crisis', 'Their message suggests a risk to safety.', NOW), safetyKinds: ['self', 'abuse'] }));
    expect(nextStepFor(laterAbuse)).toMatch(/^Reach them safely today/);
  });
});

describe('renderSummaryText', () => {
  it('puts the most important lines first, in plain words', () => {
    const lines = renderSummaryText(buildEscalationSummary(input())).split('\n');
    expect(lines.slice(0, 4)).toEqual([
      'Soon: Sam Jones. Lost their job.',
      'Why now: Said on Sunday 15 March that they have lost their job.',
      'Contact by: Wednesday 18 March',
      'Next step: Contact within 3 days and offer help with the next job.',
    ]);
  });

  it('shows everything the adviser needs, readable in under a minute', () => {
    const text = renderSummaryText(buildEscalationSummary(input()));
    expect(text).toContain('- Sunday 15 March: "they let me go / not sure what to do now"');
    expect(text).toContain('Plan: 2 goals; 1 done, 3 open, 1 overdue.');
    expect(text).toContain('Goals: Warehouse work near home; Forklift licence');
    expect(text).toContain('- Overdue: "Send CV to Tesco" (due Friday 6 March)');
    expect(text).toContain('Last review: Friday 20 February');
    expect(text).toContain('Barriers: Transport, Debt');
    expect(text).toMatch(/Locus of control: external/);
    expect(text).toContain('Support marker: amber');
    expect(text).toContain('Last contact: Sunday 15 March');
    const lines = text.split('\n');
    expect(lines.length).toBeLessThanOrEqual(25);
    expect(text.split(/\s+/).length).toBeLessThan(200);
  });

  it('says "now" for a crisis and "none" where there is nothing to show', () => {
    const crisis: EscalationDecision = { reason: 'crisis', urgency: 'urgent', detail: 'Their last message says they may not be safe: overdose.', contactBy: NOW };
    const text = renderSummaryText(
      buildEscalationSummary(
        input({ decision: crisis, goals: [], actionItems: [], recentMessages: [], barriers: [], lastReviewDate: null, lastContactAt: null, supportMarker: null, locusOfControl: null }),
      ),
    );
    expect(text.split('\n')[0]).toBe('URGENT: Sam Jones. May not be safe.');
    expect(text).toContain('Contact by: now');
    expect(text).toContain('Plan: 0 goals; 0 done, 0 open, 0 overdue.');
    expect(text).not.toContain('What they wrote recently');
    expect(text).not.toContain('What they said');
    expect(text).toContain('Last review: none yet');
    expect(text).toContain('Barriers: none recorded');
    expect(text).toContain('Locus of control: not known yet');
    expect(text).toContain('Support marker: not set');
    expect(text).toContain('Last contact: none recorded');
  });
});

describe('trimMessage', () => {
  it('keeps short messages as typed, with spaces tidied', () => {
    expect(trimMessage('  i   lost my job  ')).toBe('i lost my job');
  });

  it('keeps at most three lines', () => {
    expect(trimMessage('one\ntwo\n\nthree\nfour')).toBe('one / two / three …');
  });

  it('cuts long messages at a word, near 200 characters', () => {
    const long = 'word '.repeat(100);
    const trimmed = trimMessage(long);
    expect(trimmed.length).toBeLessThanOrEqual(202);
    expect(trimmed.endsWith('word …')).toBe(true);
  });
});
