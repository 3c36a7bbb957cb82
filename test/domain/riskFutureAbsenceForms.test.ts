// A wish to be dead said as a forecast (src/domain/risk/futureAbsencePatterns.ts): not expecting
// to be alive for something ahead, "my time is nearly up", "can't picture myself getting old";
// and the same words about missing an occasion, a computer session or a job. Our own examples.
import '../support/trainedModels.ts';
import { describe, expect, it } from 'vitest';
import { expectAssessed } from '../support/riskAssertions.ts';
import { applyRules } from '../../src/domain/risk/rules.ts';

describe('not expecting to be alive for something ahead', () => {
  it.each([
    'i dont think i will see christmas this year',
    'i wont see the spring i reckon',
    'doubt ill make it to 40 tbh',
    'dont think ill make it to my next birthday to be honest',
    'i wont be around for the new year, i can feel it',
    'not sure ill be here by summer',
    'i wont see my kids grow up and maybe thats for the best',
    'my times nearly up and thats fine',
    'cant picture myself getting old',
    'i could never see myself reaching 50',
  ])('%j is a wish to be dead, found by the rules', (text) => {
    expect([...applyRules(text).crisis]).toContain('wishes to be dead');
    expectAssessed(text, 'crisis', 'wishes to be dead');
  });
});

describe('the same words about an occasion, a session or a job', () => {
  it.each([
    'i wont see christmas with the kids this year as im working',
    'i wont be here for christmas, im going to my sisters in spain',
    'dont think ill make it to christmas dinner at my mums, on shift',
    'doubt ill make it to the match saturday',
    'my time is nearly up on the library computer so ill be quick',
    'my times almost up on the parking, back later',
    'i will not see the end of the year in this place, contract ends in november',
    'i doubt ill see my 30th in the same job',
    'i wont make it to easter holidays without a break lol',
    'i cant picture myself working in retail at 50',
  ])('%j is no wish to be dead to the rules', (text) => {
    expect([...applyRules(text).crisis]).not.toContain('wishes to be dead');
  });
});
