// Words of shift, gig, care and hospitality workers and of people new to English
// (src/domain/risk/shiftGigCareAndNewToEnglishPatterns.ts): not minding if they never got off the
// bus, "checking out" before the month is out, not braking on the bike, the power cut for arrears,
// food today with pennies; a few before this chat, only normal after a drink, a possession hearing,
// full rent or go, in minus, stuck for money, up since a weekday, no one outside work, Eid alone,
// lost every day, "low, just low", not happy in ages, jokes of running a bloke over or the kitchen
// knife. Our own examples.
import '../support/trainedModels.ts';
import { describe, expect, it } from 'vitest';
import { expectAssessed } from '../support/riskAssertions.ts';
import { applyRules } from '../../src/domain/risk/rules.ts';

describe('crisis in words of shift, gig and care work', () => {
  it.each([
    ['on the night bus i honestly would not care if i never made it home', 'wishes to be dead'],
    ['i do not mind if i never woke up tbh', 'wishes to be dead'],
    ['do not bother booking me in for june, ill be checking out before then', 'intends to end their life'],
    ['i am checking out before christmas, no point planning', 'intends to end their life'],
    ['when i am in the van on the motorway later i am just not going to slow down', 'a plan to end their life'],
    ['riding my moped home tonight and i will simply not brake, that is the plan', 'a plan to end their life'],
    ['they switched off our gas this morning because we owe the bills, kids are cold', 'no safe place, food or power tonight'],
    ['electric got disconnected today over arrears, no heating no nothing', 'no safe place, food or power tonight'],
    ['where could i find some food tonight, i have got 20p', 'no safe place, food or power tonight'],
    ['not eaten today, i have nothing to my name, where do i get food', 'no safe place, food or power tonight'],
  ])('%j is read as crisis', (text, reason) => {
    expect([...applyRules(text).crisis]).toContain(reason);
    expectAssessed(text, 'crisis', reason);
  });

  it.each([
    'i would not mind if i never got another night shift',
    'i would not mind if i never got off this beach lol',
    'would not care if the bus never came, i am walking anyway',
    'i am checking out before then so can we move the call',
    'checking out of the hostel early tomorrow, new room sorted',
    'checking out the new warehouse before then',
    'on the bike the brakes are shot so i am just not going to ride it',
    'in the van i am just not going to stop for lunch, too many drops',
    'on the bike i will not brake hard in the wet, that is how you come off',
    'they cut the power at the warehouse today for maintenance',
    'they turned off the electric at my clients today because of the bills, poor lady',
    'where can i get something to eat today near the interview, i have £10',
    'my phone is on 4% and i have nothing to charge it with',
  ])('%j is no crisis to the rules', (text) => {
    expect([...applyRules(text).crisis]).toEqual([]);
  });
});

describe('concern in words of shift, gig and care work', () => {
  it.each([
    ['sorry i have had a couple of drinks before our session', 'drinking or drugs to cope'],
    ['i just feel human once i have had a few cans', 'drinking or drugs to cope'],
    ['the hearing for the eviction is next month, do i still go to the job fair', 'may lose their home'],
    ['got the possession order through the door today', 'may lose their home'],
    ['landlord told us no hours no room, pay the whole rent or get out', 'may lose their home'],
    ['no shifts no bed, that is how the agency flat works', 'may lose their home'],
    ['after fuel and phone i am always in the negative every month', 'money worries'],
    ['honestly i am so strapped for cash at the moment', 'money worries'],
    ['been awake since thursday', 'not eating or sleeping'],
    ['i hardly ever talk to anybody outside work, just the scanner', 'feels alone'],
    ['first eid without my family, ate by myself', 'feels alone'],
    ['christmas dinner with the telly again', 'feels alone'],
    ['i am completely lost every single day here, the letters, the calls', 'not coping'],
    ['feeling really low tonight', 'low mood'],
    ['not really felt happy for months', 'low mood'],
    ['that supervisor, i would gladly lamp him haha', 'joked about hurting someone'],
    ['one more shouty customer and i swear i will strangle someone lol', 'joked about hurting someone'],
  ])('%j is read as concern', (text, reason) => {
    expect([...applyRules(text).concern]).toContain(reason);
  });

  const reasons = ['drinking or drugs to cope', 'may lose their home', 'money worries', 'not eating or sleeping', 'feels alone', 'not coping', 'low mood', 'joked about hurting someone'];
  it.each([
    'i had a few questions before this chat',
    'i only feel normal after a coffee and a shower',
    'court date for possession of cannabis for my cousin, can i go with him',
    'the ball possession stats were mad last night',
    'we pay the rent or go shopping, first one wins lol',
    'minus 3 outside, in minus temperatures all week on the bike',
    'the club is stuck for money for the new kit',
    'been up since 4 for the early shift',
    'been up since tuesday night shift after night shift',
    'i never talk to people outside of work about the residents, it is confidential',
    'christmas on my own this year and i cannot wait, bliss',
    'i am lost every day on this delivery route lol',
    'low battery, low fuel, low patience',
    'have not felt this good in ages',
    'i would happily run them over to the station in my van',
    'one more customer and the shift is done',
  ])('%j is no concern of those kinds to the rules', (text) => {
    const { concern } = applyRules(text);
    for (const reason of reasons) expect([...concern]).not.toContain(reason);
  });
});
