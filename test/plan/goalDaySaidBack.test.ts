// The goal's day and "how sure", as clients type them (play-testing): on 7 December "make it the 3rd"
// at "When could you do it?" became Sunday 3 January 2027 with no check, and "fairly sure" at "How
// sure do you feel?" was kept as 5. Now a day of the month already gone this month, or a date at the
// weekend, is said back ("Do you mean Sunday 3 January 2027, next month?") with Yes and No buttons,
// answers typed too, and "what do you mean" told why in one sentence; a typo in a date gets "I didn't catch that date" and a second chance; and how
// sure, said in words, is read as people mean it ("fairly sure" 7), or asked again gently when unclear.
import { describe, it } from 'vitest';
import { ASK_WHEN, goalDayWalk, STEP, type GoalStep as Step } from './goalDayWalk.ts';

// Monday 7 December 2026, 10am in London.
const MONDAY = new Date('2026-12-07T10:00:00Z');
const NEXT_MONTH = /Do you mean Sunday 3 January 2027, next month\?/;
const WEEKEND = /Do you mean Saturday 12 December\? That is at the weekend\./;
const BUTTONS = '[Yes] [No, another day]';
const KEPT = /OK, we will keep that day\./;
const WHICH_DAY = /Which day do you mean\?/;
const NOT_CAUGHT = /I didn't catch that date/;
const HOW_SURE = /How sure do you feel/;
const AFTER_THE_DAY = /How sure do you feel|Could you do a first step by/;
const ANY_CHECK = /Do you mean|more than six months/;
const SMALLER = /smaller first step/;
const WHICH_JOB = /Which job/;
const GENTLY = /a rough guess is fine/;
// "what do you mean" at the check: why it asks, in one sentence, then the question again.
const WHY_NEXT_MONTH = /I ask because the date you typed has gone this month\.[\s\S]*Do you mean Sunday 3 January 2027, next month\?/;
const WHY_WEEKEND = /I ask because lots of places are shut at the weekend\.[\s\S]*Do you mean Saturday 12 December\?/;

describe('the goal\'s day and how sure, as clients type them', () => {
  const { walk } = goalDayWalk(MONDAY);

  const toTheDay: Step = [STEP, ASK_WHEN];
  const toHowSure: Step[] = [toTheDay, ['friday', HOW_SURE]];

  it.each<[string, Step[]]>([
    ['"make it the 3rd", gone this month, is said back as next month\'s', [toTheDay, ['make it the 3rd', NEXT_MONTH]]],
    ['the check has Yes and No buttons', [toTheDay, ['make it the 3rd', BUTTONS]]],
    ['"yes" keeps the day said back', [toTheDay, ['make it the 3rd', NEXT_MONTH], ['yes', KEPT]]],
    ['"yes the 3rd" keeps it too', [toTheDay, ['make it the 3rd', NEXT_MONTH], ['yes the 3rd', KEPT]]],
    ['"no" asks which day, and the day then typed is kept, not checked again', [toTheDay, ['make it the 3rd', NEXT_MONTH], ['no', WHICH_DAY], ['thursday', AFTER_THE_DAY, ANY_CHECK]]],
    ['a day typed at the check is the new day', [toTheDay, ['the 3rd', NEXT_MONTH], ['nah the 10th', AFTER_THE_DAY, ANY_CHECK]]],
    ['words it cannot read at the check are asked again, with the buttons', [toTheDay, ['the 3rd', NEXT_MONTH], ['hmm', BUTTONS]]],
    ['"what do you mean" at the check is told why it asks', [toTheDay, ['make it the 3rd', NEXT_MONTH], ['what do you mean', WHY_NEXT_MONTH]]],
    ['"wdym" at the check is told why too', [toTheDay, ['make it the 3rd', NEXT_MONTH], ['wdym', WHY_NEXT_MONTH]]],
    ['"why are you asking" at the weekend check is told why', [toTheDay, ['the 12th', WEEKEND], ['why are you asking', WHY_WEEKEND]]],
    ['a date at the weekend is said back', [toTheDay, ['the 12th', WEEKEND]]],
    ['"yeah" keeps the weekend day', [toTheDay, ['the 12th', WEEKEND], ['yeah', KEPT]]],
    ['"yes saturday" keeps it, not the next Saturday', [toTheDay, ['the 12th', WEEKEND], ['yes saturday', KEPT]]],
    ['a weekend date in the step itself is said back', [['ring the college on the 12th', WEEKEND]]],
    ['a weekday named is not checked', [toTheDay, ['sat 12th', AFTER_THE_DAY, ANY_CHECK]]],
    ['a day still to come this month is not checked', [toTheDay, ['the 10th', AFTER_THE_DAY, ANY_CHECK]]],
    ['a typo in a date: "I didn\'t catch that date", then a second chance', [toTheDay, ['the thrid', NOT_CAUGHT], ['the 10th', AFTER_THE_DAY, ANY_CHECK]]],
    ['a far-off day keeps its own check', [toTheDay, ['1/8', /more than six months away/]]],
    ['"fairly sure" is 7: said back, and the step kept', [...toHowSure, ['fairly sure', /put that down as 7 out of 10[\s\S]*Which job/]]],
    ['"not very" is low: a smaller step', [...toHowSure, ['not very', SMALLER]]],
    ['"50/50" is 5: a smaller step', [...toHowSure, ['50/50', SMALLER]]],
    ['"dead cert" is high', [...toHowSure, ['dead cert', WHICH_JOB, SMALLER]]],
    ['"maybe" is asked again, gently', [...toHowSure, ['maybe', GENTLY]]],
    ['"a solid 6" is 6', [...toHowSure, ['a solid 6', SMALLER]]],
  ])('%s', async (_, steps) => walk(steps));
});
