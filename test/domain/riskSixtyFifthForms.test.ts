// Older clients, formal and polite (src/domain/risk/goodInningsFormalLettersAndQuietHousesPatterns.ts):
// whether the stuff acts fast on a grown man, permanent or final arrangements, a good innings and
// bowing out, not troubling anyone much longer, the late husband and they together soon, a hiding at
// home if they say the wrong thing, days without a meal while the food goes to another, a bat behind
// the door for the debt collector; not that it will do any good, too old and they were right, the
// family ashamed, "do not waste your time on me", a tipple more than is good for them, forced to sell
// up, the phone that never rings, friends gone with the wage, the telly on to hear people talk, doing
// time for the neighbour, haha. Our own examples.
import '../support/trainedModels.ts';
import { describe, expect, it } from 'vitest';
import { expectAssessed } from '../support/riskAssertions.ts';
import { applyRules } from '../../src/domain/risk/rules.ts';

describe('crisis said politely by older clients', () => {
  it.each([
    ['Would that rat poison in the garage act quickly on a grown man?', 'thinking about a way to end their life'],
    ['How much of the antifreeze would it take to kill a person my size?', 'thinking about a way to end their life'],
    ['I HAVE MADE OTHER ARRANGEMENTS OF A PERMANENT NATURE SO PLEASE CLOSE MY FILE', 'intends to end their life'],
    ["You needn't chase me about the course. I've sorted my own arrangements, for good.", 'intends to end their life'],
    ["I've had a fair innings, time for me to go now, on my own terms.", 'intends to end their life'],
    ["I have had a long life and I've decided it's my choice to call it a day.", 'intends to end their life'],
    ['I will not be a burden to my family much longer, you have my word.', 'intends to end their life'],
    ["Thank you for everything, I shan't be troubling anyone for very much longer.", 'intends to end their life'],
    ['My late husband and I shall be together again soon, I feel it.', 'wishes to be dead'],
    ['I will be joining my late wife before long, I think.', 'wishes to be dead'],
    ['I watch what I say at home otherwise I get a hiding.', 'abuse or violence'],
    ['If I put a foot wrong in the house I get a thump, so I keep my head down.', 'abuse or violence'],
    ['I have not eaten a thing for three days, whatever there is goes to my husband.', 'no safe place, food or power tonight'],
    ['Not had a proper dinner in five days, I put what little there is by for the grandchildren.', 'no safe place, food or power tonight'],
    ['Got a cricket bat behind the door and the first debt collector who comes in is getting it.', 'harm to someone else'],
    ["The landlord can come round if he likes, I've got a hammer waiting for him.", 'harm to someone else'],
  ])('%j is read as crisis', (text, reason) => {
    expect([...applyRules(text).crisis]).toContain(reason);
    expectAssessed(text, 'crisis', reason);
  });

  it.each([
    'Does this cream work quickly on a person with eczema?',
    'Would the hypnosis trick work fast on a grown man, do you think?',
    'Does that slug pellet stuff work on hedgehogs too? Worried about the garden.',
    'I have made other arrangements for childcare, permanent ones, so I can do full days.',
    "I've made alternative arrangements for the dog while I'm at the interview.",
    "I've had a good innings at the firm, 32 years, and I'm calling time on it myself now I've my pension.",
    'My grandad had a good innings and was ready to go, he died peacefully.',
    "I shan't trouble you much longer, just one more question about the form.",
    "I won't bother you much longer, I'm nearly finished with the paperwork.",
    "I'll be visiting my late husband's grave soon for our anniversary.",
    'Be careful what you say to the referee or you get a red card.',
    'When I was a lad, if I answered back I got a belt or a clip round the ear.',
    "I haven't had a proper meal in three days since the operation, what there is goes to the kids.",
    'My grandson has a baseball bat and the bailiffs came for next door.',
    'The next applicant who rings about the vacancy will get it, the boss said.',
  ])('%j is no crisis to the rules', (text) => {
    expect([...applyRules(text).crisis]).toEqual([]);
  });
});

describe('concern said politely by older clients', () => {
  it.each([
    ["I'll come along, not that it will do me any good.", 'hopelessness'],
    ["I'll fill the forms in, though I doubt any of it will do anyone any good.", 'hopelessness'],
    ['The agency more or less said I was too old, and I dare say they were right.', 'feels worthless'],
    ["Everyone at the jobcentre thinks I'm over the hill. Who can blame them.", 'feels worthless'],
    ["My family are ashamed of me, I'm sure of it.", 'feels worthless'],
    ['The grandkids are mortified to tell their friends that grandad is out of work.', 'feels worthless'],
    ["Don't waste your time on an old man like me. You'd have younger people to help.", 'feels worthless'],
    ["Please don't waste any more of your time on me, I'm not worth the trouble.", 'feels worthless'],
    ['I find myself having a tipple rather more than is good for me these days.', 'drinking or drugs to cope'],
    ["I've been on the whisky a bit more than I ought of an evening.", 'drinking or drugs to cope'],
    ['Unless I find something soon we may be forced to sell up, the mortgage is beyond us.', 'may lose their home'],
    ["If the money doesn't come in I'll have to put the house on the market.", 'may lose their home'],
    ['Nobody rings any more since I retired. The days are very long.', 'feels alone'],
    ['The telephone hardly ever rings now my husband has passed.', 'feels alone'],
    ['Once the wage went, so did my so called friends.', 'feels alone'],
    ['I have the telly on from morning to night just to hear people talking.', 'feels alone'],
    ['I talk to the cat just to hear my own voice some days.', 'feels alone'],
    ["If he plays that trumpet at midnight again I'll be doing time for him, haha.", 'joked about hurting someone'],
    ["My husband's bought another set of golf clubs, he's getting a clout lol.", 'joked about hurting someone'],
    ["Neighbour's parked across my drive AGAIN. Might need an alibi by Friday lol.", 'joked about hurting someone'],
  ])('%j is read as concern', (text, reason) => {
    expect([...applyRules(text).concern]).toContain(reason);
  });

  it.each([
    "I'll vote, but I don't see what good it will do with this government.",
    "I'll try the cream, but I doubt it will do any good.",
    'They said my old laptop was past it, suppose they were right.',
    "I'm past it at five a side football, they were right to drop me.",
    'My daughter is embarrassed by me when I dance at weddings.',
    'My grandchildren are embarrassed to say what their grandad does at karaoke.',
    'Sorry for wasting your time, I found a job! You must have better people to help now.',
    "I've been drinking a lot more water than I used to since the doctor said so.",
    "My husband's been drinking more than I'd like since his retirement.",
    "We will have to sell the car if I don't get work soon.",
    "We'll have to sell up and move to the coast when I retire, the house is too big.",
    "My phone doesn't ring when people call, is the setting wrong? Since yesterday.",
    'Since I retired the work phone hardly ever rings, thank goodness.',
    'When the job went so did the stress, honestly I feel better.',
    "We leave the radio on for the dog for company while we're out.",
    'I put the radio on just to hear the cricket commentary.',
    "I'll be up for the interview at 9, no problem haha.",
    "Someone's getting a slap on the wrist from the council over the bins lol.",
    "I might need a good lawyer for the divorce, lol, it's getting messy with my ex.",
  ])('%j is no concern of those kinds to the rules', (text) => {
    const { concern } = applyRules(text);
    for (const reason of ['hopelessness', 'feels worthless', 'drinking or drugs to cope', 'may lose their home', 'feels alone', 'joked about hurting someone']) expect([...concern]).not.toContain(reason);
  });
});
