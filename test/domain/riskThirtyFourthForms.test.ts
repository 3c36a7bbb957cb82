// Crisis said in Pidgin and Patois, as closing your eyes for good, as joining a wife who has died,
// as finishing your life or doing yourself in; a poison asked about; errands forced by threats;
// brothers who beat the client, a lip split by a partner; a full hostel tonight; concern said as
// morning drinking, growing debts, no fare, the food bank, "so low", till Friday at the hostel, and
// joked threats; and games, stories and other people's babies read as a topic
// (src/domain/risk/otherTonguesMoneyStrainAndShopTalkPatterns.ts). Written for this test, not
// copied from any split.
import '../support/trainedModels.ts';
import { describe, expect, it } from 'vitest';
import { expectAssessed } from '../support/riskAssertions.ts';
import { assessRisk } from '../../src/domain/risk.ts';
import { applyRules } from '../../src/domain/risk/rules.ts';

describe('crisis in other tongues, veiled wishes, poisons asked about, forced errands and beatings', () => {
  it.each([
    ['abeg, life don finish me, e go better if i die', 'wishes to be dead'],
    ['mi cyaan tek it, mi just want dead now', 'wishes to be dead'],
    ['some nights i wish i could shut my eyes and not wake up ever again', 'wishes to be dead'],
    ['my husband passed away in march, i would be happy to be with him', 'wishes to be dead'],
    ['i plan to finish my own life after the tribunal', 'thoughts of suicide'],
    ['honestly thinking of doing myself in this weekend', 'thoughts of suicide'],
    ['how quick does bleach kill a person', 'thinking about a way to end their life'],
    ['the older lads force me to hold packages for them or else they will batter my little brother', 'coercive control'],
    ['my cousins kicked me when i said i wanted to move out', 'abuse or violence'],
    ['he blacked my eye last weekend', 'abuse or violence'],
    ['the shelter turned me away, where am i supposed to sleep tonight', 'no safe place, food or power tonight'],
  ])('%j is crisis (%s)', (text, reason) => {
    expect([...applyRules(text).crisis]).toContain(reason);
    expectAssessed(text, 'crisis', reason);
  });
});

describe('concern said as morning drinking, money strain, low mood, a deadline to leave, or a joked threat', () => {
  it.each([
    ['i have started drinking before work most days', 'drinking or drugs to cope'],
    ['my debt keeps going up every month', 'money worries'],
    ['could not even afford the train fare to the assessment', 'money worries'],
    ['we are relying on the food bank this month', 'money worries'],
    ['feeling really low today', 'low mood'],
    ['the landlord has given me until the end of the month to move out', 'may lose their home'],
    ['the bills stress never ends, i am worried sick about it', 'money worries'],
    ['the next person who says "synergy" is getting slapped haha', 'joked about hurting someone'],
    ['my flatmate is getting yeeted into the sun if he eats my cheese again', 'joked about hurting someone'],
  ])('%j is concern (%s)', (text, reason) => {
    expect([...applyRules(text).concern]).toContain(reason);
    expect(assessRisk(text).level).not.toBe('none');
  });
});

describe('everyday look-alikes these rules leave alone', () => {
  it.each([
    'my brothers beat me at pool every sunday',
    'i want to finish my life coaching course before summer',
    'done myself in at the gym, legs are gone',
    'i drink coffee in the mornings, tea after lunch',
    'my debt advice appointment is on friday',
    'i killed myself in fortnite again lol, respawned straight away',
    'my daughter just had twins and she is not sleeping, i am helping with the night feeds',
  ])('%j has no risk in the rules', (text) => {
    const findings = applyRules(text);
    expect([...findings.crisis, ...findings.concern]).toEqual([]);
  });
});
