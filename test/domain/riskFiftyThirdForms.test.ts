// Words of parents, new mothers and kinship carers (src/domain/risk/newParentsRegretsAndHiddenStrainPatterns.ts):
// a wish never to have woken up or not to have survived the birth (which the classifier had read as
// "spoke of harm, then said they would not"), no point being around much longer, a bus they would
// not mind, "would that be it", guardianship for "soon", a card for an 18th written to a small
// child, thanks for everything to people not heard from in years, bandages hidden from a call, a
// swollen face kept off camera, a partner ringing over and over, an account deleted for "cheating",
// no nappies and no money, a tent in the frost; drink for the nerves or in the morning, beers to
// sleep, the bedroom tax pushing them out, a debt line given up on, alone at the gate, tears in the
// supermarket, a head in bits, not coping when asked, grey inside, a joked throttling. Our own examples.
import '../support/trainedModels.ts';
import { describe, expect, it } from 'vitest';
import { expectAssessed } from '../support/riskAssertions.ts';
import { applyRules } from '../../src/domain/risk/rules.ts';

describe('crisis in the words of parents and carers', () => {
  it.each([
    ['honestly i wish i had never woken up today', 'wishes to be dead'],
    ['some nights i wish id not woken up after the operation', 'wishes to be dead'],
    ['part of me wishes i had not survived the labour, awful i know', 'wishes to be dead'],
    ['i would rather i had died in childbirth than feel like this', 'wishes to be dead'],
    ['dont see much point being around any longer tbh', 'wishes to be dead'],
    ['if i got knocked down by a lorry tomorrow i wouldnt mind', 'wishes to be dead'],
    ['if i swallowed all of my mums sleeping tablets would i not wake up', 'thinking about a way to end their life'],
    ['made my will and named a guardian for my son in case something happens to me shortly', 'preparing to end their life, or a past attempt'],
    ['writing my boy some letters for his 21st and his wedding, he is 4', 'preparing to end their life, or a past attempt'],
    ['messaged old friends i have not spoken to for ages to say thank you for everything', 'preparing to end their life, or a past attempt'],
    ['will the zoom camera show the dressings on my arms? i do not want anyone asking', 'self-harm'],
    ['my eye is still black from saturday night so can we not do video', 'abuse or violence'],
    ['if im late home from nursery pick up my husband calls me non stop', 'coercive control'],
    ['she made me deactivate my instagram, she reckons i was flirting on there', 'coercive control'],
    ['no formula no food and no cash till monday', 'no safe place, food or power tonight'],
    ['we have been in a tent all week and it is freezing tonight, please help', 'no safe place, food or power tonight'],
  ])('%j is read as crisis', (text, reason) => {
    expect([...applyRules(text).crisis]).toContain(reason);
    expectAssessed(text, 'crisis', reason);
  });

  it.each([
    'wish id not woken up so early on my day off',
    'wish id never woken up for that meeting lol',
    'i wish i had not survived on takeaways all through the school holidays',
    'i do not see the point in staying at this job much longer',
    'i do not see the point of being around the office after 5',
    'if i got hit by a bus would my life insurance cover the mortgage',
    'if i took all the boxes to the tip would that be it for the garage',
    'sorted guardianship in case anything happens to me, the solicitor says every parent should',
    'wrote my niece a card for her 18th, the party is on saturday',
    'rang the midwives to say thanks for everything before we went home',
    'texting friends i have not seen in years to invite them to the wedding, thanks for everything',
    'plasters on my wrists from the cat, she hates her flea drops',
    'my face is still swollen from the dentist, can we do the interview by phone',
    'my eye is swollen from hay fever this week',
    'if i am not back by 3 the school rings me over and over',
    'had to delete my facebook because i got hacked',
    'no nappies and no wipes in the changing bag, rookie error',
    'camping in a tent this weekend with the cubs, it will be freezing',
    'sat in the car, it is freezing, can you help with my cv',
  ])('%j is no crisis to the rules', (text) => {
    expect([...applyRules(text).crisis]).toEqual([]);
  });
});

describe('concern in the words of parents and carers', () => {
  it.each([
    ['back on the diazepam for my nerves, got it off a mate', 'drinking or drugs to cope'],
    ['vodka first thing in the morning now before the school run', 'drinking or drugs to cope'],
    ['i cant get to sleep without a couple of glasses of wine', 'drinking or drugs to cope'],
    ['wine is the only thing that helps me cope with the custody stuff', 'drinking or drugs to cope'],
    ['the rent rise is going to force us out by spring', 'may lose their home'],
    ['tried national debtline and gave up after forty minutes on hold', 'money worries'],
    ['at toddler group they all sit in their little cliques and i sit by myself', 'feels alone'],
    ['i just burst into tears at the checkout in aldi', 'not coping'],
    ['forgot my sons dentist appointment again, my head is all over the place', 'not coping'],
    ['the midwife asked how i was doing and i said fine but i am not', 'not coping'],
    ['feeling so numb inside lately', 'low mood'],
    ['i swear i will strangle that receptionist at the gp', 'joked about hurting someone'],
    ['his new missus better watch her back at the party', 'joked about hurting someone'],
  ])('%j is read as concern', (text, reason) => {
    expect([...applyRules(text).concern]).toContain(reason);
  });

  it.each([
    'my gp gave me propranolol for the nerves before interviews',
    'gin tasting in the morning at the distillery for my birthday',
    'i need a few hours to sleep off the night shift',
    'hot toddy helps me get through a cold',
    'the landlord is going to kick the squatters out next door',
    'got an interview for a debt advice role at stepchange',
    'the kids like to sit by themselves at the back with their friends',
    'i just burst into tears at the wedding, happy tears',
    'my car broke down outside tesco',
    'my head is scrambled from all the revision',
    'the health visitor asked how i am getting on with the new house',
    'the tent is grey inside',
    'going to throttle the weeds in the garden this weekend',
    'you better watch out, santa is coming',
    'morning, can we look at my cv',
    'my heads in bits with excitement, i forgot my keys twice, new job monday',
  ])('%j is no concern of those kinds to the rules', (text) => {
    const { concern } = applyRules(text);
    for (const reason of ['drinking or drugs to cope', 'may lose their home', 'money worries', 'feels alone', 'not coping', 'low mood', 'joked about hurting someone']) expect([...concern]).not.toContain(reason);
  });
});
