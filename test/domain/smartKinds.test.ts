// The kinds of goal analyseGoal had read wrongly, one table a kind, in words of our own (not the
// held-out rows). Each row: what the client typed, then specific / measurable / time-bound as the
// labelling brief (test/corpus/goals/brief.md) would have them.
import { describe, expect, it } from 'vitest';
import { analyseGoal } from '../../src/domain/smart.ts';

const context = { now: new Date('2026-11-23T10:00:00Z'), timeZone: 'Europe/London' }; // a Monday
type Row = [text: string, specific: boolean, measurable: boolean, timeBound: boolean];

function expectRows(rows: Row[]) {
  it.each(rows)('%j', (text, specific, measurable, timeBound) => {
    const read = analyseGoal(text, context);
    expect([read.specific, read.measurable, read.timeBound]).toEqual([specific, measurable, timeBound]);
  });
}

describe('doing words of more than one word are one action', () => {
  expectRows([
    ['chase up the bakery about my trial shift', true, true, false],
    ['get in touch with the council about the traineeship', true, true, false],
    ['get hold of my probation officer on friday', true, true, true],
    ['sort out my right to work documents', true, true, false],
    ['have a go at the online numeracy test', true, true, false],
    ['knock on doors at the business park', true, false, false],
    ['work on my covering letter for 45 minutes', true, true, false],
    ['give the warehouse a ring tomorrow', true, true, true],
    ['pop into the careers centre', true, true, false],
    ['see my key worker about a bus pass', true, true, false],
    ['see what happens', false, false, false],
  ]);
});

describe('a particle may come after a short object', () => {
  expectRows([
    ['drop my cv into the bike shop', true, true, false],
    ['hand a cv in at the hardware store', true, true, false],
    ['sort my provisional licence out', true, true, false],
    ['chase the cafe application up', true, true, false],
  ]);
});

describe('looking for work is an action that needs how much or how often', () => {
  expectRows([
    ['look for jobs at the docks', true, false, false],
    ['search for driving work', true, false, false],
    ['look for work for an hour a day', true, true, false],
    ['look on gumtree every morning', true, true, false],
    ['look into the scaffolding course', true, true, false],
    ['search online', false, false, false],
  ]);
});

describe('several things, with no number, need how many', () => {
  expectRows([
    ['send my cv to garden centres', true, false, false],
    ['post my cv out to care agencies', true, false, false],
    ['pop my cv into salons on the parade', true, false, false],
    ['chase up my interview requests', true, false, false],
    ['apply for a few cleaning jobs', true, false, false],
    ['apply for lots of jobs', true, false, false],
    ['apply for evening work', true, false, false],
    ['apply for the three jobs at the school', true, true, false],
    ['send my cv to the two agencies my cousin uses', true, true, false],
  ]);
});

describe('numbers that name or describe, not count', () => {
  expectRows([
    ['apply for jobs over £11 an hour', true, false, false],
    ['apply for jobs that pay 25k', true, false, false],
    ['look for work within 8 miles of town', true, false, false],
    ['apply for level 3 courses', true, false, false],
    ['apply for jobs with 30 hours a week', true, false, false],
    ['drop my cv into 3 brothers bakery', true, true, false],
    ['redo my cv for the 4th time', true, true, false],
    ['a job paying £15 an hour', false, false, false],
  ]);
});

describe('practice never ends by itself: it needs an amount or how often', () => {
  expectRows([
    ['practise my french', true, false, false],
    ['study for my citb test', true, false, false],
    ['practise my french for 15 minutes a day', true, true, false],
    ['read the letter from the dwp', true, true, false],
  ]);
});

describe('two steps in one line are read as the first', () => {
  expectRows([
    ['ring the agency and apply for jobs', true, true, false],
    ['apply for jobs and ring the agency', true, false, false],
    ['look for jobs then apply to 2 of them on friday', true, false, true],
  ]);
});

describe('wishes, outcomes and hopes are not actions', () => {
  expectRows([
    ['a job that pays well', false, false, false],
    ['do well at the assessment day', false, false, false],
    ['make more of an effort every day', false, false, false],
    ['be in a job by the spring', false, false, false],
    ['want to work with animals', false, false, false],
  ]);
});

describe('a doing word used as a noun is not an action', () => {
  expectRows([
    ['get a criminal record check done', false, false, false],
    ['ring about the job search app', true, true, false],
  ]);
});

describe('a vague time names no day', () => {
  expectRows([
    ['book a driving lesson this year sometime', true, true, false],
    ['sometime next year enrol on a course', true, true, false],
    ['book a driving lesson by the end of the year', true, true, true],
  ]);
});

describe('typed on a phone', () => {
  expectRows([
    ['finsh my application form', true, true, false],
    ['regiter with an agency', true, true, false],
    ['browsin job sites for an hour', true, true, false],
    // A different word, not a slip: "boring" is not "bring", nor "contract" "contact".
    ['a boring job', false, false, false],
  ]);
});

describe('the whole set, or every one, is a number of its own', () => {
  expectRows([
    ['email all the garages on my list', true, true, false],
    ['apply for every job at the new hospital', true, true, false],
    ['ring each nursery in the village', true, true, false],
  ]);
});
