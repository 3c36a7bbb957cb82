// Gambling, debt, loan sharks, drink and drugs (src/domain/risk/lendersVoicesCurfewsAndHiddenBetsPatterns.ts):
// once afraid of death and now welcoming it, hoping the drink or the cancer does them in first, a
// voice whispering to get it over with, how much of the tablets would stop a heart, a day picked with
// the bailiffs due after it, doing it after signing on so no one can sanction a no-show, the people
// owed who snapped a thumb, a threat to a child unless the parcels keep going, back by six or else,
// days without food once the money went on scratch cards; life like a ladder that keeps getting
// taller, money off a sister who thinks it went on the gas, cash needed by friday for the lender, no
// one to list as next of kin, feeling flat and sorry for being quiet, a fist through the slot machine.
// Our own examples.
import '../support/trainedModels.ts';
import { describe, expect, it } from 'vitest';
import { expectAssessed } from '../support/riskAssertions.ts';
import { applyRules } from '../../src/domain/risk/rules.ts';

describe('crisis in gambling, debt, drink and drugs', () => {
  it.each([
    ['was always frightened of death, nowadays i would welcome it', 'wishes to be dead'],
    ["not afraid of dying any more, kind of looking forward to it tbh", 'wishes to be dead'],
    ['half hoping the drink does me in before the bailiffs turn up', 'wishes to be dead'],
    ['i wish the cancer would just take me soon', 'wishes to be dead'],
    ['the voices were whispering get it over with after i lost my wages', 'thoughts of suicide'],
    ['that voice saying do it is back since the casino', 'thoughts of suicide'],
    ['if someone necked a fortnights worth of their meds would that be enough', 'thinking about a way to end their life'],
    ['is the whole box of my sleeping pills enough to not wake up', 'thinking about a way to end their life'],
    ['how many of my tablets would it take to stop my heart', 'thinking about a way to end their life'],
    ['picked the day. the bailiffs are coming on the 2nd so it has to be before', 'a plan to end their life'],
    ['finally chosen a date, the loan shark wants paying the day after', 'a plan to end their life'],
    ["gonna do it after my review so the work coach can't say i didn't turn up", 'a plan to end their life'],
    ['will do it straight after my signing on so nobody can sanction me for not showing up', 'a plan to end their life'],
    ['the blokes i borrowed off snapped my thumb over it', 'abuse or violence'],
    ['got beaten up last week cos i owe the dealer', 'abuse or violence'],
    ["he said he'll come after my little girl if i stop holding stuff for him", 'abuse or violence'],
    ['they told me they will batter my mum unless i keep dropping parcels', 'abuse or violence'],
    ['the older lads are making me sell for them and i cant say no', 'abuse or violence'],
    ['gotta be back by six or else, so no late starts for me', 'coercive control'],
    ['if i am five minutes late home he goes mental', 'coercive control'],
    ['not had a meal in four days, blew the lot on scratch cards', 'no safe place, food or power tonight'],
    ['had nothing to eat for 3 days cos my uc went on drink', 'no safe place, food or power tonight'],
  ])('%j is read as crisis', (text, reason) => {
    expect([...applyRules(text).crisis]).toContain(reason);
    expectAssessed(text, 'crisis', reason);
  });

  it.each([
    'used to be scared of dyeing my hair, now i look forward to it',
    'i am dying to see the new series, looking forward to it',
    'hope the bus gets me there before 9 for the interview',
    'wish the train would get me home before the rain',
    'the voice on the sat nav kept saying do it, turn left',
    'that little voice in my head saying just do it, apply for the job',
    'if you took a weeks worth of your tablets on holiday would that be enough for customs',
    'is a full box of my tablets enough to last the holiday or would i need more',
    'set a date for the wedding, rent is due the same week though',
    'picked a date to pay it off, the loan is due the 15th',
    'doing it after my jobcentre appointment, the cv i mean, so they can not sanction me for not turning up',
    'the lads i owe a pint broke two of my fingers at rugby',
    'watched a drama where the loan shark broke his fingers',
    'the boss said he will come for me if i am late again haha',
    'got to be home by 3 for the school run or the kids are stood outside',
    'have to be back by 10 or the hostel locks the door',
    'not eaten for two days because of a stomach bug, no money for takeaways either',
  ])('%j is no crisis to the rules', (text) => {
    expect([...applyRules(text).crisis]).toEqual([]);
  });
});

describe('concern in gambling, debt, drink and drugs', () => {
  it.each([
    ['feels like climbing a ladder that keeps getting taller', 'hopelessness'],
    ['life is like running up a down escalator', 'hopelessness'],
    ['took 200 off my sister, she thinks it went on the gas but it went on the slots', 'money worries'],
    ['the rent money went on the horses again', 'money worries'],
    ['need 300 quid by friday or the lender adds charges', 'money worries'],
    ['any work that pays cash in hand? behind on the loan', 'money worries'],
    ['there is nobody to list as my next of kin', 'feels alone'],
    ['got no one i can put down as emergency contact', 'feels alone'],
    ['feel dead low this week, sorry if i come across a bit blunt', 'low mood'],
    ['been feeling so flat, sorry for being quiet on here', 'low mood'],
    ['swear down ill put my fist through that slot machine lol', 'joked about hurting someone'],
    ['i could batter the machines at the bookies', 'joked about hurting someone'],
  ])('%j is read as concern', (text, reason) => {
    expect([...applyRules(text).concern]).toContain(reason);
  });

  it.each([
    'the hike was like walking up a hill that keeps getting longer lol',
    'this website is like wading through a form that never ends',
    'my dad spent his pension on the horses and my mum has no idea',
    'poker night with the lads, it all went on matchsticks',
    'need money fast for christmas presents, any temp work?',
    'my sister needs money fast for her loan, can you help her',
    'no one to put down as a reference yet, never worked before',
    'no one to put down as next of kin except my mum, is that fine',
    'feeling rubbish with this cold, sorry if i am slow replying',
    'feeling crap after the match lol sorry if i am grumpy',
    'ill smash that 2p machine at the pier',
    'could kick the vending machine, it ate my quid',
  ])('%j is no concern of those kinds to the rules', (text) => {
    const { concern } = applyRules(text);
    for (const reason of ['hopelessness', 'money worries', 'feels alone', 'low mood', 'joked about hurting someone']) expect([...concern]).not.toContain(reason);
  });
});
