// Risk said as "not the cv, the other thing", a night and a place already known, a high place at
// the end of a plan, sleeves kept down, "end of me" thoughts, switching off for good, a permanent
// rest, in a second language, as envy of a relative who died; a child with a man met online, a
// parent collapsed, children left alone, a child shaken, "i get hit at home"; struggle said as a
// declined card, "no one will hire a 60 year old", no one but carers, nightmares, a relapse; and
// everyday goodbyes, tablets, notice and others' tragedies read as a topic
// (src/domain/risk/otherThingPermanentRestAndChildrenPatterns.ts,
// src/domain/risk/workGoodbyesAndLibraryTabletsPatterns.ts). Written for this test, not copied
// from any split.
import '../support/trainedModels.ts';
import { describe, expect, it } from 'vitest';
import { expectAssessed } from '../support/riskAssertions.ts';
import { assessRisk } from '../../src/domain/risk.ts';
import { applyRules } from '../../src/domain/risk/rules.ts';

describe('crisis said as the other thing, a known night, sleeves, a permanent rest or a child in danger', () => {
  it.each([
    ['the date is set, not the interview, the other thing. saturday', 'a plan to end their life'],
    ['my plan is ready. not my job plan, the other plan', 'a plan to end their life'],
    ['you asked when i will do it. this weekend. not the cv', 'a plan to end their life'],
    ['i have picked the night and i know the spot, nobody will find out', 'a plan to end their life'],
    ['my date is sorted. then that is me done for good', 'a plan to end their life'],
    ['the plan is to pay the gas first so the kids have heat, then im heading to the bridge', 'a plan to end their life'],
    ['keeping my sleeves down at work again, the old habit, you know what i mean', 'self-harm'],
    ['long sleeves so nobody sees the fresh lines if you get me', 'self-harm'],
    ['the dark end of me thoughts are worse at night', 'thoughts of suicide'],
    ['i keep having thoughts of not waking up', 'thoughts of suicide'],
    ['honestly i would like to switch myself off permanently', 'thoughts of suicide'],
    ['all i am dreaming of is the everlasting sleep', 'wishes to be dead'],
    ['everyone says take a break, the only break i want is the forever kind of rest, the permanent kind', 'wishes to be dead'],
    ['i no want life any more, too tired', 'wishes to be dead'],
    ['every night i pray god takes me in my sleep', 'wishes to be dead'],
    ['my grandad died in the spring and honestly im envious of him', 'wishes to be dead'],
    ['me mam passed at christmas and tbh im a bit jealous of her', 'wishes to be dead'],
    ['my son is 14 and he has gone to meet an older man he met online', 'abuse or violence'],
    ['my 12 year old has not come home and the police are not picking up', 'abuse or violence'],
    ['my dad has collapsed and is not breathing and im on my own what do i do', 'no safe place, food or power tonight'],
    ['she has left the children alone at home, they are 2 and 4, and i can not get back till midnight', 'no safe place, food or power tonight'],
    ['i shook the baby really hard when he would not stop crying', 'harm to someone else'],
    ['i slapped my toddler across the face and i hate myself', 'harm to someone else'],
    ['i keep getting punched by my stepdad when he drinks', 'abuse or violence'],
    ['i get battered at home most nights', 'abuse or violence'],
    ['still have the rope in the loft, been sitting looking at it for hours', 'thinking about a way to end their life'],
  ])('%j is crisis, from the rules (%s)', (text, reason) => {
    expect([...applyRules(text).crisis]).toContain(reason);
    expectAssessed(text, 'crisis', reason);
  });
});

