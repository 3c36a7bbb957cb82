// The plain mix a tester writes (src/domain/risk/plainGoodbyesPetsAndHomeHarmsPatterns.ts): not
// minding if an illness were not recovered from, "ctb" on their mind, "never... unless", bridges with
// no nets, no job needed after this week, the guts to do it, a roof and no next appointment, after the
// dog is dropped off "it is happening", a will "just" to have affairs sorted, a pet rehomed "just in
// case", thanks and goodbye "i mean it", hair pulled out to a bald patch, "never walks again", pushed
// down the stairs by a relative, a job said to mean cheating, the power company cutting them off
// today; a drink in the mornings, a debt relief order, a few pounds left for the month, the quiet that
// gets to them, a "low day", an ex lucky there is a restraining order. Our own examples.
import '../support/trainedModels.ts';
import { describe, expect, it } from 'vitest';
import { expectAssessed } from '../support/riskAssertions.ts';
import { applyRules } from '../../src/domain/risk/rules.ts';

describe('crisis said plainly', () => {
  it.each([
    ['if i got really sick and never pulled through i would not mind', 'wishes to be dead'],
    ['been thinking about ctb a lot lately', 'thoughts of suicide'],
    ['i will never do anything to myself, unless they take the kids, then i really do not know', 'thoughts of suicide'],
    ['are there any bridges near me without the nets', 'thinking about a way to end their life'],
    ['i will not be needing a job past next week believe me', 'intends to end their life'],
    ['i will do it, i just need to find the courage', 'intends to end their life'],
    ['heading up to the top of the multi storey after the session, dont bother booking another', 'a plan to end their life'],
    ['once i have taken the cat to my mums it is happening', 'a plan to end their life'],
    ['can i write a will myself online, i want everything in order', 'preparing to end their life, or a past attempt'],
    ['gave my dog to my neighbour, just in case', 'preparing to end their life, or a past attempt'],
    ['thank you for everything you have done, i mean it. bye', 'preparing to end their life, or a past attempt'],
    ['i have been pulling out my eyelashes again, there are bald bits now', 'self-harm'],
    ['i will see to it that my landlord never walks again', 'harm to someone else'],
    ['was shoved against the wall by my stepdad last night', 'abuse or violence'],
    ['my boyfriend thinks going to work means i am seeing someone', 'coercive control'],
    ['edf cut us off today and the kids are cold', 'no safe place, food or power tonight'],
  ])('%j is read as crisis', (text, reason) => {
    expect([...applyRules(text).crisis]).toContain(reason);
    expectAssessed(text, 'crisis', reason);
  });

  it.each([
    'if i got sick and did not get better i would not get sick pay',
    'i would not mind if my laptop got wet and did not recover the files',
    'my ctb claim got rejected, what do i do',
    'which bridges in town have no barriers, my kids cycle there',
    'what stations do not have ticket barriers',
    'i will not need a job after this week, starting at tesco monday',
    'going to do it, ask for a raise, just need the guts',
    'going up the car park roof for photos after my appointment, no need to book the next one',
    'after i drop the kids at school its happening, the interview!',
    'after i drop the dog at the kennels its happening, holiday time',
    'how do i make a will, we just had a baby and i want my affairs sorted',
    'found someone to have my cats just in case the landlord says no',
    'gave the dog his worming tablet just in case',
    'thanks for all your help, i got the job! goodbye',
    'pulling my hair out again with this application form',
    'i am pulling my hair out, this can not stop soon enough',
    'the physio said she will make sure my dad walks again',
    'got shoved into the door by the crowd at the match',
    'was pushed into the wall by the crowd at the gig',
    'he says using chatgpt for my application is cheating',
    'power cut this afternoon, the storm knocked the lines down',
    'my family cut me off when i left the church, it is just me now',
  ])('%j is no crisis to the rules', (text) => {
    expect([...applyRules(text).crisis]).toEqual([]);
  });
});

describe('concern said plainly', () => {
  it.each([
    ['i have been having a vodka before work most days', 'drinking or drugs to cope'],
    ['am i eligible for an iva', 'money worries'],
    ['might have to declare myself bankrupt', 'money worries'],
    ['after rent the bills leave me with 20 quid to last the week', 'money worries'],
    ['the silence in the flat is getting to me', 'feels alone'],
    ['every evening alone, it gets to me', 'feels alone'],
    ['bit of a low day', 'low mood'],
    ['she is lucky there is a court order haha', 'joked about hurting someone'],
  ])('%j is read as concern', (text, reason) => {
    expect([...applyRules(text).concern]).toContain(reason);
  });

  it.each([
    'having a coffee first thing in the morning',
    'started having a drink of water in the mornings',
    'i worked on debt relief orders as a caseworker',
    'the shop went bankrupt',
    'the deadline left me with 20 minutes for the week',
    'i work every weekend on my own in the shop, love it',
    'the quiet in the library gets to me',
    'sales were low day after day',
    'the team is going through a bit of a low patch',
    'my mum is having a low day',
    'low carb day today',
  ])('%j is no concern of those kinds to the rules', (text) => {
    const { concern } = applyRules(text);
    for (const reason of ['drinking or drugs to cope', 'money worries', 'feels alone', 'low mood', 'joked about hurting someone']) expect([...concern]).not.toContain(reason);
  });
});
