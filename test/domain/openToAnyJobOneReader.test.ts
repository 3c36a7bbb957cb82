// One reader of "open to any job" (saysOpenToAnyJob, jobWanted.ts): the self-assessment's first
// job question (isOpenToAnyJob) and every later reading of the job wanted hear the same words.
// Before, "any", "any really" and "anything i can get" were "Any job" at the first question but a
// job called "Any" or "Anything i can get" at "Is there another job?"; "whatever pays", "not
// bothered" and "owt" were open only through the job-wanted reading.
import { describe, expect, it } from 'vitest';
import { ANY_JOB, isOpenToAnyJob, parseAssessmentAnswer } from '../../src/domain/assessmentAnswers.ts';
import { questionById } from '../../src/domain/assessmentQuestions.ts';
import { readJobsWanted, saysOpenToAnyJob } from '../../src/domain/jobWanted.ts';

describe('open to any job, read one way', () => {
  it.each(['any', 'Any really', 'any at all', 'anything i can get', 'whatever pays', 'not bothered', 'owt', 'dont care what as long as it pays', 'Honestly anything'])(
    '%j is open at the first job question, at another job and wherever the job wanted is read',
    (text) => {
      expect(isOpenToAnyJob(text)).toBe(true);
      expect(saysOpenToAnyJob(text)).toBe(true);
      expect(readJobsWanted(text)).toEqual({ kind: 'jobs', titles: [ANY_JOB] });
      expect(parseAssessmentAnswer(questionById('first-job'), text)).toEqual({ kind: 'text', value: ANY_JOB });
      expect(parseAssessmentAnswer(questionById('second-job'), text)).toEqual({ kind: 'text', value: ANY_JOB });
    },
  );

  // A shrug alone answers the first job question only: elsewhere it names no job, as before.
  it.each(['whatever', 'whatever tbh', 'erm whatever'])('%j is open at the first job question only', (text) => {
    expect(isOpenToAnyJob(text)).toBe(true);
    expect(saysOpenToAnyJob(text)).toBe(false);
    expect(readJobsWanted(text)).toEqual({ kind: 'not-a-job' });
    expect(parseAssessmentAnswer(questionById('second-job'), text)).toBeNull();
  });

  it.each(['any kind of warehouse work', 'anything with animals', 'any hours', 'cleaning or whatever pays'])('%j is not open to any job', (text) => {
    expect(isOpenToAnyJob(text)).toBe(false);
  });
});
