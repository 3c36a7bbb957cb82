// The hundred-and-sixty-eighth split's kinds, as forms of our own
// (src/domain/risk/codeWordsCoverStoriesAndSchoolRunsOnlyPatterns.ts): wishing to sleep for ever,
// wishing I was not here any more, a fall as the story told to people, a black eye after he kicked
// off, stormy weather at home and got hurt, post sent to a sister's address not mine, a code word for
// when I can not talk, only allowed out for the school run, zero money, food and gas; and, as concern,
// out of the house by a date unless the hours come, never leaving the flat except for nursery, crying
// in the stock room, a head so fried I forgot, burning an ex's things "lol". Look-alikes: a comfy
// duvet, a boring induction, a fall on the ice told to the manager, a black eye at netball, stormy
// weather on the school run, post sent elsewhere while moving, a nursery's pick-up word, a tag's
// curfew, bills included, out of the house by 8, a homebody, crying laughing, a head full of ideas,
// a burnt dinner.
import '../support/trainedModels.ts';
import { describe, expect, it } from 'vitest';
import { expectLeftAlone, expectReadAs, reasonsReadBy } from '../support/riskAssertions.ts';
import { BARE_COACH_ANSWERS } from '../support/bareCoachAnswers.ts';
import { HUNDRED_AND_SIXTY_EIGHTH_WHOLE_SETS as SETS } from '../../src/domain/risk/codeWordsCoverStoriesAndSchoolRunsOnlyPatterns.ts';

const half = Math.ceil(BARE_COACH_ANSWERS.length / 2);

describe('crisis the hundred-and-sixty-eighth split found missed, in forms of our own', () => {
  it.each([
    ['some nights i just wish i could sleep forever and not have to deal with any of this', 'wishes to be dead'],
    ['I wish I could go to sleep for good, the rent the nursery fees all of it', 'wishes to be dead'],
    ['i keep wishing i wasnt here anymore tbh, anyway cv is done', 'wishes to be dead'],
    ["honestly i wish i wasn't around any more, the kids deserve better", 'wishes to be dead'],
    ['walked into a door, or thats what im telling work anyway', 'abuse or violence'],
    ['fell down the stairs again. at least thats what i told the nurse', 'abuse or violence'],
    ['my fella kicked off last night and now ive got a black eye so cant go to the interview', 'abuse or violence'],
    ['he lost it over the dinner and i woke up with bruised ribs', 'abuse or violence'],
    ['things at home are a bit stormy atm. got hit a bit but im ok', 'abuse or violence'],
    ['the atmosphere in the house has been heavy, i got a bit hurt last night', 'abuse or violence'],
    ['please post anything to my sisters address not mine. cant say why', 'coercive control'],
    ['can you send the letters to my friends house instead of home', 'coercive control'],
    ['can we have a safe word? if i text the blue emoji it means hes home and i cant talk', 'coercive control'],
    ['if i say the kettle is broken that is our code, it means call the police', 'coercive control'],
    ['im not allowed out without him, so no to the job club', 'coercive control'],
    ['he only lets me out for the school run and the big shop', 'coercive control'],
    ['0 money 0 food 0 electric, what do i do tonight', 'no safe place, food or power tonight'],
    ['no cash no gas no nappies for the baby', 'no safe place, food or power tonight'],
  ])('%j is crisis: %s', (text, reason) => {
    expectReadAs(SETS, text, 'crisis', reason);
  });

  it.each([
    'slipped on the ice and had a fall, thats what i told my manager',
    'i fell asleep on the bus, thats what im telling work lol',
    'the weather at home is stormy, got soaked walking the kids to school',
    'can you send letters to my mums address not mine, im moving next week',
    'please send the post to my work address not home, i am never in',
    'we have a code word with the kids so they know who can pick them up',
    'the school gave us a safe word in case a stranger says they are here to collect',
    'my son is only allowed out till 8',
    'zero food waste this week, proud of myself',
    'zero pounds zero effort, love a freebie',
    ...BARE_COACH_ANSWERS.slice(0, half),
  ])('%j is left alone by these sets', (text) => {
    expectLeftAlone(SETS, text);
  });

  // Other rules (or the classifier) read more into these; this file's sets read nothing.
  it.each([
    'wish i wasnt here at this induction, so boring',
    'wish i could sleep forever on sundays, the duvet is too comfy',
    'After this double shift I wish I could sleep forever',
    'he got angry at the ref and i got a black eye from the ball at netball',
    'im only allowed out for an hour on my tag',
    'my husband lets me out on my own for the first time since the baby, going to the spa',
    'no gas no electric bills included in the rent, bargain',
    'could you send my letters to my mums house not mine while the flat is being done',
  ])('%j is not these sets\' to read', (text) => {
    expect(reasonsReadBy(SETS, text)).toEqual([]);
  });
});

describe('concern the hundred-and-sixty-eighth split found missed, in forms of our own', () => {
  it.each([
    ['if we dont catch up on the arrears were out of the flat by easter', 'may lose their home'],
    ['unless i get a second job were out of the house by the summer', 'may lose their home'],
    ['i hardly leave the house apart from nursery drop off', 'feels alone'],
    ['never go out of the flat except to get nappies', 'feels alone'],
    ['had a little cry in the stock room again on my break', 'not coping'],
    ['i was crying at the till today, couldnt stop', 'not coping'],
    ['brain is so fried i forgot my daughters parents evening', 'not coping'],
    ["my head is all over the place, i missed the baby's jabs", 'not coping'],
    ['tempted to burn all my exs stuff in the garden lol', 'joked about hurting someone'],
    ['might stick pins in a photo of my old boss haha', 'joked about hurting someone'],
  ])('%j is concern: %s', (text, reason) => {
    expectReadAs(SETS, text, 'concern', reason);
  });

  it.each([
    'we are out of the house by 8 every morning for the school run',
    'if i dont get the bus by 7 were out of the house late',
    'were moving, out of the house by christmas if the sale goes through',
    'i hardly leave the house except for work, which suits me',
    'i dont really go out except for the gym and work, saving money',
    'cried laughing in the staff room',
    'my daughter cried at school today cos she lost her teddy',
    'cried at the leaving do at work, so proud of everyone',
    'my head is so full of ideas for the business i forgot to eat lunch',
    'brain is fried from revision, forgot my pen',
    'might burn the dinner lol my ex always said i cant cook',
    'my ex manager said he might burn the old uniforms lol',
    ...BARE_COACH_ANSWERS.slice(half),
  ])('%j is left alone by these sets', (text) => {
    expect(reasonsReadBy(SETS, text)).toEqual([]);
  });
});
