// Clients held by a family or by the one who brought them here, and nights on other people's floors
// (src/domain/risk/heldByFamilyOrAgentAndSofaNightsPatterns.ts): praying they never wake up on a
// mate's sofa, a bare date said as the day, put out this evening and sat in a station till it shuts,
// released today with the bed not there, a marriage fixed for them that they never agreed to, owing
// the boss for the journey and never able to leave, a brother who follows them and reports to their
// father; dreams once and now only waiting, who would employ a gay ex offender, a can before the
// shift, barely eaten all week, a brain too full to think, could slap the brother who told mum.
// Our own examples.
import '../support/trainedModels.ts';
import { describe, expect, it } from 'vitest';
import { expectAssessed } from '../support/riskAssertions.ts';
import { applyRules } from '../../src/domain/risk/rules.ts';

describe('crisis for clients held by a family or an agent, and nights on floors', () => {
  it.each([
    ['kipping on my cousins settee, praying i just never wake up', 'wishes to be dead'],
    ['most nights i go to sleep wishing i would not wake up', 'wishes to be dead'],
    ['the 9th of next month. that is the day. nobody else knows', 'a plan to end their life'],
    ['sunday then. thats when', 'a plan to end their life'],
    ['the date is fixed now, it sits in my head like a booking', 'a plan to end their life'],
    ['my mate put me out this evening, im sat in the train station till they lock up', 'no safe place, food or power tonight'],
    ['got thrown out a couple of hours ago, sitting in a 24 hour cafe', 'no safe place, food or power tonight'],
    ['got out of jail this morning and the room they promised does not exist. getting dark', 'no safe place, food or power tonight'],
    ['my uncle has arranged my marriage to a man back home, i never agreed to any of it', 'coercive control'],
    ['they are flying me to bangladesh in august to get married, i said no', 'coercive control'],
    ['i still owe the boss for bringing me over and he never pays us, i can not leave', 'coercive control'],
    ['we owe the agent for the journey and he keeps our passports till it is paid off', 'coercive control'],
    ['my brother follows me to college and tells my father who i talk to', 'coercive control'],
    ['my aunt reports back on me to my husband every day', 'coercive control'],
  ])('%j is read as crisis', (text, reason) => {
    expect([...applyRules(text).crisis]).toContain(reason);
    expectAssessed(text, 'crisis', reason);
  });

  it.each([
    'hoping i do not wake up my flatmate when i get in late',
    'praying i do not wake the baby when i get in',
    'the 14th, that is the date of my interview!',
    'friday that is the day i start the new job',
    'the date is set for the wedding, so excited',
    'the ref kicked me out of the match an hour ago lol',
    'got kicked out of class this morning for talking',
    'sat in the library till it closes, revising',
    'he got out of prison today and his flat is not ready, my friend is worried',
    'my parents arranged my marriage and i love him, we are so happy',
    'we are taking me and my sister to pakistan for my cousins wedding, cant wait',
    'i owe my mate a tenner, can not go out till i pay him',
    'i still owe the bank for the loan and they will not let me have a new card',
    'my little brother follows me everywhere and tells mum everything lol',
    'my manager watches how long i take on breaks and reports to hr',
  ])('%j is no crisis to the rules', (text) => {
    expect([...applyRules(text).crisis]).toEqual([]);
  });
});

describe('concern for clients held by a family or an agent, and nights on floors', () => {
  it.each([
    ['i once had dreams, now i just wait for the home office', 'hopelessness'],
    ['used to have goals but now i just exist', 'hopelessness'],
    ['who would employ a gay ex offender, get real', 'feels worthless'],
    ['who is ever going to take on an addict with my record', 'feels worthless'],
    ['necked a couple of cans before my shift to get through it', 'drinking or drugs to cope'],
    ['had a quick vodka before the probation appointment', 'drinking or drugs to cope'],
    ['barely eaten all week, no appetite', 'not eating or sleeping'],
    ['i have hardly eaten anything for days', 'not eating or sleeping'],
    ['my brain is so overloaded i cannot think, missed the appointment again', 'not coping'],
    ['too many things in my head, the case, my mum, money, i cant function', 'not coping'],
    ['i swear i could slap my cousin for telling my uncle', 'joked about hurting someone'],
    ['honestly could throttle the agent if he rings again', 'joked about hurting someone'],
  ])('%j is read as concern', (text, reason) => {
    expect([...applyRules(text).concern]).toContain(reason);
  });

  it.each([
    'i used to have plans every weekend, now i have new ones with my new mates',
    'had plans tonight but now its raining lol',
    'who would hire an ex offender, do you know any companies?',
    'had a drink of water before the interview',
    'had a couple of drinks the night before the interview to celebrate',
    'barely eaten today, been so busy at work',
    'hardly eaten this week, fasting for ramadan',
    'my head is so full of ideas for the business, can not think straight',
    'brain is fried from revision, forgot my notes lol',
    'could smack the ball further if i practised',
    'going to bury my nan on friday, the funeral is at 11',
  ])('%j is no concern of those kinds to the rules', (text) => {
    const { concern } = applyRules(text);
    for (const reason of ['hopelessness', 'feels worthless', 'drinking or drugs to cope', 'not eating or sleeping', 'not coping', 'joked about hurting someone']) expect([...concern]).not.toContain(reason);
  });
});
