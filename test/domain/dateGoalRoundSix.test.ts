// Dates and goals, round six: the kinds of miss the round-six tuning halves showed
// (test/corpus/dates/roundSix.ts, test/corpus/goals/roundSix.tsv), each mended as a kind and
// checked here in other words than the corpus rows.
import { describe, expect, it } from 'vitest';
import { parseDueDate } from '../../src/domain/dates.ts';
import { tidyAim, tidyWords } from '../../src/domain/goalWords.ts';
import { analyseGoal } from '../../src/domain/smart.ts';
import { asCorpusDay } from '../corpus/dates/score.ts';

// Monday 23 November 2026, 09:30 in London.
const context = { now: new Date('2026-11-23T09:30:00Z'), timeZone: 'Europe/London' };
const day = (text: string) => asCorpusDay(parseDueDate(text, context), context.timeZone);

describe('dates typed at "When could you do it?"', () => {
  it.each([
    // "next" with a key beside the t or the n hit.
    ['nexy friday', '2026-12-04'], ['mext week', '2026-12-04'], ['bext tuesday', '2026-12-01'],
    // Two heard as "to" or "too" before a count of days or weeks.
    ['within too weeks', '2026-12-07'], ['after to days', '2026-11-25'], ['in to days time', '2026-11-25'],
    // The weekend without "the": before it is the Friday, after it the Monday.
    ['before weekend', '2026-11-27'], ['by fri b4 weekend', '2026-11-27'], ['after weekend', '2026-11-30'],
  ])('%j is %s', (text, expected) => {
    expect(day(text)).toBe(expected);
  });

  it('leaves "to" and "too" that are not two alone', () => {
    expect(day('get in to work')).toBeNull();
  });
});

describe('what a goal keeps', () => {
  it.each([
    ['phone the agency 2mrw', 'Phone the agency'],
    ['update my cv tmoz', 'Update my CV'],
    ['finish the form 2nite', 'Finish the form'],
    ['hand in my notice by xmas', 'Hand in my notice'],
    ['book the course before christmas eve', 'Book the course'],
  ])('%j keeps %j, its day left for the date', (text, kept) => {
    expect(tidyAim(text, context)).toBe(kept);
  });

  it('writes benefit names in capitals', () => {
    expect(tidyWords('ask about my jsa and esa')).toBe('Ask about my JSA and ESA');
    expect(tidyWords('update my uc journal')).toBe('Update my UC journal');
  });
});

describe('how a goal step is read', () => {
  it('knows phone spellings of doing words', () => {
    expect(analyseGoal('txt the manager', context)).toMatchObject({ specific: true, measurable: true });
    expect(analyseGoal('fone the college', context)).toMatchObject({ specific: true, measurable: true });
  });

  it('hears asking about things as done once; asking for things still needs how many', () => {
    expect(analyseGoal('ask about evening shifts', context).measurable).toBe(true);
    expect(analyseGoal('enquire about part time hours at boots', context).measurable).toBe(true);
    expect(analyseGoal('ask for references', context).measurable).toBe(false);
    expect(analyseGoal('find out about apprenticeships', context).measurable).toBe(false);
  });
});
