// Risk said as a gamer's exit ("log off irl", "uninstall myself"), no next weeks for me, "i am
// done, not the cv, done done", a day set that is not the interview, an accident wished for, sleep
// forever as what would help, a weapon carried for someone, days without food and pennies left,
// in Spanish, Hindi/Urdu, Tagalog, Polish, Arabic and Somali; a drunk parent driving a child, marks
// on the neck, noise to cover it, a blood-drop emoji "again"; concern said as "just depressed",
// "numb", feeling nothing, mood in the bin, owing the catalogue, pills to wake and to sleep; and
// other people's attempts and relationships, game chat, stories, songs and everyday
// errands read as a topic (src/domain/risk/gameExitsOtherTonguesAndNeckMarksPatterns.ts,
// src/domain/risk/othersAttemptsGameChatAndStoriesPatterns.ts). Written for this test, not copied
// from any split.
import '../support/trainedModels.ts';
import { describe, expect, it } from 'vitest';
import { expectAssessed } from '../support/riskAssertions.ts';
import { assessRisk } from '../../src/domain/risk.ts';
import { applyRules } from '../../src/domain/risk/rules.ts';

describe('crisis said as a game exit, no future weeks, a day set, an accident wished for, or in another language', () => {
  it.each([
    ['thinking i might just log off irl, for good this time', 'wishes to be dead'],
    ['honestly ready to uninstall myself', 'wishes to be dead'],
    ['might just rage quit life tbh', 'wishes to be dead'],
    ['dont book me in, there is no next month for me', 'wishes to be dead'],
    ['there will not be a christmas for me', 'wishes to be dead'],
    ['it would be better for my kids if i got run over by a lorry', 'wishes to be dead'],
    ['honestly it would be a relief if i got knocked down by a van', 'wishes to be dead'],
    ['what would help? sleeping forever would be nice honestly', 'wishes to be dead'],
    ['no quiero vivir así', 'wishes to be dead'],
    ['me quiero morir, no puedo más', 'wishes to be dead'],
    ['ojalá no despertar mañana', 'wishes to be dead'],
    ['sach bataun toh main marna chahti hoon', 'wishes to be dead'],
    ['ab jeena nahi chahta yaar', 'wishes to be dead'],
    ['pagod na ako, gusto ko nang mamatay', 'wishes to be dead'],
    ['nie chcę już żyć', 'wishes to be dead'],
    ['wallah ana abi amoot', 'wishes to be dead'],
    ['quiero quitarme la vida', 'thoughts of suicide'],
    ['khud ko khatam kar dunga', 'thoughts of suicide'],
    ['magpapakamatay na ako', 'thoughts of suicide'],
    ['i am just done. not the cv. done with everything', 'thoughts of suicide'],
    ['sab kuch khatam kar dena hai. khud ko bhi', 'thoughts of suicide'],
    ['picked the date for the 14th. that is my day. not for the interview', 'a plan to end their life'],
    ['the fireworks will hide it. i have planned everything', 'a plan to end their life'],
    ['no voy a estar aquí por mucho tiempo, ya lo decidí', 'intends to end their life'],
    ['i keep a hammer in the van for when i see my ex', 'harm to someone else'],
    ['got a blade in my coat in case i bump into him', 'harm to someone else'],
    ['not eaten for 3 days, only got 50p in the bank', 'no food'],
    ['my ex is drunk, he got my son in the car and he is driving off', 'abuse or violence'],
    ['bruises round my throat again, he said i deserved it', 'abuse or violence'],
    ['wearing a polo neck for the fingerprints on my neck, my boyfriend does not like me working', 'abuse or violence'],
    ['🩸 again last night', 'self-harm'],
  ])('%j is crisis (%s)', (text, reason) => {
    expect([...applyRules(text).crisis]).toContain(reason);
    expectAssessed(text, 'crisis', reason);
  });
});

describe('struggle said plainly, as feeling nothing, in debts, pills, or in another language, is concern', () => {
  it.each([
    ['just depressed tbh', 'low mood'],
    ['hollow inside lately', 'low mood'],
    ['i can not feel anything any more', 'low mood'],
    ['my mood is through the floor', 'low mood'],
    ['i owe the council tax and the electric', 'money worries'],
    ['pills to wake up and pills to get to sleep', 'drinking or drugs to cope'],
    ['gin in my flask for the shift', 'drinking or drugs to cope'],
    ['i am at the end of my rope', 'not coping'],
    ['ya no aguanto más', 'not coping'],
    ['no tengo ninguna esperanza', 'hopelessness'],
    ['main bekaar hoon', 'feels worthless'],
  ])('%j is concern or more (%s)', (text, reason) => {
    expect([...applyRules(text).concern]).toContain(reason);
    expect(assessRisk(text).level).not.toBe('none');
  });
});

describe('everyday look-alikes these rules leave alone', () => {
  it.each([
    'logging off for good at five, last shift at the call centre',
    'i am logging off instagram for good',
    'going to delete myself from the group chat',
    'there is no next round for me, they picked someone else',
    'there will not be a christmas for me this year, working the whole day',
    'i nearly got hit by a bus this morning, scary',
    'better write it down in case i get hit by a bus',
    'i could sleep forever after that shift',
    'me muero de hambre',
    'me quiero morir de la vergüenza jaja',
    'ya no quiero estar aquí en este trabajo',
    'aaj cv khatam kar doon',
    'gusto ko nang mamatay sa hiya',
    'i carry a knife for work, i am a chef',
    'my dad is drunk at the wedding so i am driving us home',
    'marks on my neck from the lanyard, he said it looked sore',
    'the music will cover the gaps, i planned the playlist',
    '🩸 test again tomorrow',
    'period again 🩸 sorry',
    'i am done. not the form though, that is tomorrow',
    'set it for the 3rd, that is the day of the interview',
    'depressed about the football score',
    'i owe my landlord a reply',
    'at the end of my rope with this printer',
    'my nan takes pills to sleep',
    'numb fingers from the cold',
    'no voy a estar aquí mucho más, me mudo a Madrid',
  ])('%j has no rule finding', (text) => {
    const findings = applyRules(text);
    expect([...findings.crisis, ...findings.concern]).toEqual([]);
  });

  it('days without food from a stomach bug, with money, are not "no food"', () => {
    expect([...applyRules('i have not eaten in two days, stomach bug, but i have got 20 quid').crisis]).toEqual([]);
  });

  it.each([
    'my uncle attempted suicide a while back, he is doing well now and got me into volunteering',
    'the guest speaker talked about her overdoses and her recovery, where do i sign up for the mentor course',
    'my cousin was in an abusive relationship for years, she is doing great now and training as a nurse',
    'the neighbour was arrested for assault last night, police everywhere, anyway i am free thursday',
    'my nephew keeps sending memes about unaliving his teachers, is that normal',
    'my little brother keeps shouting im gonna kill you to his fortnite squad',
    'the main character in my manga keeps getting killed and reborn, anyway i want to be an illustrator',
    'going to end the month on a high and get the module done',
    'all good, got enough food and the gas is topped up, just asking ahead',
    'a drunk man at the bus stop was shouting he would kill everyone, the police came',
    'in this track the rapper wants to disappear, it is on every playlist at work',
  ])('%j is none in full', (text) => expect(assessRisk(text).level).toBe('none'));
});

describe('a topic that is the client own stays read', () => {
  it.each([
    'my brother attempted suicide last year and i tried too',
    'my brother was in an abusive relationship and so was i, he still hits me',
    'in the song she wants to disappear and honestly that is me',
  ])('%j is not none', (text) => expect(assessRisk(text).level).not.toBe('none'));
});
