// The lines the two readers of job news had disagreed on or misheard, read by the one reader.
import { describe, expect, it } from 'vitest';
import { readStartedWork } from '../../src/domain/jobNews.ts';

describe('news of a job, read once', () => {
  it.each([
    ['got taken on at the warehouse', 'The warehouse'],
    ['starting monday at asda', 'Asda'],
    ['they offered me the job!!', null],
    ["i'm a cleaner now 16 hours", null],
    ['back at work', null],
    ['signed my contract', null],
    ['gt a jb at tesco', 'Tesco'],
    ['im staring work monday', null],
    ['cant wait to start my new job', null],
    ['they want me to start on monday', null],
    ['guess what i got a job', null],
    ['ive got a new part-time job at the co op', 'The co op'],
    // Working for themselves: no employer to name.
    ['i started working for myself', null],
  ])('%j is news of a job, at %s', (text, employer) => expect(readStartedWork(text)).toEqual({ employer }));

  it.each([
    'i started working on my cv',
    'started looking for work',
    'started a course',
    'got a job interview',
    'my mate got a job',
    'i wish i had a job',
    'going to the job centre',
    'started my new meds',
    'ok got it',
    'got a job in a factory? no chance',
    'when im back in work ill be happy',
    // Only if the interview goes well, or only able to: not news yet.
    'i have an interview at asda, if i get it i start monday',
    'got my cscs card so i can start work',
  ])('%j is not news of a job', (text) => expect(readStartedWork(text)).toBeNull());

  // Volunteering is good news, but not paid work: in-work support and its check-ins are for a job.
  it.each(['started volunteering at oxfam', 'im doing 16 hours of volunteering now', 'starting at the food bank next week, volunteering'])('%j is not a job', (text) =>
    expect(readStartedWork(text)).toBeNull(),
  );
});
