// Play-testing 2026-12-08: at the kinds of work offered after "not sure", "nobody really, my mum is
// ill" was kept as a job called "Nobody"; at "What makes you want that job?", "yes my anxiety is
// bad" was kept as the reason. A barrier told of their life is kept with that barrier and the
// question asked again; "nobody" is never a job; reasons that mention a barrier stay reasons.
import { describe, expect, it } from 'vitest';
import { parseAssessmentAnswer } from '../../src/domain/assessmentAnswers.ts';
import { questionById } from '../../src/domain/assessmentQuestions.ts';

describe('a barrier told where the reason for a job is asked', () => {
  it.each([
    ['yes my anxiety is bad', 'health'],
    ['im in a hostel atm', 'housing'],
    ['my mum is ill', 'childcare-caring'],
  ])('%j is kept with %s, not as the reason', (text, barrier) => {
    expect(parseAssessmentAnswer(questionById('first-job-reason'), text)).toEqual({ kind: 'other-barrier', barrier, value: text });
  });

  it.each(['i have kids so the hours suit', 'need the money', 'i like helping people', 'steady hours'])('%j is still the reason', (text) => {
    expect(parseAssessmentAnswer(questionById('first-job-reason'), text)).toEqual({ kind: 'text', value: text });
  });
});

describe('"nobody" where a job is asked', () => {
  it.each([
    ['nobody really, my mum is ill', 'childcare-caring'],
    ['none tbh my dad is poorly', 'childcare-caring'],
  ])('%j is kept with %s, never as a job', (text, barrier) => {
    expect(parseAssessmentAnswer(questionById('first-job'), text)).toEqual({ kind: 'other-barrier', barrier, value: text });
  });

  it.each(['nobody really', 'no one tbh, not sure'])('%j keeps no job', (text) => {
    const read = parseAssessmentAnswer(questionById('second-job'), text);
    expect(read === null || (read.kind === 'text' && read.value === null)).toBe(true);
  });
});
