// Job seekers over fifty: long trades, the bereaved, rural workers and carers
// (src/domain/risk/overFiftiesLongTradesBereavementAndHillFrostsPatterns.ts): not allowed on the computer
// unless she's watching; seventy years in this world is enough for me; I've had my innings and I'm ready to
// go; praying I'm not long for this world; the gaffer went into me with his boots; logging off for good,
// you did your best; once the snow comes I'll go up the fell with my tablets and not come down; I'd just
// as soon be in the ground; the insurance is sorted so the wife is provided for when I'm gone; a rest I
// wouldn't wake from; at my wits' end with everything; I understand why men take their own lives; I'll set
// the dogs on the bailiffs; what use is an old crock to any employer; in a hole I'll never dig out of;
// no appetite since he passed; low all week with the anniversary; lost my oomph; tipsy by 11am; might
// have to sell the croft; low in myself.
// Our own examples, with look-alikes of our own: not allowed on the forklift without him there; forty
// years on the tools is plenty for me; my nan's good innings; my dad's not long for this world; my boss laid
// into me for being late; signing off for good, I've got the job; up the hill with a flask for the sunrise;
// I'd just as soon the interview was over; when I'm not here on shift days; a nap I didn't wake from till
// three; at my wits' end with this login; why people do agency work; slimming world; don't fancy food
// shopping; our anniversary meal; the van has no oomph; merry by dinner at the wedding; selling the
// caravan; fine in myself.
// And everyday answers to the coach's own questions, which none of these sets may read.
import '../support/trainedModels.ts';
import { describe, it } from 'vitest';
import { expectLeftAlone, expectReadAs } from '../support/riskAssertions.ts';
import { HUNDRED_AND_THIRTY_FIFTH_WHOLE_SETS } from '../../src/domain/risk/overFiftiesLongTradesBereavementAndHillFrostsPatterns.ts';
import { BARE_COACH_ANSWERS } from '../support/bareCoachAnswers.ts';

const SETS = HUNDRED_AND_THIRTY_FIFTH_WHOLE_SETS;
const half = Math.ceil(BARE_COACH_ANSWERS.length / 2);

describe('crisis said by job seekers over fifty', () => {
  it.each([
    ["I'm not allowed on the computer unless she's sat there watching, so I do the job search at the library", 'coercive control'],
    ["he won't let me use the phone without him in the room, that's why I miss your calls", 'coercive control'],
    ["seventy years in this world, that's enough for me, I don't want any more", 'wishes to be dead'],
    ["I've had a good innings and honestly I'm ready to go now", 'wishes to be dead'],
    ["praying I'm not long for this world, there's nothing left for me here", 'wishes to be dead'],
    ["with any luck I'm not long for this world", 'wishes to be dead'],
    ['the gaffer on the site went into me with his boots when I dropped the load', 'abuse or violence'],
    ['the man whose farm I live on uses his fists on me when the milk yield is down', 'abuse or violence'],
    ["logging off for good now. you did your best with me, it's not your fault", 'intends to end their life'],
    ['bowing out for good. thanks for trying, sorry for wasting your time', 'intends to end their life'],
    ["once the snow comes I'll go up the fell with my tablets and not come down", 'a plan to end their life'],
    ["I'm going to walk out onto the moor on the first freezing night and lie down, I've decided", 'a plan to end their life'],
    ["I'd just as soon be in the ground with her", 'wishes to be dead'],
    ['truth is I would just as soon be dead and gone', 'wishes to be dead'],
    ['bad knees, no trade, no wife. id just as soon it was all over some days', 'wishes to be dead'],
    ["I'd just as soon it were all over, to be honest", 'wishes to be dead'],
    ["the insurance is sorted so the wife is provided for when I'm gone", 'preparing to end their life, or a past attempt'],
    ["put the deeds and my will in the tin for the lad, for after I'm no longer around", 'preparing to end their life, or a past attempt'],
    ["I'm fine. I'd take a rest I wouldn't wake from, mind", 'wishes to be dead'],
    ['some nights I want a sleep I never come back from', 'wishes to be dead'],
  ])('%j is read as crisis', (text, reason) => expectReadAs(SETS, text, 'crisis', reason));

  it.each([
    "I'm not allowed on the forklift without him there until I pass probation",
    "can't go on the new till unless she's sat with me, it's only my second week of training",
    "can't use the laptop unless my grandson is sat next to me showing me how, I'm hopeless with it",
    'forty years on the tools is plenty for me, something lighter now',
    "my nan had a good innings, she always said she was ready to go",
    "my dad is not long for this world, the hospice rang, so I'll miss Thursday",
    "with any luck the old van is not long for this world, then I'll get a newer one",
    'my boss laid into me for being late again',
    'the sparring partner went into me with his fists, great session at the boxing gym',
    "signing off for good! got the job at the depot, thanks for trying with me all these months",
    "I'm signing off for good from universal credit, the pension starts Monday, you did your best",
    "I'll walk up the hill with a flask of whisky at first frost to watch the sunrise and lie down in the heather for a photo",
    "I'll go up the fell in the snow to check the ewes and not come down till dark",
    "I'd just as soon the interview was over, the waiting is the worst",
    'id just as soon it was all over, this tribunal',
    "I'd just as soon be gone by 8 to beat the traffic",
    "I'd just as soon be not here when the inspectors come round",
    "once I'm gone to work the dog is looked after by the neighbour",
    'sorted the pension forms for when I retire, so the wife is looked after',
    "who's looked after the dogs when I'm away on holiday? it's sorted",
    "had a nap I didn't wake up from till three, nights do that",
    "after a double shift it's the kind of sleep you don't come back from",
    // Everyday answers to the coach's own questions ("when will you do it?", "how did it go?").
    ...BARE_COACH_ANSWERS.slice(0, half),
  ])('%j is not read by these sets, nor as crisis', (text) => expectLeftAlone(SETS, text));
});

