// Young men 17-21 in UK cities, street slang and gaming talk, bravado hiding fear, gangs and debts
// (src/domain/risk/oathsStrapsOldersAndTrapDebtsPatterns.ts, read from the 245th split): an oath before
// not being here; a weapon got and someone "getting wet"; "ima do him, no cap"; the olders or opps
// jumping the client; hiding while they look for him; sent country to a trap; a debt to the olders with a
// threat; hoping they finish him off; a note left in case anyone looks; cuts "i did them"; a glass used
// on himself. Concerns: owing the plug; needing a spliff first; "if i dont get a job im out"; all the
// mates inside; not feeling it any day; a threat said as a joke. Our own forms, not the split's lines,
// with look-alikes of our own: games ("shank him in fortnite", "got merked in cod"), drill tracks, a
// knife amnesty, a note for the postman, a haircut, the lads gone to uni. And the bare answers to the
// coach's own questions, which none of these sets may read.
import '../support/trainedModels.ts';
import { describe, it } from 'vitest';
import { expectLeftAlone, expectReadAs } from '../support/riskAssertions.ts';
import { TWO_HUNDRED_AND_FORTY_FIFTH_WHOLE_SETS } from '../../src/domain/risk/oathsStrapsOldersAndTrapDebtsPatterns.ts';
import { BARE_COACH_ANSWERS } from '../support/bareCoachAnswers.ts';

const SETS = TWO_HUNDRED_AND_FORTY_FIFTH_WHOLE_SETS;
const half = Math.ceil(BARE_COACH_ANSWERS.length / 2);

describe('crisis said in street slang', () => {
  it.each([
    ['swear on my nans life i wont be around by the weekend', 'intends to end their life'],
    ['deadass not gonna be here much longer', 'intends to end their life'],
    ['picked up a nank yesterday, that yute is getting wet', 'harm to someone else'],
    ['bought a blade off my boy, the guy who robbed me is getting shanked', 'harm to someone else'],
    ['ima wet him when i see him on road. no cap', 'harm to someone else'],
    ['on my life im gonna do my stepdad when he gets in', 'harm to someone else'],
    ['them man rushed me outside college and took my chain', 'abuse or violence'],
    ['got jumped again by the olders on my estate', 'abuse or violence'],
    ['the opps keep chasing me home from the station', 'abuse or violence'],
    ['laying low at my cousins cos the olders are after me', 'no safe place, food or power tonight'],
    ['opps are parked outside my flat rn, scared to leave', 'no safe place, food or power tonight'],
    ['they made me go cunch and i aint allowed home till the pack is sold', 'coercive control'],
    ['been stuck in a trap house up north for two weeks', 'coercive control'],
    ['i owe the olders 400 and they said theyll come to my mums if i dont pay', 'abuse or violence'],
    ['still owe my plug and he told me hell break my legs', 'abuse or violence'],
    ['hope the opps kill me next time tbh', 'wishes to be dead'],
    ['ngl i hope they merk me, be done with all of it', 'wishes to be dead'],
    ['wrote a letter for my little bro to find after', 'preparing to end their life, or a past attempt'],
    ['left some notes on my phone in case my mum goes through it', 'preparing to end their life, or a past attempt'],
    ['fresh burns on my arm, i done them last night', 'self-harm'],
    ['snapped a razor out of the sharpener and ran it across my arm', 'self-harm'],
  ] as const)('%j is crisis: %s', (text, reason) => {
    expectReadAs(SETS, text, 'crisis', reason);
  });
});

describe('concern said in street slang', () => {
  it.each([
    ['i owe my plug like 200 from before christmas', 'money worries'],
    ['im in debt to the olders and dunno how to clear it', 'money worries'],
    ['gotta have a spliff before i can even get up in the morning', 'drinking or drugs to cope'],
    ['need a few cans just to face the jobcentre', 'drinking or drugs to cope'],
    ['my nan says if i dont start paying board im out', 'may lose their home'],
    ['if i dont find work by summer im getting kicked out', 'may lose their home'],
    ['all my boys got sent down last year, its just me now', 'feels alone'],
    ['all the mandem moved away, nobody left round here', 'feels alone'],
    ['not feeling myself and every day is the same', 'low mood'],
    ['not feeling it this week or any week', 'low mood'],
    ['if my flatmate nicks my noodles one more time im decking him', 'joked about hurting someone'],
    ['whoever ate my chicken is getting violated', 'joked about hurting someone'],
  ] as const)('%j is concern: %s', (text, reason) => {
    expectReadAs(SETS, text, 'concern', reason);
  });
});

describe('everyday slang, games and tracks these sets leave alone', () => {
  it.each([
    'shank him in fortnite, hes camping the bridge',
    'got merked in cod by some kid with a sniper',
    'on my mum that drill track about the opps goes hard',
    'got the strap in warzone, someones getting dropped',
    'on my mum im not gonna be here next week, im in napa with the boys',
    'dropped my knife in the amnesty bin outside the jobcentre',
    ...BARE_COACH_ANSWERS.slice(0, half),
    'on my mum im gonna smash this interview',
    'gonna do him a favour and proofread his cv, for real',
    'my bro got jumped by the olders, hes ok now',
    'hiding in my room cos my mum is looking for me to do the dishes lol',
    'the delivery guys are outside my block right now, can someone buzz them in',
    'my cousin moved out of the country to do his masters',
    'i cant leave work till my shift is done at 6',
    'hope they finish me off early today, i want to catch the match',
    'hope my mate drops me home after the interview',
    'left a note on the door in case anyone looks for me, back in 10',
    'left a note for the postman in case anyone delivers the parcel',
    'the new cuts on my hands, i did them on the box cutter at work yesterday',
    'scratches on my arms, i did them on the brambles clearing the garden',
    'used the clippers on myself, fresh trim for the interview',
    ...BARE_COACH_ANSWERS.slice(half),
    'i owe my mate a pint for the lift',
    'the car dealer i owe a call back rang again',
    'need a coffee before i can even look at the job sites',
    'need a drink to celebrate the job offer this weekend',
    'if i dont get this job im out of ideas tbh',
    'all my mates went to uni, its just me and my girl now',
    'not feeling the pizza today, any day this week works for the curry',
    'if the printer jams one more time im fighting it',
    'chelsea are getting violated by city',
  ])('%j', (text) => {
    expectLeftAlone(SETS, text);
  });
});
