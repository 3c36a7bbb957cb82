// Play-testing reviews and the menu, round twenty-eight: 73 new lines of news of work
// (test/corpus/jobNews/linesRoundTwentyEight.tsv), in the voices play-testing heard: people new to
// English ("i have job now thank you"), text-speak, older people, angry and unsure clients; news of
// being kept on at a job ("my contract got extended") and of cash-in-hand work. A quarter of them,
// drawn by a fixed seed before any mending (the reported lines always in tuning), is held out and
// was never used to tune.
// Before, read by readStartedWork alone (job or not): tuning 31/55, held out 13/17.
// After, with tellsOfCashWork and tellsOfBeingKeptOn read first: tuning 55/55, held out 17/17.
// The older corpus (lines.tsv) stays at 370/372 tuning and 121/122 held out (jobNewsCorpus.test.ts).
import { describe, expect, it } from 'vitest';
import { readStartedWork } from '../../src/domain/jobNews.ts';
import { tellsOfCashWork } from '../../src/domain/jobNewsCashWork.ts';
import { keptOnWithADownside, tellsOfBeingKeptOn } from '../../src/domain/jobNewsGoodNews.ts';
import { readRoundTwentyEightRows, scoreRoundTwentyEight, type NewsLabel } from '../corpus/jobNews/roundTwentyEightRows.ts';

const rows = readRoundTwentyEightRows();
/** In the order the menu reads them (dialogs/menuNews.ts): cash work, then kept on, then a new job. */
const heard = (text: string): NewsLabel => (tellsOfCashWork(text) ? 'cash' : tellsOfBeingKeptOn(text) ? 'extended' : readStartedWork(text) ? 'job' : 'not');

describe('news of work, round twenty-eight, read over the new lines', () => {
  it('holds 55 tuning lines and 17 held out, the reported lines all in tuning', () => {
    expect([rows.tuning.length, rows.heldOut.length]).toEqual([55, 17]);
    expect(rows.heldOut.filter((row) => row.kind.startsWith('reported-'))).toEqual([]);
  });

  it.each([
    ['tuning', rows.tuning, 55],
    ['held-out', rows.heldOut, 17],
  ] as const)('reads the %s part right at least as often as measured', (_, part, right) => {
    expect(scoreRoundTwentyEight(part, heard).right).toBeGreaterThanOrEqual(right);
  });
});

describe('kept on at a job they have', () => {
  it.each([
    ['my contract got extended', true],
    ['they kept me on another 3 months', true],
    ['they want to keep me on longer at work', true],
    ['they have made me permanent', true],
    ['temp contract extended again', true],
    ['my phone contract got extended', false],
    ['my sick note got extended', false],
    ['they kept me waiting for an hour', false],
    ['they didnt keep me on', false],
    ['hope they keep me on', false],
    ['my sisters contract got extended', false],
    ['will they keep me on?', false],
  ])('"%s" is kept on: %s', (text, kept) => {
    expect(tellsOfBeingKeptOn(text)).toBe(kept);
  });
});

describe('kept on, with something not good beside it', () => {
  it.each([
    ['they kept me on but i hate it', true],
    ['contract extended, gutted tbh', true],
    ['my contract got extended', false],
    ['they made me permanent!!', false],
    ['im fed up', false],
  ])('"%s" is mixed news: %s', (text, mixed) => {
    expect(keptOnWithADownside(text)).toBe(mixed);
  });
});

describe('cash-in-hand work, told', () => {
  it.each([
    ['doing a bit of cash in hand at my mates garage', true],
    ['helping my mate on his van, cash in hand', true],
    ['i work cash in hand at the takeaway on fridays', true],
    ['is cash in hand work allowed?', false],
    ['got paid cash in hand, is that a problem', false],
    ['my mate does cash in hand jobs', false],
    ['i dont want cash in hand work', false],
    ['sold my old bike for cash', false],
  ])('"%s" tells of cash work: %s', (text, told) => {
    expect(tellsOfCashWork(text)).toBe(told);
  });
});
