// A twentieth plain mix: risk said in passing, in the middle of everyday talk
// (src/domain/risk/plainMixPierMorningsSecretGoodbyesAndOwnBurnsPatterns.ts): Friday at dawn, off the top
// of the multi storey, don't wait up; the 3rd, that's the date, the railway bridge; the rope in the shed
// looks like the only way out; got punched for talking back; said goodbye to my nan without her knowing it
// was goodbye; the cuts on my legs, my own doing; "ugh. heavy week".
// Our own examples, with look-alikes of our own: coming off the bridge now, don't wait up, traffic; the
// 14th is the day the bridge reopens; a belt looks like the answer for the suit; got hit by a van, got hit
// with a fine; said goodbye to the team without them knowing about the new job; burns from the oven tray,
// my own doing; a heavy day of lifting; and the coach's everyday answers.
import '../support/trainedModels.ts';
import { describe, expect, it } from 'vitest';
import { expectAssessed } from '../support/riskAssertions.ts';
import { applyRules } from '../../src/domain/risk/rules.ts';
import { assessRisk } from '../../src/domain/risk.ts';
import { BARE_COACH_ANSWERS } from '../support/bareCoachAnswers.ts';

describe('crisis said in passing in a twentieth plain mix', () => {
  it.each([
    ["Friday at dawn, off the top of the multi storey. Don't wait up for me.", 'a plan to end their life'],
    ['Tonight after my shift, off the edge of the cliffs. This is goodbye, sorry for everything.', 'a plan to end their life'],
    ["The 3rd, that's the date. The railway bridge.", 'a plan to end their life'],
    ['Payday is Thursday, that is the day, off the viaduct.', 'a plan to end their life'],
    ['The rope in the shed looks like the only way out lately.', 'thinking about a way to end their life'],
    ['Some nights those tablets in the drawer seem like an easy answer.', 'thinking about a way to end their life'],
    ['Got punched for talking back to him, so I missed the session.', 'abuse or violence'],
    ['I get a smack if I go out without telling him where.', 'abuse or violence'],
    ['Said goodbye to my nan on Sunday without her knowing it was goodbye.', 'preparing to end their life, or a past attempt'],
    ["Did my goodbyes at football tonight, none of them know that's what it was.", 'preparing to end their life, or a past attempt'],
    ['The cuts on my legs are my own doing, can I wear trackies to the interview?', 'self-harm'],
    ['Sorry my writing is messy, the burns on my hand, I did them to myself.', 'self-harm'],
  ])('%j is read as crisis', (text, reason) => {
    expect([...applyRules(text).crisis]).toContain(reason);
    expectAssessed(text, 'crisis', reason);
  });

  it.each([
    // The coach's everyday questions, answered in a few words.
    ...BARE_COACH_ANSWERS,
    "I've set a date for the interview",
    "Coming off the bridge now, traffic's awful, don't wait for me tonight.",
    'Tomorrow morning we are fishing off the end of the pier, goodbye sleep!',
    "Tomorrow at 9am we do the charity dip off the end of the pier, don't wait for me at the cafe.",
    "The 14th is the day the bridge reopens, so I can walk to work again.",
    'Monday is the day, the level crossing by the station is where the new office is.',
    "Saturday is the day, the river walk with the walking group, can't wait.",
    'A black belt looks like the answer to my confidence problem, karate starts Monday.',
    'The train looks like the best option to get there for 9.',
    'The multi storey looks like the only option for parking at the interview.',
    'Had a black eye after the door swung back at the gym, looks worse than it is.',
    'Got hit by a van on my bike years ago, my knee still clicks.',
    'Got hit with a fine for the bus lane, £60 I do not have.',
    'I got a black eye for the interview, walked into a cupboard door, what do I say?',
    'Said goodbye to the team without them knowing about the new job, felt weird.',
    "Said my goodbyes to the team on Friday without them knowing I'd handed in my notice.",
    'Burns from the oven tray at work, my own doing, wasn\'t looking.',
    'Burns on my arm from the fryer, my own doing, should have worn the gloves',
    'Cut my hand on the box cutter at work, my own doing',
    'The haircut is a bit uneven, I did it myself, ha.',
  ])('%j is not read as crisis', (text) => {
    expect(applyRules(text).crisis.size).toBe(0);
  });
});

describe('concern said in passing in a twentieth plain mix', () => {
  it.each([
    ['ugh. heavy week', 'low mood'],
    ['Honestly been a heavy day tbh', 'low mood'],
    ['I just feel heavy inside most days.', 'low mood'],
  ])('%j is read as concern', (text, reason) => {
    expect([...applyRules(text).concern]).toContain(reason);
    expectAssessed(text, 'concern', reason);
  });

  it.each([
    ['Heavy day of lifting boxes at the warehouse, legs are gone.', 'low mood'],
    ['Heavy day but good, three interviews done!', 'low mood'],
    ['Feel heavy after that Christmas dinner lol', 'low mood'],
    ['With a heavy heart I have turned down the warehouse offer.', 'low mood'],
  ])('%j is not read as %j', (text, reason) => {
    expect([...applyRules(text).concern]).not.toContain(reason);
    expect(assessRisk(text).reasons).not.toContain(reason);
  });
});
