// Crisis and concern said in English as a second language or through a translation app
// (src/domain/risk/translatedIdiomsDocumentsAndBondagePatterns.ts): papers held until a debt is
// paid, threats to call immigration, sleeping at the workplace, made to sleep with customers,
// in-laws who burn or beat, honour threats, a daughter sent to marry, unwanted touching, "break
// his bones", the last money sent home, chemicals "and finish", looking long at poison, climbing
// the bridge fence, a will given to a friend, the earth that does not give back, "better i am not
// living", "not here by then", chosen to go, biting or burning oneself, sleeping in a car,
// evicted today; a heart full of stones, the war behind closed eyes, pay later debts, plans for
// people with papers, losing control, a room tied to the job. And the same words about everyday
// things. Our own examples.
import '../support/trainedModels.ts';
import { describe, expect, it } from 'vitest';
import { expectAssessed } from '../support/riskAssertions.ts';
import { applyRules } from '../../src/domain/risk/rules.ts';

describe('crisis said in a second language', () => {
  it.each([
    ['my husband is keeping my passport and not give, he say i must pay him first', 'coercive control'],
    ['the agent hold our passports, we get them only when we pay the debt for the visa', 'coercive control'],
    ['if i leave this job the owner says he will call immigration and say i am illegal', 'coercive control'],
    ['we have to sleep in the restaurant kitchen after closing, no pay for the extra hours', 'coercive control'],
    ['madam says i must work, no day off for 5 months, she keep my phone', 'coercive control'],
    ['the boss said we must sleep with his friends to make the debt smaller', 'abuse or violence'],
    ['my sister in law beat me with a shoe every time the food is cold', 'abuse or violence'],
    ['the supervisor kicked two boys from our line yesterday, i think i will be next', 'abuse or violence'],
    ['my uncles swear they will kill me for the honour of the family because i have a boyfriend', 'abuse or violence'],
    ['they are making my niece marry her cousin, she is only 14', 'abuse or violence'],
    ['the manager at the hotel grabbed my breast in the lift and laughed', 'abuse or violence'],
    ['he hurt my mother, i am going to break his legs when i find him', 'harm to someone else'],
    ['i chose the day already, after i transfer my salary to my mum for the final time', 'a plan to end their life'],
    ['we have bleach under the sink, maybe i swallow all of it and finish', 'thinking about a way to end their life'],
    ['i bought tablets, i sit and look at them for hours every night', 'thinking about a way to end their life'],
    ['last night i stood on the railing of the multi storey car park for long time', 'preparing to end their life, or a past attempt'],
    ['yesterday i finished my testament and put it in the drawer for my son, i am ready now', 'preparing to end their life, or a past attempt'],
    ['i pray the sea takes me and never give me back', 'wishes to be dead'],
    ['my life have no value here, nobody see me', 'wishes to be dead'],
    ['better for my family if i am not living, they can have the insurance', 'wishes to be dead'],
    ['i will do the course next spring, or i pray i am not alive by then', 'wishes to be dead'],
    ['i have decided to leave, i am only waiting to find the courage', 'intends to end their life'],
    ['when the manager shouts i bang my head against the wall in the toilet', 'self-harm'],
    ['i burn my arm with a cigarette when the memories come', 'self-harm'],
    ['me and my son are sleeping in the bus station since friday', 'no safe place, food or power tonight'],
    ['the landlord kicked us out this morning with all the bags, where can we sleep?', 'no safe place, food or power tonight'],
  ])('%j is read as crisis', (text, reason) => {
    expect([...applyRules(text).crisis]).toContain(reason);
    expectAssessed(text, 'crisis', reason);
  });
});

describe('the same words about everyday things', () => {
  it.each([
    'the agency took a copy of my passport for the right to work check',
    'nobody keeps my documents, i have my passport in my bag',
    'if i leave early will the police give me a fine for parking?',
    'i have to live in london for the new job, is the rent high?',
    'the hostel manager locks the front door at 11 so i come back early',
    'my brother beat me at chess again lol',
    'my boss hit me with three new tasks this morning',
    'they made redundant half the team, maybe i am next',
    'in the drama the brothers kill her for the honour, so sad',
    'my daughter is getting married in Pakistan in June, she is 26, can i take leave?',
    'the story of the refugee teacher touched me deeply',
    'this heat will kill me, 35 degrees in the greenhouse',
    'i die to see my children again, they come in august',
    'i am killing myself with work, 70 hours this week haha',
    'i finished my will with the solicitor after we bought the house',
    'i climbed the fence at the festival to see the band better',
    'we have rats in the kitchen, i was looking at the poison in the shop for a long time, which is best?',
    'i wanted the ground to swallow me when i said the wrong name in the interview',
    'better i am not late, the bus is at 7',
    'i hope i am not here by then, i want to move to leeds for the warehouse job',
    'i decided to go to the job fair, i just need courage to speak english',
    'my dog bit my hand when i gave him the bath',
    'i slept in the car on the way to scotland, my husband drives',
    'i was kicked out of the whatsapp group today, where do i complain?',
  ])('%j is no crisis to the rules', (text) => {
    expect([...applyRules(text).crisis]).toEqual([]);
  });
});

describe('concern said in a second language', () => {
  it.each([
    ['the grief lives in my heart, i cannot smile', 'low mood'],
    ['since the baby died my mind is very dark', 'low mood'],
    ['every time i close my eyes i see the boat and the sea', 'not eating or sleeping'],
    ['i have debts on klarna and clearpay, four of them', 'money worries'],
    ['i count and count the money but it is never enough for rent', 'money worries'],
    ['no papers means no future for me, so why i make cv', 'hopelessness'],
    ['i lost control of everything since the divorce', 'not coping'],
    ['the caravan is part of the job, when the season ends i lose the job and the caravan', 'may lose their home'],
  ])('%j is read as concern', (text, reason) => {
    expect([...applyRules(text).concern]).toContain(reason);
  });

  it.each([
    'my heart is full of joy, i got the job',
    'i like the black mode on my phone, my mood is better at night',
    'i close my eyes and i see the beach of my home town, it is nice',
    'i pay with klarna sometimes, no debt',
    'the plans for the new warehouse are with the manager',
    'i lost control of the trolley and it hit the shelf',
    'the room with the big window is for the meeting',
  ])('%j is no concern of those kinds to the rules', (text) => {
    const { concern } = applyRules(text);
    for (const reason of ['low mood', 'not eating or sleeping', 'money worries', 'hopelessness', 'not coping', 'may lose their home']) expect([...concern]).not.toContain(reason);
  });
});
