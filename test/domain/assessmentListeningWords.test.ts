// The listening round on the self-assessment and the sentences (December), word by word: what is
// said about the questions themselves, part answers that get one short question, and answers in
// the client's own words at a barrier question. The whole-bot lines: test/journey/assessmentListening.test.ts.
import { describe, expect, it } from 'vitest';
import { assessmentAsideOf } from '../../src/domain/assessmentAsides.ts';
import { followUpFor } from '../../src/domain/assessmentFollowUps.ts';
import { questionById } from '../../src/domain/assessmentQuestions.ts';
import { readBarrierAnswer } from '../../src/domain/barrierTopics.ts';
import { parseLikertAnswer } from '../../src/domain/locusOfControl.ts';

describe('said about the questions themselves', () => {
  it.each([
    ['is this going on my record', 'record'],
    ['will this go on my file?', 'record'],
    ['is this confidential', 'record'],
    ['is this a test', 'test'],
    ['what if i get it wrong', 'test'],
    ['is there a right answer', 'test'],
    ['what if i say yes will they still help me', 'still-helped'],
    ['what if i put a low number', 'still-helped'],
    ['these questions are really personal', 'personal'],
    ['bit personal innit', 'personal'],
    ['i hate these questions', 'fed-up'],
    ['sick of all these questions', 'fed-up'],
    ['whats this got to do with getting a job', 'what-for'],
    ['why r u asking bout my money', 'what-for'],
  ])('%j is an aside (%s)', (said, aside) => {
    expect(assessmentAsideOf(said)).toBe(aside);
  });

  // Answers, and declining, stay answers.
  it.each([['yes i have a record'], ['its private'], ['personal'], ['i hate forms'], ['no'], ['not sure'], ['agree'], ['help with my cv']])('%j is no aside', (said) => {
    expect(assessmentAsideOf(said)).toBeNull();
  });
});

describe('part answers met with one short question', () => {
  it('asks whether work told of with a hedge was paid; a bare "sort of" is left to its own reply', () => {
    const recent = questionById('recent-work');
    expect(followUpFor(recent, 'kinda, a few shifts at my uncles cafe')).toBe('paid');
    expect(followUpFor(recent, 'bits and bobs here and there')).toBe('paid');
    for (const said of ['sort of', 'kinda', 'yes', 'no', 'i helped out but it wasnt paid']) expect(followUpFor(recent, said), said).toBeNull();
  });

  it('asks for most days when how sure changes from day to day; a number is an answer', () => {
    const confidence = questionById('confidence');
    expect(followUpFor(confidence, 'depends on the day')).toBe('most-days');
    expect(followUpFor(confidence, 'up and down really')).toBe('most-days');
    expect(followUpFor(confidence, 'depends, 5 on a good day')).toBeNull();
  });

  it('checks a no that goes on about the very thing asked; a plain no stays a no', () => {
    expect(followUpFor(questionById('barrier:confidence'), 'not really, im shy around new ppl')).toBe('check');
    expect(followUpFor(questionById('barrier:debt'), 'no... well a bit on my credit card')).toBe('check');
    for (const said of ['no', 'nah im ok got a bike', 'no never had debts', 'no thanks', 'not really']) expect(followUpFor(questionById('barrier:debt'), said), said).toBeNull();
  });
});

describe('answers in their own words at a barrier question', () => {
  it.each([
    ['depends on the day', 'health'],
    ['some days', 'transport'],
    ['comes and goes', 'health'],
    ['i look after my mum and i dont drive', 'childcare-caring'],
    ['ive been out of work 5 yrs cos of my mum', 'work-gaps'],
    ['not rly good with computers tbh', 'digital-skills'],
  ] as const)('%j at %s is a yes, kept with the words', (said, barrier) => {
    expect(readBarrierAnswer(said, barrier)).toEqual({ kind: 'answer', value: 'yes', note: said });
  });

  it('leaves "depends" unanswered, and never makes "on and off but not really" a yes', () => {
    expect(readBarrierAnswer('depends', 'health')).toBeNull();
    expect(readBarrierAnswer('on and off but not really', 'health')).not.toMatchObject({ value: 'yes' });
  });
});

describe('a sentence answered some of the time', () => {
  it.each([['some days yeah'], ['bit of both'], ['on and off'], ['at times']])('%j is in between (Not sure)', (said) => {
    expect(parseLikertAnswer(said)).toBe(3);
  });
});
