// Forms of src/domain/risk/dropDeadRopeGivingAwayAndTrashCryingPatterns.ts: wishing to drop dead, a
// past attempt told by a rope that broke, giving treasured things away with goodbyes (crisis); and
// breaking down, no chance here, never working as what they trained for, "rubbish dad", "i am
// trash", drinking at lunch to get through, seeing no one, joked threats, the crisis line "not at
// that stage", owing money, crying a lot, short sleep (concern). With look-alikes. Our own examples.
import '../support/trainedModels.ts';
import { describe, expect, it } from 'vitest';
import { applyRules } from '../../src/domain/risk/rules.ts';

describe('crisis forms', () => {
  it.each([
    ['some days i wish i could just drop dead at the depot and be done', 'wishes to be dead'],
    ['honestly wish id keel over in my sleep', 'wishes to be dead'],
    ['tried it back in 2019. the belt snapped. still here somehow', 'a past attempt to end their life'],
    ['had a go last winter but the cord gave way', 'a past attempt to end their life'],
    ['grandad has given his war medals to my cousin and said goodbye to everyone on sunday', 'giving away their things and saying goodbye'],
  ])('%j is crisis', (text, reason) => {
    expect([...applyRules(text).crisis]).toContain(reason);
  });
});

describe('concern forms', () => {
  it.each([
    ['I just broke down at the jobcentre, could not stop', 'not coping'],
    ['applied everywhere, there is no future for me in this town', 'hopelessness'],
    ['starting to think i will never work as a teacher over here', 'hopelessness'],
    ['rubbish son, useless father, that is me', 'feels worthless'],
    ['whatever they say i know i am just garbage', 'feels worthless'],
    ['been having a vodka in the mornings to get through the day', 'drinking or drugs to cope'],
    ['never see anybody these days. pub closed down', 'isolation'],
    ['all my old mates have either died or moved away', 'isolation'],
    ['if that assessor asks me that one more time i might throttle her lol', 'joked about hurting someone'],
    ['i have the samaritans number saved, i am not at that point, just fed up', 'spoke of the crisis line, then said not needed'],
    ['my dad owes money to half the street and he is so stressed', 'money worries'],
    ['put the rent money on the horses. no idea how i will pay it back', 'money worries'],
    ['my mum cries every night and does not want to go out anymore', 'low mood'],
    ['two hours a night if that, then awake till dawn', 'not eating or sleeping'],
  ])('%j is concern', (text, reason) => {
    expect([...applyRules(text).concern]).toContain(reason);
  });
});

describe('look-alikes left alone', () => {
  it.each([
    'i wished i could drop dead of embarrassment when i called her mum',
    'the climbing rope snapped at the wall but the harness held, i tried again',
    'nana gave all her jewellery to us before moving to the care home and said goodbye to everyone at the old flat',
    'my car broke down on the way, i will be late',
    'there is no chance for me to get there by nine',
    'i think i will never work in retail again, hated it',
    'he is a rubbish husband but a useless dad too, says my sister',
    'i am rubbish at maths honestly',
    'we had a wine at lunch to celebrate the new job',
    'i do not see anyone applying for that role on the board',
    'i will beat him at chess one more time',
    'owes money? no, the customer paid the deposit in full',
    'the baby cries all the time, teething',
    'the film made me cry a lot',
  ])('%j raises nothing new', (text) => {
    const found = applyRules(text);
    const reasons = [...found.crisis, ...found.concern];
    for (const reason of ['wishes to be dead', 'a past attempt to end their life', 'giving away their things and saying goodbye', 'not coping', 'hopelessness', 'feels worthless', 'drinking or drugs to cope', 'isolation', 'joked about hurting someone', 'money worries', 'low mood']) {
      expect(reasons).not.toContain(reason);
    }
  });
});
