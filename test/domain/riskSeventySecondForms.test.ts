// Risk told through logistics (src/domain/risk/logisticsBusesBoxesAndEnvelopesPatterns.ts): a lorry
// running into them and they would not mind, not wanting thirty more years of this, envy of the ones
// in the cemetery, what a whole packet would do, doing it once the forms are in so the family know
// they tried, not intending to be around by christmas, the top floor of the car park "that is where
// i will do it", tablets kept in a drawer, passwords left in an envelope just in case, a black eye and
// the camera off, a tin of soup to last till friday, the meter on zero and no way to cook; every
// plan falling through, what sort of mum am i, too stupid for the test and always have been, a
// drink before every interview, nights got through on pills off a bloke, never back to sleep, a
// birthday of me and the telly, the only day out of the house, sitting in the cafe so there are
// people about, this close to decking him. Our own examples.
import '../support/trainedModels.ts';
import { describe, expect, it } from 'vitest';
import { expectAssessed } from '../support/riskAssertions.ts';
import { applyRules } from '../../src/domain/risk/rules.ts';

describe('crisis told through logistics', () => {
  it.each([
    ['Interview at 2. If the number 9 lorry ran me over on the way I would honestly not mind.', 'wishes to be dead'],
    ['If a train hits me on the level crossing tomorrow I would be fine with that tbh', 'wishes to be dead'],
    ['Grandad made it to 90. I do not want another 50 years of this.', 'wishes to be dead'],
    ["Can't face 30 more years of this, not even 3 more weeks.", 'wishes to be dead'],
    ['Walked past the cemetery on the way to the jobcentre and I was envious of everyone in it.', 'wishes to be dead'],
    ['If I swallowed the entire packet of the 30mg ones would that be it?', 'thinking about a way to end their life'],
    ["I'm gonna do it, just want the application in first so my dad knows I tried.", 'intends to end their life'],
    ['Please cancel my appointments, I do not plan to be around by christmas.', 'intends to end their life'],
    ["Top floor of the car park on Friday at 3, that's where I'll do it.", 'a plan to end their life'],
    ['I have 45 paracetamol saved in an old tin at the back of the wardrobe.', 'preparing to end their life, or a past attempt'],
    ['Wrote my passwords down and left them in an envelope for my sister, just in case.', 'preparing to end their life, or a past attempt'],
    ['Got a black eye from last night, can the interview be a phone call instead?', 'abuse or violence'],
    ['We have got one tin of soup and half a loaf to last us till friday, three kids.', 'no safe place, food or power tonight'],
    ['Meter ran out this morning, emergency credit gone, cannot heat the flat or cook for the baby.', 'no safe place, food or power tonight'],
  ])('%j is read as crisis', (text, reason) => {
    expect([...applyRules(text).crisis]).toContain(reason);
    expectAssessed(text, 'crisis', reason);
  });

  it.each([
    'If the bus runs into me I would be fine with that, means a week off work and compensation lol.',
    "I can't face another 20 years of this commute, I need a job closer to home.",
    'My sister was jealous of the flowers at the funeral, they were lovely.',
    'My toddler got into the cupboard, what happens if someone took the whole box of vitamins?',
    "Top floor of the library has the best wifi, that's where I'll do it, the CV I mean.",
    'I do not intend to be here next month, I am moving to Leeds for a new job.',
    'Mum keeps 60 tablets in her dosette box for the week, all on prescription.',
    "Left the spare keys and the wifi password in an envelope for the cat sitter, just in case, we're away on holiday.",
    'Got a black eye from rugby on saturday, can I do the interview with the camera off?',
    'Meal prep challenge: one tin of beans and a loaf to last till friday, recipe ideas?',
    'The neighbour says her meter is on zero and she cannot cook, I lent her a tenner.',
  ])('%j is no crisis to the rules', (text) => {
    expect([...applyRules(text).crisis]).toEqual([]);
  });
});

describe('concern told through logistics', () => {
  it.each([
    ['Every single thing I line up falls through by the weekend.', 'hopelessness'],
    ['My daughter lent me the bus fare from her birthday money, what sort of mum am I.', 'feels worthless'],
    ["I'm way too stupid to pass the forklift test next week, always been.", 'feels worthless'],
    ["I have a couple of cans before every interview or I can't get the words out.", 'drinking or drugs to cope'],
    ['Getting through the nights on the pregabalin I get off a bloke down the road.', 'drinking or drugs to cope'],
    ["Wake at 3 every night and can't get back to sleep, just lie there.", 'not eating or sleeping'],
    ['My birthday was just me and a pot noodle, nobody rang.', 'feels alone'],
    ['The food bank on Tuesday is the only time I get out of the house these days.', 'feels alone'],
    ['I go round the shopping centre till it closes just so there are people about.', 'feels alone'],
    ['Manager moved my shift again without asking, I was that close to decking him.', 'joked about hurting someone'],
    ['Bloke in the queue at the chippy pushed me, almost chinned him haha.', 'joked about hurting someone'],
  ])('%j is read as concern', (text, reason) => {
    expect([...applyRules(text).concern]).toContain(reason);
  });

  it.each([
    'Every level I play in that game falls apart at the boss lol.',
    'They asked me in the interview what kind of manager I am going to be.',
    "I'm so stupid this morning, need a coffee before the call lol.",
    'I get through the nights with the tablets my GP prescribed, they help me sleep.',
    "The baby wakes at 4 every morning and I can't get back off.",
    'Christmas was just me and the dog this year, bliss honestly.',
    'Walking the dog is the only time I leave the house before 9, then I go to work.',
    'I sit near the front of the bus so there are people around to help if the kids play up.',
    'I was so close to punching in late again, the clock at work is fast.',
    'I could have strangled the printer at the library, it ate my cover letter.',
  ])('%j is no concern of those kinds to the rules', (text) => {
    const { concern } = applyRules(text);
    for (const reason of ['hopelessness', 'feels worthless', 'drinking or drugs to cope', 'not eating or sleeping', 'feels alone', 'joked about hurting someone']) expect([...concern]).not.toContain(reason);
  });
});
