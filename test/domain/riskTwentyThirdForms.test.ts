// Risk said in chat slang, as a veiled exit, a cover story for an injury or a date set; struggle
// said formally, in the body or through a drink; and everyday words about games, titles, other
// people's troubles, care work or being safe (src/domain/risk/exitsCoverStoriesAndOthersTroublesPatterns.ts).
// Each kind beside everyday look-alikes that must stay none. Written for this test, not copied
// from any split.
import '../support/trainedModels.ts';
import { describe, expect, it } from 'vitest';
import { expectAssessed } from '../support/riskAssertions.ts';
import { assessRisk } from '../../src/domain/risk.ts';
import { applyRules } from '../../src/domain/risk/rules.ts';

describe('crisis said in slang, as a veiled exit, a cover story or a date set', () => {
  it.each([
    ['having sui thoughts most nights if im honest', 'thoughts of suicide'],
    ['feeling proper sui today, cv can wait', 'thoughts of suicide'],
    ['been thinking about ctb a lot lately', 'thoughts of suicide'],
    ['keep thinking about offing myself', 'thoughts of suicide'],
    ['do you ever think about ending it all? i do', 'thoughts of suicide'],
    ['close my case, im clocking out of life permanently', 'intends to end their life'],
    ['i just want out, for good, and i dont mean this job', 'intends to end their life'],
    ['no need to fix my cv, i wont be needing a job where im headed', 'intends to end their life'],
    ['picked the day now, after payday so my sister isnt left with the bills', 'a plan to end their life'],
    ['i still cut when it gets bad at night', 'self-harm'],
    ['drink all weekend and then i cut', 'self-harm'],
    ['the marks are from what i did to my arms on sunday', 'self-harm'],
    ['if i got knocked down by a bus tomorrow i honestly wouldnt care', 'wishes to be dead'],
    ['if i never woke up id be relieved tbh', 'wishes to be dead'],
    ['got bruises on my arm, if anyone at the interview asks ill say i fell down the stairs', 'abuse or violence'],
    ['split lip again, gonna tell them i walked into a cupboard', 'abuse or violence'],
    ['my stepdad would touch me when mum was on nights', 'abuse or violence'],
    ['i was interfered with as a kid and he still comes round at christmas', 'abuse or violence'],
    ['please dont tell my husband i messaged you', 'coercive control'],
    ['if anyone at home asks, i was never on here ok', 'coercive control'],
    ['that bloke on reception is getting knocked out if he smirks at me again', 'harm to someone else'],
  ])('%j is crisis (%s)', (text, reason) => expectAssessed(text, 'crisis', reason));
});

describe('struggle said formally, in the body, through a drink or as past is concern', () => {
  it.each([
    ['can barely afford the train to the interview and food this month', 'money worries'],
    ['its food or the bus fare this week', 'money worries'],
    ['my legs were shaking so much i had to get off the bus before the job fair', 'not coping'],
    ['heart pounding, couldnt walk into the assessment centre', 'not coping'],
    ['miss my mum so badly it physically hurts', 'low mood'],
    ['I must confess my situation has become rather intolerable.', 'not coping'],
    ['downing a couple of cans before my appointment so i can face it', 'drinking or drugs to cope'],
    ['i make myself sick after meals most days', 'not eating or sleeping'],
    ['im gonna kick the printer and whoever designed it', 'angry words about hurting someone'],
    ['used to self harm as a teenager, fine now, just ticking the form', 'spoke of harm, then said they would not'],
    ['i self harmed a few years back but ive been clean for ages', 'spoke of harm, then said they would not'],
  ])('%j is concern (%s)', (text, reason) => expectAssessed(text, 'concern', reason));

  it('hears a lease not renewed as at least concern, from the rules', () => {
    expect([...applyRules('the letting agent wont renew and ive got nowhere sorted yet').concern]).toContain('may lose their home');
  });

  it('hears a laughing emoji after a threat as a joke, and the same threat without it as meant', () => {
    const joked = assessRisk('the guy on the desk is getting a slap if he calls me pal again 🤣');
    expect(joked.level).toBe('concern');
    expect(joked.reasons).toContain('joked about hurting someone');
    expect(assessRisk('the guy on the desk is getting a slap if he calls me pal again').level).toBe('crisis');
  });

  it('never lets a laughing emoji lower a risk to the client', () => {
    expect(assessRisk('sui thoughts all week 😂').level).toBe('crisis');
  });
});

describe('everyday look-alikes these rules leave alone', () => {
  it.each([
    'we cut costs at work by going paperless',
    'i cut my losses and left that job',
    'if i cut the grass will the landlord knock some off the rent',
    'if i got hit by a bus who would walk the dog',
    'i got a black eye at football, tell them it was a tackle',
    'checking out of the hotel on friday then straight to the interview',
    'i want out of this contract, the hours are rubbish',
    'tell them i fell asleep on the train lol',
    'i can not afford a holiday and a new car this year',
    'i miss my dog so much when im at work',
    'this heat is unbearable in a suit',
    'a girl from my old school took an overdose years ago, she is a doctor now',
    'my friends mum got evicted but she is in a council place now',
    'someone i used to work with got sanctioned, sounded harsh',
    'my brothers girlfriend dumped him and kept the car',
    'the kid in the queue was screaming his head off, poor mum',
    'as a support worker i dealt with self harm disclosures every week',
    'one of my patients kept saying she wanted to die, how do i show that experience',
    'i handled crisis calls for the out of hours team',
    'our first aid day covered what to do if someone is overdosing',
    'got an interview for a night shift at a homeless shelter',
    'suicide rates among farmers came up on the news, grim',
    'our band is called the overdose and we gig on fridays',
    'the main character is suicidal in book one but it ends well',
    'my paladin kept dying in the dungeon last night',
    'i keep the whole squad alive as the healer',
    'i am safe, i have a roof over my head',
    'my mental health is pretty good at the moment',
  ])('%j stays none', (text) => {
    const rules = applyRules(text);
    expect([...rules.crisis]).toEqual([]);
    expect([...rules.concern]).toEqual([]);
  });

  it.each([
    'our first aid day covered what to do if someone is overdosing',
    'a girl from my old school took an overdose years ago, she is a doctor now',
    'my paladin kept dying in the dungeon last night',
    'my mental health is pretty good at the moment',
  ])('%j is none in full', (text) => expect(assessRisk(text).level).toBe('none'));
});

// Topics read as "course" only when nothing says they are the client's own too.
describe('a topic or a past that is the client own stays read', () => {
  it.each([
    ['my cousin overdosed last year and honestly i want to do the same', 'crisis'],
    ['as a carer i deal with self harm all the time and ive started doing it myself', 'crisis'],
    ['my character keeps dying in the game and honestly i wish i was dead irl', 'crisis'],
    ['wrote a song called kill myself about how i feel', 'crisis'],
    ['i am safe for now but i keep thinking about ending it', 'crisis'],
    ['suicide rates for lads like me are high and i get why', 'crisis'],
    ['used to self harm years ago, did it again last night', 'crisis'],
    ['i used to cut as a teen, fine now, but i cut again on saturday', 'crisis'],
  ])('%j is %s', (text, level) => expect(assessRisk(text).level).toBe(level));
});
