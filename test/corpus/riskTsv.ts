// Reads a labelled set of risk messages: lines of "level<TAB>message" or
// "level<TAB>kind<TAB>message". Without a kind, each level stands in with one of its own kinds.
import { readFileSync } from 'node:fs';
import { RISK_CATEGORIES, type LabelledMessage, type RiskCategory } from '../../src/domain/risk/riskCategories.ts';
import type { RiskLevel } from '../../src/domain/riskPatterns.ts';

const STAND_IN: Record<RiskLevel, RiskCategory> = { crisis: 'suicidal-thoughts', concern: 'not-coping', none: 'everyday' };

export function readRiskTsv(path: string | URL): LabelledMessage[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim().length > 0 && !line.startsWith('#'))
    .map((line, index) => {
      const [level, ...rest] = line.split('\t');
      if (!(level === 'crisis' || level === 'concern' || level === 'none') || rest.length === 0) {
        throw new Error(`${String(path)} line ${index + 1}: expected "crisis|concern|none<TAB>message", got ${JSON.stringify(line)}`);
      }
      const [first, ...after] = rest;
      if (first !== undefined && first in RISK_CATEGORIES && after.length > 0) {
        return { level, category: first as RiskCategory, text: after.join('\t') };
      }
      return { level, category: STAND_IN[level], text: rest.join('\t') };
    });
}

/** Splits written blind, without sight of the code or the training corpus. The fifth to ninth are now training. */
export const BLIND_FOURTH = new URL('./riskFreshHeldOut.tsv', import.meta.url);
export const BLIND_TENTH = new URL('./riskBlindTenth.tsv', import.meta.url);
export const BLIND_ELEVENTH = new URL('./riskBlindEleventh.tsv', import.meta.url);
export const BLIND_TWELFTH = new URL('./riskBlindTwelfth.tsv', import.meta.url);
export const BLIND_THIRTEENTH = new URL('./riskBlindThirteenth.tsv', import.meta.url);
export const BLIND_FOURTEENTH = new URL('./riskBlindFourteenth.tsv', import.meta.url);
export const BLIND_FIFTEENTH = new URL('./riskBlindFifteenth.tsv', import.meta.url);
export const BLIND_SIXTEENTH = new URL('./riskBlindSixteenth.tsv', import.meta.url);
export const BLIND_SEVENTEENTH = new URL('./riskBlindSeventeenth.tsv', import.meta.url);
export const BLIND_EIGHTEENTH = new URL('./riskBlindEighteenth.tsv', import.meta.url);
export const BLIND_NINETEENTH = new URL('./riskBlindNineteenth.tsv', import.meta.url);
export const BLIND_TWENTY_FIRST = new URL('./riskBlindTwentyFirst.tsv', import.meta.url);
export const BLIND_TWENTY_SECOND = new URL('./riskBlindTwentySecond.tsv', import.meta.url);
export const BLIND_TWENTY_THIRD = new URL('./riskBlindTwentyThird.tsv', import.meta.url);
export const BLIND_TWENTY_FOURTH = new URL('./riskBlindTwentyFourth.tsv', import.meta.url);
export const BLIND_TWENTY_FIFTH = new URL('./riskBlindTwentyFifth.tsv', import.meta.url);
export const BLIND_TWENTY_SIXTH = new URL('./riskBlindTwentySixth.tsv', import.meta.url);
export const BLIND_TWENTY_SEVENTH = new URL('./riskBlindTwentySeventh.tsv', import.meta.url);
export const BLIND_TWENTY_EIGHTH = new URL('./riskBlindTwentyEighth.tsv', import.meta.url);
export const BLIND_TWENTY_NINTH = new URL('./riskBlindTwentyNinth.tsv', import.meta.url);
export const BLIND_THIRTIETH = new URL('./riskBlindThirtieth.tsv', import.meta.url);
export const BLIND_THIRTY_FIRST = new URL('./riskBlindThirtyFirst.tsv', import.meta.url);
export const BLIND_THIRTY_SECOND = new URL('./riskBlindThirtySecond.tsv', import.meta.url);
export const BLIND_THIRTY_THIRD = new URL('./riskBlindThirtyThird.tsv', import.meta.url);
export const BLIND_THIRTY_FOURTH = new URL('./riskBlindThirtyFourth.tsv', import.meta.url);
export const BLIND_THIRTY_FIFTH = new URL('./riskBlindThirtyFifth.tsv', import.meta.url);
export const BLIND_THIRTY_SIXTH = new URL('./riskBlindThirtySixth.tsv', import.meta.url);
export const BLIND_THIRTY_SEVENTH = new URL('./riskBlindThirtySeventh.tsv', import.meta.url);
export const BLIND_THIRTY_EIGHTH = new URL('./riskBlindThirtyEighth.tsv', import.meta.url);
export const BLIND_THIRTY_NINTH = new URL('./riskBlindThirtyNinth.tsv', import.meta.url);
export const BLIND_FORTIETH = new URL('./riskBlindFortieth.tsv', import.meta.url);
export const BLIND_FORTY_FIRST = new URL('./riskBlindFortyFirst.tsv', import.meta.url);
export const BLIND_FORTY_SECOND = new URL('./riskBlindFortySecond.tsv', import.meta.url);
export const BLIND_FORTY_THIRD = new URL('./riskBlindFortyThird.tsv', import.meta.url);
export const BLIND_FORTY_FOURTH = new URL('./riskBlindFortyFourth.tsv', import.meta.url);
export const BLIND_FORTY_FIFTH = new URL('./riskBlindFortyFifth.tsv', import.meta.url);
export const BLIND_FORTY_SIXTH = new URL('./riskBlindFortySixth.tsv', import.meta.url);
export const BLIND_FORTY_SEVENTH = new URL('./riskBlindFortySeventh.tsv', import.meta.url);
export const BLIND_FORTY_EIGHTH = new URL('./riskBlindFortyEighth.tsv', import.meta.url);
export const BLIND_FORTY_NINTH = new URL('./riskBlindFortyNinth.tsv', import.meta.url);
export const BLIND_FIFTIETH = new URL('./riskBlindFiftieth.tsv', import.meta.url);
export const BLIND_FIFTY_FIRST = new URL('./riskBlindFiftyFirst.tsv', import.meta.url);
export const BLIND_FIFTY_SECOND = new URL('./riskBlindFiftySecond.tsv', import.meta.url);
/** Everyday messages only, the hardest look-alikes one writer could make: how often the check leaves them alone. */
export const EVERYDAY_TWENTIETH = new URL('./riskEverydayTwentieth.tsv', import.meta.url);
