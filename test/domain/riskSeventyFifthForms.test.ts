// Polite risk from people aged 45-64 after redundancy, sickness or caring
// (src/domain/risk/politeQuestionsOvensBridgesAndPensionCardsPatterns.ts): whether a car exhaust still
// does it for that sort of thing, not being able to stop picturing climbing the railings, the milk and
// direct debits stopped with the funeral wishes written, a past try with pills that failed, a carer
// who has hit the one they look after, bruises hidden from the adviser, family who decide who visits
// and hold the bank card, sleeping in the car since the house went; the body under the decking
// (joking), knocking someone's block off. Our own examples.
import '../support/trainedModels.ts';
import { describe, expect, it } from 'vitest';
import { expectAssessed } from '../support/riskAssertions.ts';
import { applyRules } from '../../src/domain/risk/rules.ts';

describe('crisis said politely inside a practical question', () => {
  it.each([
    ['Would a car exhaust still do the job for that kind of thing, with the new engines? Just wondering.', 'thinking about a way to end their life'],
    ['Do gas cookers still work for that sort of thing these days?', 'thinking about a way to end their life'],
    ['On the way to the course I keep picturing stopping the car and stepping over the railings.', 'thinking about a way to end their life'],
    ['Every time I cross the bridge I find myself thinking about getting over the barrier.', 'thinking about a way to end their life'],
    ['Stopped the milk and the standing orders, and written my wishes for the funeral. Nearly there.', 'preparing to end their life, or a past attempt'],
    ['I closed my accounts last week and left funeral instructions in the drawer.', 'preparing to end their life, or a past attempt'],
    ['I attempted to take my own life with tablets in the autumn, but I woke up in the morning.', 'preparing to end their life, or a past attempt'],
    ['I tried to end it all last year but the rope snapped. Should I mention that gap on my CV?', 'preparing to end their life, or a past attempt'],
    ['Caring for my father has worn me down and I pushed him yesterday. I am ashamed.', 'harm to someone else'],
    ['I have hit my husband more than once when he will not take his tablets.', 'harm to someone else'],
    ['I had bruises on my arms so I kept the camera off during the call. Please do not ask.', 'abuse or violence'],
    ['I have got a split lip and I would rather not say how. Can we do the meeting by phone?', 'abuse or violence'],
    ['My son moved back and he decides who I can see, and he has taken my bank card.', 'coercive control'],
    ['They choose what I eat and who comes round now. Is that normal?', 'coercive control'],
    ['I have been sleeping in my car since the house was repossessed. Can I still do the course?', 'no safe place, food or power tonight'],
    ['Currently kipping in the station, I have nowhere else to go. Do you have any jobs with rooms?', 'no safe place, food or power tonight'],
  ])('%j is read as crisis', (text, reason) => {
    expect([...applyRules(text).crisis]).toContain(reason);
    expectAssessed(text, 'crisis', reason);
  });

  it.each([
    'Does the gas oven work for that sort of thing, roasting a whole chicken?',
    'The garage says the car exhaust will not do the job for the MOT.',
    'My grandson keeps thinking about climbing the climbing wall edge at the gym.',
    'In the documentary the man kept thinking about stepping over the railings.',
    'I have cancelled the paper and the milk and left instructions for the holiday with the neighbour.',
    'I cancelled Dad\'s direct debits and sorted the music for his funeral.',
    'I have a funeral plan now and I cancelled the subscriptions I do not use.',
    'I tried to end things with my boyfriend by text but he would not accept it.',
    'I tried to end things with the agency by email but they keep ringing.',
    'I slapped him on the back and said well done, twice!',
    'I hit my dad\'s car with the trolley again, cannot believe it.',
    'I pushed her to apply for the supervisor job again, she deserves it.',
    'I grabbed him a coffee again before the interview, cannot believe how nervous he was.',
    'I accidentally hit her with the door twice this morning, poor woman.',
    'I had a black eye after I walked into the cupboard door, did not want the adviser to see it.',
    'I had bruises from the operation so I kept the camera off.',
    'At the care home the staff decide when I eat and who visits.',
    'My wife decides where I go on holiday and who comes round at Christmas, bless her.',
    'My wife decides when I go out and where I go on Saturdays, she has my card for the big shop, it is a running joke.',
    'I have been sleeping in the campervan at the festival since the house went up for sale.',
    'My brother is sleeping in his car since he lost the flat.',
  ])('%j is no crisis to the rules', (text) => {
    expect([...applyRules(text).crisis]).toEqual([]);
  });
});

describe('concern joked politely', () => {
  it.each([
    ['If my sister-in-law stays another week there will be a body under the decking. Only joking.', 'joked about hurting someone'],
    ['If that agency calls me love once more I will knock his block off, ha.', 'joked about hurting someone'],
    ['I could punch his lights out, the way he spoke to me at the interview.', 'joked about hurting someone'],
  ])('%j is read as concern', (text, reason) => {
    expect([...applyRules(text).concern]).toContain(reason);
  });

  it.each([
    ['In the drama they found a body under the patio, gripping stuff.', 'joked about hurting someone'],
    ['The police found a body in the garden down the road, awful.', 'joked about hurting someone'],
    ['I will knock the fence post in this weekend, head off to the shop first.', 'joked about hurting someone'],
    ['I will knock it off the list once the teeth are in, dentist Thursday.', 'joked about hurting someone'],
  ])('%j is no concern of that kind to the rules', (text, reason) => {
    expect([...applyRules(text).concern]).not.toContain(reason);
  });
});
