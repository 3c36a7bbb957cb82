// Forms of crisis and concern the rules learned in
// src/domain/risk/echoedWishesCovertGoodbyesAndMoneyStrainPatterns.ts: a wish to be dead said by
// agreeing with someone else's or as relief at an accident, a goodbye the other did not know was
// the last, "doing it" when the house is empty, forced marriage and threats if the client refuses,
// a relapse into cutting; drinking or drugs to cope, the dark days back, not belonging, money
// strain, a landlord selling up. And the same words about ordinary things. Our own examples.
import '../support/trainedModels.ts';
import { describe, expect, it } from 'vitest';
import { expectAssessed } from '../support/riskAssertions.ts';
import { applyRules } from '../../src/domain/risk/rules.ts';

const found = (text: string): string[] => { const { crisis, concern } = applyRules(text); return [...crisis, ...concern]; };

describe('crisis in forms the rules did not know', () => {
  it.each([
    ['my dad always says he wishes he was dead and to be honest same', 'wishes to be dead'],
    ['nan told me she wants to die, some days i feel the same', 'wishes to be dead'],
    ['if i got run over by a bus on the way id be relieved', 'wishes to be dead'],
    ['if i just did not wake up tomorrow i would be grateful', 'wishes to be dead'],
    ['hugged my brother at the station, he doesnt realise it was a final goodbye', 'preparing to end their life, or a past attempt'],
    ['nobody knows that was the last time theyll see me', 'preparing to end their life, or a past attempt'],
    ['gonna do it while my husband is on nights, hes gone 12 hours', 'a plan to end their life'],
    ['planning to do it once dad is away, ill have the house to myself', 'a plan to end their life'],
    ['my uncles are taking me back to get married in the summer', 'abuse or violence'],
    ['if i run away my brothers said they would kill me', 'abuse or violence'],
    ['relapsed into self harm last night after 4 months', 'self-harm'],
  ])('%j is crisis: %s', (text, reason) => {
    expect(found(text)).toContain(reason);
    expectAssessed(text, 'crisis', reason);
  });
});

describe('concern in forms the rules did not know', () => {
  it.each([
    ['drinking right through the week since the sack', 'drinking or drugs to cope'],
    ['had a couple too many just to shut my brain off', 'drinking or drugs to cope'],
    ['scored some heroin after the letter came, first time in months', 'drinking or drugs to cope'],
    ['almost relapsed last night, rang my sponsor instead', 'drinking or drugs to cope'],
    ['had a bad day, nearly had a drink last night', 'drinking or drugs to cope'],
    ['slipped up and used at the weekend', 'drinking or drugs to cope'],
    ['caved and had a drink after 3 months', 'drinking or drugs to cope'],
    ['my dark thoughts are creeping back', 'low mood'],
    ['the rest of the group are all cleverer than me, i will never fit in', 'feels worthless'],
    ['they sent a default notice about my catalogue', 'money worries'],
    ['county court claim came through the door', 'money worries'],
    ['the bills stress is crushing me', 'money worries'],
    ['cant afford the train fare to the job centre this week', 'money worries'],
    ['landlady is selling up so we need to find somewhere by june', 'may lose their home'],
    ['no deposit for another flat and the lease is up', 'may lose their home'],
    ['i am not back at the cutting stage, just tired', 'spoke of harm, then said they would not'],
  ])('%j is concern at least: %s', (text, reason) => {
    expect(found(text)).toContain(reason);
  });
});

describe('the same words about ordinary things', () => {
  it.each([
    'my sister says she wishes she was in spain, so do i',
    'if i got hit by a car my insurance would pay out, is that right',
    'said goodbye to the team, it was a proper goodbye with cake',
    'im going to do it when my mum is out, clean the whole flat as a surprise',
    'going to do it when the kids are asleep, the application takes 2 hours',
    'my cousin is getting married abroad next summer',
    'drank water all day at the interview centre',
    'bought some gear for the building site, boots and a hi vis',
    'nearly used the wrong email address on my cv',
    'nearly had a drink spilled on me at the bar lol',
    'slipped on the ice and used the railing to get up',
    'gave in and used the self checkout in the end',
    'the dark mode is back on my phone',
    'everyone on the course is smarter than me but i like it there',
    'my landlord is selling his van',
    'can afford the bus fare now i get the travel grant',
  ])('%j has none of these forms', (text) => {
    const reasons = found(text);
    for (const reason of ['wishes to be dead', 'preparing to end their life, or a past attempt', 'a plan to end their life', 'abuse or violence', 'drinking or drugs to cope', 'low mood', 'feels worthless', 'money worries', 'may lose their home']) {
      expect(reasons).not.toContain(reason);
    }
  });
});
