// Risk asked as a question to the coach (src/domain/risk/askedAsQuestionsSentencesAndSofasPatterns.ts):
// doing it on a set day so the appointment can go, a note for someone before doing it, wishing to
// sleep and not wake, whether people who wish they were dead get better, whether anyone would miss me
// dead, thinking about finishing myself off, the sentence for battering someone named or for gbh "by
// friday", what happens if i stab him, a black eye for an interview, someone who does things to me at
// night, no power for the baby's bottle, no floor for tonight, the homeless team closing with no fare;
// a drink before facing calls, nothing good about me, paying back while broke, owing a mate who is
// angry, whether anyone escapes this, giving up ever working again, crying over an email, how long
// the flat feeling lasts, all i do is sit in my room, weekends alone "or is it just me", never asleep
// before dawn, saying on a form that i would punch people. Our own examples.
import '../support/trainedModels.ts';
import { describe, expect, it } from 'vitest';
import { expectAssessed } from '../support/riskAssertions.ts';
import { applyRules } from '../../src/domain/risk/rules.ts';

describe('crisis asked as a question', () => {
  it.each([
    ["I'm definitely going to go through with it on Saturday, so can you cancel Monday's session?", 'intends to end their life'],
    ['Is it wrong to leave a note for my mum before I do it?', 'intends to end their life'],
    ['Does everyone on the dole want to just go to sleep and never wake up, or only me?', 'wishes to be dead'],
    ['Do people who wish they were dead ever feel normal again? Asking for myself.', 'wishes to be dead'],
    ['Would anyone even notice if I was dead, honestly?', 'wishes to be dead'],
    ['Can you get PIP for thoughts of doing myself in?', 'thoughts of suicide'],
    ["How many years would I get for battering my neighbour? He's pushing it.", 'harm to someone else'],
    ["What's the sentence for GBH, I need to know by Monday.", 'harm to someone else'],
    ["If I actually stab him would I still get my UC in prison?", 'harm to someone else'],
    ['Can I turn up to the induction with bruises on my face or will they ask?', 'abuse or violence'],
    ["My stepdad keeps doing things I don't like to me when mum's at work, who can I tell?", 'abuse or violence'],
    ["The gas has run out and the baby's bottle is cold, what can I do?", 'no safe place, food or power tonight'],
    ["Where can I go? I've not got a floor for tonight.", 'no safe place, food or power tonight'],
    ['The homeless team closes at 4 today and I cannot afford the bus, what do I do?', 'no safe place, food or power tonight'],
  ])('%j is read as crisis', (text, reason) => {
    expect([...applyRules(text).crisis]).toContain(reason);
    expectAssessed(text, 'crisis', reason);
  });

  it.each([
    "I'm going to do it this weekend, the CV I mean, so can we cancel Thursday?",
    'Should I write a note for my manager before I do it? The skydive is on Saturday.',
    'Does the baby need to fall asleep and stay asleep in the cot for the nursery place?',
    'Would my family miss me if I moved away to Spain for work?',
    "What's the sentence for killing someone by dangerous driving? It was on the news.",
    'My cousin got 4 years for battering his neighbour, what was the sentence for that?',
    'If I hurt my back at work would I still get paid?',
    'Can I go to the interview with a black eye from rugby?',
    "We had a power cut on the whole street last week and the baby's milk went off, can I claim?",
    'Is a new sofa delivered tonight? I do not have a sofa yet.',
  ])('%j is no crisis to the rules', (text) => {
    expect([...applyRules(text).crisis]).toEqual([]);
  });
});

describe('concern asked as a question', () => {
  it.each([
    ['Is it bad that I need a can before I can ring the jobcentre?', 'drinking or drugs to cope'],
    ['Can I get help with my gambling here, it has got out of hand.', 'drinking or drugs to cope'],
    ["What do I put under strengths when there's nothing positive about me?", 'feels worthless'],
    ["How do I pay off the overdraft when I'm totally broke?", 'money worries'],
    ['I owe my mate 500 quid and he wants it back, what can I do?', 'money worries'],
    ['Does anybody on here ever escape this or are we stuck forever?', 'hopelessness'],
    ['Should I just give up on finding work altogether?', 'hopelessness'],
    ['Is it silly to keep crying after every interview?', 'low mood'],
    ['How long does this empty feeling last after losing your job?', 'low mood'],
    ['All I ever do is sit in my room, how do I meet people?', 'feels alone'],
    ['Does anyone else spend weekends alone, or is it just me?', 'feels alone'],
    ["Could we do late mornings? I can't get to sleep till 5am most nights.", 'not eating or sleeping'],
    ['Could I put that I will happily punch customers on my application?', 'joked about hurting someone'],
  ])('%j is read as concern', (text, reason) => {
    expect([...applyRules(text).concern]).toContain(reason);
  });

  it.each([
    'My brother needs a drink before he can make calls, how do I help him?',
    'Is there help with drinking water in the heat on the building site?',
    "There's nothing good about my old job, how do I explain leaving?",
    'I owe my sister a favour, can I put her as a reference?',
    'Should I give up on smoking again, I keep failing.',
    'Is it normal to cry at weddings? My sister does.',
    'Does anyone spend Christmas alone by choice? I love the peace and quiet.',
    "I don't get to sleep till 4am when I'm on night shifts, can we do afternoons?",
    'Can I put that I will hit targets on my CV?',
  ])('%j is no concern of those kinds to the rules', (text) => {
    const { concern } = applyRules(text);
    for (const reason of ['drinking or drugs to cope', 'feels worthless', 'money worries', 'hopelessness', 'low mood', 'feels alone', 'not eating or sleeping', 'joked about hurting someone']) expect([...concern]).not.toContain(reason);
  });
});
