// IPS clients living with severe mental illness
// (src/domain/risk/ipsClientsStashedSleepersGoodbyeTextsAndWarningSignsPatterns.ts): if a car knocked me
// down I'd be relieved; better off dead than a burden; thinking about a permanent way out; I'll do it
// after my review so no one thinks it was because of the team; doing it Saturday while my partner's away;
// told the crisis team I was fine so they won't ring, that's my chance; rang everyone I care about, they
// don't know why; my quetiapine kept back in a shoebox, up to 30 now. And, for a check-in: I don't
// believe I'll get better; ran up the credit cards when I was manic; I keep forgetting to eat; haven't
// spoken to a soul since Friday; it's all too much, the appointments, the forms; coming apart at the
// seams, my relapse signs creeping back; I could murder my work coach haha.
// Our own examples, with look-alikes of our own, many from this population's everyday talk with its care
// team: picking up mum's morphine from the chemist, keeping tablets out of the grandkids' reach, a depot
// injection, a ward round, the warning signs in a relapse-prevention plan, telling an employer about a
// diagnosis, a permanent contract, painting the kitchen while mum's away, good news texted to everyone,
// "don't forget to eat", a lost voice, a new job's paperwork, a support worker who'd kill me if I missed it.
// And the bare replies to the coach's own questions ("I'll do it tonight", "crap", "done"), which none of
// these sets may read.
import '../support/trainedModels.ts';
import { describe, it } from 'vitest';
import { expectLeftAlone, expectReadAs } from '../support/riskAssertions.ts';
import { HUNDRED_AND_FORTY_THIRD_WHOLE_SETS } from '../../src/domain/risk/ipsClientsStashedSleepersGoodbyeTextsAndWarningSignsPatterns.ts';
import { BARE_COACH_ANSWERS } from '../support/bareCoachAnswers.ts';

const SETS = HUNDRED_AND_FORTY_THIRD_WHOLE_SETS;
const half = Math.ceil(BARE_COACH_ANSWERS.length / 2);

describe('crisis said by clients living with severe mental illness', () => {
  it.each([
    ["if I got knocked down by a car on the way to the job fair I'd honestly be relieved", 'wishes to be dead'],
    ['if I just never woke up tomorrow it would be a relief', 'wishes to be dead'],
    ["I'd be better off dead than a burden to my mum", 'wishes to be dead'],
    ["I think I'm better off dead, nothing they give me works", 'wishes to be dead'],
    ["can't stop thinking about a permanent way out", 'thoughts of suicide'],
    ['my mind is full of ways out lately, permanent ones', 'thoughts of suicide'],
    ["going to do it after my review so no one thinks it was because of the team", 'a plan to end their life'],
    ["I'll do it when she's at work so she isn't the one who finds me", 'a plan to end their life'],
    ["I'm going to do it on Saturday while my partner's away with his mates", 'a plan to end their life'],
    ["doing it tomorrow while everyone's on holiday", 'a plan to end their life'],
    ["told the crisis team I was fine so they won't ring tonight. that's my chance", 'a plan to end their life'],
    ["told my CPN I'm ok so she won't check on me, the coast will be clear by Friday", 'a plan to end their life'],
    ["rang everyone I care about this week, they don't know why", 'preparing to end their life, or a past attempt'],
    ['messaged everybody I love last night, one last time', 'preparing to end their life, or a past attempt'],
    ['been keeping back my quetiapine in a shoebox, up to 30 now', 'preparing to end their life, or a past attempt'],
    ['hid my sleeping tablets at the back of the cupboard, about 50 so far', 'preparing to end their life, or a past attempt'],
  ])('%j is read as crisis', (text, reason) => expectReadAs(SETS, text, 'crisis', reason));

  it.each([
    "if I got hit by a bus who would walk the dog, so I've sorted my will",
    "if I didn't wake up in time for the 9am I'd be gutted",
    "if I got run over on the way to the trial I'd be glad of the insurance",
    "if I was hit by a car on the way in I'd be relieved I had life cover for the kids",
    'better dead than red, as my grandad used to say',
    'looking for a way out of the agency contract, ideally something permanent',
    'thinking of ways out of debt for good, maybe an IVA',
    "I'll do it after the interview so nobody thinks I'm skiving",
    "I'll do it early so nobody thinks it was my fault the report was late",
    "doing it next weekend while mum's away, the whole kitchen's getting painted",
    "doing it on Friday while my sister's in Spain, a surprise party for her",
    "told my mum I'm fine so she won't worry about the interview",
    "told my care coordinator I'm fine so she won't come round wednesday, that's when I've got my depot anyway",
    "texted everyone I love to say I got the job, they think I'm being soppy",
    "told everyone I love about my diagnosis, they think I'm being dramatic",
    "picked up mum's morphine from the chemist and put it at the back of the wardrobe",
    "I keep my pills at the back of the cupboard so the grandkids can't reach, 28 left now",
    'picked up my lithium from the chemist, 56 tablets in the box, put them in my drawer',
    'had my depot injection today, 20 minutes in the waiting room',
    'ward round went fine, they want to keep the dose the same',
    ...BARE_COACH_ANSWERS.slice(0, half),
  ])('%j is not read by these sets, nor as crisis', (text) => expectLeftAlone(SETS, text));
});

describe('concern said by clients living with severe mental illness', () => {
  it.each([
    ['everyone keeps going on about recovery but I just don\'t buy it anymore', 'hopelessness'],
    ["I don't believe I'll ever get better, it's been ten years", 'hopelessness'],
    ['ran up loads on credit cards when I was manic and now the letters keep coming', 'money worries'],
    ['the old catalogue debt is still chasing me, four different companies now', 'money worries'],
    ['I keep forgetting to eat since the new tablets', 'not eating or sleeping'],
    ['only had a slice of toast all day', 'not eating or sleeping'],
    ["haven't spoken to a soul since Friday", 'feels alone'],
    ['not had a conversation with anyone in weeks', 'feels alone'],
    ["it's all too much, the appointments, the forms, the voices", 'not coping'],
    ['way too much. the jobcentre, the letters, the bills', 'not coping'],
    ['I can feel myself coming apart at the seams', 'not coping'],
    ['my relapse signs are creeping back, the voices and not sleeping', 'not coping'],
    ['I could murder my work coach haha, another CV workshop', 'joked about hurting someone'],
    ["going to strangle my care coordinator, she's moved my appointment again", 'joked about hurting someone'],
  ])('%j is read as concern', (text, reason) => expectReadAs(SETS, text, 'concern', reason));

  it.each([
    "my recovery is going really well, I don't believe in luck but I've worked hard",
    "got the job!! I don't believe it, recovery is real",
    'my debts from when I was unwell are all cleared now, debt free',
    'a debt charity keeps following me on Instagram',
    "don't forget to eat before the interview, my support worker said",
    'my son keeps forgetting to eat his packed lunch',
    "lost my voice, haven't spoken to anyone all day",
    "didn't say a word to anyone about the interview all week",
    'too much paperwork for the new job, forms and more forms, but done now',
    'too much information on the forms and letters lol',
    'went through my early warning signs at the ward round, the plan is good',
    'we wrote down what to do if my early warning signs are back',
    'none of my warning signs are back since the depot',
    'my jumper is unravelling lol',
    'talked to my care team about my diagnosis and the signs of relapse to look out for',
    'my support worker will kill me if I miss it lol',
    "my care coordinator would murder me if I missed the depot haha",
    ...BARE_COACH_ANSWERS.slice(half),
  ])('%j is not read by these sets, nor as crisis', (text) => expectLeftAlone(SETS, text));
});
