// Own risk told beside other people's stories (src/domain/risk/ownRiskBesideOthersStoriesPatterns.ts):
// someone else tried and I have thought about it too, starting to understand the one who ended it, what
// they did looking like an option, old thoughts about dying back, the quickest way off this planet from
// a height, not getting through it, "so will i" after someone went on their own terms, they tried and
// later I tried, a note left just in case, relapsed after months clean and the counsellor not told, new
// lines on my thigh, in a stairwell and not saying more; nothing out there for the likes of us, wine at
// breakfast "normal right", the school uniform unaffordable, dreading rent day, over the overdraft,
// looking like a zombie and "fair enough", others abroad and "it is just me", a hello at the post office,
// visitors next door watched through the nets, grandkids who never ring now, asked if I'd do something
// daft like my aunt, "not like i would jump", asked if I was safe but feeling awful. Our own examples,
// with look-alikes of our own: the other person's story alone, theory tests and sushi, rockets,
// tattoos and sock lines, work stairwells, pub lunches on holiday, sold-out shoes, month-end reports,
// fancy dress, weekends alone by choice, birds at the window, kids who text instead, jumping at a chance.
import '../support/trainedModels.ts';
import { describe, expect, it } from 'vitest';
import { expectAssessed } from '../support/riskAssertions.ts';
import { applyRules } from '../../src/domain/risk/rules.ts';

describe('own crisis told beside someone else\'s story', () => {
  it.each([
    ["My sister tried a few years back. Honestly I've thought about it myself too.", "thoughts of suicide"],
    ["My best mate took his own life in March and I have considered it as well.", "thoughts of suicide"],
    ["My uncle killed himself when I was small. I'm beginning to understand him too well.", "thoughts of suicide"],
    ["Mum ended her life in 2015, and now I finally get why she did it better now.", "thoughts of suicide"],
    ["My partner keeps saying it's stress. It's worse, I've been thinking about not being here at all.", "thoughts of suicide"],
    ["I am actually thinking of not waking up anymore, it's more than a bad patch.", "thoughts of suicide"],
    ["What my cousin did is beginning to seem like a way out.", "thoughts of suicide"],
    ["The thing my dad did has started to look like an answer to me.", "thoughts of suicide"],
    ["At uni I used to talk about wanting to die. Those feelings have come back this winter.", "thoughts of suicide"],
    ["I thought about killing myself when I was 20. The thoughts are coming back now.", "thoughts of suicide"],
    ["Quickest way out of this life is the bridge on the bypass, about 100 feet down.", "thinking about a way to end their life"],
    ["Easiest way off the planet is the top floor of the multi storey tbh", "thinking about a way to end their life"],
    ["My mum pulled through it all. I'm not going to bother trying to get through this one, I'm done.", "intends to end their life"],
    ["I won't be getting through it, I am out.", "intends to end their life"],
    ["My uncle went on his own terms and I will do the same before long.", "intends to end their life"],
    ["Grandad took his own life and I will follow him, I've decided.", "intends to end their life"],
    ["My sister tried, and a year after that I tried. Nobody will talk about it.", "preparing to end their life, or a past attempt"],
    ["My dad tried when I was 12 and at 19 I tried too.", "preparing to end their life, or a past attempt"],
    ["I have written a letter for my sister and put it in the drawer, just in case.", "preparing to end their life, or a past attempt"],
    ["I've already typed a message for my kids for when I am gone.", "preparing to end their life, or a past attempt"],
    ["Relapsed after 3 months clean last night. Please don't tell my therapist.", "self-harm"],
    ["relapsed at two years clean, never tell my support worker ok", "self-harm"],
    ["Fresh lines across my arms again, long sleeves it is.", "self-harm"],
    ["My thighs are covered in new lines, swimming's off then.", "self-harm"],
    ["I am on the roof of the tower block. Would rather not say more.", "no safe place, food or power tonight"],
    ["I'm under the railway bridge, don't want to tell you why.", "no safe place, food or power tonight"],
  ])('%j is read as crisis', (text, reason) => {
    expect([...applyRules(text).crisis]).toContain(reason);
    expectAssessed(text, 'crisis', reason);
  });

  it.each([
    "My sister tried the new sushi place and I have thought about it too.",
    "My brother tried his driving test twice and I have considered it as well.",
    "My mate ended it with his girlfriend and I'm starting to understand him now.",
    "My mum keeps saying she's thinking about not carrying on with the course at all.",
    "I am thinking about not carrying on with the gym membership.",
    "What my brother did is starting to look like an option, he retrained as a plumber.",
    "She used to talk about dying her hair pink and those thoughts are back lol.",
    "Fastest way off this planet is a SpaceX rocket, 200 feet tall.",
    "I won't be trying to get through the whole box set, I'm going to bed.",
    "My dad retired on his own terms and so will I.",
    "My brother tried the curry and then I tried it, way too hot.",
    "I've left a note for the milkman just in case he forgets.",
    "My dad relapsed after 6 months clean from drinking, don't tell my mum.",
    "Got new lines on my thighs from the socks, so tight.",
    "My arms are covered in lines from the tattoo stencil.",
    "I am in a stairwell at work delivering parcels, can't say more, no signal.",
  ])('%j is no crisis to the rules', (text) => {
    expect([...applyRules(text).crisis]).toEqual([]);
  });
});

