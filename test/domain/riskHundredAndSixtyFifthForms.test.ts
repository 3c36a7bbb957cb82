// The hundred-and-sixty-fifth split's kinds, as forms of our own
// (src/domain/risk/glassDoorsUnnettedBridgesAndOneWayDrivesPatterns.ts): thrown through a door or a
// window, rung over and over and accused, made to do things to keep a room, being dead as the one
// good thing, places with no nets or barriers, a drive out with no drive back, joining the friends
// who died, "that is my day" on an anniversary, something left for the children for after, a car or
// a house set on fire; and, as concern, a drug to get through, a bottle that shuts it up, not
// feeling myself, "ill finish him lol". Look-alikes: removal men and football, a partner who rings
// to say goodnight, a survey of barriers at work, a drive with a lift back, a reunion, a wedding
// anniversary, letters while working away, a bonfire, a sniffer dog, a flat tyre, a game of darts.
import '../support/trainedModels.ts';
import { describe, expect, it } from 'vitest';
import { expectLeftAlone, expectReadAs, reasonsReadBy } from '../support/riskAssertions.ts';
import { HUNDRED_AND_SIXTY_FIFTH_WHOLE_SETS as SETS } from '../../src/domain/risk/glassDoorsUnnettedBridgesAndOneWayDrivesPatterns.ts';

describe('crisis the hundred-and-sixty-fifth split found missed, in forms of our own', () => {
  it.each([
    ['sorry i was off yesterday, my fella threw me into the kitchen table', 'abuse or violence'],
    ['He shoved me through the front window on Sunday night', 'abuse or violence'],
    ['my ex phones me 50 times a day asking who im with', 'coercive control'],
    ['she texts me every ten minutes at work to check where i am', 'coercive control'],
    ['the man whose sofa im on makes me do stuff i dont want to for the bed', 'abuse or violence'],
    ['honestly all that sounds nice now is not waking up', 'wishes to be dead'],
    ['Been looking at which multi storeys in the city centre have no fences on top', 'thinking about a way to end their life'],
    ['heading out to the coast on sunday and im not coming back home', 'a plan to end their life'],
    ['soon ill be with my lads who never came back from helmand', 'wishes to be dead'],
    ['its a year to the day since we lost him next month. that will be my day', 'a plan to end their life'],
    ['recording a video for my daughter so she has something to remember me by when im gone', 'preparing to end their life, or a past attempt'],
    ['if he parks there once more im going to set fire to his van', 'harm to someone else'],
  ])('%j is crisis: %s', (text, reason) => {
    expectReadAs(SETS, text, 'crisis', reason);
  });

  it.each([
    'my mate shoved me into the pool at his stag do',
    'got knocked into the fence at rugby training',
    'my wife rings me every hour on nights just to say she loves me',
    'the job is a survey of which bridges in the county have no barriers',
    'driving up to scotland friday and im not driving back, getting the train',
    'going to join my mates from the regiment at the reunion in may',
    'our wedding anniversary is tuesday, that is my day to spoil her',
    'gonna burn the garden waste in the incinerator saturday',
  ])('%j is left alone by these sets', (text) => {
    expectLeftAlone(SETS, text);
  });

  // Other rules read more into these; this file's sets read nothing.
  it.each([
    'the removal lads pushed me against the wall to get the sofa past',
    'writing letters for my kids while im working away offshore so they have something after school',
  ])('%j is not these sets\' to read', (text) => {
    expect(reasonsReadBy(SETS, text)).toEqual([]);
  });
});

describe('concern the hundred-and-sixty-fifth split found missed, in forms of our own', () => {
  it.each([
    ['been taking a bit of ket to get to sleep, dont judge', 'drinking or drugs to cope'],
    ['doing lines just to keep up on the doors', 'drinking or drugs to cope'],
    ['the vodka is the only thing that switches my head off at night', 'drinking or drugs to cope'],
    ['i havent felt like myself since i got out', 'low mood'],
    ['flat as a pancake this week', 'low mood'],
    ['beat my uncle at darts again, ill finish him off next time lol', 'joked about hurting someone'],
  ])('%j is concern: %s', (text, reason) => {
    expectReadAs(SETS, text, 'concern', reason);
  });

  it.each([
    'the sniffer dogs at the airport job get a bit of coke to train on',
    'used to take speed to get through shifts, clean 5 years',
    'my tyre is flat as a pancake',
    'not feeling myself today, think its a cold',
    'ill finish him a card for his birthday',
  ])('%j is left alone by these sets', (text) => {
    expect(reasonsReadBy(SETS, text)).toEqual([]);
  });
});
