// Crisis kinds a blind split found missed, in general forms (src/domain/risk/generalCrisisPatterns.ts
// and the dialect words in normalise.ts), each beside everyday look-alikes that must stay none.
// Written for this test, not copied from any split.
import '../support/trainedModels.ts';
import { describe, expect, it } from 'vitest';
import { assessRisk } from '../../src/domain/risk.ts';

describe('general forms of crisis', () => {
  it.each([
    ['my football coach abused me when i was a kid', 'abuse or violence'],
    ['he sexually abused me for years', 'abuse or violence'],
    ['the priest molested me and nobody believed me', 'abuse or violence'],
    ['husband split my lip again, cant face the interview', 'abuse or violence'],
    ['mi man lick mi up again', 'abuse or violence'],
    ['wish a lorry would run me over', 'wishes to be dead'],
    ['keep hoping i get knocked down by a car on the way there', 'wishes to be dead'],
    ['is a whole bottle of my tablets enough to kill me', 'looking into a way to end their life'],
    ['ill go to the railway line and be done with it', 'has a plan to end their life'],
    ['me heid is full of thoughts aboot toppin masel', 'thoughts of suicide'],
    ['this is goodbye. thanks for trying', 'preparing to end their life, or a past attempt'],
  ])('%j is crisis (%s)', (text, reason) => {
    const assessment = assessRisk(text);
    expect(assessment.level).toBe('crisis');
    expect(assessment.reasons).toContain(reason);
  });

  it.each([
    'i hope i get the bus on time',
    'got hit by a bus of applications this week haha',
    'mi man lick di dinner plate clean',
    'topping up my phone credit',
    'the coach was abusive to the referee in the match lol',
    'is one box of leaflets enough for the job fair',
    'this is goodbye to my old job, starting the new one monday',
  ])('%j stays none', (text) => {
    expect(assessRisk(text).level).toBe('none');
  });
});

// Risk said the plain, spoken way (src/domain/risk/plainSpeechPatterns.ts, and the spellings in
// normalise.ts): a method named by its means, affairs settled quietly, a partner who made the client
// give up work, children going hungry, a threat to throw someone through a window. Written for this
// test, not copied from any split.
describe('plain forms of crisis', () => {
  it.each([
    ['how far in would i need to slice to reach a vein', 'thinking about a way to end their life'],
    ['if i cut down my arm does it hit the artery quicker', 'thinking about a way to end their life'],
    ['how long does it take to bleed out from the wrist', 'thinking about a way to end their life'],
    ['what if i took my whole prescription in one go with vodka', 'thinking about a way to end their life'],
    ['gonna neck all me methadone at once tonight', 'thinking about a way to end their life'],
    ['does a disposable bbq in a sealed bedroom actually work', 'thinking about a way to end their life'],
    ['ran a hose from the exhaust into the car window last night but bottled it', 'thinking about a way to end their life'],
    ['how long does carbon monoxide take to work', 'thinking about a way to end their life'],
    ['got the van, got some tubing, just waiting for a quiet night', 'a plan to end their life'],
    ['cleared all my debts so the kids wont be lumbered with anything', 'preparing to end their life, or a past attempt'],
    ['paid everything off so my mum is not left with it', 'preparing to end their life, or a past attempt'],
    ['phoned my mum and my brother to hear their voices one last time', 'preparing to end their life, or a past attempt'],
    ['my boyfriend made me quit my job at the pub cos of the lads there', 'coercive control'],
    ['she forced me to give up college so i stay home', 'coercive control'],
    ['baby is crying with hunger and i have nothing', 'no food'],
    ['the kids went to bed hungry again, nothing in the cupboards', 'no food'],
    ['havent eatin for 4 days and ive got 30p to my name', 'no food'],
    ['im gonna throw that bloke through the window i swear', 'harm to someone else'],
    ['some mornings i wish id just not woken up', 'wishes to be dead'],
    ['things easier for my family if i not exist', 'wishes to be dead'],
    ['gonna jump off the multistorey later', 'thoughts of suicide'],
  ])('%j is crisis (%s)', (text, reason) => {
    const assessment = assessRisk(text);
    expect(assessment.level).toBe('crisis');
    expect(assessment.reasons).toContain(reason);
  });

  it.each([
    ['im gonna put my manager through the wall lol', 'joked about hurting someone'],
    ['what is wrong with me, cant even get an interview', 'feels worthless'],
    ['im 35 and useless', 'feels worthless'],
    ['dead miserable these days', 'low mood'],
    ['sad', 'low mood'],
    ['feels like a black cloud following me around', 'low mood'],
    ['lonely af tbh', 'feels alone'],
    ['the only person i talk to is my cat', 'feels alone'],
    ['the money just doesnt stretch, rent then food then nothing', 'money worries'],
    ['cant make ends meet on universal credit', 'money worries'],
    ['im fine really. im not okay though', 'not coping'],
    ["i'll wring his neck when i see him", 'angry words about hurting someone'],
  ])('%j is concern (%s)', (text, reason) => {
    const assessment = assessRisk(text);
    expect(assessment.level).toBe('concern');
    expect(assessment.reasons).toContain(reason);
  });

  it.each([
    'the weather is dead miserable today lol',
    'dead sad that the cafe closed, loved their bacon rolls',
    'what is wrong with my cv, can you check it',
    'i am not okay with working sundays',
    'she is doing a suicide prevention course for her nursing',
    'is the self harm awareness training mandatory for care work',
    'did the domestic abuse module on my safeguarding level 2',
    'that advert is an overdose of jargon',
    'my laptop is on its last legs, the wifi keeps cutting out',
    'my kids are driving me round the bend',
    'washing the car with the hose before the interview',
    'got the car washed and a new hose for the garden',
    'got the car back from the mot, hose on the radiator was leaking',
    'having a bbq in the garden saturday',
    'paid off my overdraft so im not stuck with charges anymore',
    'sorted the rota so nobody gets stuck with two weekends in a row',
    'my dad made me leave work early to pick up my sister',
    'learning about veins and arteries on the phlebotomy course',
    'the budget does not add up in this spreadsheet task help',
    'i volunteer at the food bank on fridays',
    'picked up my methadone script then went to the interview',
    'the kids are hungry, what should i make for tea',
    'checked my cv one last time before sending',
    'i wish i had woken up earlier, missed the bus',
    'is it fine if i not here on monday, doctor appointment',
    'the flyover was closed so i was late',
  ])('%j stays none', (text) => {
    expect(assessRisk(text).level).toBe('none');
  });
});
