// The self-assessment's questions and answers as pure rules: order, skipping, finishing a step,
// reopening one, and reading typed answers.
import { describe, expect, it } from 'vitest';
import { parseAssessmentAnswer } from '../../src/domain/assessmentAnswers.ts';
import {
  ASSESSMENT_QUESTIONS,
  nextQuestion,
  questionById,
  recordAnswer,
  reopenSteps,
  splitList,
  startsItsStep,
  type AssessmentProgress,
} from '../../src/domain/assessmentQuestions.ts';
import { emptyVocationalProfile } from '../../src/domain/assessmentSteps.ts';
import { BARRIER_IDS } from '../../src/domain/barriers.ts';

const fresh = (): AssessmentProgress => ({ profile: emptyVocationalProfile(), answered: [] });
const answer = (progress: AssessmentProgress, id: string, text: string, canKeep = false): AssessmentProgress => {
  const question = questionById(id);
  const parsed = parseAssessmentAnswer(question, text, { canKeep });
  if (!parsed) throw new Error(`Could not read "${text}" for ${id}`);
  return recordAnswer(progress, question, parsed);
};

describe('the self-assessment questions', () => {
  it('asks every barrier, one question each, and 30 questions in all at most', () => {
    expect(ASSESSMENT_QUESTIONS.filter((q) => q.barrier).map((q) => q.barrier)).toEqual([...BARRIER_IDS]);
    expect(ASSESSMENT_QUESTIONS).toHaveLength(30);
  });

  it('asks the last job and how it ended after a yes to recent work, and notes a redundancy', () => {
    let progress = answer(fresh(), 'first-job', 'Not sure yet');
    progress = answer(progress, 'recent-work', 'yes');
    expect(nextQuestion(progress)?.id).toBe('last-job');
    progress = answer(progress, 'last-job', 'Van driver');
    expect(nextQuestion(progress)?.id).toBe('how-it-ended');
    progress = answer(progress, 'how-it-ended', 'I was made redundant in May');
    expect(progress.profile.workHistory).toMatchObject({ lastJob: 'Van driver', howItEnded: 'I was made redundant in May', redundancy: true });
    expect(nextQuestion(answer(answer(fresh(), 'first-job', 'Not sure yet'), 'recent-work', 'no'))?.id).toBe('went-well');
  });

  // Said as people say it, found by play-testing: a closure or "not needed" is a redundancy too.
  it.each([
    ['the shop closed down', true],
    ['they said i wasnt needed anymore', true],
    ['the firm went bust', true],
    ['i was laid off', true],
    ['i left to look after my mum', false],
    ['my contract ended', false],
  ])('"%s" at how it ended notes a redundancy: %s', (ended, redundancy) => {
    let progress = answer(fresh(), 'first-job', 'Not sure yet');
    progress = answer(answer(progress, 'recent-work', 'yes'), 'last-job', 'Shop assistant');
    expect(answer(progress, 'how-it-ended', ended).profile.workHistory.redundancy).toBe(redundancy);
  });

  it('skips the questions about a job goal when the client is not sure yet, and finishes the step', () => {
    const progress = answer(fresh(), 'first-job', 'Not sure yet');
    expect(progress.profile.jobGoals).toEqual([]);
    expect(progress.profile.completedSteps).toEqual(['job-goals']);
    expect(nextQuestion(progress)?.id).toBe('recent-work');
    expect(startsItsStep(nextQuestion(progress)!, progress)).toBe(true);
  });

  // Play-testing: a reason typed late, at "another job?", became a job called "because it is easy to find".
  it.each(['because it is easy to find', 'cos i like people', 'its because my mum did it', 'as i have done it before'])(
    '%j at another job adds to the last reason and asks again',
    (late) => {
      let progress = answer(fresh(), 'first-job', 'Driver');
      progress = answer(progress, 'first-job-reason', 'I like the road');
      progress = answer(progress, 'second-job', late);
      expect(progress.profile.jobGoals).toEqual([{ title: 'Driver', reason: `I like the road. ${late}`, route: null }]);
      expect(nextQuestion(progress)?.id).toBe('second-job');
      expect(parseAssessmentAnswer(questionById('second-job'), 'Cashier')).toEqual({ kind: 'text', value: 'Cashier' });
    },
  );

  // Play-testing: "Skip" at "Have you had a paid job in the last two years?" was asked again 21 times.
  it.each(['Skip', 'pass', "i'd rather not say"])('%j at recent work leaves it unanswered and goes on', (typed) => {
    const progress = answer(answer(fresh(), 'first-job', 'Not sure yet'), 'recent-work', typed);
    expect(progress.profile.workHistory.hasRecentWork).toBeNull();
    expect(nextQuestion(progress)?.id).toBe('went-well');
    expect(parseAssessmentAnswer(questionById('recent-work'), 'no')).toEqual({ kind: 'yes-no', value: false });
  });

  it('keeps up to three job goals, the preferred first, and asks for a third only after a second', () => {
    let progress = answer(fresh(), 'first-job', 'Driver');
    progress = answer(progress, 'first-job-reason', 'I like the road');
    progress = answer(progress, 'second-job', "No, that's all");
    expect(progress.profile.completedSteps).toContain('job-goals');
    expect(progress.profile.jobGoals).toEqual([{ title: 'Driver', reason: 'I like the road', route: null }]);

    progress = reopenSteps(progress, ['job-goals']);
    expect(nextQuestion(progress)?.id).toBe('first-job');
    progress = answer(progress, 'first-job', 'keep it', true);
    progress = answer(progress, 'first-job-reason', 'keep', true);
    progress = answer(progress, 'second-job', 'Courier');
    expect(nextQuestion(progress)?.id).toBe('third-job');
    progress = answer(progress, 'third-job', 'Postman');
    expect(progress.profile.jobGoals.map((g) => g.title)).toEqual(['Driver', 'Courier', 'Postman']);
    expect(nextQuestion(progress)?.id).toBe('recent-work');
  });

  it('reads lists, yes or no, barriers and confidence, and refuses what it cannot read', () => {
    expect(splitList('cooking, cleaning and driving')).toEqual(['cooking', 'cleaning', 'driving']);
    expect(parseAssessmentAnswer(questionById('contacts'), 'No one yet')).toEqual({ kind: 'list', value: [] });
    expect(parseAssessmentAnswer(questionById('recent-work'), 'yeah')).toEqual({ kind: 'yes-no', value: true });
    expect(parseAssessmentAnswer(questionById('recent-work'), 'maybe')).toBeNull();
    expect(parseAssessmentAnswer(questionById('barrier:debt'), "I'd rather not say")).toEqual({ kind: 'barrier', value: 'prefer-not-to-say' });
    expect(parseAssessmentAnswer(questionById('barrier:debt'), 'purple')).toBeNull();
    expect(parseAssessmentAnswer(questionById('confidence'), '7 out of 10')).toEqual({ kind: 'confidence', value: 7 });
    expect(parseAssessmentAnswer(questionById('confidence'), '11')).toBeNull();
    expect(parseAssessmentAnswer(questionById('confidence'), 'keep it')).toBeNull();
  });

  it('has no next question once every step is done', () => {
    let progress = answer(fresh(), 'first-job', 'Cook');
    for (const id of ['first-job-reason', 'second-job']) progress = answer(progress, id, 'Skip');
    progress = answer(progress, 'recent-work', 'no');
    for (const id of ['went-well', 'not-well', 'skills', 'strengths', 'hours', 'workplace', 'contacts']) progress = answer(progress, id, 'Skip');
    for (const id of BARRIER_IDS) progress = answer(progress, `barrier:${id}`, 'no');
    progress = answer(progress, 'support-wanted', 'Skip');
    expect(nextQuestion(progress)?.id).toBe('confidence');
    progress = answer(progress, 'confidence', '5');
    expect(nextQuestion(progress)).toBeNull();
    expect(progress.profile.completedSteps).toHaveLength(8);
    expect(progress.answered).toEqual([]);
  });

  // Play-testing: "ok" to "is there another job you would like too?" became a job called "ok",
  // and "nah thats all" a job called "nah thats all".
  it('asks again for the job after a bare yes, and takes "nah thats all" as no more jobs', () => {
    for (const yes of ['ok', 'Yeah sure!', 'yes please', 'maybe']) expect(parseAssessmentAnswer(questionById('second-job'), yes)).toBeNull();
    expect(parseAssessmentAnswer(questionById('first-job'), 'ok')).toBeNull();
    expect(parseAssessmentAnswer(questionById('second-job'), 'nah thats all')).toEqual({ kind: 'text', value: null });
    for (const unsure of ['not really sure tbh', 'dunno to be honest', 'no idea really']) {
      expect(parseAssessmentAnswer(questionById('second-job'), unsure)).toEqual({ kind: 'text', value: null });
    }
    // The job meant, capitalised like the rest: the yes before it is no part of it.
    expect(parseAssessmentAnswer(questionById('second-job'), 'yes a chef')).toEqual({ kind: 'text', value: 'Chef' });
    expect(parseAssessmentAnswer(questionById('second-job'), 'care work')).toEqual({ kind: 'text', value: 'Care work' });
  });
});