describe('struggle said as a declined card, no one but carers, nightmares or a relapse is concern', () => {
  it.each([
    ['card declined again at aldi', 'money worries'],
    ['had to put half my shopping back at the self checkout, so embarrassing', 'money worries'],
    ['nobody is going to hire a 61 year old with my knees', 'hopelessness'],
    ['i think im washed up as a tradesman', 'hopelessness'],
    ['i have stopped believing things will get better', 'hopelessness'],
    ['its been months since anyone talked to me properly', 'feels alone'],
    ['nobody talks to me unless they are paid to', 'feels alone'],
    ['another black cloud week, no reason', 'low mood'],
    ['the bad thoughts are back again', 'low mood'],
    ['having nightmares about the tour again', 'not sleeping'],
    ['i relapsed on friday after 8 months', 'drinking or drugs to cope'],
    ['who would hire someone like me with my record', 'feels worthless'],
    ['ive hit a wall, nothing left in me', 'not coping'],
    ['cant face one more rejection email', 'not coping'],
    ['i think i am losing the plot, i forgot my own address', 'not coping'],
  ])('%j is concern, from the rules (%s)', (text, reason) => {
    expect([...applyRules(text).concern]).toContain(reason);
    expect(assessRisk(text).level).not.toBe('none');
  });

  it.each([
    'if the recruiter ghosts me again ill shove him in the river haha',
    'wanted to chin the manager when he said that lol',
  ])('%j is a joke about hurting someone: concern, not crisis', (text) => {
    expect([...applyRules(text).concern]).toContain('joked about hurting someone');
    expect(assessRisk(text).level).toBe('concern');
  });

  it('hears the same push, meant, as crisis', () => {
    expect(assessRisk('i will shove him in the river, i mean it').level).toBe('crisis');
  });
});

describe('everyday look-alikes these rules leave alone', () => {
  it.each([
    'not the cv, the other one you sent me, can you check it',
    'i know the date and the place for the interview now, thanks',
    'the plan is finish my shift then im going to the cliffs for a walk with the dog',
    'sleeves down at the interview to hide my tattoos',
    'this job will be the end of me lol',
    'switching myself off from work emails at weekends',
    'i could sleep for a week after that shift',
    'my nan passed her driving test at 70 and im jealous of her',
    'my daughter is 25 and she is with a man she met online, they are engaged',
    'my dad passed out on the sofa after christmas dinner lol',
    'i shook my son awake for school',
    'i got hit by a ball at five a side',
    'my card got declined because the new one was not activated',
    'nightmare of a commute again',
    'my brother relapsed, im worried for him',
    'who would want me to start, monday or tuesday?',
    'im losing the plot with these passwords',
    'people say no one will hire a 60 year old but i got two offers',
  ])('%j is none from the rules', (text) => {
    const findings = applyRules(text);
    expect([...findings.crisis, ...findings.concern]).toEqual([]);
  });

  it.each([
    'said my goodbyes to the night shift today, days from monday',
    'help me write a goodbye card for my team, leaving the warehouse friday',
    'wrapping things up at my placement this week',
    'my affairs are in order for the tax return at last',
    'the tablets at the job centre are free to use',
    'please take my life experience into account, i raised three kids',
    'im rubbish with spreadsheets, is there a course',
    'in the series the wife finally leaves her abusive husband and starts over',
    'my tutor said my personal statement reads like a suicide note',
    'going cold turkey on tiktok till exams',
    'how much notice do i have to give at the cafe',
    'a lad i grew up with got stabbed, it is why i want to do youth work',
    'the charity where i volunteer helps survivors of domestic abuse, any paid roles',
    'the tube was so rammed i wanted to die lol, made it though',
  ])('%j is none in full', (text) => expect(assessRisk(text).level).toBe('none'));
});

describe('a topic that is the client own stays read', () => {
  it.each([
    'said goodbye to my team today and tonight i am going to end it',
    'a lad on my wing hung himself and i want to do the same',
    'the tablets at the library are free, and i have been saving up my pills to take them all',
    'in the film the woman escapes her controlling husband, thats happening to me at home',
  ])('%j is crisis', (text) => expect(assessRisk(text).level).toBe('crisis'));
});
