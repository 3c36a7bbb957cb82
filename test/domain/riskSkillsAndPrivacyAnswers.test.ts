// Answers to the coach's first questions that the models alone had read as crisis (play-testing as
// clients, round seventeen): a carer's skill at "What are you good at?" read as a plan, and a
// question about privacy at consent read as coercive control, each opening the safety window. The
// words are blanked as everyday phrases (risk/plainSpeechPatterns.ts); the same words with risk
// round them still count.
import '../support/trainedModels.ts';
import { describe, expect, it } from 'vitest';
import { assessRisk } from '../../src/domain/risk.ts';

describe('skills and privacy questions at the first questions', () => {
  it.each([
    'I know how to look after someone',
    'i have years of looking after children',
    'good at looking after people, i did it for my mum',
    'can I ask who exactly will be able to read what I write here?',
    'who can see what i type',
  ])('%j is left alone', (text) => {
    expect(assessRisk(text).level).toBe('none');
  });

  it.each([
    'nobody to look after my kids when im gone',
    'i cant look after myself any more, i want to end it',
    'who will read this when i am gone',
  ])('%j is still crisis', (text) => {
    expect(assessRisk(text).level).toBe('crisis');
  });
});

// Taking time over an answer: "let me think about it" had been read as crisis (coercive control) by
// the models alone, and "i'll think about it" as a worry; the same words with risk round them still count.
describe('taking time to think', () => {
  it.each(['let me think about it', "i'll think about it", 'ok i need to think about it first', 'ill have a think and let you know', 'can i sleep on it'])('%j is left alone', (text) => {
    expect(assessRisk(text).level).toBe('none');
  });

  it.each(['let me think about it, i want to end it all', 'i think about ending it every night'])('%j is still crisis', (text) => {
    expect(assessRisk(text).level).toBe('crisis');
  });
});

// Play-testing, round twenty: "Wednesday. Which Wednesday do you mean?" at a locus sentence had the
// crisis reply, and "I am sorry, I do not have a code." at the code question the offer of the adviser.
describe('asking which was meant, and sorry for not having something', () => {
  it.each(['Wednesday. Which Wednesday do you mean?', 'which one do you mean', 'what day do you mean?', 'I am sorry, I do not have a code.', "sorry i don't have a cv yet"])('%j is left alone', (text) => {
    expect(assessRisk(text).level).toBe('none');
  });

  it.each(['sorry i do not have a code, i wont be here much longer', 'wednesday. i mean it, im ending it'])('%j is still crisis', (text) => {
    expect(assessRisk(text).level).toBe('crisis');
  });
});


// Play-testing, round twenty-three: an answer put right ("no sorry i mean yes", "disagree sorry i
// mean agree") was read as intent by the models alone, and had the crisis reply. "i mean it" with
// risk round it still counts.
describe('an answer put right', () => {
  it.each(['no sorry i mean yes', 'disagree sorry i mean agree', 'disagree, sorry, i meant agree', 'yes sorry i mean no', 'oops i meant tuesday'])('%j is left alone', (text) => {
    expect(assessRisk(text).level).toBe('none');
  });

  it.each(['sorry i mean it', 'i mean it, i want to die', 'not joking i mean it i will hurt him'])('%j is still crisis', (text) => {
    expect(assessRisk(text).level).toBe('crisis');
  });
});

// Play-testing reviews and reminders: a long apology for a late step, with a day spent in for the
// engineer, had the crisis reply (read as self-harm and as control by the models alone).
describe('late with a step, and in for a repair', () => {
  it.each([
    'i know i was supposed to do it by now and im really sorry but my landlord has been round about the boiler three times this week and i had to stay in for the engineer each time so i couldnt get to the library. i will try again next week if thats ok',
    'sorry, i was meant to get it done by now',
    'had to stay in all day for the plumber so missed the jobs fair',
  ])('%j is left alone', (text) => {
    expect(assessRisk(text).level).toBe('none');
  });

  it.each(['he makes me stay in and wont let me out', 'i know i was supposed to be dead by now'])('%j is still crisis', (text) => {
    expect(assessRisk(text).level).toBe('crisis');
  });
});

// Play-testing, round twenty-four: ordinary answers the models alone read as crisis or a worry.
describe('a job feared out of reach, an event asked about, no code', () => {
  it.each([
    'warehouse, but im scared i wont get one',
    'retail maybe, worried i might not get one though',
    'still want to go to one, is there another one?',
    "I'm sorry but I don't have a code as far as I know.",
  ])('%j is left alone', (text) => {
    expect(assessRisk(text).level).toBe('none');
  });

  it('a job feared out of reach for ever is still heard as hopelessness, never crisis', () => {
    expect(assessRisk('retail maybe, worried i will never get a job though')).toEqual({ level: 'concern', reasons: ['hopelessness'] });
  });

  it.each(['im scared i wont get out of this alive', 'i want to go to sleep and not wake up, is there another way', 'sorry but i do not have a reason to live'])('%j is still crisis', (text) => {
    expect(assessRisk(text).level).toBe('crisis');
  });
});