describe('concern said by job seekers over fifty', () => {
  it.each([
    ["I'm at my wits' end with everything, the car, the bills, the back", 'not coping'],
    ['honestly at my wits end', 'not coping'],
    ["i'm not going to end it, but some days i understand why people do", 'spoke of harm, then said they would not'],
    ["I'd not do anything stupid, but I get why blokes do it", 'spoke of harm, then said they would not'],
    ["I'll set the dog on the next salesman that knocks", 'joked about hurting someone'],
    ['going to set the dog on the next one who rings the bell about double glazing', 'joked about hurting someone'],
    ['what use is an old crock like me to any employer', 'feels worthless'],
    ['what good is a 58 year old with bad knees any more', 'feels worthless'],
    ["the overdraft's put me in a hole I'll never dig out of", 'money worries'],
    ['feels like a pit i can never claw out of', 'hopelessness'],
    ["no appetite since he passed, I just pick at things", 'not eating or sleeping'],
    ["lost two stone since the funeral, don't fancy my tea", 'not eating or sleeping'],
    ["feeling quite emotional, it's the anniversary of losing mum", 'low mood'],
    ['the anniversary always knocks me, been flat all week', 'low mood'],
    ["lost my oomph, I've no get up and go these days", 'low mood'],
    ['i have no spark left, just sit in the chair', 'low mood'],
    ['missed the appointment, I was tipsy by 11am', 'drinking or drugs to cope'],
    ['sloshed before lunch most days since the job went', 'drinking or drugs to cope'],
    ["the croft's been in the family for years and we might have to sell up", 'may lose their home'],
    ["mortgage is too much on one wage, we'll probably have to give up the house", 'may lose their home'],
    ['bit low in myself lately', 'low mood'],
    ['feeling flat in myself this week', 'low mood'],
  ])('%j is read as concern', (text, reason) => expectReadAs(SETS, text, 'concern', reason));

  it.each([
    'at my wits end with this login, can you reset my password',
    "I'm not at my wits end, just fed up with the buses",
    'my sister is at her wits end with the kids',
    'I can see why people do agency work, the hours are flexible',
    'I get why folk do night shifts, the pay is better',
    'my neighbour set the dog on the postman, can you believe it',
    "I'll set the dog on his bed before I go to the interview",
    'what good is a CV for a 60 year old, any tips?',
    'what use is a level 2 certificate to anyone',
    'dug a hole for the fence post that I can not get out of lol',
    'the tractor is stuck in a hole we can not get out of, so I was late',
    'lost a stone at slimming world, really chuffed',
    "don't fancy food shopping on a Saturday",
    "my dad has lost a stone since mum died and won't eat",
    'booked a meal out for our anniversary, feeling a bit emotional about 40 years',
    "it's my mate's anniversary of his brother's death so he's low, I'm going round",
    "the van has no get up and go any more, needs a new clutch",
    "my dad's got no get up and go since his op",
    'we were all merry by dinner at the wedding, great day',
    'the lads were all half cut by dinner time at the races',
    "half cut by lunch time at my daughter's wedding, what a day",
    'might have to sell the caravan to pay for the course',
    'my brother might have to sell his house after the divorce',
    "I'm fine in myself, it's only the knee",
    'good in myself, thanks for asking',
    ...BARE_COACH_ANSWERS.slice(half),
  ])('%j is not read by these sets, nor as crisis', (text) => expectLeftAlone(SETS, text));
});
