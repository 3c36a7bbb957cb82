// Low literacy, spelling by sound and a second language (src/domain/risk/soundSpellingAndSecondLanguagePatterns.ts):
// better in the grave "i feel it", wish i not born, first in line to go if the world ends, mabey i shud
// end it all, the courage to kill myself, how high to be sure, the viaduct i keep going bak to, done or
// goodbye and going to do it, "that is when i do it", the dog looked after when i am gone, a brother
// told he can have my stuff, intensive care after i jumped and trying agin, the blades out agin, a
// husband who says i not allowed to go to college, my uc kept in his account; stopped hopeing, called
// thick and they were rite, rent money on vodka, baylifs at the door, credit card debt nearly 3 grand,
// on my own all day evry day, lost all my frends, a meltdown at the jobcentre, the work coach out the
// window, going to strangle my dog. Our own examples, with look-alikes of our own: power cables and
// tulip bulbs, birthdays in summer, the last pizza, a gym membership and a boyfriend, a charity
// skydive, a ladder and a fence, a dog walk and a cafe, a forklift course and a new business, a
// flight and a shift, a nan after school and a dog sitter, an old xbox and a dress that does not fit,
// parkour and a diet, a beard, a fever and a storm, savings and an appointee, hope not
// given up and a refund, a brother called stupid, a sister's birthday drinks, bailiffs next door, on the
// news and for the previous tenant, a debt paid off and a card limit, a lone worker and a dog, lost phone numbers and a
// festival crowd, a car broken down and happy tears, a printer and a laptop thrown, fleas; a ground floor
// flat, a pier, an exam, a shave for the interview, a dissertation finished, hope traded for applying.
import '../support/trainedModels.ts';
import { describe, expect, it } from 'vitest';
import { expectAssessed } from '../support/riskAssertions.ts';
import { applyRules } from '../../src/domain/risk/rules.ts';

