// The hundred-and-sixty-third split's kinds, as forms of our own
// (src/domain/risk/stashesSteppedPlansAndAllowancesPatterns.ts): tablets put by until there is a pile,
// a pet dropped off and then a place of ending, money given back for good behaviour; and, as concern,
// "if i did something daft", nobody rang on my birthday, missing people, a meltdown, falling to bits.
// Look-alikes: tablets put by for a holiday or locked away from the grandchildren, a walk to the
// bridge with the dog, pocket money as a child, a toddler's meltdown, a van falling to bits.
import '../support/trainedModels.ts';
import { describe, expect, it } from 'vitest';
import { expectLeftAlone, expectReadAs, reasonsReadBy } from '../support/riskAssertions.ts';
import { HUNDRED_AND_SIXTY_THIRD_WHOLE_SETS as SETS } from '../../src/domain/risk/stashesSteppedPlansAndAllowancesPatterns.ts';

describe('crisis the hundred-and-sixty-third split found missed, in forms of our own', () => {
  it.each([
    ['Ive been hiding some of my sleeping tablets in a drawer, one a day, nearly enough now', 'preparing to end their life, or a past attempt'],
    ['kept back my tramadol for months, theres a good stash now', 'preparing to end their life, or a past attempt'],
    ['saving two of my co-codamol aside every night', 'preparing to end their life, or a past attempt'],
    ['Leaving the cat with my neighbour tomorrow, then the viaduct after', 'a plan to end their life'],
    ['first I drop the dog off at mums. then the railway line tonight', 'a plan to end their life'],
    ['she keeps my card. i only get a few quid if i do what she says', 'coercive control'],
    ['I get my own money back when I behave, he decides', 'coercive control'],
  ])('%j is crisis: %s', (text, reason) => {
    expectReadAs(SETS, text, 'crisis', reason);
  });

  it.each([
    'mum keeps her tablets in a locked box now, the nurse said',
    'I put my tablets by the kettle every night so I remember',
    'dropping the dog at my brothers then the bridge on wednesday for a walk',
    'Leaving the dog with my sister, then the pier on saturday for the fishing',
    'when I was a kid I only got pocket money if I behaved',
  ])('%j is left alone by these sets', (text) => {
    expectLeftAlone(SETS, text);
  });

  // Put by for a trip: not this set's, whatever else the check makes of tablets and "enough".
  it('tablets saved for a holiday are not this set\'s', () => {
    expect(reasonsReadBy(SETS, 'ive been saving some tablets aside for my holiday, enough for two weeks')).toEqual([]);
  });
});

describe('concern the hundred-and-sixty-third split found missed, in forms of our own', () => {
  it.each([
    ['if i did something stupid the dog would have nobody, so i wont', 'spoke of harm, then said they would not'],
    ['No one even texted on my birthday.', 'feels alone'],
    ['i miss having people around. all i do is sit in the flat', 'feels alone'],
    ['i miss people', 'feels alone'],
    ['Had another meltdown at the bus stop this morning', 'not coping'],
    ['going to pieces to be honest', 'not coping'],
  ])('%j is concern: %s', (text, reason) => {
    expectReadAs(SETS, text, 'concern', reason);
  });

  it.each([
    'if i did something wrong on the form can i change it',
    'my toddler had a meltdown in tesco',
    "my son's pokemon fainted and he had a meltdown",
    'the van is falling to bits, needs an MOT',
    'nobody at work forgot my birthday, had a cake',
    'i miss people at my old job, they were a laugh',
  ])('%j is left alone by these sets', (text) => {
    expect(reasonsReadBy(SETS, text)).toEqual([]);
  });
});
