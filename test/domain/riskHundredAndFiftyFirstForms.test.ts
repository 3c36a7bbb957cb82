// Young people on their phones, 16 to 24, the risk said in text-speak and fragments
// (src/domain/risk/textSpeakGoodbyesBladesAndScarsPatterns.ts): not existing sounds so peaceful; kill me, wish
// it was real; the suicidal thoughts are loud today; texted everyone goodbye and they thought I was being
// dramatic; my sister can have all my clothes and my makeup when I'm gone; gave away my ps5 and gave the cash
// to my nan, won't be needing it; fresh cuts on my thighs again; about to roll up on him with a bat; rushing
// my ex, got my cousins on standby; my stepdad chucked a mug at my face; no gas, no emergency credit, the baby
// freezing. And, for concern: taking xans to switch off, every weekend now; the next person to take my
// charger is getting jumped.
// Our own examples, with look-alikes of our own: death metal, a film's death, dying my hair, the ideation stage
// of a design course, goodbyes before moving for a new job, lending my switch for a go, selling a laptop for a
// new one, new scars from surgery, pulling up on a site with a knife for the boxes, jumping a car with the lads,
// a ball thrown to catch, the heating off at college, popping vitamins, a boxing match. And the bare answers to
// the coach's own questions, which none of these sets may read.
import '../support/trainedModels.ts';
import { describe, it } from 'vitest';
import { expectLeftAlone, expectReadAs } from '../support/riskAssertions.ts';
import { HUNDRED_AND_FIFTY_FIRST_WHOLE_SETS } from '../../src/domain/risk/textSpeakGoodbyesBladesAndScarsPatterns.ts';
import { BARE_COACH_ANSWERS } from '../support/bareCoachAnswers.ts';

const SETS = HUNDRED_AND_FIFTY_FIRST_WHOLE_SETS;
const half = Math.ceil(BARE_COACH_ANSWERS.length / 2);

describe('crisis said in text-speak and fragments', () => {
  it.each([
    ['not existing sounds so peaceful tbh', 'wishes to be dead'],
    ['dying would be such a relief rn', 'wishes to be dead'],
    ['kill me. wish it was real', 'wishes to be dead'],
    ["i'm dead lol. wish that were literally true", 'wishes to be dead'],
    ['the suicidal thoughts are loud today', 'thoughts of suicide'],
    ['my ideation is back again, worse than last month', 'thoughts of suicide'],
    ['texted everyone goodbye last night and they thought i was being dramatic', 'preparing to end their life, or a past attempt'],
    ['said my goodbyes, nobody realises', 'preparing to end their life, or a past attempt'],
    ['my sister can have all my clothes and my makeup when i am gone', 'preparing to end their life, or a past attempt'],
    ['told him he can have my xbox and all my games after', 'preparing to end their life, or a past attempt'],
    ['gave away my ps5 and gave the cash to my nan. wont be needing it', 'preparing to end their life, or a past attempt'],
    ['sold all my trainers, sent the money to my little sister. not gonna need them', 'preparing to end their life, or a past attempt'],
    ['fresh cuts on my thighs again', 'self-harm'],
    ['more scars, relapsed after 3 months clean', 'self-harm'],
    ['about to roll up on him with a bat fr', 'harm to someone else'],
    ['im gonna slide up on my manager with my knife', 'harm to someone else'],
    ['rushing my ex tonight, got my cousins on standby', 'harm to someone else'],
    ['going to batter that guy, my boys are ready', 'harm to someone else'],
    ['my stepdad chucked a mug at my face last night', 'abuse or violence'],
    ['my boyfriend threw his phone at my head lol', 'abuse or violence'],
    ['no gas, no emergency credit and the baby is freezing', 'no safe place, food or power tonight'],
    ["electric's run out, cant top up, kids are cold", 'no safe place, food or power tonight'],
  ])('%j is read as crisis', (text, reason) => expectReadAs(SETS, text, 'crisis', reason));

  it.each([
    // The everyday uses of the same words.
    'death metal would be a vibe at the party',
    'dying my hair pink would be a vibe',
    'the ideation stage of the design course is hitting different today',
    'said bye to my mates today, moving to leeds for the new job, they think it is a joke',
    'said goodbye to the regulars, the shop is closing, nobody knows where they will go',
    'my brother can have my switch after i get the new one',
    'he can have my switch for a go after',
    'sold my old laptop and gave the money to my mum for the rent, wont need it now i have the work one',
    'new scars from the surgery again, healing well',
    'new cuts on my hands from the kitchen again lol',
    "we're pulling up on site with a knife for the cable ties",
    'jumping the car with the lads, got my boys coming with the leads',
    'my dad threw a ball at my head for me to catch',
    'the heating is off at the library, no credit on my printing card till friday, so cold',
    ...BARE_COACH_ANSWERS.slice(0, half),
  ])('%j is not read by these sets, nor as crisis', (text) => expectLeftAlone(SETS, text));
});

describe('concern said in text-speak and fragments', () => {
  it.each([
    ['taking xans to switch off, every weekend now', 'drinking or drugs to cope'],
    ['doing lines to forget about the rejections', 'drinking or drugs to cope'],
    ['the next person to take my charger is getting jumped ngl', 'joked about hurting someone'],
    ['whoever nicked my lunch from the fridge is getting jumped', 'joked about hurting someone'],
  ])('%j is read as concern', (text, reason) => expectReadAs(SETS, text, 'concern', reason));

  it.each([
    'popping vitamins to cope with the early shifts',
    'learning my lines for the audition every night now',
    'whoever wins the boxing match is getting fought next round',
    'the person who gets hired is getting hands on training',
    'necking cans of coke every day now to stay awake on nights',
    ...BARE_COACH_ANSWERS.slice(half),
  ])('%j is not read by these sets, nor as crisis', (text) => expectLeftAlone(SETS, text));
});
