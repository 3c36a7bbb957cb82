// Ordinary messages that play-testing as new clients found read as crisis or worry: consent
// questions at the very first question, goals, and review answers. Each stopped coaching or lost
// the client's answer. The training corpus holds variants of them, not these words.
import '../support/trainedModels.ts';
import { describe, expect, it } from 'vitest';
import { assessRisk } from '../../src/domain/risk.ts';

describe('play-tested ordinary messages', () => {
  it.each([
    'what happens if i say no',
    'who else sees it',
    'what if i say no',
    'sort my life out',
    'nobody picked up',
    'i rang twice but nobody picked up',
    'kind i guess. my nan says im kind',
    'same again but with mum',
    'the shifts keep changing every week',
  ])('%j reads as none', (text) => {
    expect(assessRisk(text)).toEqual({ level: 'none', reasons: [] });
  });
});
