// How words in the safety window are read (play-testing, December).
import { describe, expect, it } from 'vitest';
import { readSafetyWindowReply, saysCarryOn } from '../../src/domain/safetyWindow.ts';
import { readWindowMessage } from '../../src/domain/safetyCorrection.ts';
import { isImminent, readSafeAnswer, saysMeansAtHand } from '../../src/domain/imminentRisk.ts';
import { speaksOfSomeoneElsesRisk } from '../../src/domain/someoneElsesRisk.ts';
import { reasonsFor, safetyKindsOf, SOMEONE_ELSE_REASON } from '../../src/domain/safetyKind.ts';

describe('words in the safety window', () => {
  it.each([
    ['can we carry on', 'carry-on'],
    ['back to the plan', 'carry-on'],
    ['go on then', 'carry-on'],
    ['im fine now', 'feeling-better'],
    ['im alright', 'feeling-better'],
    ['sorry', 'sorry'],
    ['forget i said that', 'take-back'],
    ['ignore that', 'take-back'],
    ['no i dont want to talk to anyone', 'no-talk'],
    ['what', 'lost'],
    ['what do i do', 'help'],
    ['whats the samaritans number again', 'numbers'],
    ['i cant call anyone, he would hear me', 'cannot-call'],
    ['i cant ring them i have no credit', 'cannot-call'],
    ['im deaf', 'cannot-call'],
    ['is there anyone i can text', 'cannot-call'],
    ['i hate phones', 'cannot-call'],
    ['she is listening', 'cannot-call'],
    ['i can call them later', 'other'],
    ['hes back i have to go', 'must-go'],
    ['sorry gotta go', 'must-go'],
    ['my husband is home', 'must-go'],
    ['please dont ring me he checks my phone. can my adviser message me on here', 'no-calls'],
    ['dont call me', 'no-calls'],
    ['idk', 'unsure'],
    ['dunno really', 'unsure'],
    ['ok', 'ok'],
    ['he is back at work on monday and i start my course', 'other'],
    ['ill ring my mum', 'other'],
  ])('%j is %s', (text, reply) => expect(readSafetyWindowReply(text)).toBe(reply));

  // Play-testing, round six: questions typed the way people type them, each with its own answer.
  it.each([
    ['what happens now?', 'what-next'],
    ['what happens next', 'what-next'],
    ['so wat happens now', 'what-next'],
    ['what happens to me now', 'what-next'],
    ['what now', 'help'],
    ['are you a real person?', 'real-person'],
    ['is this a bot', 'real-person'],
    ['r u a bot', 'real-person'],
    ['am i talking to a bot', 'real-person'],
    ['are u human', 'real-person'],
    ['real person', 'adviser'],
    ['will you tell the jobcentre?', 'who-is-told'],
    ['will this affect my benefits', 'who-is-told'],
    ['will i lose my benefits', 'who-is-told'],
    ['are u gonna tell the job centre', 'who-is-told'],
    ['does the jobcentre know', 'who-is-told'],
    ['who sees this', 'who-is-told'],
    ['are you gonna call the police (on me)?', 'police'],
    ['are you gonna call the police on me', 'police'],
    ['r u gonna ring the cops', 'police'],
    ['will the police come', 'police'],
    ['where do i go tho', 'where-to-go'],
    ['what if the council says no', 'where-to-go'],
    ['its not me its my daughter', 'not-me'],
    ['not me, my brother', 'not-me'],
    ['i meant my mate', 'not-me'],
    ["it's my son not me", 'not-me'],
    ['i meant it', 'other'],
    // After abuse these say who hurts them, not that the risk is someone else's.
    ['it was him', 'other'],
    ['i meant my partner', 'other'],
    ['its her not me', 'not-me'],
    ['my mum', 'other'],
    ['sorry ignore that', 'take-back'],
    ['jk', 'not-serious'],
    ['calm down it was a joke', 'not-serious'],
    ['it was a joke', 'not-serious'],
    ['only joking', 'not-serious'],
    ['eh? im going to majorca lol', 'not-serious'],
    ['im not joking', 'other'],
    // Laughing it off is not the same as saying it was a joke, and a question with "lol" is still a question.
    ['haha its fine lol', 'other'],
    ['what do i do lol', 'other'],
    ['i said carry on', 'carry-on'],
    ['i said carry on!!', 'carry-on'],
    ['carry on then', 'carry-on'],
    ['hi', 'other'],
    // Round seven of play-testing: going back said crossly, and being fed up, each heard.
    ['fine. carry on', 'carry-on'],
    ['i said ask me the questions', 'carry-on'],
    ['this is useless', 'fed-up'],
    ['stop going on about it', 'fed-up'],
    ['will my adviser see this?', 'who-is-told'],
    ['fuck off', 'fed-up'],
  ])('%j is %s', (text, reply) => expect(readSafetyWindowReply(text, { 'carry-on': 'Carry on', numbers: 'Phone numbers', adviser: 'Talk to my adviser' })).toBe(reply));

  it.each([
    ['im not going to do anything stupid... probably', 'hedged'],
    ['i was only messing. mostly', 'hedged'],
    ['i was only messing', 'correction'],
    ['i mean it', 'intent'],
  ])('%j is %s', (text, reading) => expect(readWindowMessage(text, 'concern')).toBe(reading));

  it('"carry on" after the window is still heard as carrying on', () => {
    expect(saysCarryOn('carry on')).toBe(true);
    expect(saysCarryOn('can we get back to it')).toBe(true);
    expect(saysCarryOn('next')).toBe(false);
    expect(saysCarryOn('ring the agency')).toBe(false);
  });
});