describe('crisis in sound-spellings and a second language', () => {
  it.each([
    ["back home we have a saying, better to be in the grave than live like this. i feel it more every week", "wishes to be dead"],
    ["my nan used to say some are better off under the ground and honestly i think that is me now", "wishes to be dead"],
    ["i wish i was not born, nobody would have to deal with me", "wishes to be dead"],
    ["some days i wish i never been born honestly", "wishes to be dead"],
    ["if the world ends tonight i would be first in line to go, no joke", "wishes to be dead"],
    ["if a meteor hit tomorrow id volunteer to go first haha", "wishes to be dead"],
    ["every day i think mabey i shud just end it all", "thoughts of suicide"],
    ["sometimes i think i might as well end evrythin", "thoughts of suicide"],
    ["some nights i am just trying to build up the courage to kill myself", "thoughts of suicide"],
    ["i keep waiting for the nerve to end it all, thats the truth", "thoughts of suicide"],
    ["how high does a car park need to be to be sure", "thinking about a way to end their life"],
    ["what hight of bridge is enough to die", "thinking about a way to end their life"],
    ["the viaduct near my house, i keep going bak there at night", "thinking about a way to end their life"],
    ["theres a cliff at the end of the coast road, i keep walking back to the edge", "thinking about a way to end their life"],
    ["i am done now. i am really going to do it tonight", "intends to end their life"],
    ["goodbye everyone. i am going to do it now", "intends to end their life"],
    ["after my birthday, that is when i do it", "a plan to end their life"],
    ["sunday when everyone is out, thats the day i go", "a plan to end their life"],
    ["sorted it so the dog is looked after when i am gone", "preparing to end their life, or a past attempt"],
    ["made sure the children will be fine with their dad after", "preparing to end their life, or a past attempt"],
    ["told my little brother he can have my bike and all my stuff, he asked me why", "preparing to end their life, or a past attempt"],
    ["told my sister she can keep my jewellery and evrything, she looked worried", "preparing to end their life, or a past attempt"],
    ["they had me in hospitle after i took the pills in march. this time i will finish it", "preparing to end their life, or a past attempt"],
    ["was in intensive care after i jumpd last year, i want to try agin", "preparing to end their life, or a past attempt"],
    ["had the blades out agin last night", "self-harm"],
    ["took the razor out again, couldnt stop", "self-harm"],
    ["my husband tell me i not allowed to go to college", "coercive control"],
    ["my mother in law says i must stay in the house, no phone", "coercive control"],
    ["my husband keeps my uc in his account and i get nothing", "coercive control"],
    ["my brother in law takes all my money into his bank, i have to ask for bus fare", "coercive control"],
  ])('%j is read as crisis', (text, reason) => {
    expect([...applyRules(text).crisis]).toContain(reason);
    expectAssessed(text, 'crisis', reason);
  });

  it.each([
    "the power cables are better in the ground than on poles, i think",
    "i think tulip bulbs are better under the ground before the frost",
    "i think it is better to be in the ground floor flat for my knees",
    "i wish i was born in the summer, my birthday is always rainy",
    "i wish i was never born in the 80s lol the music now is better",
    "if the world ended tomorrow i would be first in the queue for the last pizza lol",
    "in the zombie film i would be first in line to go, i can not run",
    "i should just end my gym membership, never go",
    "maybe i should end it with him, he never texts back",
    "working up the courage to jump out of a plane for charity",
    "i finally got the nerve to finish it, my dissertation is done",
    "i need the nerve to end it with my boyfriend",
    "what height ladder do you need for it to be sure you reach the gutter",
    "how high does the fence need to be for it to work with the dog",
    "the cliff path is lovely, i keep walking back there with the dog",
    "the pier is my happy place, i keep going back there every summer",
    "i keep walking back there, the cafe by the bridge does the best breakfast",
    "i am done with applications. i am going to do it, the forklift course",
    "this is goodbye to my old job, i am going to do it, starting my own business",
    "the flight is on the 3rd, that is when i go",
    "my shift ends at 6 that is when i leave",
    "the exam is friday, that is the day i go",
    "made sure the kids are ok with their nan after school on monday",
    "sorted the dog sitter so the dog is fine when i go on holiday",
    "made sure my dog will be ok with my mum after",
    "told my brother he can have my old xbox and everything now i have a ps5",
    "told my friend she can keep my dress and everything, it does not fit me anymore",
    "i was in hospital after i jumped off the wall and broke my ankle, going to try again at parkour",
    "in hospital after i tried the new diet, next time i will read the label",
    "got the razor out again, the beard was getting wild",
    "got the razor out again to tidy up for the interview",
    "my brother got the razor out again and shaved his head",
    "my husband says i must stay home with a fever and rest",
    "my mother in law says i must stay home today, there is a storm",
    "my mum puts my wages into her account to save for my deposit, i have nothing to worry about",
    "my dad takes my pip into his account as my appointee",
  ])('%j is no crisis to the rules', (text) => {
    expect([...applyRules(text).crisis]).toEqual([]);
  });
});

