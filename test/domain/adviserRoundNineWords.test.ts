// Round nine's words: two or more clients' reviews called off in one ask, and the reviews of next week.
import { describe, expect, it } from 'vitest';
import { askParts } from '../../src/domain/adviserAskParts.ts';
import { withCommandWordPutRight } from '../../src/domain/adviserCommandTypos.ts';
import { readAdviserQuestion } from '../../src/domain/adviserQuestionWords.ts';
import { readReviewAsk } from '../../src/domain/adviserReviewWords.ts';

describe('calling off the reviews of several clients', () => {
  it.each([
    ['cancel priya and lees reviews', [['priya'], ['lees', 'lee']], false],
    ["cancel priya and lee's reviews", [['priya'], ['lee']], false],
    ['scrap the reviews for priya, lee and jo', [['priya'], ['lee'], ['jo']], false],
    ['cancel reviews for priya and lee', [['priya'], ['lee']], false],
    ['cancel Priya and Lee reviews confirm', [['priya'], ['lee']], true],
    ['cancel 2 and 3 reviews', [['2'], ['3']], false],
  ])('"%s"', (words, clients, confirmed) => expect(readReviewAsk(words)).toEqual({ kind: 'cancel-reviews', clients, confirmed }));
  it('keeps one client as one', () => expect(readReviewAsk('cancel sams review')).toEqual({ kind: 'cancel-review', client: ['sams', 'sam'], confirmed: false }));
  it('reads no client from "my" or "all"', () => {
    expect(readReviewAsk('cancel all reviews')).toBeNull();
    expect(readReviewAsk('cancel my reviews')).toBeNull();
  });
  it('is one ask, not two', () => expect(askParts('cancel priya and lees reviews')).toEqual(['cancel priya and lees reviews']));
});

describe('the reviews of this week and next', () => {
  it.each([
    ['reviews next week', 'reviews-next-week'],
    ['any reviews next week?', 'reviews-next-week'],
    ['whos got a review next week', 'reviews-next-week'],
    ['what reviews have i got next week', 'reviews-next-week'],
    ['which clients have a review next week', 'reviews-next-week'],
    ['what reviews have i got this week', 'reviews-week'],
    ['what reviews have i got on this week', 'reviews-week'],
    ['which reviews have i got this week', 'reviews-week'],
    ['reviews for this week', 'reviews-week'],
    ['reviews this week', 'reviews-week'],
  ])('"%s"', (words, kind) => expect(readAdviserQuestion(words)).toEqual({ kind }));
});

describe('a step marked done with the number before "done" (a working day)', () => {
  it.each([
    ['priya 2 done', 'done priya 2'],
    ["priya's 2 is done", 'done priya 2'],
    ['jo bloggs 2 done', 'done jo bloggs 2'],
    ['plan 2 done', 'plan 2 done'],
    ['priya 2', 'priya 2'],
  ])('"%s"', (words, command) => expect(withCommandWordPutRight(words)).toBe(command));
});
