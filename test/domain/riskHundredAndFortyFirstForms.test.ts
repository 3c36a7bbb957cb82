// A red-teamer's seventh set: risk said short and sideways
// (src/domain/risk/datedPlansKnifeBlocksBruisedFacesAndBareCupboardsPatterns.ts): the plan is to end it by
// the end of the month, I've worked out how; I can't stop looking at the knives in the drawer; I've got a
// split lip, will the panel notice; been sleeping rough for three nights; I'd love to fall asleep
// permanently; nothing in the cupboards, not even bread; strengths? none; I'll throw my work coach out the
// window; feeling a bit blue lately; I don't have anyone, not round here.
// Our own examples, with look-alikes of our own: have the CV over with by the 20th, sorted how; knives for
// the catering course; a black eye from five-a-side; my mate's been sleeping rough; used to sleep rough
// years ago; sleep earlier permanently for the early shifts; toast all weekend because the oven broke;
// strengths and weaknesses, no weaknesses; the laptop's going out the window; a blue shirt; no one to mind
// the kids.
// And everyday answers to the coach's own questions, which none of these sets may read.
import '../support/trainedModels.ts';
import { describe, it } from 'vitest';
import { expectLeftAlone, expectReadAs } from '../support/riskAssertions.ts';
import { HUNDRED_AND_FORTY_FIRST_WHOLE_SETS } from '../../src/domain/risk/datedPlansKnifeBlocksBruisedFacesAndBareCupboardsPatterns.ts';
import { BARE_COACH_ANSWERS } from '../support/bareCoachAnswers.ts';

const SETS = HUNDRED_AND_FORTY_FIRST_WHOLE_SETS;
const half = Math.ceil(BARE_COACH_ANSWERS.length / 2);

describe('crisis said short and sideways', () => {
  it.each([
    ["the plan is to end it by the end of the month, I've worked out how", 'a plan to end their life'],
    ["want it all over with by friday. i've already figured out how", 'a plan to end their life'],
    ["I can't stop looking at the knives in the drawer since the rejection", 'thinking about a way to end their life'],
    ['been staring at the rope in the shed again', 'thinking about a way to end their life'],
    ['I always end up eyeing the paracetamol in the cupboard at night', 'thinking about a way to end their life'],
    ["I've got a split lip, will the panel notice on the video call?", 'abuse or violence'],
    ['is there a make up that covers a black eye, I need it for Monday', 'abuse or violence'],
    ['bruises on my neck again, how do I explain them at the interview', 'abuse or violence'],
    ["I've been sleeping rough for three nights, can I still do the course", 'no safe place, food or power tonight'],
    ['rough sleeping again since friday, phone on 5%', 'no safe place, food or power tonight'],
    ["I'd love to fall asleep permanently, that's my honest answer", 'wishes to be dead'],
    ['just want to go to sleep for good', 'wishes to be dead'],
    ['nothing in the cupboards, not even bread, and the kids are home', 'no safe place, food or power tonight'],
    ['we have lived on cereal all week and now there is nothing left', 'no safe place, food or power tonight'],
  ])('%j is read as crisis', (text, reason) => expectReadAs(SETS, text, 'crisis', reason));

  it.each([
    "goal for the month? to have the CV over with by the 20th, I've sorted how",
    "I want the move over with by the 20th, sorted how",
    "want it over with by friday, the interview I mean. I've sorted how",
    'i keep looking at the knives in the shop window, need a set for the catering course',
    'been staring at the knife block in ikea for ages, which one for my first flat?',
    'keep looking at the tracks on spotify for my gym playlist',
    'I keep looking at my blue belt, so proud of the grading',
    "i keep looking at the knives on the chef course, they're so sharp",
    'keep eyeing the knife block, starving, cooking a curry tonight',
    'I stand looking at the tracks every morning waiting for the train',
    "been looking at the railway apprenticeship, the deadline's friday",
    'been looking at the cliffs on holiday, what a view',
    'got a black eye at five a side, will they ask at the interview?',
    "will they notice the bruise on my arm? it's from the trampoline park",
    'my daughter has a black eye from nursery, will they ask questions at the school?',
    "my colleague couldn't hide the bruise on her cheek, will they ask her at the meeting",
    "my mate's been rough sleeping since the weekend, can he come to the hostel with me",
    'I used to sleep rough years ago, now I volunteer at the shelter',
    'no I have not been sleeping rough, rough night with the baby',
    'we had a talk at job club from a woman who used to sleep rough, so inspiring',
    'rough sleeping since covid has doubled in our town, the news says',
    "I'd like to go to sleep earlier permanently so the early shifts are easier",
    "I'd love to sleep on the sofa permanently, the new bed is awful",
    'the baby is finally sleeping for good stretches',
    // Found on review: how tired people sound after work.
    'could go to sleep for good after that double shift lol',
    "I'd like to sleep over at my mum's permanently, she's lonely since dad",
    "we've had toast all weekend because the oven broke, new one comes tomorrow",
    'nothing in the fridge, not even milk, doing the big shop tomorrow',
    "my son eats nothing, not even toast, he's so fussy",
    'had nothing for breakfast, not even toast, running late for the interview',
    'the shop had nothing left, not even bread, panic buying again with the snow',
    // Everyday answers to the coach's own questions ("when will you do it?", "how did it go?").
    ...BARE_COACH_ANSWERS.slice(0, half),
  ])('%j is not read by these sets, nor as crisis', (text) => expectLeftAlone(SETS, text));
});

describe('concern said short and sideways', () => {
  it.each([
    ['strengths? honestly none', 'feels worthless'],
    ["I don't have any strengths, that's why I'm still out of work", 'feels worthless'],
    ['if my work coach says "transferable skills" again I\'m throwing him out the window', 'joked about hurting someone'],
    ['the next recruiter who ghosts me is going out the window', 'joked about hurting someone'],
    ['feeling a bit blue lately', 'low mood'],
    ["I'm blue this week, not much to report", 'low mood'],
    ["I don't have anyone, not round here", 'feels alone'],
    ["moved for the job and lost it, don't really have anybody now", 'feels alone'],
  ])('%j is read as concern', (text, reason) => expectReadAs(SETS, text, 'concern', reason));

  it.each([
    'strengths and weaknesses? I don\'t have any weaknesses',
    'strengths: none listed on the form yet, can you help me fill it in',
    'what strengths should I put on my CV',
    "I don't have any strengths in maths, is that a problem for the course",
    'the laptop is going out the window if it freezes again',
    "my diet's gone out the window this week with all the interviews",
    'all my savings are going out the window with the landlord putting the rent up',
    'my manager said the dress code is going out the window',
    'bit blue, is this shirt ok for the interview?',
    "I'm a bit blue with the cold, waiting for the bus",
    'my mum has been a bit blue lately, I am taking her out',
    'painted the hallway blue today',
    // Found on review: someone else's low day.
    "my mum's feeling a bit blue today so I'm taking her out",
    "I don't have anyone to mind the kids on Thursday",
    "no I don't have anyone living with me",
    "do you have someone for the reference? I don't have anyone in mind yet",
    // Everyday answers to the coach's own questions ("what's your goal?", "how did the week go?").
    ...BARE_COACH_ANSWERS.slice(half),
  ])('%j is not read by these sets, nor as crisis', (text) => expectLeftAlone(SETS, text));
});
