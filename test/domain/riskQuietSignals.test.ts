// Risk said quietly (src/domain/risk/quietSignalsPatterns.ts, and "'s gonna" and "kippin" in
// normalise.ts): a method asked about as a practical question, means and a date both in hand,
// goodbyes with no occasion, abuse and control told by what is done, days without food and nothing
// in; quiet concern about money, sleep, home, being alone and low mood. Each kind beside everyday
// look-alikes that must stay none. Written for this test, not copied from any split.
import '../support/trainedModels.ts';
import { describe, expect, it } from 'vitest';
import { expectAssessed } from '../support/riskAssertions.ts';
import { assessRisk } from '../../src/domain/risk.ts';

describe('quiet forms of crisis', () => {
  it.each([
    ['honestly im weary from living, every day the same', 'wishes to be dead'],
    ['exhausted of being alive if im honest', 'wishes to be dead'],
    ['tbh id rather not wake up tomorrow', 'wishes to be dead'],
    ['does the fumes method work on newer cars', 'thinking about a way to end their life'],
    ['is the carbon monoxide way painless', 'thinking about a way to end their life'],
    ['would a belt take a grown mans weight', 'thinking about a way to end their life'],
    ['will that cord hold my weight do you think', 'thinking about a way to end their life'],
    ['googling painless methods again', 'thinking about a way to end their life'],
    ['took more of the painkillers than prescribed again', 'self-harm'],
    ['taking way more of my sertraline than i should just to feel nothing', 'self-harm'],
    ['i will not answer ever again after today so dont wait for me', 'intends to end their life'],
    ['got all my tablets and picked the night, just need the flat empty', 'a plan to end their life'],
    ['been saying my goodbyes to everyone this week, feels right', 'preparing to end their life, or a past attempt'],
    ['said goodbye to all the people who matter', 'preparing to end their life, or a past attempt'],
    ['handed my brother my watch and my guitar. i wont need them any more', 'preparing to end their life, or a past attempt'],
    ['my dad calls me a burden every single day', 'abuse or violence'],
    ['my stepmum called me a waste of space in front of everyone', 'abuse or violence'],
    ['my mum locked me out again last night', 'abuse or violence'],
    ['the agency kept all our passports when we arrived', 'abuse or violence'],
    ['the boss has our id cards and we cant leave', 'abuse or violence'],
    ['the foreman slaps me whenever i answer back', 'abuse or violence'],
    ['my boyfriend tells me every morning that im ugly and useless', 'abuse or violence'],
    ['my wife says no company would ever hire me', 'abuse or violence'],
    ['she locks me in the bedroom when she goes out', 'coercive control'],
    ['she reads my texts every night', 'coercive control'],
    ['he goes through my letters before i see them', 'coercive control'],
    ['dont say anything about the course if he picks up, please', 'coercive control'],
    ['ill put him in a wheelchair if he touches my car again', 'harm to someone else'],
    ['i swear i will put that lad in hospital', 'harm to someone else'],
    ['not eaten for 2 days and theres no food in the house', 'no food'],
    ['before i do something stupid can someone ring me', 'thoughts of suicide'],
    ['im scared i will do something daft tonight', 'thoughts of suicide'],
  ])('%j is crisis (%s)', (text, reason) => expectAssessed(text, 'crisis', reason));

  it.each([
    ['i wont do something silly, just need a rant', 'thoughts of suicide (said not)'],
    ['honestly i would never do anything daft, im just knackered', 'thoughts of suicide (said not)'],
  ])('%j is concern at least, a denial never lowers it to none (%s)', (text, reason) => {
    const assessment = assessRisk(text);
    expect(assessment.level).not.toBe('none');
    expect(assessment.reasons).toContain(reason);
  });

  it.each([
    'tired of living in a house share, want my own place',
    'exhausted from living out of a suitcase on this contract',
    'i would rather fade into the background at networking events',
    'the exhaust on my car is blowing, is the garage method any good',
    'is my exhaust ok after the mot, it sounds loud',
    'reading about teaching methods for my pgce application',
    'looking up methods of payment for the course',
    'got my tablets from the chemist and got the date for my interview',
    'got the meds sorted and set a date with the dentist',
    'say bye to everyone for me at the group session',
    'gave my old work boots to my brother, dont need them now i have new ones',
    'gave my nan her birthday present, dont need to buy anything else now',
    'my mum calls me useless at cooking lol',
    'my dad called me a legend for getting the job',
    'the passport office has my passport still for the renewal',
    'dont mention the surprise party if she answers',
    'i did something stupid at work and forgot my badge',
    'i might do something silly and apply for the manager job',
    // "researching methods in the research methods module" is lifted by the second opinion: listed in riskSecondOpinion.test.ts.
    'im gonna do something different with my cv',
    'the drama had a suicide storyline and it was handled really well',
    'checked the ligature points on the ward as part of my induction',
    'we practised asking a colleague whether they were feeling suicidal on the mhfa day',
    'my uncle died of an overdose when i was a baby, thats why i want to do addiction work',
    'my aunt escaped an abusive marriage and now she runs a refuge',
    'my boss will kill me if the report is late',
    'my manager is going to kill me lol, forgot the keys',
    "my mum's gonna be so proud when i tell her",
  ])('%j stays none', (text) => {
    expect(assessRisk(text).level).toBe('none');
  });
});

