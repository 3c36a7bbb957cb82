// "i want to do it" with the step or the day it is about (risk/stepDayOnlyAnswer.ts): play-testing
// goal setting, 2026-12-08, "actually i want to do it friday not wednesday" and "i want to do it
// myself, ring the cafe on the high st" had the crisis reply and a crisis alert to the adviser. With
// more said, or "tonight", read as before.
import '../support/trainedModels.ts';
import { describe, expect, it } from 'vitest';
import { assessRisk } from '../../src/domain/risk.ts';

describe('"i want to do it" with its step or its day, said as the whole message', () => {
  it.each([
    'actually i want to do it friday not wednesday',
    'i want to do it myself, ring the cafe on the high st',
    'i want to do it today, go to the agency on king st',
    'id like to do it thursday instead',
    'im going to do it tomorrow, email the manager at asda',
  ])('%j is left alone', (text) => {
    expect(assessRisk(text).level).toBe('none');
  });

  it.each(['i want to do it tonight', 'i want to do it friday, ive got the pills', 'i want to do it on my own tonight', 'i want to do it, end it all'])('%j is still crisis', (text) => {
    expect(assessRisk(text).level).toBe('crisis');
  });
});
