// Dates and goals, round six: a step's day more than about six months away ("1/6" said on 8 June is
// next June; "by next april") is checked once, kindly, before anything else is asked: "Yes" (or
// "yeah thats right") keeps it; "Pick a nearer day" (or "no", "sooner", "too far") asks for the day
// again; a day typed at the check ("no, the 20th") is the new day. A day within six months is not checked.
// The check names the day ("You picked Tuesday 1 June 2027."), and "what do you mean" is told why it asks.
import { describe, expect, it } from 'vitest';
import { ASK_WHEN, goalDayWalk, STEP, type GoalStep } from './goalDayWalk.ts';
import { farDayOptions } from '../../dialogs/farDayCheck.ts';

// Monday 8 June 2026, 10am in London.
const MONDAY = new Date('2026-06-08T09:00:00Z');
const CHECK = /That is more than six months away\. Is that right\?/;
const BUTTONS = '[Yes] [Pick a nearer day]';
const ASK_NEARER = /Which day would suit you\? Pick a day in the next six months/;
const FIRST_STEP = /Could you do a first step by/;
const HOW_SURE = /How sure do you feel/;
// The day asked about is named in the check itself.
const NAMED = /You picked Tuesday 1 June 2027\. That is more than six months away\. Is that right\?/;
const WHY_FAR = /I ask because that is a long time to wait\.[\s\S]*You picked Tuesday 1 June 2027\./;

describe('a day more than six months away, at "When could you do it?"', () => {
  const { walk } = goalDayWalk(MONDAY);

  it.each<[string, GoalStep[]]>([
    ['the check names the day it asks about', [[STEP, ASK_WHEN], ['1/6', NAMED]]],
    ['"by next april" is named too', [[STEP, ASK_WHEN], ['by next april', /You picked Friday 30 April 2027\. That is more than six months away/]]],
    ['"what do you mean" at the check is told why it asks', [[STEP, ASK_WHEN], ['1/6', CHECK], ['what do you mean', WHY_FAR]]],
    ['Yes keeps the day, then a first step is offered', [[STEP, ASK_WHEN], ['1/6', BUTTONS], ['Yes', FIRST_STEP]]],
    ['"yeah thats right" keeps the day', [[STEP, ASK_WHEN], ['1/6', CHECK], ['yeah thats right', /OK, we will keep that day\.[\s\S]*Could you do a first step by/]]],
    ['Pick a nearer day asks again; the day then typed is kept', [[STEP, ASK_WHEN], ['1/6', CHECK], ['Pick a nearer day', ASK_NEARER], ['friday', HOW_SURE, CHECK]]],
    ['"no sooner" asks for a nearer day', [[STEP, ASK_WHEN], ['1/6', CHECK], ['no sooner', ASK_NEARER]]],
    ['"nah too far" asks for a nearer day', [[STEP, ASK_WHEN], ['1/6', CHECK], ['nah too far', ASK_NEARER]]],
    ['a day typed at the check is the new day', [[STEP, ASK_WHEN], ['1/6', CHECK], ['no, the 12th', HOW_SURE]]],
    ['checked once: a far day given again is kept', [[STEP, ASK_WHEN], ['1/6', CHECK], ['no', ASK_NEARER], ['next april', FIRST_STEP, CHECK]]],
    ['words it cannot read are asked again, with the buttons', [[STEP, ASK_WHEN], ['1/6', CHECK], ['hmm', BUTTONS]]],
    ['a day within six months is not checked', [[STEP, ASK_WHEN], ['friday', HOW_SURE, CHECK]]],
    ['a far day in the step itself is checked', [['ring the college by next april', CHECK]]],
    ['"go back" at the check asks for the day again', [[STEP, ASK_WHEN], ['1/6', CHECK], ['go back', ASK_WHEN]]],
    ['"go back" at the first step question asks the check again', [[STEP, ASK_WHEN], ['1/6', CHECK], ['Yes', FIRST_STEP], ['go back', CHECK]]],
  ])('%s', async (_, steps) => walk(steps));

  it('keeps the far day in the plan after "Yes"', async () => {
    await walk([[STEP, ASK_WHEN], ['1/6', CHECK], ['Yes', FIRST_STEP], ['No, keep my date', HOW_SURE], ['8', /Which job/], ['Not sure', /"Call the Co-op about the job", by Tuesday 1 June 2027\./]]);
  });
});

describe('which days are checked', () => {
  const timeZone = 'Europe/London';
  it('checks a day over 183 days off, and no nearer one', () => {
    expect(farDayOptions('2027-06-01T00:00:00+01:00', timeZone, MONDAY)?.question?.text).toMatch(CHECK);
    expect(farDayOptions('2026-12-07T00:00:00Z', timeZone, MONDAY)).toBeNull();
    expect(farDayOptions(undefined, timeZone, MONDAY)).toBeNull();
  });
});
