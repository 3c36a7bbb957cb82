// Words of clients living with long-term illness and of carers of the dying
// (src/domain/risk/illnessTreatmentAndEndOfLifeWordsPatterns.ts): not wanting to fight it but
// wanting it over, envying the dying, beating the illness to it, stopping treatment with how long
// it takes or hidden from the unit, "is a box of codeine enough", "not waiting that long", things
// given away to named people, accounts closed, fingers chewed bloody, "the self harm is back", the
// power off with a medical machine on it; a burden, "some mum i turned out to be", drinks before
// appointments, owing thousands, only the carers to talk to, "i miss company", "me in a heap",
// going round to throttle someone "haha". Our own examples and look-alikes.
import '../support/trainedModels.ts';
import { describe, expect, it } from 'vitest';
import { expectAssessed } from '../support/riskAssertions.ts';
import { applyRules } from '../../src/domain/risk/rules.ts';

describe('crisis in the words of illness', () => {
  it.each([
    ['my oncologist keeps talking about options but i do not want to fight it any more, i just want it all to be over', 'wishes to be dead'],
    ['since the stroke i just want to not be around anymore', 'wishes to be dead'],
    ['i am jealous of the people who go in their sleep on the ward', 'wishes to be dead'],
    ['ms is taking everything, might beat the disease to it', 'thoughts of suicide'],
    ['if i just stop taking my insulin, how long would it take', 'a plan to end their life'],
    ['coming off chemo next week, told the nurses i am going away so they do not ring', 'a plan to end their life'],
    ['would two boxes of codeine be enough', 'thinking about a way to end their life'],
    ['the consultant might give me six months but i am not waiting that long', 'intends to end their life'],
    ['slowly giving all my stuff away, my niece has my sewing machine and my mate got the car', 'preparing to end their life, or a past attempt'],
    ['cancelled my mobile contract and closed my savings this week', 'preparing to end their life, or a past attempt'],
    ['chewed my fingers bloody again', 'self-harm'],
    ['the self harm is back since the diagnosis', 'self-harm'],
    ['emergency credit ran out and the feeding pump needs charging tonight', 'no safe place, food or power tonight'],
  ])('%j is read as crisis', (text, reason) => {
    expect([...applyRules(text).crisis]).toContain(reason);
    expectAssessed(text, 'crisis', reason);
  });

  it.each([
    'i do not want to fight with the council any more, i just want it over with',
    'i just want to not be here at 7am for the shift',
    'i envy people who work from home',
    'might beat the other candidates to it',
    'dad is stopping dialysis, the palliative team say it takes about a week',
    'i skip chemo week for interviews, it takes two days to get my energy back',
    'is a box of paracetamol enough for the first aid kit',
    'the agency said it might give me shifts but i am not waiting that long',
    'giving my things away to the charity shop before the move, my sister got my lamp',
    'cancelled the phone contract and closed the old bank account, switching to a new bank',
    'i stopped the gym and cancelled my netflix to save money',
    'the dog bit my hand bloody when i fed him',
    'bit my nails raw waiting for the interview result',
    'the cutting room job is back on the market',
    'the power went off for an hour but the fridge with my insulin stayed cold, all sorted now',
  ])('%j is no crisis to the rules', (text) => {
    expect([...applyRules(text).crisis]).toEqual([]);
  });
});

describe('concern in the words of illness', () => {
  it.each([
    ['i have given up hoping the new drug will help', 'hopelessness'],
    ['feel like a burden to my husband and the carers', 'feels worthless'],
    ['can not even get up the stairs. some mum i have turned out to be', 'feels worthless'],
    ['a couple of gins before appointments these days', 'drinking or drugs to cope'],
    ['i still owe about two grand for the mobility scooter', 'money worries'],
    ['only ones i talk to these days are the carers', 'feels alone'],
    ['i have hardly any contact with people since the diagnosis', 'feels alone'],
    ['i really miss company', 'feels alone'],
    ['appointments plus the school run plus uc forms adds up to me in a heap', 'not coping'],
    ['if my cousin mentions turmeric once more i will go round to his and throttle him haha', 'joked about hurting someone'],
  ])('%j is read as concern', (text, reason) => {
    expect([...applyRules(text).concern]).toContain(reason);
  });

  it.each([
    'gave up hoping the bus would come and walked to the interview',
    'the paperwork is a burden on my time',
    'some carer i am working with is lovely',
    'few cans before the match on saturday',
    'i owe you a coffee for the reference',
    'the only people i speak to at work are the managers',
    'i miss people at my old job, they were a laugh',
    'the toddler plus paint equals me on the floor scrubbing',
    'going round to his to watch the match haha',
  ])('%j is no concern of those kinds to the rules', (text) => {
    const { concern } = applyRules(text);
    for (const reason of ['hopelessness', 'feels worthless', 'drinking or drugs to cope', 'money worries', 'feels alone', 'not coping', 'joked about hurting someone']) expect([...concern]).not.toContain(reason);
  });
});
