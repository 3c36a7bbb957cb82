// Forms of our own for the kinds the hundred-and-eightieth split brought
// (src/domain/risk/gradIronyCopingByHarmAndModuleTopicsPatterns.ts): a crash that would not upset
// them, coping by hurting themself, waiting for it all to be over for them, days without food and
// nothing in, a thought of the pills (a worry when waved away); worries said with irony; and
// everyday words the check had read as crisis: course modules, podcasts and posters on these
// subjects, figures, pets "trying to kill me", other people's troubles. The split's own lines are
// not repeated here.
import '../support/trainedModels.ts';
import { describe, expect, it } from 'vitest';
import { assessRisk } from '../../src/domain/risk.ts';
import { applyRules } from '../../src/domain/risk/rules.ts';
import { expectLeftAlone, expectReadAs, reasonsReadBy } from '../support/riskAssertions.ts';
import { HUNDRED_AND_EIGHTIETH_WHOLE_SETS as SETS } from '../../src/domain/risk/gradIronyCopingByHarmAndModuleTopicsPatterns.ts';

describe('crises said with irony or in passing', () => {
  it.each([
    ['if my train crashed on the way to the assessment centre id genuinely not be sad', 'wishes to be dead'],
    ['if the bus goes down the hill and flips i would not care tbh', 'wishes to be dead'],
    ['managing ok i guess, mostly by hurting myself at night', 'self-harm'],
    ['getting through the week by burning myself, dont tell mum', 'self-harm'],
    ['kind of counting down to it all being over for good', 'wishes to be dead'],
    ['not eaten for three days, fridge is empty and im skint', 'no safe place, food or power tonight'],
    ['been thinking about all my sleeping pills in the drawer', 'thinking about a way to end their life'],
  ] as const)('%j is crisis: %s', (text, reason) => {
    expectReadAs(SETS, text, 'crisis', reason);
  });

  // The rules read a worry; the models may still lift it (recall first), never lower it.
  it('the pills thought waved away is at least a worry, never nothing', () => {
    const text = 'kept thinking about the tablets in the bathroom but i am ok, honestly';
    expect(reasonsReadBy(SETS, text)).toEqual(['spoke of harm, then said they would not']);
    expect([...applyRules(text).concern]).toContain('spoke of harm, then said they would not');
    expect(assessRisk(text).level).not.toBe('none');
  });
});

describe('worries said with irony', () => {
  it.each([
    ['feels like the future is just more of this forever, job boards and no replies', 'hopelessness'],
    ['i think ive forgotten how to talk to people lol', 'feels alone'],
    ['dad says pay board by friday or move out', 'may lose their home'],
    ['how are you doing? im not. not at all', 'not coping'],
    ['i sobbed on the bus for a whole hour after the call', 'not coping'],
    ['i think im having a meltdown, cant open the emails', 'not coping'],
    ['no idea whats happening to me lately', 'not coping'],
    ['4am overthinking again, running on no sleep', 'not eating or sleeping'],
    ['i dont deserve your help if im honest', 'feels worthless'],
  ] as const)('%j is concern: %s', (text, reason) => {
    expectReadAs(SETS, text, 'concern', reason);
  });
});

describe('everyday words these sets leave alone', () => {
  it.each([
    'if the train crashed id get a day off and a refund lol',
    'cant wait for it all to be over, the exams i mean',
    'my nan hasnt eaten in two days, shes in hospital with a bug',
    'i keep forgetting to think about my tablets in the morning, need a routine',
    'my car had a breakdown on the motorway, late for the interview',
    'my toddler had a full meltdown in the shop',
    'cried for an hour at the end of that film',
    'the 4am night shift start is brutal but the pay is good',
    'i dont deserve to be treated like that by the agency',
  ])('%j', (text) => {
    expectLeftAlone(SETS, text);
  });
});

describe('subjects studied, heard or seen, and other people', () => {
  it.each([
    'our safeguarding module this week covered coercive control and grooming',
    'listening to a podcast about suicide prevention in farming, really good',
    'the leaflet at the gp was about domestic abuse support',
    'the job description talks about supporting people after overdoses',
    'the lecture said young men are more likely to die by suicide',
    'my dog is trying to kill me, he keeps running under my feet',
    'kids at school told my brother to kill himself, im reporting it',
  ])('%j is not crisis', (text) => {
    expect(assessRisk(text).level).not.toBe('crisis');
  });

  it.each([
    'the module on self harm brought it all back, i cut again last night',
    'watched a documentary about suicide and i want to do the same',
  ])('%j is still crisis', (text) => {
    expect(assessRisk(text).level).toBe('crisis');
  });
});

// Play-testing, round ten: "what was i meant to be doing again?" had the crisis reply and an urgent escalation.
describe('words about the chat itself', () => {
  it.each(['what was i meant to be doing', 'what was i meant to be doing again?', 'sorry i need to stop', 'Sorry, I need to stop now.'])('%j is none', (text) => {
    expect(assessRisk(text)).toEqual({ level: 'none', reasons: [] });
  });

  it.each(['what was i meant to be doing with my life', 'i need to stop, i cant do this anymore'])('%j is still heard', (text) => {
    expect(assessRisk(text).level).not.toBe('none');
  });
});
