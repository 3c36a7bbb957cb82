// Words from dating, break-ups, exes and tracking (src/domain/risk/datingTrackingAndSextortionPatterns.ts):
// glad to fade away, not here for the next session, ready to go "for good", tried once after the
// break-up, "my note" written, plasters running out, a partner who bit them, a selfie every hour so
// he can see who they are with, no bed as of tonight, sofa surfing ended; wine o'clock in the
// morning, relying on drink, "drunk again", an ex's profile till dawn, no one to tell, talking to no
// one for days, an ex "hit by my car", pushed off a pier "haha". Our own examples.
import '../support/trainedModels.ts';
import { describe, expect, it } from 'vitest';
import { expectAssessed } from '../support/riskAssertions.ts';
import { applyRules } from '../../src/domain/risk/rules.ts';

describe('crisis in words of dating, exes and tracking', () => {
  it.each([
    ['honestly i would be content to just vanish, not start again, vanish', 'wishes to be dead'],
    ['i might not be around for our next session', 'intends to end their life'],
    ['i am finally ready to go. properly go', 'intends to end their life'],
    ['i tried twice when she left me, nobody knows', 'preparing to end their life, or a past attempt'],
    ['finished my goodbye note last night', 'preparing to end their life, or a past attempt'],
    ['running out of steri strips again', 'self-harm'],
    ['my girlfriend bit me so hard it bled', 'abuse or violence'],
    ['she makes me send her a photo every time i go out so she can see who i am with', 'coercive control'],
    ['we have been left with no accommodation as of tonight, where do we go', 'no safe place, food or power tonight'],
    ['couch surfing is over, they want me gone and its 11pm', 'no safe place, food or power tonight'],
    ['stayed at my friends but her dad told me i had to leave, it is midnight', 'no safe place, food or power tonight'],
  ])('%j is read as crisis', (text, reason) => {
    expect([...applyRules(text).crisis]).toContain(reason);
    expectAssessed(text, 'crisis', reason);
  });

  it.each([
    'i would be happy to disappear from the group chat for a bit',
    'i will not be here for the next session because i start my new job',
    'i am ready to go, actually go to the interview now',
    'i am ready to go for good once the new job starts in leeds',
    'i tried once after work, the climbing wall was fun',
    'i tried sushi once after a date, never again',
    'i did try once after the breakup to win him back',
    'he bit me when we were play fighting',
    'i am ready to go. properly go and tell him it is over',
    'finished my note to the landlord about the boiler',
    'wrote my notes for the interview tomorrow',
    'plasters running out, these new work shoes are giving me blisters',
    'my nephew bit me at the party lol',
    'the dog bit me on the way to the interview',
    'i have to send my manager a photo of the stock every hour so he can check the shelves',
    'i will be without a car from tonight so can we do the call online',
    'the boss said i had to go home early, it is 9pm and i am still on shift',
  ])('%j is no crisis to the rules', (text) => {
    expect([...applyRules(text).crisis]).toEqual([]);
  });
});

describe('concern in words of dating, exes and tracking', () => {
  it.each([
    ['wine o clock is at 10am now lol', 'drinking or drugs to cope'],
    ['i am relying on sleeping pills a lot lately to get through', 'drinking or drugs to cope'],
    ['hammered again last night', 'drinking or drugs to cope'],
    ['scrolling her instagram until 5am every night', 'not eating or sleeping'],
    ['got nobody to celebrate with, the offer came today', 'feels alone'],
    ['have not really spoken to a soul in a week', 'feels alone'],
    ['my ex is about to get run over by me in my van haha', 'joked about hurting someone'],
    ['going to shove him in the river when i see him lol', 'joked about hurting someone'],
  ])('%j is read as concern', (text, reason) => {
    expect([...applyRules(text).concern]).toContain(reason);
  });

  it.each([
    'wine o clock on friday at 7 with the girls',
    'i have been relying on the bus to get to interviews',
    'the printer is jammed again',
    'watching the new series until 2am haha, great show',
    'no one to tell me the shift pattern yet',
    'spoke to nobody about the interview for days because i wanted it to be a surprise lol',
    'hit by my car insurance renewal, it went up again',
    'we pushed the van off the drive to start it',
  ])('%j is no concern of those kinds to the rules', (text) => {
    const { concern } = applyRules(text);
    for (const reason of ['drinking or drugs to cope', 'not eating or sleeping', 'feels alone', 'joked about hurting someone']) expect([...concern]).not.toContain(reason);
  });
});
