// The safety window's shorthand reading (safetyWindowAsks.ts) now lives in src/domain/answers.ts,
// as a pure helper others can use: "i m" and "i am" as "im", "u" as "you", "gonna" as "going to".
import { describe, expect, it } from 'vitest';
import { expandShorthand } from '../../src/domain/answers.ts';
import { asksToBeCalled, asksWhoSees } from '../../src/bot/safetyWindowAsks.ts';
import { readPlanCheck, saysPlainlySafe } from '../../src/bot/safetyWindowWords.ts';

describe('expandShorthand', () => {
  it.each([
    ["I'm gonna ring u", 'im going to ring you'],
    ['i m ok, pls call me', 'im ok please call me'],
    ['I am   fine', 'im fine'],
    ['whats ya name', 'what is you name'],
    ['gunna   be late plz', 'going to be late please'],
  ])('%j reads as %j', (typed, read) => {
    expect(expandShorthand(typed)).toBe(read);
  });

  it('the window still hears shorthand through it', () => {
    expect(asksToBeCalled('can u ring me pls')).toBe(true);
    expect(asksWhoSees('will my adviser c this')).toBe(false);
    expect(asksWhoSees('who gonna see this')).toBe(true);
  });

  // safetyWindowWords.ts read its own, smaller shorthand; it reads expandShorthand now. The plain yes
  // to "Are you safe right now?" is the same: "pls", "gonna" and "whats" are no part of one either way.
  it.each([
    ['ok', true], ['yes', true], ['i m ok', true], ['I am fine now', true], ['ok pls', false], ['yes pls', false],
    ['im ok gonna be fine', false], ['whats', false], ['im fine whats up', false], ['gunna be ok', false],
  ])('the window reads %j as a plain yes: %s', (typed, yes) => {
    expect(saysPlainlySafe(String(typed))).toBe(yes);
  });

  it('the window\'s other words hear the shorthand too', () => {
    expect(readPlanCheck('yes pls')).toBe('yes');
  });
});
