// Someone else's risk to themselves that may be happening now, told by the client: the coach answers
// it as a crisis of someone they know (play-testing, round six: "my mate keeps saying hes gonna end it
// all and i dont know what to do" got "Here is my question again"). History, grief, help already in
// place, a career reason, an interview question or a relationship ended are not.
import { describe, expect, it } from 'vitest';
import { speaksOfSomeoneElsesRiskNow } from '../../src/domain/someoneElsesRisk.ts';

describe('someone else\'s risk, now', () => {
  it.each([
    'my mate keeps saying hes gonna end it all and i dont know what to do',
    'my best friend took an overdose last night',
    'my friend said shes going to end it tonight',
    'my brother overdosed on saturday',
    'my daughter is self harming',
    'worried about my brother, he said he doesnt want to be here anymore',
    'my son has started cutting himself and i found out today',
  ])('%j is heard', (text) => {
    expect(speaksOfSomeoneElsesRiskNow(text)).toBe(true);
  });

  it.each([
    'my sister in law tried to overdose last year, shes doing much better now',
    'my old cellmate hung himself in 2017, i still think about him',
    'my mate tried to kill himself a few years back, thats why i want to work in mental health',
    'my stepsister self harms, camhs are involved',
    'my friend keeps saying she wants to end it all with her boyfriend, they split up every week',
    'the interview asked what id do if a resident said they wanted to end their life',
    'my mate overdosed on coffee before his exam lol',
    'my little brother wants to kill himself, and so do i',
  ])('%j is not', (text) => {
    expect(speaksOfSomeoneElsesRiskNow(text)).toBe(false);
  });
});
