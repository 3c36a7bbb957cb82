// Reading the job(s) a client would like from their words, and matching a job typed later to the
// ones kept (play-testing: hedges, changes of mind and whole sentences were kept word for word).
import { describe, expect, it } from 'vitest';
import { jobsAsOneTitle, matchJobWanted, readJobsWanted } from '../../src/domain/jobWanted.ts';
import { parseAssessmentAnswer } from '../../src/domain/assessmentAnswers.ts';
import { nextQuestion, questionById, recordAnswer, type AssessmentProgress } from '../../src/domain/assessmentQuestions.ts';
import { emptyVocationalProfile } from '../../src/domain/assessmentSteps.ts';
import { readChoice } from '../../src/domain/partialAnswers.ts';

describe('the job wanted, read from typed words', () => {
  it.each([
    ['maybe retail or care work idk', ['Retail', 'Care work']],
    ['chef, actually no, kitchen porter to start', ['Kitchen porter']],
    ['chef no wait kitchen porter', ['Kitchen porter']],
    ['cleaning or rather office cleaning', ['Office cleaning']],
    ['i mean retail i guess', ['Retail']],
    ['care work for now', ['Care work']],
    ['probably a chef tbh', ['Chef']],
    ['i want to be a nurse', ['Nurse']],
    ["I'd like to work in a warehouse because my brother does it", ['Warehouse']],
    ['HGV driver, part time', ['HGV driver']],
    ['Van driver', ['Van driver']],
    ['health and social care', ['Health and social care']],
    ['anything with animals', ['Anything with animals']],
    // Play-testing, round eight: slang and hours had been kept as jobs ("Sumthin", "School hours only").
    ['warehouse or sumthin. maybe gym instructor tho', ['Warehouse', 'Gym instructor']],
    ['admin or reception, school hours only', ['Admin', 'Reception']],
    ['care work innit', ['Care work']],
    ['driving or whatever', ['Driving']],
    ['retail, term time only', ['Retail']],
    ['something in retail', ['Retail']],
  ])('%j is %j', (typed, titles) => {
    expect(readJobsWanted(typed)).toEqual({ kind: 'jobs', titles });
  });

  it.each([
    // Round eight: a worry said alone had been kept as the job.
    'anxiety',
    'my back',
    'depression',
    'yes',
    'ok',
    'no',
    'it',
    'The new computer system, I never really got the hang of it',
    "I've been thinking about it a lot and honestly I am not sure what I want to do because everything I have tried has gone badly and my mum says",
  ])('%j is no job', (typed) => {
    expect(readJobsWanted(typed)).toEqual({ kind: 'not-a-job' });
  });

  it('keeps several jobs as one title where there is no room for them apart', () => {
    expect(jobsAsOneTitle(['Retail', 'Care work'])).toBe('Retail or care work');
  });
});

describe('the job wanted in the self-assessment', () => {
  const fresh = (): AssessmentProgress => ({ profile: emptyVocationalProfile(), answered: [] });
  const answer = (progress: AssessmentProgress, id: string, text: string) => recordAnswer(progress, questionById(id), parseAssessmentAnswer(questionById(id), text)!);

  it('asks again after a bare yes or a sentence with no job in it', () => {
    expect(parseAssessmentAnswer(questionById('first-job'), 'yes')).toBeNull();
    expect(parseAssessmentAnswer(questionById('first-job'), 'The new computer system, I never really got the hang of it')).toBeNull();
  });

  it('fills a job goal each for two jobs said at once, and asks next for one more', () => {
    const progress = answer(answer(fresh(), 'first-job', 'maybe retail or care work idk'), 'first-job-reason', 'I like people');
    expect(progress.profile.jobGoals.map((job) => job.title)).toEqual(['Retail', 'Care work']);
    expect(nextQuestion(progress)?.id).toBe('third-job');
  });

  it('keeps two jobs said at the last job question as one', () => {
    let progress = answer(fresh(), 'first-job', 'Driver');
    progress = answer(answer(progress, 'first-job-reason', 'skip'), 'second-job', 'cleaner');
    progress = answer(progress, 'third-job', 'retail or care work');
    expect(progress.profile.jobGoals.map((job) => job.title)).toEqual(['Driver', 'Cleaner', 'Retail or care work']);
    expect(nextQuestion(progress)?.id).toBe('recent-work');
  });
});

describe('a job typed at "Which job does this help you with?"', () => {
  const titles = ['Office admin', 'Kitchen porter'];
  it.each([
    ['kitchen porter', 'Kitchen porter'],
    ['Kitchen porters', 'Kitchen porter'],
    ['a kitchen porter job', 'Kitchen porter'],
    ['office work', 'Office admin'],
    ['admin job', 'Office admin'],
  ])('%j matches %j', (typed, title) => {
    expect(matchJobWanted(typed, titles)).toEqual({ kind: 'job', title });
  });

  it('prefers the job with the same words: "office work" is "Office work" beside "Office admin"', () => {
    expect(matchJobWanted('office work', ['Office admin', 'Office work'])).toEqual({ kind: 'job', title: 'Office work' });
  });

  it.each(['any of them', 'all of them', 'both', 'either of them', 'Maybe both', "Honestly I don't know, any of them"])('%j is every job', (typed) => {
    expect(matchJobWanted(typed, titles)).toEqual({ kind: 'any' });
  });

  it.each(['care work', 'shops'])('%j matches no job kept', (typed) => {
    expect(matchJobWanted(typed, titles)).toBeNull();
  });

  it('is read from the buttons with the job reading: "any of them" picks the no-one-job choice', () => {
    const options = [...titles.map((title) => ({ value: title, label: title })), { value: 'Not sure', label: 'Not sure', synonyms: ['none', 'both', 'all'] }];
    expect(readChoice('office work', options, 'job')).toBe('Office admin');
    expect(readChoice('any of them', options, 'job')).toBe('Not sure');
    expect(readChoice('2', options, 'job')).toBe('Kitchen porter');
    expect(readChoice('office work', options)).toBeNull();
  });
});
