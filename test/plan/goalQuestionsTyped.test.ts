// The goal's questions answered as clients type them (play-testing, December). At "Could you do a
// first step by ...?" "fairly sure" had "I didn't catch that", and a "dunno tbh" after a word it could
// not read kept the date unasked; at "How sure do you feel?" "prob a 6" was kept unseen, and a feeling
// said with the number ("7 tbh but bit nervous") passed over. Now a yes said loosely is a yes; unsure
// gets an idea first, and only a second unsure keeps the date, saying so; a number said with more
// words is said back; and a feeling said with it is answered first, the number kept.
import { describe, it } from 'vitest';
import { goalDayWalk, type GoalStep } from './goalDayWalk.ts';

// Monday 7 December 2026, 10am in London.
const MONDAY = new Date('2026-12-07T10:00:00Z');
const FIRST_STEP_OFFERED = /Could you do a first step by Thursday 17 December\?/;
const WHAT_FIRST_STEP = /What could that first step be\?/;
const NOT_CAUGHT = /didn't catch that/;
const IDEA = /A first step can be very small[\s\S]*Could you do a first step by/;
const DATE_KEPT = /We will keep your date\.[\s\S]*How sure do you feel/;
const HOW_SURE = /How sure do you feel/;
const NERVES = /It is normal to feel nervous about that\./;
const SAID_BACK = (rating: number) => new RegExp(`I have put that down as ${rating} out of 10\\.`);
const ANY_SAID_BACK = /I have put that down as/;
const SMALLER = /smaller first step/;
const WHICH_JOB = /Which job/;

describe('the goal\'s questions, as clients type them', () => {
  const { walk } = goalDayWalk(MONDAY);
  const toFirstStep: GoalStep[] = [['update my cv', /When could you/], ['the 28th', FIRST_STEP_OFFERED]];
  const toHowSure: GoalStep[] = [['call the Co-op about the job', /When could you/], ['friday', HOW_SURE]];

  it.each<[string, GoalStep[]]>([
    ['"fairly sure" at the first step is a yes', [...toFirstStep, ['fairly sure', WHAT_FIRST_STEP, NOT_CAUGHT]]],
    ['"probs yeah" is a yes', [...toFirstStep, ['probs yeah', WHAT_FIRST_STEP, NOT_CAUGHT]]],
    ['"i guess so" is a yes', [...toFirstStep, ['i guess so', WHAT_FIRST_STEP, NOT_CAUGHT]]],
    ['"defo" is a yes', [...toFirstStep, ['defo', WHAT_FIRST_STEP, NOT_CAUGHT]]],
    ['"think i can" is a yes, not good news', [...toFirstStep, ['think i can', WHAT_FIRST_STEP, /good to hear/]]],
    ['"am not sure" gets an idea and the question again', [...toFirstStep, ['am not sure', IDEA, NOT_CAUGHT]]],
    ['an unreadable word, then "dunno tbh": an idea, the date not kept yet', [...toFirstStep, ['hmm', NOT_CAUGHT], ['dunno tbh', IDEA, /keep your date/]]],
    ['"no idea" is unsure, not a no: an idea, the date not kept yet', [...toFirstStep, ['no idea', IDEA, /keep your date|How sure/]]],
    ['unsure twice keeps the date, and says so', [...toFirstStep, ['not sure', IDEA], ['dunno tbh', DATE_KEPT]]],
    ['"prob a 6" is said back', [...toHowSure, ['prob a 6', new RegExp(`${SAID_BACK(6).source}[\\s\\S]*${SMALLER.source}`)]]],
    ['"like a 4 i guess" is said back', [...toHowSure, ['like a 4 i guess', new RegExp(`${SAID_BACK(4).source}[\\s\\S]*${SMALLER.source}`)]]],
    ['"maybe 7" is said back', [...toHowSure, ['maybe 7', new RegExp(`${SAID_BACK(7).source}[\\s\\S]*${WHICH_JOB.source}`)]]],
    ['a number alone is not said back', [...toHowSure, ['8', WHICH_JOB, ANY_SAID_BACK]]],
    ['"8/10" is not said back', [...toHowSure, ['8/10', WHICH_JOB, ANY_SAID_BACK]]],
    ['"7 tbh but bit nervous": the feeling first, then the 7 kept', [...toHowSure, ['7 tbh but bit nervous', new RegExp(`${NERVES.source}[\\s\\S]*${SAID_BACK(7).source}[\\s\\S]*${WHICH_JOB.source}`)]]],
    ['"im worried, maybe a 5": the feeling, the 5, a smaller step', [...toHowSure, ['im worried, maybe a 5', new RegExp(`${NERVES.source}[\\s\\S]*${SAID_BACK(5).source}[\\s\\S]*${SMALLER.source}`)]]],
    ['a number said calmly gets no words about nerves', [...toHowSure, ['prob a 6', SMALLER, NERVES]]],
  ])('%s', async (_, steps) => walk(steps));
});
