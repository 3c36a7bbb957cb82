// An everyday apology or nerves about getting something wrong, said as the whole message, is not a
// risk the models may raise (risk/everydayOnlyAnswer.ts). Play-testing, 2026-12-07: "I'm scared I'll
// mess it up again" at the code question had opened the safety window; "sorry for being a pain" in
// the window had told the adviser of a crisis again. The same words with a risk said beside them are
// read as before.
import '../support/trainedModels.ts';
import { describe, expect, it } from 'vitest';
import { assessRisk } from '../../src/domain/risk.ts';
import { isOnlyEverydayApologyOrNerves } from '../../src/domain/risk/everydayOnlyAnswer.ts';
import { normaliseForMatching } from '../../src/domain/risk/normalise.ts';

describe('an everyday apology or nerves, said alone', () => {
  it.each([
    "I'm scared I'll mess it up again",
    'sorry for being a pain',
    'sorry for being silly',
    'soz for being so dramatic lol',
    'really nervous i might get the answers wrong',
    'worried i will screw up the interview',
    // At "How sure do you feel, from 1 to 10?" (play-testing, 2026-12-08: the crisis reply and the abuse reply).
    '6 out of 10 but im scared ill mess it up',
    '3 cos im scared',
    'im so scared of messing it up',
    'prob a 6 but im terrified of getting it wrong',
  ])('%j is left alone', (text) => {
    expect(assessRisk(text).level).toBe('none');
  });

  it.each([
    'sorry for being a burden',
    'sorry for being a pain. i wont be here much longer',
    'im scared ill mess it up again and then ill end it',
    'sorry for being a pain, ive got the pills ready',
    '3 because im scared of him',
    '5 but im scared ill kill myself',
  ])('%j is still read as crisis', (text) => {
    expect(assessRisk(text).level).toBe('crisis');
  });

  it('is the whole message only, and never a burden or a waste of space', () => {
    expect(isOnlyEverydayApologyOrNerves(normaliseForMatching('sorry for being a nuisance x'))).toBe(true);
    expect(isOnlyEverydayApologyOrNerves(normaliseForMatching('sorry for being a waste of space'))).toBe(false);
    expect(isOnlyEverydayApologyOrNerves(normaliseForMatching('sorry for being a pain, i cant do this anymore'))).toBe(false);
  });
});
