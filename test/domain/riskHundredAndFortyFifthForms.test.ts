// Young people in further education or out of it, gallows humour and gaming slang
// (src/domain/risk/furtherEdMeteorsRazorsAndSilentServersPatterns.ts): waiting for an asteroid with my name on
// it; hoping a lorry runs me over; wishing I wasn't taking up room; want me to stop; the kms era loading;
// back on the sharpeners; new cuts under long sleeves; a noose tutorial; games given away as a clear out;
// an uncle who smacks me; pinned against the wall; a student loan handed over for 50 a term; the electric
// gone and nothing for the baby. And, for concern: the gc dead quiet, used to be non stop; all my mates forgot
// about me; woke up numb, went to bed numb; whoever made this app deserves a slap.
// Our own examples, with look-alikes of our own: a meteor film; the bus that takes me out of town; boxes
// taking up room; do you want me to stop sending drafts; a character's arc; a fresh cut at the barber's;
// hanging methods for pictures; a clear out before moving into halls; a pillow, hit me up, rugby; wages
// saved for a deposit at my own asking; the heating off for the summer; the server dead since the update;
// forgotten at the chippy; the final lost; kicking out of bed. And the bare answers to the coach's own
// questions, which none of these sets may read.
import '../support/trainedModels.ts';
import { describe, it } from 'vitest';
import { expectLeftAlone, expectReadAs } from '../support/riskAssertions.ts';
import { HUNDRED_AND_FORTY_FIFTH_WHOLE_SETS } from '../../src/domain/risk/furtherEdMeteorsRazorsAndSilentServersPatterns.ts';
import { BARE_COACH_ANSWERS } from '../support/bareCoachAnswers.ts';

const SETS = HUNDRED_AND_FORTY_FIFTH_WHOLE_SETS;
const half = Math.ceil(BARE_COACH_ANSWERS.length / 2);

describe('crisis said with gallows humour and gaming slang', () => {
  it.each([
    ['honestly waiting for an asteroid with my name on it', 'wishes to be dead'],
    ['keep hoping a lorry just runs me over on the way to college', 'wishes to be dead'],
    ["i wish i wasn't even taking up room in this world", 'wishes to be dead'],
    ["i shouldn't even be taking up space tbh", 'wishes to be dead'],
    ['nothing left to aim for. i want myself to stop existing', 'wishes to be dead'],
    ["don't want a career. want me to stop", 'wishes to be dead'],
    ['kms era loading fr', 'thoughts of suicide'],
    ['unalive speedrun any% lol', 'thoughts of suicide'],
    ['back on the sharpeners again, sorry', 'self-harm'],
    ['razor in my pencil case again. day 0 again', 'self-harm'],
    ['new cuts on my wrists, long sleeves at the interview', 'self-harm'],
    ['deep cuts again, hiding them under a jumper lol', 'self-harm'],
    ['watched a noose tutorial last night and saved it', 'thinking about a way to end their life'],
    ['read about methods of overdosing for an hour instead of doing my cv', 'thinking about a way to end their life'],
    ['bagged up all my games and gave them away, told my brother i was having a clear out', 'preparing to end their life, or a past attempt'],
    ["gave my console to my cousin, mum thinks i'm just decluttering", 'preparing to end their life, or a past attempt'],
    ["my uncle smacks me if i'm late back", 'abuse or violence'],
    ["my stepmum belts me when she's had a drink", 'abuse or violence'],
    ["he pinned me against the wall last night and I can't stop shaking", 'abuse or violence'],
    ['my brother grabbed me by the neck in the kitchen', 'abuse or violence'],
    ['my dad makes me hand over my student loan and lets me keep 50 a term', 'coercive control'],
    ['she takes every penny of my wages and I get a fiver back', 'coercive control'],
    ["electric's gone and i've got no money, nothing for the baby", 'no safe place, food or power tonight'],
    ['gas and electric cut off, we have literally nothing to eat', 'no safe place, food or power tonight'],
  ])('%j is read as crisis', (text, reason) => expectReadAs(SETS, text, 'crisis', reason));

  it.each([
    'watched a film about a meteor hitting earth, proper good',
    "the 52 bus takes me out of town, hope it's not late",
    'praying for a meteor to hit the exam hall lol',
    "I wish my boxes weren't taking up so much room at my nan's",
    "my nan's fella wishes he wasn't taking up space at her place",
    'do you want me to stop sending you my cv drafts?',
    'mum would want me to stop vaping',
    'i want myself to stop procrastinating',
    "the character's suicide arc in the anime was done really well",
    'the suicide squad film era of dc was rough',
    'back on the razors, need to shave for the interview',
    'new razor blades for my beard, day 1 of trying to look smart',
    'new cuts to the college bursary, gutted',
    "fresh cuts of meat at the new butcher's job, proper skill",
    "hanging methods for pictures without drilling, renting so can't use nails",
    'we read about the history of hanging in criminology',
    'gave my old clothes to the charity shop, moving into halls next week, told mum i was decluttering',
    'my little brother smacks me with a pillow every morning lol',
    "my dad hit me up about a job at his mate's garage",
    'grandad hits me with the same joke every sunday lol',
    'my sister beats me at mario kart every christmas',
    "my cousin's boyfriend hits her, i keep telling her to leave",
    'my sparring partner had me against the ropes all round, good session',
    'my mum makes me hand over all my wages into my savings account and gives me a tenner for the week, I asked her to',
    'we turned the heating and lights off to save money, got nothing on tonight so early night',
    "the heating's off for the summer, i've got nothing on this weekend",
    'power cut on our estate, lights out, got nothing planned anyway',
    ...BARE_COACH_ANSWERS.slice(0, half),
  ])('%j is not read by these sets, nor as crisis', (text) => expectLeftAlone(SETS, text));
});

describe('concern said with gallows humour and gaming slang', () => {
  it.each([
    ['my gc is dead quiet. used to be non stop', 'feels alone'],
    ["snapchat's been dry for weeks, nobody messages", 'feels alone'],
    ['all my mates forgot about me after i dropped out', 'feels alone'],
    ['everybody just moved on without me', 'feels alone'],
    ['woke up numb and went to bed numb again', 'low mood'],
    ['sad is my default setting now', 'low mood'],
    ['whoever made this app deserves a good slap', 'joked about hurting someone'],
    ['my work coach needs yeeting into the sun', 'joked about hurting someone'],
  ])('%j is read as concern', (text, reason) => expectReadAs(SETS, text, 'concern', reason));

  it.each([
    'my discord is on silent, used to be too busy to revise',
    'the server is dead since the update, nobody plays anymore',
    'my mate keeps saying his discord is dead and nobody plays anymore',
    'everyone forgot about me at the chippy lol',
    'everyone forgot about me in the group photo haha',
    'woke up sad because we lost the final, went to bed sad',
    'my flatmate needs kicking out, he never pays',
    'my brother needs kicking out of bed in the mornings',
    'whoever designed this form needs a shot of coffee',
    'whoever designed this form needs a coffee and a lie down',
    ...BARE_COACH_ANSWERS.slice(half),
  ])('%j is not read by these sets, nor as crisis', (text) => expectLeftAlone(SETS, text));
});
