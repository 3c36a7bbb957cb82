// Young people's words (src/domain/risk/youthSlangGroomingAndSofaSurfingPatterns.ts): "going through
// with it" said alone, a practice run with a cord, someone at home who keeps hurting them, county
// lines threats over a lost package, "i attempted" with no task, glad if a bus hit them, drill slang
// for killing with a day or a grudge, walking into the sea and keeping going; a bare "pointless",
// "the problem in every situation", "just drowning", telling a friend to kys, lost hope with it all,
// kicked out of the group chat, "useless, that is what i am". And "kms" or "unalive" as a groan, a
// quote or a story (revengeHouseRulesAndWeightPatterns.ts, edgeVisitsLyingDenialsAndGoingWithoutPatterns.ts).
// Our own examples.
import '../support/trainedModels.ts';
import { describe, expect, it } from 'vitest';
import { expectAssessed } from '../support/riskAssertions.ts';
import { applyRules } from '../../src/domain/risk/rules.ts';
import { assessRisk } from '../../src/domain/risk.ts';

describe('crisis in young people\'s words', () => {
  it.each([
    ['ok i have decided, i am going through with it tonight', 'intends to end their life'],
    ['had a trial run with the dressing gown cord in my room', 'preparing to end their life, or a past attempt'],
    ['tested the cord on the wardrobe door to see if it would hold', 'preparing to end their life, or a past attempt'],
    ['my step dad keeps on hitting me when mum is at work', 'abuse or violence'],
    ['the olders said they will batter my little sister if i do not pay back what i owe them', 'abuse or violence'],
    ['i got robbed for the bag on the train and the lads i shot for told me they will come for my mum', 'abuse or violence'],
    ['i have attempted twice before, the second time i woke up in hospital', 'preparing to end their life, or a past attempt'],
    ['honestly i would be relieved if i did not wake up tomorrow', 'wishes to be dead'],
    ['on my life i am going to wet him friday, he jumped my cousin', 'harm to someone else'],
    ['sometimes i think about wading out into the river and never coming back', 'thinking about a way to end their life'],
  ])('%j is read as crisis', (text, reason) => {
    expect([...applyRules(text).crisis]).toContain(reason);
    expectAssessed(text, 'crisis', reason);
  });
});

// The groan exclusions name things (an exam, the bus, a typo), never people: said of a person, "kms" may be meant.
describe('"kms" said of a person stays crisis', () => {
  it.each(['kms my mum hates me', 'i will kms if my teacher tells my dad'])('%j is read as crisis', (text) => {
    expect(applyRules(text).crisis.size).toBeGreaterThan(0);
    expect(assessRisk(text).level).toBe('crisis');
  });
});

describe('the same words about everyday things', () => {
  it.each([
    'kms my alarm did not go off again and i missed the bus',
    'kms i forgot to attach my cv to the email',
    'i am gonna kms if this train is cancelled again lol',
    'kms is basically my whole personality during mocks',
    'the revision, the exams, the coursework deadline is tomorrow, kms fr, its fine lol i passed the last one',
    'my sister is always saying kms, it is just how she talks',
    'people on tiktok keep saying unalive instead of the real word',
    'the main character got unalived in the last episode, i am devastated',
    'a girl in my class was thinking of ending it but we got her help and she is ok now',
    'i am going through with the apprenticeship application even though i am nervous about it',
    'did a practice run with the belt for my karate grading',
    'my knee keeps hurting me when i run',
    'i run for the county team and the coach said they will drop me if i lose the race',
    'i attempted the theory test last year and failed by two marks',
    'i would be happy if i got the job before christmas',
    'that drill track where he says he will catch a body is hard',
    'we did a charity dip, walked into the sea and kept going till it was up to our knees',
  ])('%j is no crisis to the rules', (text) => {
    const { crisis } = applyRules(text);
    expect([...crisis]).toEqual([]);
  });
});

describe('concern in young people\'s words', () => {
  it.each([
    ['what is the point tbh', 'hopelessness'],
    ['it is always me that is the problem', 'feels worthless'],
    ['i am the problem in every friendship i have', 'feels worthless'],
    ['too many emails, too many deadlines, i am literally drowning', 'not coping'],
    ['i said kys to some kid on fortnite', 'joked about hurting someone'],
    ['honestly i have lost all hope in my future', 'hopelessness'],
    ['nobody talks to me anymore since the argument', 'feels alone'],
    ['they removed me from the group chat and everyone has blocked me', 'feels alone'],
    ['a failure, that is all i am', 'feels worthless'],
  ])('%j is read as concern', (text, reason) => {
    expect([...applyRules(text).concern]).toContain(reason);
  });

  it.each([
    'that meeting was pointless',
    'i am the problem solver in my friend group',
    'i am drowning in job offers haha',
    'my mate keeps telling people to kys online and he got banned',
    'i have lost hope in my football team',
    'nobody replies to me about the job applications',
    'they removed me from the group chat by accident lol',
  ])('%j is no concern of those kinds to the rules', (text) => {
    const { concern } = applyRules(text);
    for (const reason of ['hopelessness', 'feels worthless', 'not coping', 'joked about hurting someone', 'feels alone']) expect([...concern]).not.toContain(reason);
  });
});
