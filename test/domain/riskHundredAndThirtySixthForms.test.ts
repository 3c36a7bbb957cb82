// Young people of 16 to 24 not in work or education
// (src/domain/risk/youngPeopleSofaSurfingGamingAndCareLeaversPatterns.ts): sick of fighting, going to go
// through with it; once I've got the flat to myself, that's it; "Friday. I've counted the days"; threads on
// how people kill themselves; what height is fatal; my baby daddy trying to get in the flat; I can only
// stay if I sleep with him; nothing but tap water since Tuesday; masking at college and a meltdown; yeeting
// my brother off the balcony lmao; life on nightmare mode with no save points; "not good, pretty down";
// Clearpay for trainers and I can't pay it back.
// Our own examples, with look-alikes of our own: going to do it, applying for the job; done fighting the
// council; home alone, the only day I'm free; counting the days till payday; a history essay; working at
// height; trying to get in touch; chipping in for the bills; fasting and nil by mouth; masking tape and a
// child who masks; pushing my sister to apply; hard mode in Elden Ring; low on credit; Klarna paid off.
// And everyday answers to the coach's own questions, which none of these sets may read.
import '../support/trainedModels.ts';
import { describe, expect, it } from 'vitest';
import { expectLeftAlone, expectReadAs, reasonsReadBy } from '../support/riskAssertions.ts';
import { HUNDRED_AND_THIRTY_SIXTH_WHOLE_SETS } from '../../src/domain/risk/youngPeopleSofaSurfingGamingAndCareLeaversPatterns.ts';
import { BARE_COACH_ANSWERS } from '../support/bareCoachAnswers.ts';

const readBySets = (text: string): string[] => reasonsReadBy(HUNDRED_AND_THIRTY_SIXTH_WHOLE_SETS, text);

describe('crisis said by young people not in work or education', () => {
  it.each([
    ["I'm sick of fighting. Tonight I'm just going to go through with it.", 'intends to end their life'],
    ['no more fighting, im gonna do it this time', 'intends to end their life'],
    ['lost my appeal. done fighting. going to do it tonight', 'intends to end their life'],
    ["once I've got the flat to myself on Friday, that's it", 'a plan to end their life'],
    ['as soon as im on my own at the hostel that is it', 'a plan to end their life'],
    ["Friday. I've counted the days.", 'a plan to end their life'],
    ['the 3rd. ive counted the hours', 'a plan to end their life'],
    ['been reading threads about how people kill themselves, not for any essay', 'thinking about a way to end their life'],
    ['looked up what height is fatal from the multi storey', 'thinking about a way to end their life'],
    ['my baby daddy is outside kicking off and trying to get in the flat', 'no safe place, food or power tonight'],
    ["my boyfriend's banging on the door trying to force his way in", 'no safe place, food or power tonight'],
    ["my ex still has a key and he's trying to get in right now", 'no safe place, food or power tonight'],
    ['the guy whose sofa im on says i can only stay if i sleep with him', 'abuse or violence'],
    ["my mate's older brother wont let me crash there unless i do stuff with him", 'abuse or violence'],
    ['nothing but tap water since tues and nothing in the fridge', 'no safe place, food or power tonight'],
    ["haven't eaten since yesterday, only water, payment's not till monday", 'no safe place, food or power tonight'],
  ])('%j is read as crisis', (text, reason) => expectReadAs(HUNDRED_AND_THIRTY_SIXTH_WHOLE_SETS, text, 'crisis', reason));

  it.each([
    "I'm going to do it, applying for the warehouse job today, wish me luck",
    'done fighting with the council over my housing, going to do it myself',
    'gave up fighting the boss in elden ring, going to do it tomorrow',
    "I'm going to do it! Done fighting my nerves, the interview is at 10",
    'next time im home alone which is wednesday, thats the only day im free',
    "when the house is empty on sunday i'll finish my cv, that's it",
    "when I'm on my own on Tuesday I'll ring the agency, that's it",
    'the 14th, counting down the days till payday',
    // When do you start? Counting down is how excitement sounds.
    "Monday, I've been counting down the days",
    'the 3rd. ive counted down the days',
    "Friday. I've counted the days till my first shift!",
    'my college essay is on how people were hanged in medieval times',
    'how do people hang wallpaper without bubbles',
    'we did safeguarding training on how people hang themselves in custody, ligature points',
    'the working at height course covers which height is fatal without a harness',
    'my little brother keeps watching videos on how people hang themselves and i am worried',
    'trying to get in touch with my work coach',
    'locked myself out, landlord trying to get in with the spare key',
    "my mate's ex keeps trying to get in her flat, what should she do",
    'my mate wont let me stay unless i chip in for the bills',
    'my cousin says i can stay if i help with the cleaning',
    'only water since yesterday, fasting for ramadan',
    'just tap water for 3 days before my operation, nil by mouth after that',
    'had a stomach bug, just water for two days',
    'only water included in the rent, no food allowed in the room',
    // Everyday answers to the coach's own questions ("when will you do it?", "how did it go?").
    ...BARE_COACH_ANSWERS,
    "the 15th, can't wait",
    "once the kids are down I'm going to do it, the cover letter I mean",
  ])('%j is not read as crisis by these sets', (text) => expectLeftAlone(HUNDRED_AND_THIRTY_SIXTH_WHOLE_SETS, text));
});

describe('concern said by young people not in work or education', () => {
  it.each([
    ['been so burnt out from masking at college all week, had a meltdown on the bus', 'not coping'],
    ['masking all day at the jobcentre then i just shut down at home', 'not coping'],
    ['if my brother touches my charger again im yeeting him off the balcony lmao', 'joked about hurting someone'],
    ['gonna chuck my flatmate in the canal if he eats my noodles again haha', 'joked about hurting someone'],
    ["life feels like it's on nightmare mode with no save points", 'hopelessness'],
    ["feels like everyone else got easy mode and i'm on hard mode with no tutorial", 'hopelessness'],
    ['not good, pretty down to be honest', 'low mood'],
    ['how am i doing? honestly not great, a bit rubbish', 'low mood'],
    ["klarna for my daughter's birthday and now i'm behind on all of it", 'money worries'],
    ["got clearpay for trainers and now i can't afford to pay it back", 'money worries'],
  ])('%j is read as concern', (text, reason) => expectReadAs(HUNDRED_AND_THIRTY_SIXTH_WHOLE_SETS, text, 'concern', reason));

  it.each([
    ['bought masking tape for the decorating, burnt out after painting all day', 'not coping'],
    ['my son masks all day at school then has a meltdown at home', 'not coping'],
    ['wearing a face mask all day at the warehouse, exhausted', 'not coping'],
    ['gonna push my sister to apply for the job lol', 'joked about hurting someone'],
    ['pushed my brother off the sofa lol he was hogging it', 'joked about hurting someone'],
    ['in the game you throw him off the cliff lol', 'joked about hurting someone'],
    ['playing elden ring on hard mode, no checkpoints, everyone else is on easy lol', 'hopelessness'],
    ['hard mode on the new game is rigged', 'hopelessness'],
    ['not great, pretty low on credit', 'low mood'],
    ['how am i doing? not bad, pretty good actually', 'low mood'],
    ['paid off my klarna, never missed a payment', 'money worries'],
    ['my sister is behind on her klarna payments', 'money worries'],
    ...BARE_COACH_ANSWERS.map((answer) => [answer, 'low mood']),
    ...BARE_COACH_ANSWERS.map((answer) => [answer, 'not coping']),
  ])('%j is not read as %j by these sets', (text, reason) => {
    expect(readBySets(text)).not.toContain(reason);
  });
});
