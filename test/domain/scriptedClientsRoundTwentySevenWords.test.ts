// The words of the scripted clients of round twenty-seven at the first questions (the chats are
// in test/journey/scriptedClientsRoundTwentySeven.test.ts). Each row failed before its mend.
import { describe, expect, it } from 'vitest';
import type { BarrierId } from '../../src/domain/barriers.ts';
import { readBarrierAnswer, saysTheyAreNewToIt } from '../../src/domain/barrierTopics.ts';
import { asksIfANameIsNeeded, declinesToGiveAName } from '../../src/domain/nameDeclinedWords.ts';
import { nameFrom, nameOfferedEarly, nameOpening, statesAName } from '../../src/domain/nameWords.ts';
import { asksToWait } from '../../src/domain/waitWords.ts';
import { isOnlyAYes, saysNothing } from '../../src/domain/assessmentShortWords.ts';

describe('the words of the scripted clients, round twenty-seven', () => {
  it('keeps no name from words that decline one', () => {
    const declined = ['my name is not important', "I'd rather not give my name", 'rather not say', 'no name please', 'id prefer not to', 'i dont want to give my name', 'not telling you', 'anonymous', 'names not important'];
    for (const text of declined) {
      expect(declinesToGiveAName(text), text).toBe(true);
      expect(nameFrom(text), text).toBeNull();
    }
    for (const text of ['Nat', 'my name is Natalie', 'no thanks', 'Noname']) expect(declinesToGiveAName(text), text).toBe(false);
  });

  it('hears a question whether a name is needed', () => {
    for (const text of ['do i have to give my real name', 'does it have to be my real name', 'can i use a nickname', 'do you need my name']) expect(asksIfANameIsNeeded(text), text).toBe(true);
    for (const text of ['Lee', 'why do you need my name', 'do i have to']) expect(asksIfANameIsNeeded(text), text).toBe(false);
  });

  it('takes one letter asked for as a name, and "k" alone as none', () => {
    for (const [text, name] of [['call me K', 'K'], ['just call me j', 'J'], ['my name is K', 'K']] as const) {
      expect(nameFrom(text), text).toBe(name);
      expect(statesAName(text), text).toBe(true);
    }
    for (const text of ['k', 'K', 'im k', 'its k']) expect(nameFrom(text), text).toBeNull();
  });

  it('hears a name said after a hello, with or without "is"', () => {
    for (const text of ['hello my name Olga', 'hello, my name is Olga', 'Good morning, my name is Olga']) {
      expect(nameOfferedEarly(text), text).toBe('Olga');
      expect(nameFrom(text), text).toBe('Olga');
    }
    expect(nameOfferedEarly('hello')).toBeNull();
  });

  it('hears a name alone as the first sentence, with more after it', () => {
    expect(nameOpening('Priya. I have a code somewhere, hold on')).toEqual({ name: 'Priya', rest: 'I have a code somewhere, hold on' });
    for (const text of ['Sorry. I have a code somewhere', 'Tired. Can we do this later', 'priya. i have a code']) expect(nameOpening(text), text).toBeNull();
  });

  it('hears a wait, and no wait in a question', () => {
    for (const text of ['sorry one sec kids', 'hang on', 'brb', 'sorry my little one is screaming hang on', 'hold on someone at the door']) expect(asksToWait(text), text).toBe(true);
    for (const text of ['wait what does that mean', 'hang on what', 'wait no', 'Wayne', 'one']) expect(asksToWait(text), text).toBe(false);
  });

  it('takes being new to computers as a yes, kept where it belongs', () => {
    const yes: [BarrierId, string][] = [
      ['digital-skills', 'never used a computer'],
      ['digital-skills', 'I have never used a computer'],
      ['digital-skills', 'never been online'],
      ['digital-skills', 'no idea how to use a computer'],
      ['digital-skills', 'no i cant use a computer'],
      ['transport', 'never learned to drive'],
    ];
    for (const [barrier, text] of yes) expect(readBarrierAnswer(text, barrier), text).toEqual({ kind: 'answer', value: 'yes', note: text });
    expect(readBarrierAnswer('never used a computer', 'health-disclosure')).toEqual({ kind: 'other-barrier', barrier: 'digital-skills', note: 'never used a computer' });
    expect(saysTheyAreNewToIt('never used a computer')).toBe(true);
    expect(saysTheyAreNewToIt('my phone is broken')).toBe(false);
  });

  it('still hears a no that means no', () => {
    const no: [BarrierId, string][] = [
      ['digital-skills', 'never had a problem with computers'],
      ['substance-use', 'never used drugs'],
      ['substance-use', 'never touched alcohol'],
      ['debt', 'never had any debts'],
      ['convictions', 'never had a criminal record'],
    ];
    for (const [barrier, text] of no) expect(readBarrierAnswer(text, barrier), text).toEqual({ kind: 'answer', value: 'no' });
    // A no, then new to it: no answer either way, so asked again.
    for (const text of ['no never used one', 'nope never been online']) expect(readBarrierAnswer(text, 'digital-skills'), text).toBeNull();
  });

  it('hears a yes alone, and nothing at all, in one word', () => {
    for (const text of ['ye', 'Yes', 'k', 'ok.', 'yh']) expect(isOnlyAYes(text), text).toBe(true);
    for (const text of ['cooking', 'yes cooking', 'sound', 'kind']) expect(isOnlyAYes(text), text).toBe(false);
    for (const text of ['nothin', 'nowt', 'nothing really']) expect(saysNothing(text), text).toBe(true);
    for (const text of ['nothing much but some cash work', 'no']) expect(saysNothing(text), text).toBe(false);
  });
});
