// Crisis and concern as veterans, prison leavers, fishermen and older rural men say it
// (src/domain/risk/veteransQuarriesAndAffairsPatterns.ts): rather be in the grave than go on, not
// caring whether they see christmas, the gun if they did it, going over the side weighted down, a
// jumping place with a day and nobody about, "nobody would find you" by deep water, settling affairs,
// "i end up cutting", a weapon and a day, "putting him in hospital", battered for a pension,
// documents locked away, running parcels for a debt, on the street since a day, the hostel full and a
// bench; worthless, about to lose a sofa or roof, lonely out here, a low patch, joked harm. And the
// same words about everyday things. Our own examples.
import '../support/trainedModels.ts';
import { describe, expect, it } from 'vitest';
import { expectAssessed } from '../support/riskAssertions.ts';
import { applyRules } from '../../src/domain/risk/rules.ts';

describe('crisis as veterans, leavers and fishermen say it', () => {
  it.each([
    ['i would sooner be pushing up daisies than do another winter like this one', 'wishes to be dead'],
    ['not really bothered whether i make it to my next birthday', 'wishes to be dead'],
    ['if i ever went through with it it would be the shotgun', 'thinking about a way to end their life'],
    ['tide runs hard past the headland, they would never find the body', 'thinking about a way to end their life'],
    ['take the dinghy out and step off with the weights tied round my legs', 'a plan to end their life'],
    ['saturday, the viaduct, first light before anyone is up', 'a plan to end their life'],
    ['letters written, then off to the cliffs tomorrow', 'a plan to end their life'],
    ['rehomed the dog, the will is signed, gave my tools to my nephew', 'preparing to end their life, or a past attempt'],
    ['whenever the flashbacks come i go back to cutting', 'self-harm'],
    ['going to batter that landlord with a claw hammer saturday', 'harm to someone else'],
    ['if he mouths off at me again i will put him in a wheelchair', 'harm to someone else'],
    ['my grandson beats me up for my pension', 'abuse or violence'],
    ['he has hidden my passport and will not give it back', 'coercive control'],
    ['they say i owe them so i have to drive packages for them or they will hurt my mum', 'coercive control'],
    ['back on the streets for three nights now', 'no safe place, food or power tonight'],
    ['the night shelter was full, i slept on a bench in the park', 'no safe place, food or power tonight'],
  ])('%j is read as crisis', (text, reason) => {
    expect([...applyRules(text).crisis]).toContain(reason);
    expectAssessed(text, 'crisis', reason);
  });
});

describe('the same words about everyday things', () => {
  it.each([
    'i would rather be six feet under than wear a tie to the interview',
    'do not care if i see christmas at my mums or at home',
    'took the boat out past the buoy, dropped the anchor over the side and fished till dusk',
    'walk at the quarry sunday with the dog early doors',
    'going swimming at the quarry tomorrow before anyone is about',
    'nobody would find you up there if you fell, take a phone',
    'sold the van and paid off the credit card, fresh start',
    'i end up cutting the grass twice a week in summer',
    'the fella at the yard is doing the van with a spanner friday',
    'i am putting him in the hospital car park to wait for me',
    'my brother battered me at pool for a fiver',
    'hr has my passport for the right to work check',
    'running parcels for amazon, they owe me two weeks wages',
    'the guest speaker had been on the streets for two years, really inspiring',
    'i am on a bench eating lunch in the sun',
  ])('%j is no crisis to the rules', (text) => {
    const { crisis } = applyRules(text);
    for (const reason of ['wishes to be dead', 'thinking about a way to end their life', 'a plan to end their life', 'preparing to end their life, or a past attempt', 'self-harm', 'harm to someone else', 'abuse or violence', 'coercive control', 'no safe place, food or power tonight']) expect([...crisis]).not.toContain(reason);
  });

  it('"rather die than wear that" stays below crisis', () => {
    expect(applyRules('i would rather die than wear that').crisis.size).toBe(0);
  });
});

describe('concern as older men say it', () => {
  it.each([
    ['what use is a man like me to anyone, none', 'feels worthless'],
    ['feeling like a bit of old rope nobody wants', 'feels worthless'],
    ['my mates girlfriend wants me out by friday, been on their sofa a month', 'may lose their home'],
    ['no idea if i will have a roof over my head next month', 'may lose their home'],
    ['gets lonely up here on the farm', 'feels alone'],
    ['nobody comes round anymore', 'feels alone'],
    ['miss my regiment, got nobody now', 'feels alone'],
    ['going through a dark patch', 'low mood'],
    ['i will swing for that jobsworth at the council i swear', 'joked about hurting someone'],
    ['could happily throttle the bloke who wrote this form lol', 'joked about hurting someone'],
    ['he is going in the muck heap if he does that again haha', 'joked about hurting someone'],
  ])('%j is read as concern', (text, reason) => {
    expect([...applyRules(text).concern]).toContain(reason);
  });

  it.each([
    'what is this app good for? nothing apparently',
    'i need a spare part for the van, like a gasket',
    'the roofer said the roof is leaking, if i have a roof by christmas i will be lucky',
    'no one rings back about the jobs',
    'i miss the lads, seeing them saturday though',
    'the team is going through a low patch',
    'not in a dark place, i am in a dark library lol',
    'i will swing by the office tomorrow',
    'the kids are going in the river at the weekend',
  ])('%j is no concern of those kinds to the rules', (text) => {
    const { concern } = applyRules(text);
    for (const reason of ['feels worthless', 'may lose their home', 'feels alone', 'low mood', 'joked about hurting someone']) expect([...concern]).not.toContain(reason);
  });
});
