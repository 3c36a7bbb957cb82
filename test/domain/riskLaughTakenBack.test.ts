// A laugh after a threat makes it a figure of speech (concern: someone should still ask), unless
// the client says they mean it or takes the laugh back (src/domain/risk/laughTakenBack.ts). Then
// the threat is read as it is: harm to someone else, a crisis. Our own examples.
import '../support/trainedModels.ts';
import { describe, expect, it } from 'vitest';
import { applyRules } from '../../src/domain/risk/rules.ts';
import { expectAssessed } from '../support/riskAssertions.ts';

describe('a laugh taken back is no joke', () => {
  it.each([
    'if he eats my dinner again im stabbing him lol not really lol. actually yeah really',
    'gonna batter my landlord haha jk. actually yeah i will',
    'ill knock him out lmao. actually yes i mean it',
    'going to hurt that guy lol, not joking',
    'i will kill him lol. deadass',
    'lol im smashing his face in. jokes aside, im going round tonight',
    'haha they all laugh when i say ill torch his van. ive bought a can of petrol',
    'lol im gonna shoot the lot of them, already got the gun',
    'haha gonna deck him at the match. no im being serious tho',
    'lol im gonna knife that landlord. no actually not lol',
    'ill strangle her haha. hmm actually i think i will',
    'next time i see my landlord im going to batter him. no haha this time',
    'keep picturing myself punching my stepdad and i dont think im joking any more',
    'ill smash his face in haha, im not sure im joking any more',
  ])('"%s" is harm to someone else', (text) => {
    expect(applyRules(text).joking).toBe(false);
    expectAssessed(text, 'crisis', 'harm to someone else');
  });
});

describe('a laugh left standing stays a joke', () => {
  it.each([
    'ill kill my brother if he eats my crisps lol',
    'gonna strangle the printer and the manager haha',
    'if he calls me mate one more time ill stab him lol not really',
    'ill kill him lol, he ate the cake and i have got the knife for cutting it',
    'ill kill my brother lol, i got the petrol for the mower and he used it all',
    'ill throttle my brother lol. actually i think i might order a pizza instead',
  ])('"%s" reads as joked harm, not a crisis', (text) => {
    expect(applyRules(text).joking).toBe(true);
    expectAssessed(text, 'concern', 'joked about hurting someone');
  });

  it('reads "actually" without the taking back as the laugh it is', () => {
    expect(applyRules('lol actually that film where he stabs the guy is class').joking).toBe(true);
  });
});
