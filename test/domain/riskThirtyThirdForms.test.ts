// Crisis said as a denial the client calls a lie, a past attempt named as "my last attempt", the
// real date set apart from the job one, a final step with a date, visits to a bridge or cliff edge,
// the last payday and then the drive to a high place, "i won't do it, i just wonder about how", and
// planning to be dead by then; concern as drinking till they black out, nerves so bad they could
// not get out of bed, sleeping sixteen hours a day, going without so the kids eat, a placement that
// runs out, a council that wants them out, nothing ever working out, a grim mood, jokes about
// burying someone or someone "dead when i get hold of her", almost decking someone; and everyday
// look-alikes left alone (src/domain/risk/edgeVisitsLyingDenialsAndGoingWithoutPatterns.ts).
// Written for this test, not copied from any split.
import '../support/trainedModels.ts';
import { describe, expect, it } from 'vitest';
import { expectAssessed } from '../support/riskAssertions.ts';
import { assessRisk } from '../../src/domain/risk.ts';
import { applyRules } from '../../src/domain/risk/rules.ts';

describe('crisis said as a lie of a denial, a past attempt, a date set apart, an edge visited or a way wondered about', () => {
  it.each([
    ['i would be lying if i told you i have not been thinking about ending it', 'thoughts of suicide'],
    ["honestly i can't say i'm not thinking about killing myself these days", 'thoughts of suicide'],
    ["since my last attempt in 2021 i've been on meds, does that go on a dbs", 'preparing to end their life, or a past attempt'],
    ["i've been up to the viaduct three times this week and just stood on the ledge", 'preparing to end their life, or a past attempt'],
    ["last payday then i'll drive out to beachy head on sunday", 'a plan to end their life'],
    ["i won't actually do it, i just wonder about how", 'thinking about a way to end their life'],
    ['no need for the next session, i plan to be dead before then', 'intends to end their life'],
    ['thursday is set, the real date not the job date', 'a plan to end their life'],
    ["my final step: take my final step on friday, i've set the date", 'a plan to end their life'],
  ])('%j is crisis (%s)', (text, reason) => {
    expect([...applyRules(text).crisis]).toContain(reason);
    expectAssessed(text, 'crisis', reason);
  });
});

describe('concern said as drinking to black out, going without, a home running out, a grim mood or a joke about hurting someone', () => {
  it.each([
    ['every night its vodka until i black out', 'drinking or drugs to cope'],
    ["my nerves were that bad i couldn't get out of bed for the assessment", 'not coping'],
    ["three kids, two jobs, i can't keep juggling all of it", 'not coping'],
    ['slept 16 hours a day all week and still exhausted', 'not eating or sleeping'],
    ['i go without dinner so the money lasts for the kids', 'not eating or sleeping'],
    ['i just have one meal a day now', 'not eating or sleeping'],
    ['the refuge placement ends soon and our stay runs out in march', 'may lose their home'],
    ['the council want us out by the end of the month', 'may lose their home'],
    ['nothing i try ever works out', 'hopelessness'],
    ['tried the new plan, it did not work, none of them ever do', 'hopelessness'],
    ['my mood has been grim all week', 'low mood'],
    ['if my brother eats my yoghurt again ill bury him in the back garden lol', 'joked about hurting someone'],
    ['she is dead when i get hold of her haha, she took my charger', 'joked about hurting someone'],
    ['almost decked the receptionist today, so rude', 'angry words about hurting someone'],
  ])('%j is concern or more (%s)', (text, reason) => {
    expect([...applyRules(text).concern]).toContain(reason);
    expect(assessRisk(text).level).not.toBe('none');
  });
});

describe('everyday look-alikes these rules leave alone', () => {
  it.each([
    'my first attempt at the theory test was a disaster',
    'my last attempt at the cv was better',
    'we went to the cliffs again with the kids for a picnic',
    // "finish my last shift friday then drive to the cliffs for a walk with the dog" is lifted by the second opinion (riskSecondOpinion.test.ts).
    "i can't keep doing this job on minimum wage",
    'the mood in the office is awful since the restructure',
    'there was an overdose at the station yesterday, police everywhere',
    'we did naloxone training at the hostel job',
    'just finished a thriller about a wife plotting to kill her husband',
    'a lad in year 9 got excluded for bringing a knife into school',
    'my nan has been taken into hospital so i might be late on monday',
    "i can't go on the zoom tuesday, can we do wednesday",
    'my dad says the pits nearly killed him',
    'stood at the edge of the pool for ages before jumping in',
    'went to the bridge club twice this week',
  ])('%j has no risk in the rules and is none in full', (text) => {
    const findings = applyRules(text);
    expect([...findings.crisis, ...findings.concern]).toEqual([]);
    expect(assessRisk(text).level).toBe('none');
  });
});

describe('a look-alike that is the client own stays read', () => {
  it.each([
    'there was an overdose at the hostel, i overdosed too last month',
    "i can't go on the course, i can't go on living like this",
  ])('%j is not none', (text) => expect(assessRisk(text).level).not.toBe('none'));
});