describe('quiet forms of concern', () => {
  it.each([
    ['teachers always said i was useless and maybe they had it right', 'feels worthless'],
    ['my dad told me i am a failure and honestly he was right', 'feels worthless'],
    ['the landlord isnt renewing our tenancy in june', 'may lose their home'],
    ['got a letter, tenancy not being renewed', 'may lose their home'],
    ['been dossing on other peoples floors since christmas', 'may lose their home'],
    ['can i sign up with no fixed address', 'may lose their home'],
    ['they clawed back the overpayment so ive got nothing', 'money worries'],
    ['cant bring myself to open the post anymore', 'money worries'],
    ['final demand came this morning', 'money worries'],
    ['the overdraft is at its limit and rent is due', 'money worries'],
    ['savings are all gone now', 'money worries'],
    ['owe about 6k on cards and catalogues', 'money worries'],
    ['running on maybe four hours sleep a night', 'not eating or sleeping'],
    ['keep replaying the phone call all night', 'not eating or sleeping'],
    ['lay awake till 4 again', 'not eating or sleeping'],
    ['i have stopped going out of the house really', 'feels alone'],
    ['weekends drag, just me and the four walls', 'feels alone'],
    ['low today', 'low mood'],
    ['the grey cloud never clears these days', 'low mood'],
    ['the heaviness never goes away. cant explain it', 'low mood'],
    ['feel like im in a pit i cant climb out of', 'low mood'],
    ['my mental health has been awful lately', 'low mood'],
    ['juggling too many plates and they all keep falling', 'not coping'],
    ['that lad is getting a slap if he pushes in again', 'angry words about hurting someone'],
  ])('%j is at least concern (%s)', (text, reason) => {
    const assessment = assessRisk(text);
    expect(assessment.level).not.toBe('none');
    expect(assessment.reasons).toContain(reason);
  });

  it.each([
    'my contract is not being renewed so looking for a new job',
    'the landlord is renewing our tenancy for another year',
    'can you post my certificate, my address is on the form',
    'i have 20 minutes for the whole interview',
    'i am scared to open the email from the college in case i failed',
    'my card limit went up, nice',
    'owe my mate 5 quid for lunch',
    'surviving on 16 hours a week at the shop',
    'sundays are the hardest shifts to cover at the care home',
    'grey cloud will not clear all day, the forecast says rain',
    'not feeling great, think its a cold',
    'juggling three part time jobs and loving it',
    'i stopped seeing the old crowd from school, new friends now',
  ])('%j stays none', (text) => {
    expect(assessRisk(text).level).toBe('none');
  });
});
