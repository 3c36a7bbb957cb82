// "Have you had a paid job in the last two years?" answered with the job and how it ended: a yes,
// and the ending read as work history, not as news for the adviser or a worry (play-testing).
import '../support/trainedModels.ts';
import { describe, expect, it } from 'vitest';
import { parseAssessmentAnswer } from '../../src/domain/assessmentAnswers.ts';
import { questionById } from '../../src/domain/assessmentQuestions.ts';
import { assessRisk } from '../../src/domain/risk.ts';

describe('recent work, said with how it ended', () => {
  const recentWork = questionById('recent-work');

  it.each(['forklift at b&q, i got sacked for being late too many times', 'yeah at tesco but i got let go in march', 'yes, 2 years at asda'])('%j is a yes', (text) => {
    expect(parseAssessmentAnswer(recentWork, text)).toEqual({ kind: 'yes-no', value: true });
  });

  it.each(['no', 'not really', 'nope never'])('%j is a no', (text) => {
    expect(parseAssessmentAnswer(recentWork, text)).toEqual({ kind: 'yes-no', value: false });
  });

  it.each(['yeah at tesco but i got let go in march', 'forklift at b&q, i got sacked for being late too many times'])('%j is no risk', (text) => {
    expect(assessRisk(text).level).toBe('none');
  });

  it.each(['lost a stone since i got let go', 'i got sacked today and i cant see the point anymore'])('%j is still a worry', (text) => {
    expect(assessRisk(text).level).not.toBe('none');
  });
});
