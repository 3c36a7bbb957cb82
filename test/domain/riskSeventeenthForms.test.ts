// Risk said under everyday cover (src/domain/risk/everydayCoverPatterns.ts): a method asked as
// "is it true you can not ...", a bare "going to do it" said in earnest, things handed on with no
// reason, loose ends with no new start, food locked away, bruises waited out before being seen, a
// partner who does not permit interviews, people owed money at the door; quiet concern about a
// relapse, gambling, drinking to face things, a relative's sofa, a CCJ, sleep counted, low mood in
// idioms and not managing; and topics and idioms that say nothing of the client. Each kind beside
// everyday look-alikes that must stay none. Written for this test, not copied from any split.
import '../support/trainedModels.ts';
import { describe, expect, it } from 'vitest';
import { expectAssessed } from '../support/riskAssertions.ts';
import { assessRisk } from '../../src/domain/risk.ts';

describe('crisis under everyday cover', () => {
  it.each([
    ['is it true u cant overdose on citalopram?', 'thinking about a way to end their life'],
    ['heard you can overdose on co-codamol easy, is that right', 'thinking about a way to end their life'],
    ["i'm going to do it, not joking", 'intends to end their life'],
    ['honestly im gonna dae it this time, am no jokin', 'intends to end their life'],
    ['no joke, i am going to do it', 'intends to end their life'],
    ['who should i give my fishing gear to? wont be needing it', 'preparing to end their life, or a past attempt'],
    ['handing my records to my brother, i will not be needing them any more', 'preparing to end their life, or a past attempt'],
    ['closed my bank account and cancelled the gym. tying up the last loose ends', 'preparing to end their life, or a past attempt'],
    ['my stepdad padlocks the cupboards so i cant eat after tea', 'abuse or violence'],
    ['she locks the food away and only gives me what she decides', 'abuse or violence'],
    ['waiting for the swelling to go down before i go to the jobcentre', 'abuse or violence'],
    ['the marks should be faded by friday so i can have the video interview', 'abuse or violence'],
    ['my partner wont allow me to go to college', 'coercive control'],
    ['my wife does not permit me to see my family', 'coercive control'],
    ['i can only do the call with him sat next to me, cant do it without him present', 'coercive control'],
    ['the blokes i owe are sat outside in a car again', 'abuse or violence'],
    ['im about to do something reckless tonight', 'thoughts of suicide'],
  ])('%j is crisis (%s)', (text, reason) => expectAssessed(text, 'crisis', reason));

  it.each([
    ['no plans to do anything daft, promise', 'thoughts of suicide (said not)'],
    ['i have no intention of doing anything rash, just tired', 'thoughts of suicide (said not)'],
    ['not gonna do anything foolish dont worry', 'thoughts of suicide (said not)'],
  ])('%j is concern at least, a denial never lowers it to none (%s)', (text, reason) => {
    const assessment = assessRisk(text);
    expect(assessment.level).not.toBe('none');
    expect(assessment.reasons).toContain(reason);
  });

  it.each([
    'is it true you cant overdose on caffeine',
    'im going to do it, im not kidding, im applying for the supervisor job',
    'will do it tomorrow i promise',
    'passing my old uniform to the new starter, wont be needing it now i have moved up',
    'can you delete my details, got a job, just tidying up loose ends',
    'tying up loose ends at work before i start the new role',
    'sorting out a few loose ends on my cv this week',
    'we padlock the fridge at work at night',
    'my flatmate padlocks her cupboard because people nick her stuff',
    'bruises from rugby nearly gone so i can do the photo',
    'my tattoo has healed so i can wear short sleeves at the interview',
    'can i do the interview without my husband present',
    'i did something stupid at work today',
    'about to do something rash and buy a new suit',
  ])('%j stays none', (text) => {
    expect(assessRisk(text).level).toBe('none');
  });
});

describe('concern under everyday cover', () => {
  it.each([
    ['got clean for my kids and the better days never came', 'hopelessness'],
    ['updating my cv feels like moving the deckchairs on the titanic', 'hopelessness'],
    ['im only taking up space at that training centre', 'feels worthless'],
    ['i am utterly useless', 'feels worthless'],
    ['had a pint at the weekend, first one in three years', 'drinking or drugs to cope'],
    ['blew the rent money on the slots', 'drinking or drugs to cope'],
    ['betting app at 4am most nights', 'drinking or drugs to cope'],
    ['i need a few cans before i can ring the council', 'drinking or drugs to cope'],
    ['dont know how much longer i can stay on my mates sofa', 'may lose their home'],
    ['how long can i stop at my nans, shes not well herself', 'may lose their home'],
    ['another ccj came', 'money worries'],
    ['only slept 5 hours in the past three nights', 'not eating or sleeping'],
    ['feeling miserable as hell', 'low mood'],
    ['the black dog is visiting again', 'low mood'],
    ['i have been not managing since the baby came', 'not coping'],
    ['feel like i am running on empty', 'not coping'],
    ['honestly i feel like i am holding on by a thread', 'not coping'],
  ])('%j is at least concern (%s)', (text, reason) => {
    const assessment = assessRisk(text);
    expect(assessment.level).not.toBe('none');
    expect(assessment.reasons).toContain(reason);
  });

  it.each([
    'the better offer never came so i took the first one',
    'i am just a number to these big companies',
    'im taking up a place on the course in september',
    'im rubbish at interviews',
    'had my first interview in five years',
    'spent the food money on the kids school shoes',
    'applied for a job at the bookies, shifts are till 2am',
    'need a couple of drinks to celebrate the job',
    'not sure how long i can stay at the interview, got the dentist after',
    'how long can i stay at my mums over christmas',
    'slept 10 hours last night',
    'the weather is miserable as sin',
    'my black dog is back from the groomers',
    'im not managing the team anymore',
    'my contract is hanging by a thread',
  ])('%j stays none', (text) => {
    expect(assessRisk(text).level).toBe('none');
  });
});

describe('topics and idioms that say nothing of the client', () => {
  it.each([
    'my dissertation is on suicide among farmers, any tips for finding interviewees',
    'the essay i am writing is about domestic abuse in sport',
    'the st johns session taught us treating an overdose casualty',
    'my uncle overdosed years ago, he runs a recovery cafe now',
    'my sister self harmed as a teenager, now shes a paramedic',
    'my mate was homeless for two years, now he manages a hostel',
    'lets hang fire on the cv till the course ends',
    'to be dead honest i forgot the interview was today',
  ])('%j stays none', (text) => {
    expect(assessRisk(text).level).toBe('none');
  });

  it.each([
    ['my brother self harmed at school and now i am doing it too', 'self-harm'],
    ['my essay is about suicide because i think about it every day', 'thoughts of suicide'],
    ['what do you do with an overdose, asking for me', 'overdose'],
  ])('%j is still crisis: the client says it is theirs too (%s)', (text, reason) => {
    const assessment = assessRisk(text);
    expect(assessment.level).toBe('crisis');
    expect(assessment.reasons).toContain(reason);
  });
});
