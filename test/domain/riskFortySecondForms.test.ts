// Crisis and concern said literally, as facts, lists or actions
// (src/domain/risk/literalPlansBodyHarmAndPowerPatterns.ts): being dead sounds restful, a plan
// given as done items, self-harm told as an action, a relative shaken or hit with a fear of doing
// worse, a partner who holds the login of the client's own claim, the power off while oxygen or a
// ventilator runs on it, prescriptions got early under a false story, a threat that someone will
// get hurt or one said with "not joking"; given up on getting better, a person with no value,
// debts none payable, an overpayment being paid back (not a question about one), sleep logs of a few hours, mood scored low, joy gone from what
// used to bring it, pushing someone into a canal as a joke. And the same words about everyday
// things. Our own examples.
import '../support/trainedModels.ts';
import { describe, expect, it } from 'vitest';
import { expectAssessed } from '../support/riskAssertions.ts';
import { applyRules } from '../../src/domain/risk/rules.ts';

describe('crisis said literally', () => {
  it.each([
    ['honestly death seems so peaceful compared to all these forms', 'wishes to be dead'],
    ['being dead would be easier than another assessment', 'wishes to be dead'],
    ['picked the day, method is sorted, the letters to my kids are written', 'a plan to end their life'],
    ['the method is all decided now and i have chosen the date as well', 'a plan to end their life'],
    ['i bit my arm so hard it bled after the job centre rang', 'self-harm'],
    ['i ripped out clumps of my hair last night, there are bald spots now', 'self-harm'],
    ['the marks on my legs are from me cutting', 'self-harm'],
    ['i burned my wrist with a lighter on purpose', 'self-harm'],
    ['i slapped my son today and i am afraid i might really hurt him', 'harm to someone else'],
    ['i pushed my dad hard into the door and i am scared what i will do next time', 'harm to someone else'],
    ['my husband controls the login for my universal credit and i have never seen my own journal', 'coercive control'],
    ['i am not allowed to see my own claim, he does all the messages', 'coercive control'],
    ['the electric has run out and my dad is on a ventilator at home', 'no safe place, food or power tonight'],
    ['there is a power cut and my oxygen machine has stopped', 'no safe place, food or power tonight'],
    ['i told the pharmacist i lost my tablets so they would give me more, i did not lose them', 'preparing to end their life, or a past attempt'],
    ['asked for my repeat early, told the doctor i was going abroad, i am not going anywhere', 'preparing to end their life, or a past attempt'],
    ['my landlord will get hurt if he texts me again', 'harm to someone else'],
    ['not joking, i will batter the next person who says reasonable adjustments to me', 'harm to someone else'],
  ])('%j is read as crisis', (text, reason) => {
    expect([...applyRules(text).crisis]).toContain(reason);
    expectAssessed(text, 'crisis', reason);
  });

  it('"not joking" keeps a threat a threat', () => {
    const { crisis, concern, joking } = applyRules('that assessor is going to end up battered if she speaks to me like that again, not joking');
    expect(joking).toBe(false);
    expect([...crisis]).toContain('harm to someone else');
    expect([...concern]).not.toContain('joked about hurting someone');
  });
});

describe('the same words about everyday things', () => {
  it.each([
    'being dead tired sounds normal for a new parent',
    'sudden death sounds better than penalties',
    'set the date for the wedding, just need to finish the letters to the venue',
    'the teaching method is sorted for my course, just need to finish the cover letter',
    'the dog bit my hand till it bled and i had to get a tetanus shot',
    'my eczema is so bad i scratched my arm till it bled',
    'i am pulling my hair out over this form',
    'the blood on the chopping board is from me cutting the meat',
    'i cut myself shaving, there is blood on my collar',
    'i shook my mum awake because the alarm did not go off',
    'i pushed my mum around the shops in her wheelchair, next time i will take the car',
    'my wife changed the wifi password and will not tell me',
    'i do not know the password to my uc account, can you help me reset it',
    'my son changed the password on my claim for me because i forgot it',
    'the power is off tomorrow for planned works, we have a generator for my oxygen',
    'there was a power cut last night but it came back on and my cpap was fine',
    'i told the gp i was going on holiday so they gave me two months of tablets, flying to spain friday',
    'someone is going to get hurt on that broken pavement if the council does not fix it',
    'not joking, this deadline is killing me',
  ])('%j is no crisis of those kinds to the rules', (text) => {
    const { crisis } = applyRules(text);
    for (const reason of ['wishes to be dead', 'a plan to end their life', 'self-harm', 'harm to someone else', 'coercive control', 'no safe place, food or power tonight', 'preparing to end their life, or a past attempt']) {
      expect([...crisis]).not.toContain(reason);
    }
  });
});

describe('concern said literally', () => {
  it.each([
    ['i have given up on ever feeling normal again', 'hopelessness'],
    ['i am just a person of no value to any employer', 'feels worthless'],
    ['i owe on 5 credit cards and i can not pay any of them', 'money worries'],
    ['got a letter saying i was overpaid and now they want 2000 back', 'money worries'],
    ['still paying back an overpayment from last year and it leaves me short', 'money worries'],
    ['sleep diary: 2h, 1h, 3h, 0h', 'not eating or sleeping'],
    ['slept maybe six hours this whole week', 'not eating or sleeping'],
    ['mood has been awful all month, about 1 out of 10', 'low mood'],
    ['drawing used to make me happy, now i can not be bothered with it', 'low mood'],
    ['id gladly shove my manager into the river haha', 'joked about hurting someone'],
    ['if they ask me one more time i am going to throttle someone lol', 'joked about hurting someone'],
  ])('%j is read as concern', (text, reason) => {
    expect([...applyRules(text).concern]).toContain(reason);
  });

  it.each([
    'i have given up on getting better at maths',
    'the old printer has no value, you can bin it',
    'i have 3 debts but i can pay all of them fine now',
    'i was overpaid by my employer and paid it back already',
    'is there an overpayment if i start work?',
    'what happens with overpayments when i get paid weekly',
    'i can work 2 hours a day and 3 hours on saturdays, sleep is fine',
    'mood is good today, 8 out of 10',
    'my mood was bad last month but it has lifted now',
    'i used to love retail, now i am not interested in it, i want to try admin',
    'i could murder someone for a coffee right now',
  ])('%j is no concern of those kinds to the rules', (text) => {
    const { concern } = applyRules(text);
    for (const reason of ['hopelessness', 'feels worthless', 'money worries', 'not eating or sleeping', 'low mood', 'joked about hurting someone']) expect([...concern]).not.toContain(reason);
  });
});
