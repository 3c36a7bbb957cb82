// Replies of one to fifteen words in the middle of a chat with the coach
// (src/domain/risk/midChatExitOptionsTrackSidesAndRehomedCatsPatterns.ts): my mind keeps drifting back to
// the exit plan; the "end it all" voice is back; would the drop off the top of the car park be enough;
// sat next to the railway line for hours; I burn myself whenever things get too much; found the dog a
// new home; a black eye and my partner came home drunk; can't feed the children today, no food in; watch
// that landlord bleed; he's getting what's coming, I know where he lives; "useless, always have been";
// "honestly given up".
// Our own examples, with look-alikes of our own: an exit interview and a way out of debt; a voice note;
// a stunt in a film and a harness; the barriers down and trains cancelled; I cut back when money gets
// bad and scratch when my eczema is bad; rehomed the cat because of the landlord; bruises from football;
// fussy eaters and a late shift; my ears bleed; what's coming at the tribunal; the bus, rubbish, always
// has been; given up smoking.
// And everyday answers to the coach's own questions, which none of these sets may read.
import '../support/trainedModels.ts';
import { describe, it } from 'vitest';
import { expectLeftAlone, expectReadAs } from '../support/riskAssertions.ts';
import { HUNDRED_AND_THIRTY_EIGHTH_WHOLE_SETS } from '../../src/domain/risk/midChatExitOptionsTrackSidesAndRehomedCatsPatterns.ts';
import { BARE_COACH_ANSWERS } from '../support/bareCoachAnswers.ts';

describe('crisis said in a few words mid-chat', () => {
  it.each([
    ['my mind keeps drifting back to the exit plan', 'thoughts of suicide'],
    ['head just goes straight to the easy way out these days', 'thoughts of suicide'],
    ['the end it all voice is back again', 'thoughts of suicide'],
    ["that kill yourself voice won't shut up tonight", 'thoughts of suicide'],
    ['would the drop off the top of the car park be enough', 'thinking about a way to end their life'],
    ['looked up whether jumping off the bridge by the docks is high enough', 'thinking about a way to end their life'],
    ['sat next to the railway line for hours last night', 'thinking about a way to end their life'],
    ['been standing by the tracks for ages just staring', 'thinking about a way to end their life'],
    ['i burn myself whenever things get too much', 'self-harm'],
    ['i cut when everything gets too heavy. it is heavy today', 'self-harm'],
    ['found the dog a new home', 'preparing to end their life, or a past attempt'],
    ["I've rehomed my rabbits this week", 'preparing to end their life, or a past attempt'],
    ['sorted that the cat goes to a good home, finally', 'preparing to end their life, or a past attempt'],
    ['still got a black eye, my partner came home drunk again', 'abuse or violence'],
    ['the bruising is from saturday. she was off her face', 'abuse or violence'],
    ["can't feed the children today, no food in", 'no safe place, food or power tonight'],
    ['cannot feed my little ones tonight, skint till payday', 'no safe place, food or power tonight'],
    ['im going to watch that landlord bleed', 'harm to someone else'],
    ['swear ill make the recruiter who ghosted me bleed', 'harm to someone else'],
    ["he's getting what's coming, I know where he lives", 'harm to someone else'],
    ['the foreman will get what is coming, found his home address', 'harm to someone else'],
  ])('%j is read as crisis', (text, reason) => expectReadAs(HUNDRED_AND_THIRTY_EIGHTH_WHOLE_SETS, text, 'crisis', reason));

  it.each([
    'my mind keeps going to the exit interview, it went badly',
    'my head keeps going back to the fire exit drill at induction',
    "brain keeps going to the exit option in my contract, can I leave early?",
    "i'll send you a voice note with the details",
    'the voice actor for the kill yourself line in that game got abuse',
    'in the film the fall from the top floor is enough to kill him but he survives',
    'a fall from the scaffold is enough to kill you, so the harness course is a must',
    'stood by the train tracks for ages, barriers stuck down and the trains cancelled',
    'sat on the train for hours, railway line flooded',
    'i cut back when money gets bad',
    'i scratch when my eczema gets bad',
    'rehomed the cat, the landlord says no pets',
    'found my dog a new home, moving abroad for work',
    'bruises from football, he was drunk and tackled me lol',
    "my sister's got a black eye, her boyfriend was drunk",
    "can't feed my kids veg tonight, they're so fussy",
    "cant feed my kids tonight the oven broke, chippy it is",
    'the cooker broke so i could not feed the kids a hot meal tonight',
    'cant feed the kids tonight, working late, their dad is doing tea',
    'that drill track will make your ears bleed',
    'my brother is going to make me bleed at fifa tonight lol',
    "the landlord will get what's coming in court, found his address for the claim",
    'karma will sort him, he gets what is coming, i reported him and they have his address',
    // Everyday answers to the coach's own questions ("when?", "how did it go?", "what gets in the way?").
    ...BARE_COACH_ANSWERS,
    'tomorrow',
    'the bridge road job',
    'pills for my back',
    'weds, the 6 oclock train, sorted',
    "it's set for the weekend, got everything packed",
  ])('%j is not read as crisis by these sets', (text) => expectLeftAlone(HUNDRED_AND_THIRTY_EIGHTH_WHOLE_SETS, text));
});

describe('concern said in a few words mid-chat', () => {
  it.each([
    ['useless, always have been', 'feels worthless'],
    ['honestly a failure, always been a failure', 'feels worthless'],
    ['honestly given up', 'hopelessness'],
    ['pretty much given up at this point', 'hopelessness'],
  ])('%j is read as concern', (text, reason) => expectReadAs(HUNDRED_AND_THIRTY_EIGHTH_WHOLE_SETS, text, 'concern', reason));

  it.each([
    'the bus here? rubbish, always has been',
    'always been rubbish at maths but getting better',
    'given up smoking, day 5',
    'given up',
    "rubbish, always been rubbish lol, i mean my wifi",
    'given up the night shifts honestly, days suit me',
    ...BARE_COACH_ANSWERS,
    'tomorrow',
    'the bridge road job',
  ])('%j is not read by these sets', (text) => expectLeftAlone(HUNDRED_AND_THIRTY_EIGHTH_WHOLE_SETS, text));
});
