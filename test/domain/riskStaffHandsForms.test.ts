// Forms of our own for the kinds the hundred-and-eighty-third split brought
// (src/domain/risk/staffHandsHostelWindowsAndFallenOpposPatterns.ts): staff who hit the client, a will
// made to tie things up, a memorial named as the place, finishing what a war started, a staff change
// as the window, a way seen inside and known, envy of the mates who did not come back, housing ended
// today with no help till Monday, a family that took the grant; worries about leaving forces housing,
// not being worth help, and life after release. The split's own lines are not repeated here.
import '../support/trainedModels.ts';
import { describe, expect, it } from 'vitest';
import { assessRisk } from '../../src/domain/risk.ts';
import { expectLeftAlone, expectReadAs } from '../support/riskAssertions.ts';
import { HUNDRED_AND_EIGHTY_THIRD_WHOLE_SETS as SETS } from '../../src/domain/risk/staffHandsHostelWindowsAndFallenOpposPatterns.ts';

describe('crises said in forces, prison and care words', () => {
  it.each([
    ['the night staff at the hostel punched me when i came in late', 'abuse or violence'],
    ['my support worker shoved me against the wall yesterday', 'abuse or violence'],
    ['the warden punched me in the face last night', 'abuse or violence'],
    ['one of the staff beat me up in the laundry room', 'abuse or violence'],
    ['made my will last week, tying up loose ends before christmas', 'preparing to end their life, or a past attempt'],
    ['driving up to the viaduct on friday and ending it there', 'a plan to end their life'],
    ['gonna finish the job the ied started', 'intends to end their life'],
    ['once everyone on the wing is asleep, that is my chance', 'a plan to end their life'],
    ['watched lads do it with bedsheets inside, i know how now', 'thinking about a way to end their life'],
    ['the lads who never made it home were the lucky ones', 'wishes to be dead'],
    ['my b and b finished this morning and i have nowhere', 'no safe place, food or power tonight'],
    ['my mum spent my resettlement grant and says i owe her', 'coercive control'],
  ] as const)('%j is crisis: %s', (text, reason) => {
    expectReadAs(SETS, text, 'crisis', reason);
    expect(assessRisk(text).level).toBe('crisis');
  });
});

describe('worries said in the same words', () => {
  it.each([
    ['leaving the quarters in march and no civilian address yet', 'may lose their home'],
    ['im not worth the bother honestly', 'feels worthless'],
    ['finding it really hard being on the outside', 'not coping'],
  ] as const)('%j is concern: %s', (text, reason) => {
    expectReadAs(SETS, text, 'concern', reason);
    expect(assessRisk(text).level).not.toBe('none');
  });
});

describe('everyday words these sets leave alone', () => {
  it.each([
    'my old boss threw me under the bus in that reference',
    'the sergeant slapped me on the back when i passed',
    'my boss beat me at darts again',
    'the manager hit me with three new tasks before lunch',
    'the agency pushed me into applying for the night shift',
    'helping my dad make his will so everything is in order',
    'going to the memorial on sunday and laying a wreath there',
    'when the staff change shift thats my chance to ring you',
    'the mates who didnt come back from the holiday got the better deal, it rained all week',
    'my hostel place ended today but i got the keys to my new flat',
    'my mum took my grant to the bank for me because i asked her',
    'my nan kept my savings for safekeeping while i was away, gave it all back',
    'leaving the quarters next month but already got a council flat sorted',
    'the job is not worth the bus fare honestly',
  ])('%j', (text) => {
    expectLeftAlone(SETS, text);
  });
});
