// Forms of our own for the kinds the hundred-and-seventy-eighth split brought
// (src/domain/risk/dialectGlassingsSquaredDebtsAndRoleDutiesPatterns.ts): debts squared so nothing
// is left behind, stepping out into the traffic, glassing someone, death taken over more of this,
// ending it that crossed the mind, a partner who "hits us", waiting by the line for the fast train,
// both of us in someone's car; worries said the gruff way; and everyday words the check had read as
// crisis: a job's duties, figures on the news, "no one to go with". The split's own lines are not
// repeated here.
import '../support/trainedModels.ts';
import { describe, expect, it } from 'vitest';
import { assessRisk } from '../../src/domain/risk.ts';
import { expectLeftAlone, expectReadAs } from '../support/riskAssertions.ts';
import { HUNDRED_AND_SEVENTY_EIGHTH_WHOLE_SETS as SETS } from '../../src/domain/risk/dialectGlassingsSquaredDebtsAndRoleDutiesPatterns.ts';

describe('crises said the plain, gruff way', () => {
  it.each([
    ['settled up with everyone i owe so that i leave nothing owing', 'preparing to end their life, or a past attempt'],
    ['paid my brother back every penny, so theres nowt left to sort after', 'preparing to end their life, or a past attempt'],
    ['i keep thinking about just walking out in front of a lorry on the a1', 'thinking about a way to end their life'],
    ['the bypass is loud all night, been wondering about stepping out into it', 'thinking about a way to end their life'],
    ['i sit by the level crossing most nights, waiting for the express train', 'thinking about a way to end their life'],
    ['im gonna go round the depot and bottle the foreman', 'harm to someone else'],
    ['if he starts again i will glass him, not joking', 'harm to someone else'],
    ['honestly id welcome a stroke over another winter like this', 'wishes to be dead'],
    ['id sooner get hit by a train than go back on the sites', 'wishes to be dead'],
    ['its crossed my mind to end my life a few times lately', 'thoughts of suicide'],
    ['me girlfriend batters us when she gets angry', 'abuse or violence'],
    ['me and the dog are sleeping in my car', 'no safe place to sleep tonight'],
    ['were kipping in his van, me and our kid', 'no safe place to sleep tonight'],
  ] as const)('%j is crisis: %s', (text, reason) => {
    expectReadAs(SETS, text, 'crisis', reason);
  });

  it('a joke about glassing someone is a worry, not a crisis', () => {
    expect(assessRisk('gonna glass the ref if he gives another one of those lol').level).toBe('concern');
  });

  it('the thought waved away is a worry, not nothing', () => {
    expectReadAs(SETS, 'crossed me mind to end it but nah, not me', 'concern', 'spoke of harm, then said they would not');
  });
});

describe('worries said the gruff way', () => {
  it.each([
    ['dont enjoy the darts any more', 'low mood'],
    ['i was in a rough way all week, not gonna lie', 'low mood'],
    ['lost about 3 grand down the bookies this month', 'money worries'],
    ['the online casino has me in a hole', 'money worries'],
    ['not arsed about food lately', 'not eating or sleeping'],
    ['gonna kick the printer guy into next week haha', 'joked about hurting someone'],
  ] as const)('%j is concern: %s', (text, reason) => {
    expectReadAs(SETS, text, 'concern', reason);
  });
});

describe('everyday words these sets leave alone', () => {
  it.each([
    'dont enjoy the job any more, want a change of scene',
    'my dad gambles and is 5k down, me mam is raging',
    'im not in a rough way, just busy with the kids',
    'i keep thinking about stepping out of my comfort zone',
    'id take the bus over the train any day',
    'the boss hits us with overtime every friday',
    'never crossed my mind to end it, i love my kids',
    'glass of wine and a takeaway tonight, sorted',
  ])('%j', (text) => {
    expectLeftAlone(SETS, text);
  });

  it.each([
    'the support worker job involves working with rough sleepers and addictions',
    'the hospital porter role says you may deal with suicide watch patients',
    'read in the paper the rate of suicides among farmers is going up',
    'stopped going to the match, no one to go with since my brother moved',
    'my sisters been hit by her husband, shes staying with us now',
  ])('%j is not crisis', (text) => {
    expect(assessRisk(text).level).not.toBe('crisis');
  });

  it.each([
    ['i was hit by her husband outside the pub', 'crisis'],
    ['the job involves self harm support and honestly i still self harm myself', 'crisis'],
    ['no one to stay with tonight, sat in the station', 'crisis'],
  ] as const)('%j is still %s', (text, level) => {
    expect(assessRisk(text).level).toBe(level);
  });
});

// Play-testing: "i will do it every day" at the goal's day question had a check-in about drinking.
describe('how often a step is done', () => {
  it.each(['i will do it every day', 'ill do it every day', 'apply every week', 'do it every monday'])('%j is none', (text) => {
    expect(assessRisk(text)).toEqual({ level: 'none', reasons: [] });
  });

  it('with drink in it, it is read as written', () => {
    expect(assessRisk('i will do it every day, drink that is').level).not.toBe('none');
  });
});

// Play-testing, round nine: each had "That sounds really hard" and the adviser offered.
describe('words about the chat itself', () => {
  it.each(['how long does this take?', 'stop texting me', 'can you stop the reminders pls', 'i dont need this anymore ive got a job'])('%j is none', (text) => {
    expect(assessRisk(text)).toEqual({ level: 'none', reasons: [] });
  });

  it.each(['stop texting me, i wont be here tomorrow anyway', 'how long does it take to die'])('%j is still crisis', (text) => {
    expect(assessRisk(text).level).toBe('crisis');
  });
});

// Play-testing, round nine: other people at risk in the client's work or training had set off a full crisis.
describe('other people at risk, in the client\'s work or training', () => {
  it.each([
    'i did a mental health first aid course and learned how to help someone who is suicidal',
    'in care you have to watch for residents who self harm and report it',
    'i did security at a club and had to deal with overdoses',
    'at the hostel i supported young people who were homeless',
  ])('%j is not crisis', (text) => {
    expect(assessRisk(text).level).not.toBe('crisis');
  });

  // Play-testing, round nine: "i worked at a homeless shelter" had been read as a worry about home.
  it.each(['i worked at a homeless shelter', 'volunteered at the homeless shelter for a year', 'i helped out at a homeless project'])('%j is none', (text) => {
    expect(assessRisk(text).level).toBe('none');
  });

  it('losing their own home, said beside that work, is still heard', () => {
    expect(assessRisk('i worked at a homeless shelter and now i might lose my flat').level).not.toBe('none');
  });

  it.each(['i help people who self harm, i self harm myself too', 'i need someone to help me, im suicidal'])('%j is still crisis', (text) => {
    expect(assessRisk(text).level).toBe('crisis');
  });
});
