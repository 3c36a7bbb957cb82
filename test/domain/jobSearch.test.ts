import { describe, expect, it } from 'vitest';
import { countByKind, daysToFirstEmployerContact, readJobSearchEntries, readJobSearchEntry, saysItHappened } from '../../src/domain/jobSearch.ts';

describe('reading a job-search step from what the client typed', () => {
  it.each([
    ['applied to Halfords', 'application', 'Halfords'],
    ['I applied for a job at Tesco yesterday', 'application', 'Tesco'],
    ['aplied 4 the job at greggs', 'application', 'Greggs'],
    ['sent my cv to the council', 'application', 'The council'],
    ['did 3 applications online', 'application', null],
    ['filled in the form for Lidl', 'application', 'Lidl'],
    ['rang the manager at Greggs', 'employer-contact', 'Greggs'],
    ['emailed Amazon about the warehouse job', 'employer-contact', 'Amazon'],
    ['dropped my cv at Costa', 'employer-contact', 'Costa'],
    ['I went into Boots and asked about work', 'employer-contact', 'Boots'],
    ['interview Thursday', 'interview', null],
    ['got an interview at Asda on Friday at 10am', 'interview', 'Asda'],
    ['i have an intervew with the care home next week', 'interview', 'The care home'],
    ['i have an interview at Tesco and dont know what to wear', 'interview', 'Tesco'],
    ['i had an interview at tesco earlier today', 'interview', 'Tesco'],
    ['applied at greggs as a baker', 'application', 'Greggs'],
    ['rang greggs about the job', 'employer-contact', 'Greggs'],
    ['had an interview at b&q this morning, went ok', 'interview', 'B&Q'],
    ['rang them about the job', 'employer-contact', null],
  ])('%s → %s (%s)', (text, kind, employer) => {
    expect(readJobSearchEntry(text)).toEqual({ kind, employer });
  });

  it.each([
    ['applied at greggs and costa yesterday', ['Greggs', 'Costa']],
    ['applied to greggs, costa and boots', ['Greggs', 'Costa', 'Boots']],
    ['sent my cv to tesco & asda', ['Tesco', 'Asda']],
    ['applied at greggs and at costa', ['Greggs', 'Costa']],
    ['applied at marks and spencer', ['Marks and Spencer']],
    ['I went into Boots and asked about work', ['Boots']],
    ['applied at greggs and they said theyd ring me', ['Greggs']],
  ])('%s names %j', (text, employers) => {
    expect(readJobSearchEntries(text).map((entry) => entry.employer)).toEqual(employers);
  });

  it.each([
    'I want to apply to Tesco',
    'im going to ring the agency',
    'I need to send my CV to Asda',
    'i didnt apply for anything',
    // A question about interviews is not one (play-testing found this logged as an interview).
    'i dont know if i should mention my epilepsy at interview',
    'any tips for interviews',
    'how do i answer what my weaknesses are at interview',
    'I feel a bit useless',
    // Contact, but not with an employer (play-testing, round six: "Julie" had been logged as an employer).
    'My adviser is called Julie',
    'spoke to my adviser yesterday',
    'rang the council about my rent',
    'get a job',
    'hello',
    'x'.repeat(400),
  ])('%s is not a step taken', (text) => {
    expect(readJobSearchEntry(text)).toBeNull();
  });

  it('counts the days from joining to the first contact with an employer', () => {
    const joined = new Date('2026-03-01T10:00:00Z');
    expect(daysToFirstEmployerContact(joined, null)).toBeNull();
    expect(daysToFirstEmployerContact(joined, new Date('2026-03-31T09:00:00Z'))).toBe(29);
    expect(daysToFirstEmployerContact(joined, new Date('2026-04-02T10:00:00Z'))).toBe(32);
  });

  it('counts entries by kind', () => {
    expect(countByKind([{ kind: 'application' }, { kind: 'application' }, { kind: 'interview' }])).toEqual({ application: 2, 'employer-contact': 0, interview: 1 });
  });

  it.each([
    ['applied for 3 jobs on indeed yesterday', 3],
    ['handed my cv in at 4 shops in town', 4],
    ['applied to a couple of jobs', 2],
    ['applied for 50 jobs', 10],
    ['applied for a job', 1],
    ['applied to 2 jobs at asda', 1],
  ])('%s is %i entries', (text, count) => {
    expect(readJobSearchEntries(text)).toHaveLength(count);
  });
});

describe('an interview already had, not one ahead', () => {
  it.each([
    ['had an interview at b&q this morning', true],
    ['went to my interview at asda', true],
    ['interview at asda on friday', false],
    ['i have an interview next tuesday', false],
  ])('%j: %s', (text, happened) => {
    expect(saysItHappened(text)).toBe(happened);
  });
});

describe('an agency or a jobs fair (play-testing, December)', () => {
  it.each([
    ['registered with agency', null],
    ['registered with Hays', 'Hays'],
    ['went to the jobs fair', null],
    ['signed up with an agency', null],
  ])('%j is contact with an employer: %s', (text, employer) => {
    expect(readJobSearchEntries(text)).toEqual([{ kind: 'employer-contact', employer }]);
  });
});

describe('steps of different kinds in one message (play-testing, December)', () => {
  it('"applied for 2 at amazon and one at dhl, got an interview at asda on thurs" is two applications and an interview', () => {
    expect(readJobSearchEntries('applied for 2 at amazon and one at dhl, got an interview at asda on thurs')).toEqual([
      { kind: 'application', employer: 'Amazon' },
      { kind: 'application', employer: 'Dhl' },
      { kind: 'interview', employer: 'Asda' },
    ]);
  });

  it('a list of places after one step is still that step for each', () => {
    expect(readJobSearchEntries('applied to tesco, asda and lidl').map((entry) => entry.kind)).toEqual(['application', 'application', 'application']);
  });
});