describe('danger that is now', () => {
  it.each([
    ['ive got all my tablets here and im going to take them tonight', true],
    ['got the tablets out on the table, cant do this anymore', true],
    ['im going to end it tonight', true],
    ['i just want to go to sleep and not wake up', false],
    ['i have thought about taking pills', false],
    ['i want to die', false],
    // Play-testing, round seven: a past attempt with "doing better now" had got 999 and "put the things away".
    ['had a lot of time off after i took an overdose last year, im doing better now tho', false],
    ['the pills are here and i am taking them now', true],
    ['i took an overdose 2 yrs ago but im in a much better place now', false],
    // Pills taken hours ago are a medical emergency now, however they feel.
    ['cos i need something, last night i took a load of pills tbh', true],
    ['i took some pills years ago', false],
  ])('%j: %s', (text, now) => expect(isImminent(text)).toBe(now));

  it.each([
    ['self', 'ive got all my tablets here and im going to take them tonight', true],
    ['self', 'im going to end it tonight', false],
    ['others', 'ive got a knife and im going round his tonight', true],
    ['others', 'im going round his tonight', false],
  ] as const)('the means at hand, for %s, in %j: %s', (to, text, said) => expect(saysMeansAtHand(to, text)).toBe(said));

  it.each([
    ['I am safe', 'safe'],
    ['yes im safe for now', 'safe'],
    ['no', 'not-safe'],
    ['not really', 'not-safe'],
    ['dunno', 'not-safe'],
    ['what', null],
  ])('%j to "are you safe?" is %s', (text, answer) => expect(readSafeAnswer(text)).toBe(answer));
});

describe("someone else's risk, told by the client", () => {
  it.each([
    ['my little brother keeps saying he wants to kill himself, ive been watching him', true],
    ['my mum took an overdose last night, been at a&e all night so missed it', true],
    ['my dad keeps saying he will kill himself and take me with him', false],
    ['my partner said he will kill me', false],
    ['he wants to kill himself and i feel the same', false],
    ['i want to kill myself', false],
  ])('%j: %s', (text, theirs) => expect(speaksOfSomeoneElsesRisk(text)).toBe(theirs));

  it('is kept for the adviser as someone else at risk only when the reading was the client as the danger or at risk', () => {
    expect(reasonsFor(['harm to someone else'], true)).toEqual([SOMEONE_ELSE_REASON]);
    expect(reasonsFor(['abuse or violence'], true)).toEqual(['abuse or violence']);
    expect(reasonsFor(['harm to someone else'], false)).toEqual(['harm to someone else']);
    expect(safetyKindsOf([SOMEONE_ELSE_REASON])).toEqual(['someone-else']);
  });
});
