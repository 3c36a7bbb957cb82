// Forms of our own for the kinds the two-hundred-and-first split brought (students and graduates,
// people in rural isolation), written as rules
// (src/domain/risk/studentsBarnBeamsDraftLettersAndQuietFarmsPatterns.ts). The split's own lines are not repeated here.
import '../support/trainedModels.ts';
import { describe, expect, it } from 'vitest';
import { assessRisk } from '../../src/domain/risk.ts';
import { expectLeftAlone, expectReadAs } from '../support/riskAssertions.ts';
import { TWO_HUNDRED_AND_FIRST_WHOLE_SETS as SETS } from '../../src/domain/risk/studentsBarnBeamsDraftLettersAndQuietFarmsPatterns.ts';

describe('crises said the way these clients say them', () => {
  it.each([
    ['went to sleep hoping i would not wake up again', 'wishes to be dead'],
    ['half hoping i get knocked over by a tractor on the lane', 'wishes to be dead'],
    ['there is a rafter in the shed just the right height', 'thinking about a way to end their life'],
    ['googled lethal dose of my meds and it was not for my course', 'thinking about a way to end their life'],
    ['wrote my goodbyes in the group chat, they think it is about moving home', 'preparing to end their life, or a past attempt'],
    ['left a note for my mum explaining why, under my pillow', 'preparing to end their life, or a past attempt'],
    ['they hid my passport because they arranged a marriage for me', 'coercive control'],
  ] as const)('%j is crisis: %s', (text, reason) => {
    expectReadAs(SETS, text, 'crisis', reason);
    expect(assessRisk(text).level).toBe('crisis');
  });
});

describe('worries these sets read', () => {
  it.each([
    ['been so tearful since the exam results', 'low mood'],
    ['i keep crying in the library', 'low mood'],
    ['most days i do not say a word to anyone', 'feels alone'],
    ['the last proper chat i had was with the postie', 'feels alone'],
    ['woke up hungover again, doing that a lot lately', 'drinking or drugs to cope'],
    ['what skills have i got? none', 'feels worthless'],
  ] as const)('%j is concern: %s', (text, reason) => {
    expectReadAs(SETS, text, 'concern', reason);
    expect(assessRisk(text).level).not.toBe('none');
  });
});

describe('everyday words these sets leave alone', () => {
  it.each([
    'hoping i do not wake up late for the interview',
    'the beam is the right height for the shelves',
    'looked up sheep dip poisoning for the farm safety course',
    'posted my goodbyes on the group chat, leaving the course for a new job',
    'wrote a letter to my family explaining why i left the course',
    'my cousin had an arranged marriage and took her laptop on honeymoon',
    'happy tears at my graduation, so tearful',
    'my flatmate keeps crying',
    'the last chat i had was with my adviser about the cv',
    'he came in hungover all the time',
    'what skills do i have? i can drive a tractor and do accounts',
  ])('%j', (text) => {
    expectLeftAlone(SETS, text);
  });
});
