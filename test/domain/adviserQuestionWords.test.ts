// Play-testing as a busy adviser (December): questions of the caseload and thanks got the help list.
import { describe, expect, it } from 'vitest';
import { readAdviserQuestion } from '../../src/domain/adviserQuestionWords.ts';

describe('an adviser\'s questions in their own words', () => {
  it.each([
    ['whos overdue', { kind: 'overdue' }],
    ["Who's overdue?", { kind: 'overdue' }],
    ['who has late steps', { kind: 'overdue' }],
    ['who has not replied', { kind: 'not-replied' }],
    ["who hasn't replied yet?", { kind: 'not-replied' }],
    ['whos not replying', { kind: 'not-replied' }],
    ['reviews due today', { kind: 'reviews-due' }],
    ['which reviews are due today', { kind: 'reviews-due' }],
    ['who is due a review today', { kind: 'reviews-due' }],
    ['what did tom say', { kind: 'client-said', client: 'tom' }],
    ['What did Sam Jones say?', { kind: 'client-said', client: 'sam jones' }],
    ['what has 2 written lately', { kind: 'client-said', client: '2' }],
    ['show me escalation 1', { kind: 'show-escalation', number: 1 }],
    ['escalation #12', { kind: 'show-escalation', number: 12 }],
    ['escalations 3', { kind: 'show-escalation', number: 3 }],
    ['thanks', { kind: 'thanks' }],
    ['Cheers!', { kind: 'thanks' }],
    ['thank you very much', { kind: 'thanks' }],
    ['ok', { kind: 'ok' }],
    ['OK.', { kind: 'ok' }],
    ['got it', { kind: 'ok' }],
  ])('reads %j', (words, read) => {
    expect(readAdviserQuestion(words)).toEqual(read);
  });

  // Round seven: "reviews due this week" is the next 7 days (it had been left to nobody, and got the help list).
  it('reads "reviews due this week" as the next 7 days, not as the reviews due today', () => {
    expect(readAdviserQuestion('reviews due this week')).toEqual({ kind: 'reviews-week' });
  });

  it.each(['who has replied', 'what did they say', 'sam', 'plan sam', 'escalations', 'caseload', 'ok add sam: call him by friday'])(
    'leaves %j to the other readers',
    (words) => {
      expect(readAdviserQuestion(words)).toBeNull();
    },
  );
});
