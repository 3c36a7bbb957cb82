// Long-career redundancy words (src/domain/risk/corporateEuphemismAndStatusLossPatterns.ts): their own
// death in office words ("decommissioned, me included", "close the book myself", "an exit of the
// permanent kind", "logging off for good"), a place or a medicine that "would do it", a plan said
// tersely with a day and a place, the will updated "like handover notes", threats to managers, being
// knocked about at home, a partner who makes them ring in sick, the sofa gone in the rain; "obsolete"
// or "on the scrap heap" said of themselves, pills or drink "to get up", the off licence knowing their
// name, the mortgage covered "until june, then who knows", juggling bills, three hours' sleep, only
// "the telly and the dog", dinner alone in the car, "at capacity, over it", grey day after grey day.
// Our own examples.
import '../support/trainedModels.ts';
import { describe, expect, it } from 'vitest';
import { expectAssessed } from '../support/riskAssertions.ts';
import { applyRules } from '../../src/domain/risk/rules.ts';

describe('crisis in corporate euphemism', () => {
  it.each([
    ['honestly i would like the whole department to be decommissioned, me included', 'wishes to be dead'],
    ['no next role for me, i am going to end the story myself', 'intends to end their life'],
    ['i keep thinking about a leave of absence of the permanent sort', 'thoughts of suicide'],
    ['the thought of logging off for good is with me most evenings', 'thoughts of suicide'],
    ['as an auditor i look for the single point of failure and lately it is me, on purpose', 'thoughts of suicide'],
    ['those thoughts still will not go away', 'thoughts of suicide'],
    ['the viaduct by the old mill. i keep driving out there', 'thinking about a way to end their life'],
    ['all my old morphine would do the job', 'thinking about a way to end their life'],
    ['everything is arranged. i would rather not say anything else', 'a plan to end their life'],
    ['friday viaduct decided', 'a plan to end their life'],
    ['tonight after my review. the railway line past the depot', 'a plan to end their life'],
    ['it is all planned out, the spot, the hour, the car', 'a plan to end their life'],
    ['rewrote my will and the letter of wishes, it was like doing my exit interview', 'preparing to end their life, or a past attempt'],
    ['i am going to sort out my old line manager properly', 'harm to someone else'],
    ['someone from that agency is going to get badly hurt', 'harm to someone else'],
    ['my stepdad who moved in last year keeps pushing me around', 'abuse or violence'],
    ['my husband forced me to hand in my notice after a week', 'coercive control'],
    ['she does not let me work around other men', 'coercive control'],
    ['the spare room is gone, sleeping in the car tonight, it is freezing', 'no safe place, food or power tonight'],
  ])('%j is read as crisis', (text, reason) => {
    expect([...applyRules(text).crisis]).toContain(reason);
    expectAssessed(text, 'crisis', reason);
  });

  it.each([
    'the old payroll system is being decommissioned next month',
    'i want my old work email to be switched off for good',
    'closing the book on that chapter of my career, onwards to the warehouse job',
    'i would rather the book just ended there, the sequel was dreadful',
    'a contract of the permanent kind would suit me better than agency work',
    'thinking about logging off linkedin for good, it depresses me',
    'clocking off for good on friday after forty years, retirement do at the pub',
    'the failure mode we tested was the pump, deliberately overloaded',
    'the thoughts about the interview are not going away, did i say the wrong thing',
    'cliff path near us, i keep going up there with the dog',
    'the paracetamol should do it for the headache',
    'the interview is scheduled, i will not say more in case i jinx it',
    'monday bridge club done',
    'tomorrow after my interview. the bus stop behind the retail park',
    'the line behind the retail park is always long on a saturday',
    'got it all planned for the party, the place, the time of day, the cake',
    'updated my will and wrote handover notes for my replacement at work',
    'i am going to get my old manager a leaving card properly signed',
    'the cover letters were rushed, i will do them properly',
    'if they do not fix those stairs someone at the jobcentre will get hurt',
    'the flu has really knocked me about this week',
    'my wife made me ring in sick because i had a temperature and the doctor agreed',
    'as a female officer i am not allowed to search men',
    'sofa has gone to the tip, going out tonight for a curry in the rain',
  ])('%j is no crisis to the rules', (text) => {
    expect([...applyRules(text).crisis]).toEqual([]);
  });

  it.each([
    'i would happily torch the consultancy that cut our team haha',
    'tempted to batter the whole interview panel with my briefcase',
  ])('%j is a joked threat, not a crisis, to the rules', (text) => {
    const { crisis, concern } = applyRules(text);
    expect([...concern]).toContain('joked about hurting someone');
    expect([...crisis]).not.toContain('harm to someone else');
  });
});

describe('concern in clipped office language', () => {
  it.each([
    ['fifty eight and on the scrap heap', 'feels worthless'],
    ['my wife used to be proud of me', 'feels worthless'],
    ['surplus to requirements, that is me', 'feels worthless'],
    ['tramadol to get through the day, gin to get to sleep', 'drinking or drugs to cope'],
    ['sorry i had a couple of drinks before this', 'drinking or drugs to cope'],
    ['the woman in the offie knows me by name now', 'drinking or drugs to cope'],
    ['the payout keeps the rent paid till march then who knows', 'may lose their home'],
    ['flat is up for sale, our friends were told we are relocating', 'may lose their home'],
    ['in the red each month since the payout ran out', 'money worries'],
    ['juggling the credit cards and paying the minimums, something has to give', 'money worries'],
    ['i sleep about two hours a night', 'not eating or sleeping'],
    ['all my friends were from work', 'feels alone'],
    ['i have fallen off everyones radar', 'feels alone'],
    ['i take my tea upstairs so i do not have to sit with the family', 'feels alone'],
    ['i am beyond capacity, done with it', 'not coping'],
    ['another bleak day in a bleak month', 'low mood'],
  ])('%j is read as concern', (text, reason) => {
    expect([...applyRules(text).concern]).toContain(reason);
  });

  it.each([
    'my old laptop is obsolete and needs replacing',
    'the desks are surplus to requirements after the office move',
    'my kids used to be proud of me and they still are',
    'wine to go with the stew, recipe says red',
    'had a few questions before this session about my cv',
    'the barista knows my name now, i am in there every morning',
    'the redundancy pays the mortgage for a year',
    'the neighbours think we are retiring to spain, and we are lol',
    'the spreadsheet cells are in the red when the formula breaks',
    'i get three hours of training a week on the new till',
    'my application dropped off their radar apparently',
    'i eat my lunch in the car to listen to the radio in peace',
    'the car park is at capacity by nine',
    'another grey day in a grey week, typical summer weather',
  ])('%j is no concern of those kinds to the rules', (text) => {
    const { concern } = applyRules(text);
    for (const reason of ['feels worthless', 'feels alone', 'drinking or drugs to cope', 'low mood', 'money worries', 'may lose their home', 'not eating or sleeping', 'not coping']) expect([...concern]).not.toContain(reason);
  });
});
