// Offhand asides tucked into job-search messages (src/domain/risk/offhandAsidesHiddenMarksAndEmptyCupboardsPatterns.ts):
// applying next week if still around and half hoping not to be, the last day of bothering with
// anything, no point renewing a railcard "believe me", squaring up so no one is out of pocket once
// gone, keeping the wrists covered, scratching that helps them cope, a smack for asking about money,
// concealer at the interview "do not ask why", no food for the kids with the money gone, living in a
// tent since a day, not eaten for days and dizzy; no idea why they bother when nothing comes back,
// pills that help them block it out, the flat being sold with weeks to go, "literally" killing a
// brother. Our own examples.
import '../support/trainedModels.ts';
import { describe, expect, it } from 'vitest';
import { expectAssessed } from '../support/riskAssertions.ts';
import { applyRules } from '../../src/domain/risk/rules.ts';

describe('crisis in offhand asides', () => {
  it.each([
    ["cv's updated, i'll send it monday if i'm still around. most days i hope i'm not", 'wishes to be dead'],
    ['honestly i hope i will not be here by then', 'wishes to be dead'],
    ["today's the last day i'm bothering with any of this, or anything else", 'intends to end their life'],
    ["after this week i won't be bothering with anything at all", 'intends to end their life'],
    ["no point renewing my railcard, believe me", 'intends to end their life'],
    ["i won't be needing my prescription topped up, let's just say that", 'intends to end their life'],
    ["been settling up with everyone so no one is out of pocket when i'm gone", 'preparing to end their life, or a past attempt'],
    ['gave my cousin back the 50 so that nobody is owed a penny afterwards', 'preparing to end their life, or a past attempt'],
    ["any warehouse jobs where i can have my wrists kept covered? long story", 'self-harm'],
    ["is there work where i won't have to show my forearms", 'self-harm'],
    ['tbh scratching is the only thing that calms me down', 'self-harm'],
    ['the cutting really helps me cope, not proud of it', 'self-harm'],
    ['i got a smack for asking about the wages from my job', 'abuse or violence'],
    ['he gave me a backhander for going to the open day', 'abuse or violence'],
    ['wore a tonne of concealer to the assessment centre, you can imagine why', 'abuse or violence'],
    ["polo neck in june. don't ask why", 'abuse or violence'],
    ["spent my last fiver on the train fare, there's nothing in for dinner for us tonight", 'no safe place, food or power tonight'],
    ["skint till thursday and nothing to feed the kids", 'no safe place, food or power tonight'],
    ["we're in a tent behind the retail park since monday", 'no safe place, food or power tonight'],
    ["i've been kipping in a tent under the bypass for a week", 'no safe place, food or power tonight'],
    ["not eaten anything for four days and i keep going dizzy", 'no safe place, food or power tonight'],
    ["i haven't had any food since sunday, nearly passed out on the bus", 'no safe place, food or power tonight'],
  ])('%j is read as crisis', (text, reason) => {
    expect([...applyRules(text).crisis]).toContain(reason);
    expectAssessed(text, 'crisis', reason);
  });

  it.each([
    "i'll ring you at 5 if i'm still in the queue, i hope i'm not",
    'will i still be doing leg day at 60? if i am still breathing lol',
    "last time i'm bothering with tinder or any of it or anything like it",
    "won't be needing the bus pass renewed, trust me, i've passed my driving test",
    'paying everyone back for the stag so nobody is owed anything after the wedding',
    "a job where i don't have to show my arms? my tattoos are massive",
    'need to keep my arms covered at work, the eczema is flaring',
    'cutting down on sugar helps me feel better',
    'cutting hair helps me switch off, love being a barber',
    'got a slap on the wrist for being late to the induction',
    'got a kicking for going in two footed at football',
    'wore sunglasses to the interview, you can guess why, hungover lol',
    "skint so nothing for tea tonight, we're getting a chippy at my mums",
    "in a tent at glastonbury for the weekend, can't wait",
    "my mate's been in a tent by the river since july, how do i help him",
    'not eaten for two days because of the bug, still a bit dizzy',
    'fasting for ramadan, have not eaten since dawn and felt a bit faint',
  ])('%j is no crisis to this file', (text) => {
    expect([...applyRules(text).crisis]).toEqual([]);
  });
});

describe('concern in offhand asides', () => {
  it.each([
    ['sent 12 off this week. no idea why i even bother, nobody ever gets back', 'hopelessness'],
    ["honestly i can't see my situation ever getting better", 'hopelessness'],
    ['the coke helps me block everything out at the weekend', 'drinking or drugs to cope'],
    ['voddy most nights just to switch off', 'drinking or drugs to cope'],
    ["the flat i rent is being sold, i've been given two months to get out", 'may lose their home'],
    ["shared house is up for sale and we have till the end of the month", 'may lose their home'],
  ])('%j is read as concern', (text, reason) => {
    expect([...applyRules(text).concern]).toContain(reason);
  });

  it.each([
    ["i'll literally kill my brother for eating my tea 🤣", 'joked about hurting someone'],
    ['gonna actually murder my housemate lol he used all the milk', 'joked about hurting someone'],
  ])('%j is a joke about harm, read as concern', (text, reason) => {
    expect([...applyRules(text).concern]).toContain(reason);
    expect([...applyRules(text).crisis]).toEqual([]);
  });

  it.each([
    'not sure why i bother ironing, it just creases again',
    "dunno why i bother with the gym, never lose weight lol",
    'a diet coke helps me forget the afternoon slump',
    'a glass of wine helps me switch off after a good day',
    "we're selling our house and buying a bigger one in two months",
    "my mum's house is being sold, she's got 6 weeks to clear it",
    "i'm going to literally kill this interview tomorrow",
    'ill actually strangle this printer',
  ])('%j is no concern or crisis of those kinds to the rules', (text) => {
    const { concern, crisis } = applyRules(text);
    for (const reason of ['hopelessness', 'drinking or drugs to cope', 'may lose their home', 'joked about hurting someone']) expect([...concern]).not.toContain(reason);
    expect([...crisis]).not.toContain('harm to someone else');
  });
});
