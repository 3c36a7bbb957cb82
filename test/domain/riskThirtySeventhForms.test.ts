// Forms of src/domain/risk/hitByBusStockpileCuttingHelpsAndSetbackLowPatterns.ts: hoping to be hit
// by a bus, happily never waking up, tablets saved up, cutting as the only thing that helps; and,
// as concern, money, worth, hope, mood and sleep said in passing. With the everyday look-alikes the
// rules leave alone. Our own examples.
import '../support/trainedModels.ts';
import { describe, expect, it } from 'vitest';
import { expectAssessed } from '../support/riskAssertions.ts';
import { applyRules } from '../../src/domain/risk/rules.ts';
import { THIRTY_SEVENTH_WHOLE_SETS } from '../../src/domain/risk/hitByBusStockpileCuttingHelpsAndSetbackLowPatterns.ts';
import { normaliseForMatching } from '../../src/domain/risk/normalise.ts';

describe('crisis forms', () => {
  it.each([
    ['some days i hope a lorry hits me on the way to the jobcentre', 'wishes to be dead'],
    ['half of me is praying i get knocked down by a car before the interview', 'wishes to be dead'],
    ['honestly id gladly never wake up again', 'wishes to be dead'],
    ['i could quite happily not wake up tomorrow', 'wishes to be dead'],
    ['ive got 45 paracetamol stockpiled in the drawer', 'preparing to end their life, or a past attempt'],
    ['thirty sleeping tablets put away now, that will be enough', 'preparing to end their life, or a past attempt'],
    ['the only thing that calms me down is burning myself', 'self-harm'],
    ['cutting is the only thing that works anymore', 'self-harm'],
  ])('%j is %s, found by the rules', (text, reason) => {
    expect([...applyRules(text).crisis]).toContain(reason);
    expectAssessed(text, 'crisis', reason);
  });
});

describe('concern forms', () => {
  it.each([
    ['proper brassic again this week', 'money worries'],
    ['couldnt even afford the train fare to get there', 'money worries'],
    ['felt useless and pathetic in that group session', 'feels worthless'],
    ['i feel like im not worth your time to be honest', 'feels worthless'],
    ['im just so dense', 'feels worthless'],
    ['knocked back again by the warehouse. says it all about me really', 'feels worthless'],
    ['you can send me more links but it wont change a thing, nothing ever does', 'hopelessness'],
    ['ive felt really down for months now', 'low mood'],
    ['my moods been up and down all week', 'low mood'],
    ['i cant see things ever getting better for me', 'hopelessness'],
    ['im going to never get hired again at this rate', 'hopelessness'],
    ['been getting about 2 hours a night', 'not eating or sleeping'],
    ['no reply from any of them. felt like crap all day', 'low mood'],
  ])('%j is %s, found by the rules', (text, reason) => {
    expect([...applyRules(text).concern]).toContain(reason);
  });
});

describe('everyday look-alikes the new rules leave alone (other rules may still read them)', () => {
  it.each([
    'i hope i do not get hit by a bus on the way lol, it is a busy road',
    'if i got hit by a bus who would have the kids? want to sort a will',
    'i would happily never wake up at 5am again, thank god the early shifts are over',
    'got 30 paracetamol prescribed for my back, should be enough for the month',
    'the only thing that helps is cutting down on coffee after lunch',
    'cutting back my hours is the only thing that helps with childcare',
    'i was so skint at uni lol, now its fine',
    'this job is not worth anyones time at that pay',
    'i am so thick skinned after years in sales',
    'that tells you everything about me, i love a challenge and never give up',
    'nothing i do makes any difference to the wifi speed',
    'the battery has been low for weeks, need a new phone',
    'i do not see how the team is going to get any better with this manager',
    'i dont think ill ever work there again after how they treated me',
    'they cannot afford the rent on a bigger office',
    'the baby is sleeping 3 hours a night at the moment',
    'feeling rubbish with this cold, sat in bed all day',
  ])('%j raises nothing from the new rules', (text) => {
    expect(newRulesFinding(text)).toEqual([]);
  });
});

/** What this file's sets alone find in a text, read as rules.ts reads whole-message sets. */
function newRulesFinding(text: string): string[] {
  const whole = normaliseForMatching(text);
  return THIRTY_SEVENTH_WHOLE_SETS.flatMap(([gate, groups]) => (gate.test(whole) ? groups : []))
    .filter(({ patterns }) => patterns.some((matcher) => matcher.test(whole)))
    .map(({ reason }) => reason);
}
