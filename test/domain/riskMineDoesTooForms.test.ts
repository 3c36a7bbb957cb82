// Control told of someone else and then owned in three words (src/domain/risk/mineDoesTooPatterns.ts):
// "my sisters husband checks her phone every night, mine does too" rested on the first model alone,
// which the second opinion did not share. Someone else's trouble alone, or a partner who does
// something harmless too, is left alone.
import '../support/trainedModels.ts';
import { describe, expect, it } from 'vitest';
import { expectReadAs, reasonsReadBy } from '../support/riskAssertions.ts';
import { MINE_DOES_TOO_WHOLE_SETS as SETS } from '../../src/domain/risk/mineDoesTooPatterns.ts';

describe('control of someone else, then "mine does too"', () => {
  it.each([
    'my sisters husband checks her phone every night, mine does too',
    'my mates fella takes all her wages off her. my partner does the same',
    'saw a thing on tv about a man who tracks his wifes location, my husband does that too',
  ])('%j is crisis: coercive control', (text) => {
    expectReadAs(SETS, text, 'crisis', 'coercive control');
  });

  it.each([
    'my sisters husband checks her phone every night, its awful',
    'my friend keeps her passport in a safe, mine is in the drawer',
    'my mum keeps her bank card in her purse, i do too',
  ])('%j is not these sets\' to read', (text) => {
    expect(reasonsReadBy(SETS, text)).toEqual([]);
  });
});