describe('own concern told beside someone else\'s story', () => {
  it.each([
    ["My nephew's given up looking. I'm 50 and I get it, there's nothing round here for people like us.", "hopelessness"],
    ["There is nothing left out there for anyone my age.", "hopelessness"],
    ["Vodka with breakfast is fine, right? My uncle always did.", "drinking or drugs to cope"],
    ["Wine at 11am counts as normal now surely.", "drinking or drugs to cope"],
    ["Can't afford a winter coat for my eldest this year.", "money worries"],
    ["Struggling to pay for the PE kit for the twins.", "money worries"],
    ["Dreading rent day again, same every time.", "money worries"],
    ["Always dreading the first of the month.", "money worries"],
    ["Slipped past my overdraft limit buying the food shop.", "money worries"],
    ["The late payment fees piling up on top of it all.", "money worries"],
    ["My partner says I look like the walking dead. To be fair, I do.", "not eating or sleeping"],
    ["Mate said I'm looking like a ghost these days, fair enough.", "not eating or sleeping"],
    ["My brother moved to Canada and mum passed. It's only me now.", "feels alone"],
    ["Everyone's moved away or died. It is just me left", "feels alone"],
    ["I walk to the post office only to have someone speak to me.", "feels alone"],
    ["I ring the helpline just to hear someone say my name.", "feels alone"],
    ["The family over the road have friends round every weekend, I sit and watch through the nets.", "feels alone"],
    ["They always have people round, I just look out from behind the curtains.", "feels alone"],
    ["My grandkids never visit anymore since the move.", "feels alone"],
    ["My daughter has stopped calling me now.", "feels alone"],
    ["My sister worried whether I would do something daft like my dad. I will not, but I understand why.", "spoke of harm, then said they would not"],
    ["Dad asked if I was going to do anything drastic like my cousin. No I won't, fair enough he asked.", "spoke of harm, then said they would not"],
    ["Not like I'd hurt myself or anything, it's just a rubbish week.", "spoke of harm, then said they would not"],
    ["it is not like I am going to top myself, I'm just fed up", "spoke of harm, then said they would not"],
    ["The nurse checked whether I felt safe. I do, but I feel awful.", "spoke of harm, then said they would not"],
    ["Counsellor asked if I was at risk, I'm not, I just can't feel any better.", "spoke of harm, then said they would not"],
  ])('%j is read as concern', (text, reason) => {
    expect([...applyRules(text).concern]).toContain(reason);
  });

  it.each([
    ["There's nothing on the telly for us tonight.", "hopelessness"],
    ["There is nothing left for me to eat in the vegan section lol.", "hopelessness"],
    ["A glass of wine with lunch is normal on holiday in Spain.", "drinking or drugs to cope"],
    ["Coffee at breakfast is fine right?", "drinking or drugs to cope"],
    ["Can't buy the school shoes for my youngest, they're sold out in her size.", "money worries"],
    ["Dreading the end of the month reports at work.", "money worries"],
    ["She went over her overdraft but the bank refunded the charges.", "money worries"],
    ["I looked like a zombie at the Halloween party, my daughter says she's not wrong.", "not eating or sleeping"],
    ["The kids are at their dad's this weekend so it is just me", "feels alone"],
    ["I went to the shop just to have someone say hello to the dog lol", "feels alone"],
    ["Neighbours have visitors, I watch the birds from the window.", "feels alone"],
    ["My son doesn't ring anymore, he just texts instead lol", "feels alone"],
    ["Mum asked if I'd do something stupid like quit my job like my uncle did. I won't.", "spoke of harm, then said they would not"],
    ["It's not like I'd jump at the chance of nights.", "spoke of harm, then said they would not"],
    ["The GP asked if I was safe. I am, I just don't feel great with this flu.", "spoke of harm, then said they would not"],
  ])('%j is no concern of that kind to the rules', (text, reason) => {
    expect([...applyRules(text).concern]).not.toContain(reason);
  });
});