describe('concern in sound-spellings and a second language', () => {
  it.each([
    ["stopped hopeing anything will change honestly", "hopelessness"],
    ["gave up hopin for a better life", "hopelessness"],
    ["everyone at school called me thick and they were dead rite", "feels worthless"],
    ["my dad said i would never amount to anything and maybe he was right", "feels worthless"],
    ["blew my rent money on vodka again", "drinking or drugs to cope"],
    ["spent my last tenner on cans instead of food", "drinking or drugs to cope"],
    ["baylifs turned up this morning at the door", "money worries"],
    ["got a letter from the bailifs about the council tax", "money worries"],
    ["my credit card debt is nearly 3 grand", "money worries"],
    ["the council tax arrears are over 1 thousand now", "money worries"],
    ["on my own all day evry day since the move", "feels alone"],
    ["lonely evry night honestly", "feels alone"],
    ["lost all my mates since i got sick", "feels alone"],
    ["lost most of my frends when i moved here", "feels alone"],
    ["burst into tears half way through the interview, so embarrassing", "not coping"],
    ["had a meltdown at the jobcentre appointment and walked out", "not coping"],
    ["if the recruiter rings me once more i am chucking him out the window lol", "joked about hurting someone"],
    ["one more email from the work coach and i am lobbing the jobcentre out the window", "joked about hurting someone"],
    ["i am going to strangle my dog he ate my interview shoes", "joked about hurting someone"],
    ["i swear i will murder my cat, she deleted the cover letter", "joked about hurting someone"],
  ])('%j is read as concern', (text, reason) => {
    expect([...applyRules(text).concern]).toContain(reason);
  });

  it.each([
    ["i have not given up hope, still applying", "hopelessness"],
    ["gave up hoping for a refund from the airline", "hopelessness"],
    ["stopped hoping and started applying", "hopelessness"],
    ["the teachers called my brother stupid and they were wrong", "feels worthless"],
    ["they said the test would be stupid hard and they were right lol", "feels worthless"],
    ["spent my last tenner on drinks for my sister's birthday", "drinking or drugs to cope"],
    ["spent my last fiver on a meal deal and a drink", "drinking or drugs to cope"],
    ["the bailifs came next door yesterday, felt bad for them", "money worries"],
    ["saw bailifs on the news taking a car, poor fella", "money worries"],
    ["the bailifs came for the previous tenant, not me", "money worries"],
    ["the catalogue debt was over 2 grand but i finally paid it off", "money worries"],
    ["my credit card limit is 2 grand now", "money worries"],
    ["i work alone all day every day as a lone worker, i love it", "feels alone"],
    ["my dog is on his own all day every day, should i get a walker", "feels alone"],
    ["lost all my friends numbers when my phone broke", "feels alone"],
    ["lost all my mates in the crowd at the festival", "feels alone"],
    ["my car broke down at the interview car park, had to get a taxi", "not coping"],
    ["burst into tears after the interview, they said yes", "not coping"],
    ["cried after the interview, so happy they offered me the job", "not coping"],
    ["i threw the old printer out the window, joking, it went to the tip", "joked about hurting someone"],
    ["he threw the laptop out the window at work, mad", "joked about hurting someone"],
    ["i could kill that cat, she sat on my cv", "joked about hurting someone"],
    ["going to kill the fleas on my dog tonight", "joked about hurting someone"],
  ])('%j is no concern of that kind to the rules', (text, reason) => {
    expect([...applyRules(text).concern]).not.toContain(reason);
  });
});

// Look-alikes this round found read as risk by older rules (risk/indirectCrisisPatterns.ts,
// risk/ligaturesSabotageAndOthersNewsPatterns.ts, risk/indirectConcernPatterns.ts), put right there;
// the forms those rules are for still read as before.
describe('older rules and the look-alikes this round found', () => {
  it.each([
    'my husband says i can not work until my leg heals',
    'my wife told me i must not work till the cast is off',
    'i keep going back to the bridge to take photos of the sunset',
    'i keep going to the river for a walk with the dog before work',
  ])('%j is no crisis to the rules', (text) => {
    expect([...applyRules(text).crisis]).toEqual([]);
  });

  it.each(['i applied for a bailiff job at the council', 'is there training to become a bailiff'])('%j is no money worry to the rules', (text) => {
    expect([...applyRules(text).concern]).not.toContain('money worries');
  });

  it.each([
    ['my husband says i can not work, he wants me at home', 'coercive control'],
    ['i keep going back to the bridge at night', 'thinking about a way to end their life'],
  ])('%j is still read as crisis', (text, reason) => {
    expect([...applyRules(text).crisis]).toContain(reason);
  });

  it('still hears bailiffs at the door as money worries', () => {
    expect([...applyRules('the bailiffs came today about the council tax').concern]).toContain('money worries');
  });
});
