// Round eight's words: several asks in one line, how long "quiet" is, and calling off a review.
import { describe, expect, it } from 'vitest';
import { askParts } from '../../src/domain/adviserAskParts.ts';
import { readAdviserQuestion } from '../../src/domain/adviserQuestionWords.ts';
import { readReviewAsk } from '../../src/domain/adviserReviewWords.ts';

describe('several asks in one line', () => {
  it.each([
    ['whos overdue and whos been quiet', ['whos overdue', 'whos been quiet']],
    ['caseload, escalations', ['caseload', 'escalations']],
    ['move lee review to fri then cancel jos review', ['move lee review to fri', 'cancel jos review']],
    ['ack 5, 6', ['ack 5, 6']],
    ['add sam: ring the college and message his mum by fri', ['add sam: ring the college and message his mum by fri']],
    ['message sam can you ring me and ack 3', ['message sam can you ring me and ack 3']],
    ['how is sam doing and priya', ['how is sam doing and priya']],
  ])('"%s"', (line, parts) => expect(askParts(line)).toEqual(parts));
});

describe('how long quiet is', () => {
  it.each([
    ['who hasnt been in touch', undefined],
    ["who's been quiet for 3 days", 3],
    ['quiet 2 weeks', 14],
    ['who hasnt been in touch for a fortnight', 14],
    ['whos not been in touch in the last 10 days', 10],
    ['who have i not heard from in 3 wks', 21],
  ])('"%s"', (words, days) => expect(readAdviserQuestion(words)).toEqual(days === undefined ? { kind: 'quiet' } : { kind: 'quiet', days }));
  it('is no quiet ask without quiet words', () => expect(readAdviserQuestion('3 days')).toBeNull());
});

describe('calling off a review', () => {
  it.each([
    ["cancel sam's review", ['sam'], false],
    ['no review for jo this month', ['jo'], false],
    ['sam doesnt need a review this month', ['sam'], false],
    ['cancel Sam Jones review confirm', ['sam jones', 'sam jone'], true],
    ['scrap lees review', ['lees', 'lee'], false],
  ])('"%s"', (words, client, confirmed) => expect(readReviewAsk(words)).toEqual({ kind: 'cancel-review', client, confirmed }));
  it('reads "jos review" as Jo\'s too', () => expect(readReviewAsk('when is jos review')).toEqual({ kind: 'review-when', client: ['jos', 'jo'] }));
});
