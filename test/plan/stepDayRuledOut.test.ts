// At "When could you do it?", a day the client rules out ("any day except monday") is never kept:
// the coach says it did not catch a date and asks again; "start mon" is Monday (shared date reader).
import { describe, it } from 'vitest';
import { ASK_WHEN, goalDayWalk, STEP } from './goalDayWalk.ts';

// Monday 8 June 2026, 10am in London.
const MONDAY = new Date('2026-06-08T09:00:00Z');
const HOW_SURE = /How sure do you feel/;
const NOT_CAUGHT_THEN_ASKED = /I didn't catch that date\.[\s\S]*When could you do it\?/;

describe('the step day question', () => {
  const { walk } = goalDayWalk(MONDAY);

  it.each([
    ['any day except monday', 'friday'],
    ['anything but fri', 'start mon'],
    ["can't do sat", 'sun!'],
  ])('%j keeps no day and asks again; then %j is kept', async (ruledOut, answer) => {
    await walk([
      [STEP, ASK_WHEN],
      [ruledOut, NOT_CAUGHT_THEN_ASKED, HOW_SURE],
      [answer, HOW_SURE, /I didn't catch that date/],
    ]);
  });
});
