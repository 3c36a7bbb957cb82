// Disabled clients, carers, and flat or few-word statements
// (src/domain/risk/mobilityAidsCarersAndFlatStatementsPatterns.ts): sooner not be alive, sick of
// living and needing it over, a bit of the mind whispering finish it, had enough and finishing it on
// a day, the dog rehomed and letters written, passwords handed over just in case, a carer who grabbed
// the one they care for and could harm them, a walking stick hidden, left on the bathroom floor all
// night, someone going through the texts, the night shelter with no beds at 11pm; not needed by
// anyone, treated like dirt and agreeing, self esteem non existent, tramadol got off someone online,
// pints to cope with the pain, rent hundreds behind, two hours' sleep on crisps, lonely every single
// day or no one at home who signs, tears in the jobcentre and appointments missed, more meltdowns
// than normal, feeling miserable stuck at home, a swipe at the nurse said as a joke. Our own examples.
import '../support/trainedModels.ts';
import { describe, expect, it } from 'vitest';
import { expectAssessed } from '../support/riskAssertions.ts';
import { applyRules } from '../../src/domain/risk/rules.ts';

describe('crisis said flatly by disabled clients and carers', () => {
  it.each([
    ["to be clear, i'd prefer not to exist any more", 'wishes to be dead'],
    ['Honestly I would sooner not be alive.', 'wishes to be dead'],
    ['i hate my whole life. i just want it all over', 'wishes to be dead'],
    ['sick of living like this. need it to be over', 'wishes to be dead'],
    ["there's a bit of me that keeps whispering finish it", 'thoughts of suicide'],
    ['my mind keeps telling me to finish myself off', 'thoughts of suicide'],
    ["had enough of the pain. i'm finishing it tonight", 'intends to end their life'],
    ["no more appointments no more pain, im going to finish it on sunday", 'intends to end their life'],
    ['found a new home for my dog and wrote letters to my kids', 'preparing to end their life, or a past attempt'],
    ['i have written a letter for my sister and given my rabbit away', 'preparing to end their life, or a past attempt'],
    ["gave my sister all my passwords and pin numbers just in case. so what's next on the cv", 'preparing to end their life, or a past attempt'],
    ["i've sent my son my bank details and my phone passcode, just in case", 'preparing to end their life, or a past attempt'],
    ['lost my temper with my dad yesterday and grabbed him. i might actually hurt him', 'harm to someone else'],
    ['snapped and shook her this morning, i could really harm her', 'harm to someone else'],
    ['she hid my walking stick and laughed when i asked for it', 'abuse or violence'],
    ['he forced me to beg for my tablets', 'abuse or violence'],
    ['the night carer left me on the bathroom floor all night', 'abuse or violence'],
    ['they leave me in soiled sheets for hours', 'abuse or violence'],
    ["my husband listens in to all my calls so i can't say much", 'coercive control'],
    ['she goes through all my texts every night', 'coercive control'],
    ["the night shelter has no beds and it's 11pm", 'no safe place, food or power tonight'],
    ["refuge is full. i'll have to sleep in a doorway tonight", 'no safe place, food or power tonight'],
  ])('%j is read as crisis', (text, reason) => {
    expect([...applyRules(text).crisis]).toContain(reason);
    expectAssessed(text, 'crisis', reason);
  });

  it.each([
    "i would prefer not to exist on paper as a freelancer",
    'i would prefer not to wake up early for the shift',
    'i would like not to exist in their database any more',
    'i hate my life on night shifts, just want this week over',
    'my brain keeps telling me to finish it before bed, the essay i mean',
    "i'll finish myself off with a bath and an early night",
    "had enough of this course, i'm finishing it early and moving on",
    "gave the cat to my neighbour while i'm in hospital and wrote a letter for my mum",
    'rehomed the cat because of my allergy, wrote a letter to the council',
    'gave my carer the key safe code just in case',
    'sent my mum my passwords just in case i lose my phone',
    'i snapped at him, i might hurt his feelings',
    'my toddler hid my crutches again',
    'the physio made me crawl across the mat',
    "my nephew leaves me in my own company for hours, bliss",
    'the interpreter listens in on my calls with the jobcentre',
    'my support worker reads my emails to me as agreed in my support plan',
    'the youth hostel is full tonight, any other cheap places near the interview?',
  ])('%j is no crisis to the rules', (text) => {
    expect([...applyRules(text).crisis]).toEqual([]);
  });
});

