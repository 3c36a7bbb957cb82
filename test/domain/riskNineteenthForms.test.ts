// Risk said through acquiring a means, quiet preparation and plain practical danger
// (src/domain/risk/acquiringAndQuietPreparationPatterns.ts): tablets bought across days or shops,
// rope or a hose wanted "does not matter what for", a hose with a car, a date settled once the
// bills are paid, goodbyes scheduled, a pet handed over for good unexplained, one's own cremation
// priced for the family's sake, cuts that keep opening, not minding if they were not here, whether
// people who kill themselves go to hell, touched and told to keep quiet, a partner listening to
// their calls, no food for the children tonight, put out tonight; quiet concern about worth, drink
// or betting to quiet the head, lying awake replaying, a notice to quit, the wheels come off. Each
// kind beside everyday look-alikes that must stay none. Written for this test, not copied from any split.
import '../support/trainedModels.ts';
import { describe, expect, it } from 'vitest';
import { expectAssessed } from '../support/riskAssertions.ts';
import { assessRisk } from '../../src/domain/risk.ts';
import { applyRules } from '../../src/domain/risk/rules.ts';

describe('crisis through acquiring a means or quiet preparation', () => {
  it.each([
    ['if i buy lots of paracetamol from different shops will anyone notice', 'thinking about a way to end their life'],
    ['does the pharmacist keep track if you get several boxes of tablets in a week', 'thinking about a way to end their life'],
    ['need a length of hose for the car, dont ask what for', 'thinking about a way to end their life'],
    ['driving to the forest with the hosepipe in the boot of the car', 'thinking about a way to end their life'],
    ['i have picked the date. once the rent is paid, that is it', 'a plan to end their life'],
    ['my goodbye letters are written and ready now', 'preparing to end their life, or a past attempt'],
    ['left the cat with my neighbour for good, she does not know why', 'preparing to end their life, or a past attempt'],
    ['what does a cremation cost, i do not want my kids paying for it', 'preparing to end their life, or a past attempt'],
    ['the cuts on my arms keep bleeding through my sleeve', 'self-harm'],
    ['it would not bother me if i was gone tomorrow', 'wishes to be dead'],
    ['i wish i could fall asleep and that would be the end', 'wishes to be dead'],
    ['is suicide a sin, asking for myself', 'thoughts of suicide'],
    ['the supervisor touched me and told me to keep quiet about it', 'abuse or violence'],
    ['my boyfriend reads my texts every night', 'coercive control'],
    ['nothing to give the kids for dinner tonight', 'no food'],
    ['he kicked me and the baby out tonight', 'no safe place to sleep tonight'],
    ['its gone midnight and i am walking around the streets again', 'no safe place to sleep tonight'],
  ])('%j is crisis (%s)', (text, reason) => expectAssessed(text, 'crisis', reason));
});

describe('quiet concern in plain words', () => {
  it.each([
    ['i feel pointless these days', 'feels worthless'],
    ['my degree is not worth the paper now', 'feels worthless'],
    ['a couple of cans at night keeps my head quiet', 'drinking or drugs to cope'],
    ['the drinking starts at lunchtime now', 'drinking or drugs to cope'],
    ['lying awake till 4am going over the interview', 'not eating or sleeping'],
    ['got a notice to quit through the door', 'may lose their home'],
    ['the landlord wants the flat back in spring', 'may lose their home'],
    ['the wheels have come off this month', 'not coping'],
    ['i gave up hoping a long time ago', 'hopelessness'],
    ['work was my life, that chapter is closed for good', 'hopelessness'],
  ])('%j is at least concern (%s)', (text, reason) => {
    const assessment = assessRisk(text);
    expect(assessment.level).not.toBe('none');
    expect(applyRules(text).concern).toContain(reason);
  });
});

describe('everyday look-alikes these rules leave alone', () => {
  it.each([
    'can i buy lots of packs of nappies at once or is there a limit',
    'need some rope for the washing line, doesnt matter what colour',
    'washing the car with the hose this afternoon',
    'i have picked the date for my leaving do, once the bills are paid for the venue',
    'scheduled an email to say goodbye to my colleagues on my last day',
    'we rehomed the dog for good when we moved abroad',
    'how much was the funeral for my dad, the family paid for it',
    'the blisters on my feet keep opening after the hike',
    'your kind message really touched me',
    'my manager listens to my calls for training',
    'the food bank is shut on sundays so i volunteer on saturday',
    'the wheels came off the kids buggy',
    'its late so i am walking around town with my mates after the pub',
    'finished the book, that chapter is closed for good',
  ])('%j stays none', (text) => {
    const rules = applyRules(text);
    expect([...rules.crisis]).toEqual([]);
    expect([...rules.concern]).toEqual([]);
  });
});
