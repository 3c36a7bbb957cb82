// Forms of our own for the kinds the 231st (rural and farm work), 234th (spelling as said), 236th (men
// in the trades who understate) and 237th (young people leaving care or prison) splits brought,
// written as rules and spellings. The splits' own lines are not repeated here.
import '../support/trainedModels.ts';
import { describe, expect, it } from 'vitest';
import { assessRisk } from '../../src/domain/risk.ts';
import { expectLeftAlone, expectReadAs } from '../support/riskAssertions.ts';
import { TWO_HUNDRED_AND_THIRTY_FIRST_WHOLE_SETS as RURAL } from '../../src/domain/risk/seasonsGunKeysAndShedsPatterns.ts';
import { TWO_HUNDRED_AND_THIRTY_SIXTH_WHOLE_SETS as TRADES } from '../../src/domain/risk/cleanExitsHidingsAndLiveWiresPatterns.ts';
import { TWO_HUNDRED_AND_THIRTY_FOURTH_AND_SEVENTH_WHOLE_SETS as CARE_LEAVERS } from '../../src/domain/risk/keyWorkerDaysCourtDatesAndBridgesPatterns.ts';

const SETS = [...RURAL, ...TRADES, ...CARE_LEAVERS];

describe('crises said the way these clients say them', () => {
  it.each([
    ['hope i dont see christmas', 'wishes to be dead'],
    ['honestly hoping i never see another summer', 'wishes to be dead'],
    ['searched how much paraquat would be enough', 'thinking about a way to end their life'],
    ['got dads shotgun key. when theyre out tonight', 'thinking about a way to end their life'],
    ['im not carrying on anymore. its my decision', 'intends to end their life'],
    ['ill do it down the quarry', 'a plan to end their life'],
    ['its all planned. sunday, the van, the reservoir', 'a plan to end their life'],
    ['been stockpiling the dogs tablets, more than enough for me', 'preparing to end their life, or a past attempt'],
    ['better for everyone if the bull trampled me', 'wishes to be dead'],
    ['id gladly take a quiet way out if it was offered', 'wishes to be dead'],
    ['wouldnt mind if god took me tonight', 'wishes to be dead'],
    ['sleeping in the van at the retail park, security moved me on, got nowhere to go', 'no safe place, food or power tonight'],
    ['cancel my appointments im not intending on being around', 'intends to end their life'],
    ['my brother in law gave me another beating last night', 'abuse or violence'],
    ['took a stanley knife to my own arm', 'self-harm'],
    ['near the substation on my walk, keep thinking i could just touch the cable', 'thinking about a way to end their life'],
    ['was up reading about lethal doses till 4', 'thinking about a way to end their life'],
    ['the manager better watch his back, i mean it', 'harm to someone else'],
    ['the 9th. that is the day. its when my mum passed', 'a plan to end their life'],
    ['saturday when my support worker is off, thats when', 'a plan to end their life'],
    ['gonna get what i need and do it', 'a plan to end their life'],
    ['i have picked which car park i would use', 'thinking about a way to end their life'],
    ['dont need the bus pass, im not going to be around much longer', 'intends to end their life'],
    ['im going to take myself out, no point anymore', 'intends to end their life'],
    ['dont care about waking up tbh', 'wishes to be dead'],
    ['my boyfriend takes all my uc and i never see a penny', 'coercive control'],
    ['she texted my work coach that i was ill so i couldnt go. she always does', 'coercive control'],
    ['sorry for the wait he doesnt like me on my phone', 'coercive control'],
    ['punched the door again, its the only thing that helps', 'self-harm'],
  ] as const)('%j is crisis: %s', (text, reason) => {
    expectReadAs(SETS, text, 'crisis', reason);
    expect(assessRisk(text).level).toBe('crisis');
  });
});

describe('everyday words these sets leave alone', () => {
  it.each([
    'hope i dont see the christmas rush at the depot',
    'hope i dont see him at christmas',
    'googled if weedkiller would do it for the nettles on the path',
    'got my shotgun licence renewal back, the firearms officer came round',
    'im not carrying on with the course, my choice, it wasnt for me',
    'ill do it in the shed, my cv i mean, its quiet there',
    'vet meds are locked away from the kids, more than enough for the flock',
    'id take a clean exit if the firm offered a redundancy package',
    'sleeping in the cab on nights out is part of the job',
    'im not planning on being here long, its a temp contract',
    'the lads gave me a hiding at darts last night',
    'keep thinking about the high voltage course, should i do it',
    'reading up on overdoses for my first aid course',
    'watch your back on that site, the scaffold is loose',
    'ill do it the night before my court date, the statement i mean',
    'my flatmate has all my cash for the budget tin, i never see it till friday',
    'headbutted the door frame getting in the van, so clumsy',
    'dont care about waking up early, im used to it on the farm',
  ])('%j', (text) => {
    expectLeftAlone(SETS, text);
  });
});

describe('agreeing, or saying an answer again, is not a worry', () => {
  it.each(['i know what you mean', 'yeah i see what you mean', 'ok i get what you mean'])('agreeing, %j, is not a worry', (text) => {
    expect(assessRisk(text).level).toBe('none');
  });

  it.each(['yeah like i said being outside', 'like i said warehouse work', 'as i said before, the bus times'])('an answer said again, %j, is not a worry', (text) => {
    expect(assessRisk(text).level).toBe('none');
  });

  it.each([['like i said he hits me', 'crisis'], ['like i said i want to die', 'crisis'], ['got the tablets saved up. you know what i mean', 'crisis']] as const)('"like i said" does not hide %j', (text, level) => {
    expect(assessRisk(text).level).toBe(level);
  });

  it('agreeing does not hide what comes after it', () => {
    expect(assessRisk('i know what you mean but i cant go on anymore').level).not.toBe('none');
  });
});