describe('concern said flatly by disabled clients and carers', () => {
  it.each([
    ["i'm convinced i am not needed by anyone", 'feels worthless'],
    ['I am not wanted by anybody. That is just a fact.', 'feels worthless'],
    ["the nurse treated me like i was dirt and honestly she's not wrong", 'feels worthless'],
    ['he talks to me like i am nothing and maybe he is right', 'feels worthless'],
    ['my self esteem is basically non existent', 'feels worthless'],
    ['energy at rock bottom and so is my self worth', 'feels worthless'],
    ['been getting tramadol off someone online since the prescription stopped', 'drinking or drugs to cope'],
    ['bought some diazepam off a bloke at the pub', 'drinking or drugs to cope'],
    ["i'm drinking about 5 pints a night to cope with the pain", 'drinking or drugs to cope'],
    ["i've increased my drinking just to numb the flashbacks", 'drinking or drugs to cope'],
    ['the gas bill is 400 in arrears', 'money worries'],
    ["rent's 900 behind because the pip stopped", 'money worries'],
    ['getting about 2 hours sleep and surviving on crisps', 'not eating or sleeping'],
    ['living on toast and managing maybe 4 hours a night', 'not eating or sleeping'],
    ['i feel lonely every single day', 'feels alone'],
    ['no one in my family can sign', 'feels alone'],
    ['burst into tears in the jobcentre, missed two appointments this week', 'not coping'],
    ['my anxiety is through the roof and i can not cope', 'not coping'],
    ['having more meltdowns than normal', 'not coping'],
    ["i'm struggling to manage my daily routine", 'not coping'],
    ['feeling so miserable stuck at home with this flare', 'low mood'],
    ['i have been really miserable lately', 'low mood'],
    ["the nurse is lucky i couldn't get up, i'd have whacked her with my stick haha", 'joked about hurting someone'],
    ['me kick work coach. joke', 'joked about hurting someone'],
  ])('%j is read as concern', (text, reason) => {
    expect([...applyRules(text).concern]).toContain(reason);
  });

  it.each([
    'i am not valued by anyone at work',
    'the receptionist looked at me like i was nothing, i have made a complaint',
    'she looked at me like i was dirt, how dare she',
    "my self esteem used to be at zero but it's back up now",
    'got some codeine from the pharmacy for my back',
    'watched a documentary about people buying painkillers off the dark web',
    'drinking 3 glasses of water a day to manage my headaches',
    'cut down to 2 pints a week to cope with the cost',
    "the customer's gas bill is 300 behind, how do i chase it",
    'up with the newborn, sleeping 3 hours and living off toast',
    'revision week, sleeping 4 hours and living on coffee',
    "i'm on my own all day every day and i love it",
    "my family can't sign so i'm teaching them bsl",
    'cried in tesco when they rang with the job offer',
    'my toddler had a meltdown in tesco and we missed 2 appointments',
    'had more flares than usual last year but better now',
    'miserable weather today',
    'my boss is miserable lately',
    'my sister is going to kill me lol',
    "i'll kill the final boss tonight haha",
  ])('%j is no concern of those kinds to the rules', (text) => {
    const { concern } = applyRules(text);
    for (const reason of ['feels worthless', 'drinking or drugs to cope', 'money worries', 'not eating or sleeping', 'feels alone', 'not coping', 'low mood', 'joked about hurting someone']) expect([...concern]).not.toContain(reason);
  });
});
