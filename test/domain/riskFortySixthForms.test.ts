// Parents' and carers' words (src/domain/risk/parentsCustodyAndExhaustionPatterns.ts): shaking or
// hurting the baby from exhaustion, a partner threatening to take the children, the children
// "better off with their dad", "nothing left" if social services take them, a plan timed round who
// has the children, the train time, a date set, a bridge climbed before someone stopped them, water
// deep or a car park high enough, cutting to cope, the children's papers handed over "just in case",
// hungry children and no money, a food bank now, a night bus to keep warm; "too old, too thick",
// the other parents not talking to them, hidden drinking, "the next person who", a low day not
// dressed, benefit clawbacks, no full night in years, forgetting and "losing it", "nothing goes right".
// Our own examples.
import '../support/trainedModels.ts';
import { describe, expect, it } from 'vitest';
import { expectAssessed } from '../support/riskAssertions.ts';
import { applyRules } from '../../src/domain/risk/rules.ts';

describe('crisis in parents\' words', () => {
  it.each([
    ['i was so exhausted i shook the baby to make her stop crying', 'harm to someone else'],
    ['she would not stop screaming and i smacked her too hard, there is a mark', 'harm to someone else'],
    ['he said if i leave he will take the kids and i will never see them again', 'coercive control'],
    ['my ex keeps saying he will tell social services i am unfit if i start work', 'coercive control'],
    ['honestly the children would be better off living with their nan without me', 'thoughts of suicide'],
    ['if social services take them there is nothing left for me', 'thoughts of suicide'],
    ['my mum has the kids on friday so i will do it then, it is all planned', 'a plan to end their life'],
    ['i checked the train times, it will be after i drop them at nursery', 'a plan to end their life'],
    ['the date is set, she will never forget it', 'a plan to end their life'],
    ['i was standing on the wrong side of the railings until a police officer grabbed me', 'preparing to end their life, or a past attempt'],
    ['the multi storey is high enough, i have looked', 'thinking about a way to end their life'],
    ['i have started to cut to cope with the court stuff', 'self-harm'],
    ['i gave my brother their passports and the life insurance papers just in case', 'preparing to end their life, or a past attempt'],
    ['the kids are starving and there is nothing in the cupboards', 'no safe place, food or power tonight'],
    ['we slept on the night bus to keep warm', 'no safe place, food or power tonight'],
  ])('%j is read as crisis', (text, reason) => {
    expect([...applyRules(text).crisis]).toContain(reason);
    expectAssessed(text, 'crisis', reason);
  });

  it.each([
    'i was so tired i shook his hand twice at the interview',
    'shook him awake for school, he was exhausted',
    'my ex said he will take the kids to the cinema on saturday',
    'he will have the kids while i do the course',
    'the kids would be better off with their dad for the summer holidays while i do nights',
    'if they take the kids to the park there is nothing left to do in the house',
    'nan has them thursday so ill do it then, the cv i mean',
    'checked the train times so i can get to the interview after i drop them at nursery',
    'the date is set for the wedding, he will never forget it',
    'my toddler got as far as climbing over the stair gate before my partner stopped me laughing',
    'the paddling pool is deep enough for the kids',
    'is the river deep enough to swim in',
    'i cut the crusts off to cope with his fussy eating',
    'gave my sister the kids passports just in case we miss the flight',
    'the kids are starving after school every day, they eat me out of house and home',
    '4am feeds are killing me',
    'my toddler jumped off the sofa again',
    'my teenager will die of embarrassment if i pick her up',
  ])('%j is no crisis to the rules', (text) => {
    expect([...applyRules(text).crisis]).toEqual([]);
  });
});

describe('concern in parents\' words', () => {
  it.each([
    ['too thick and too old for an office job', 'feels worthless'],
    ['the other parents stopped talking to me after the custody case', 'feels alone'],
    ['vodka in my water bottle on the school run', 'drinking or drugs to cope'],
    ['i will strangle the next person who asks if i am getting enough sleep haha', 'joked about hurting someone'],
    ['rough week, have not got out of bed since monday', 'low mood'],
    ['the dwp took a chunk back for the overpayment on my universal credit and we are always short', 'money worries'],
    ['i have not had a full night sleep in 4 years', 'not eating or sleeping'],
    ['i keep forgetting everything, i think i am losing the plot', 'not coping'],
    ['nothing ever goes right for me', 'hopelessness'],
  ])('%j is read as concern', (text, reason) => {
    expect([...applyRules(text).concern]).toContain(reason);
  });

  it.each([
    'the teenager says she is too old and too cool for the park',
    'new to the area and the other mums do not talk to me much yet lol',
    'wine o clock on friday after the kids are in bed haha',
    'have not had a proper night out in years haha',
    'nothing works out of the box with this printer',
    'lazy sunday, pyjama day, have not got dressed',
  ])('%j is no concern of those kinds to the rules', (text) => {
    const { concern } = applyRules(text);
    for (const reason of ['feels worthless', 'feels alone', 'drinking or drugs to cope', 'low mood', 'money worries', 'not eating or sleeping', 'not coping', 'hopelessness']) expect([...concern]).not.toContain(reason);
  });
});
