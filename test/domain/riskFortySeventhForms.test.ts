// Englishes and dialects (src/domain/risk/dialectsPatoisAndHidingsPatterns.ts): asking God to take
// them in their sleep, "going to finish it, not kidding", "checking out, mind's made up", the will
// made and the pet going to someone, their things given away to a child who did not get why or "not
// needed again", a serious threat ("ah'll batter him, i swear"), a partner who "gets handy" after a
// drink, "gave me a hiding", "knocking me about", his permission for the shops, his checking what
// they spent, no food and no power with the children starving; "nothing's going to change for me",
// the rent unpaid and told to leave, "up to my neck in it" with lenders, "sick with worry" about
// money, nobody "tae talk tae", "cannae thole it nae mair", a threat in jest at a cousin or a friend.
// Our own examples.
import '../support/trainedModels.ts';
import { describe, expect, it } from 'vitest';
import { expectAssessed } from '../support/riskAssertions.ts';
import { applyRules } from '../../src/domain/risk/rules.ts';

describe('crisis in dialects and other Englishes', () => {
  it.each([
    ['a just pray the good lord takes me in ma sleep', 'wishes to be dead'],
    ['mi wish Jah would come and tek me away', 'wishes to be dead'],
    ['honestly am gonna end it, no kidding you', 'intends to end their life'],
    ["mind's made up, i'm checking out of this life", 'intends to end their life'],
    ["made my will on monday, the cat's going to my neighbour", 'preparing to end their life, or a past attempt'],
    ['gave our lass my watch and my medals, she was upset, she did not understand why', 'preparing to end their life, or a past attempt'],
    ["i've given away my guitar and my records, won't need them where i'm going", 'preparing to end their life, or a past attempt'],
    ["i'm going to batter that fella, i swear on my life", 'harm to someone else'],
    ['a go juk dat bwoy, mi serious', 'harm to someone else'],
    ['my fella gets handy when he has had a few', 'abuse or violence'],
    ['my stepdad gave me a proper leathering last night', 'abuse or violence'],
    ['her fella keeps slapping me about when she is on nights', 'abuse or violence'],
    ['i have to ask my husband before i can go out or see my mum', 'coercive control'],
    ['need her say so to buy clothes', 'coercive control'],
    ['my partner checks my bank app every night to see what i bought', 'coercive control'],
    ['no gas, no food, the weans are starving', 'no safe place, food or power tonight'],
  ])('%j is read as crisis', (text, reason) => {
    expect([...applyRules(text).crisis]).toContain(reason);
    expectAssessed(text, 'crisis', reason);
  });

  it.each([
    'pray god tek mi safe to di interview',
    'i hope the lord takes me home to jamaica one day',
    'i am going to finish it tonight, not kidding, eight episodes left',
    "checking out at 11, decision's made, we are going home early",
    "decision's made, checking out the flat on saturday",
    "date's set",
    "decision's made",
    'my will is sorted now we have bought the house, and the dog is going to my mum while we move',
    "my nan's will is sorted, the dog is going to our kid",
    'gave my brother my old playstation when i got the new one, he did not get why i kept the games',
    'gave my niece my phone, i will not need it again now i have a work phone',
    "ah'll lamp him at the quiz, not messin",
    'my dad is handy with tools when he has had a brew',
    'my dad gets handy when there is a job needs doing',
    "gave my brother my boots, he didn't get why cos they're hardly worn",
    "my will's done and the car is going to my son when i pass",
    'he gave me a right doing at the tribunal',
    'he gets handy in the kitchen after a drink',
    'the lads gave me a right battering at five a side',
    'my manager gave me a right going over in my appraisal',
    'the waves were knocking me about on the ferry',
    'need his permission to use his photos on my cv',
    'my accountant goes through my receipts to check what i have spent',
    'nee bread, nee milk, nee money till friday, we are starving lol',
  ])('%j is no crisis to the rules', (text) => {
    expect([...applyRules(text).crisis]).toEqual([]);
  });
});

describe('concern in dialects and other Englishes', () => {
  it.each([
    ["nothing's ever gonna get better for the likes of me", 'hopelessness'],
    ["rent's behind two months and the landlady told us to move out", 'may lose their home'],
    ['up to my neck in it with the catalogue and klarna', 'money worries'],
    ['i have been sick with worry over the bills', 'money worries'],
    ["there's naebody tae talk tae, am on ma own aw day", 'feels alone'],
    ['a cannae thole it nae mair', 'not coping'],
    ['i swear i will throttle my flatmate, she ate my leftovers again', 'joked about hurting someone'],
    ['gonna slap me cousin, he wore my new trainers', 'joked about hurting someone'],
  ])('%j is read as concern', (text, reason) => {
    expect([...applyRules(text).concern]).toContain(reason);
  });

  it.each([
    'nutten nah go change fi mi until mi get di papers',
    'rent is paid up, the owner is saying we can vacate early if we like',
    'i am up to my eyes in it with the stocktake at work',
    "my mum is worried sick about money for my sister's wedding",
    'no one fi talk to at the party, mi alone in the corner lol',
    'cannae handle any mair o this heat, roll on autumn',
    'i will beat my brother at fifa tonight',
    'i could murder a curry',
  ])('%j is no concern of those kinds to the rules', (text) => {
    const { concern } = applyRules(text);
    for (const reason of ['hopelessness', 'may lose their home', 'money worries', 'feels alone', 'not coping', 'joked about hurting someone']) expect([...concern]).not.toContain(reason);
  });
});
