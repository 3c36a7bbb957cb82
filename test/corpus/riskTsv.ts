// Reads a labelled set of risk messages: lines of "level<TAB>message" or
// "level<TAB>kind<TAB>message". Without a kind, each level stands in with one of its own kinds.
import { readFileSync } from 'node:fs';
import type { LabelledMessage } from '../../src/domain/risk/riskCategories.ts';
import { parseRiskTsv } from '../../src/domain/risk/riskTsv.ts';

export function readRiskTsv(path: string | URL): LabelledMessage[] {
  return parseRiskTsv(readFileSync(path, 'utf8'), String(path));
}

/**
 * Splits written blind, without sight of the code or the training corpus. Once a split's misses
 * have been read for rules it is spent, and it moves to src/domain/risk/corpus/spentSplits/, where
 * the model trains on it (the fifth to ninth joined the training corpus earlier, as TypeScript).
 * The splits still here are held out: never read, never trained on.
 */
export const BLIND_FOURTH = new URL('./riskFreshHeldOut.tsv', import.meta.url);
export const BLIND_TENTH = new URL('../../src/domain/risk/corpus/spentSplits/riskBlindTenth.tsv', import.meta.url);
export const BLIND_ELEVENTH = new URL('../../src/domain/risk/corpus/spentSplits/riskBlindEleventh.tsv', import.meta.url);
export const BLIND_TWELFTH = new URL('../../src/domain/risk/corpus/spentSplits/riskBlindTwelfth.tsv', import.meta.url);
export const BLIND_THIRTEENTH = new URL('../../src/domain/risk/corpus/spentSplits/riskBlindThirteenth.tsv', import.meta.url);
export const BLIND_FOURTEENTH = new URL('../../src/domain/risk/corpus/spentSplits/riskBlindFourteenth.tsv', import.meta.url);
export const BLIND_FIFTEENTH = new URL('../../src/domain/risk/corpus/spentSplits/riskBlindFifteenth.tsv', import.meta.url);
export const BLIND_SIXTEENTH = new URL('../../src/domain/risk/corpus/spentSplits/riskBlindSixteenth.tsv', import.meta.url);
export const BLIND_SEVENTEENTH = new URL('../../src/domain/risk/corpus/spentSplits/riskBlindSeventeenth.tsv', import.meta.url);
export const BLIND_EIGHTEENTH = new URL('../../src/domain/risk/corpus/spentSplits/riskBlindEighteenth.tsv', import.meta.url);
export const BLIND_NINETEENTH = new URL('../../src/domain/risk/corpus/spentSplits/riskBlindNineteenth.tsv', import.meta.url);
export const BLIND_TWENTY_FIRST = new URL('../../src/domain/risk/corpus/spentSplits/riskBlindTwentyFirst.tsv', import.meta.url);
export const BLIND_TWENTY_SECOND = new URL('../../src/domain/risk/corpus/spentSplits/riskBlindTwentySecond.tsv', import.meta.url);
export const BLIND_TWENTY_THIRD = new URL('../../src/domain/risk/corpus/spentSplits/riskBlindTwentyThird.tsv', import.meta.url);
export const BLIND_TWENTY_FOURTH = new URL('../../src/domain/risk/corpus/spentSplits/riskBlindTwentyFourth.tsv', import.meta.url);
export const BLIND_TWENTY_FIFTH = new URL('../../src/domain/risk/corpus/spentSplits/riskBlindTwentyFifth.tsv', import.meta.url);
export const BLIND_TWENTY_SIXTH = new URL('../../src/domain/risk/corpus/spentSplits/riskBlindTwentySixth.tsv', import.meta.url);
export const BLIND_TWENTY_SEVENTH = new URL('../../src/domain/risk/corpus/spentSplits/riskBlindTwentySeventh.tsv', import.meta.url);
export const BLIND_TWENTY_EIGHTH = new URL('../../src/domain/risk/corpus/spentSplits/riskBlindTwentyEighth.tsv', import.meta.url);
export const BLIND_TWENTY_NINTH = new URL('../../src/domain/risk/corpus/spentSplits/riskBlindTwentyNinth.tsv', import.meta.url);
export const BLIND_THIRTIETH = new URL('../../src/domain/risk/corpus/spentSplits/riskBlindThirtieth.tsv', import.meta.url);
export const BLIND_THIRTY_FIRST = new URL('../../src/domain/risk/corpus/spentSplits/riskBlindThirtyFirst.tsv', import.meta.url);
export const BLIND_THIRTY_SECOND = new URL('../../src/domain/risk/corpus/spentSplits/riskBlindThirtySecond.tsv', import.meta.url);
export const BLIND_THIRTY_THIRD = new URL('../../src/domain/risk/corpus/spentSplits/riskBlindThirtyThird.tsv', import.meta.url);
export const BLIND_THIRTY_FOURTH = new URL('../../src/domain/risk/corpus/spentSplits/riskBlindThirtyFourth.tsv', import.meta.url);
export const BLIND_THIRTY_FIFTH = new URL('../../src/domain/risk/corpus/spentSplits/riskBlindThirtyFifth.tsv', import.meta.url);
export const BLIND_THIRTY_SIXTH = new URL('../../src/domain/risk/corpus/spentSplits/riskBlindThirtySixth.tsv', import.meta.url);
export const BLIND_THIRTY_SEVENTH = new URL('../../src/domain/risk/corpus/spentSplits/riskBlindThirtySeventh.tsv', import.meta.url);
export const BLIND_THIRTY_EIGHTH = new URL('../../src/domain/risk/corpus/spentSplits/riskBlindThirtyEighth.tsv', import.meta.url);
export const BLIND_THIRTY_NINTH = new URL('../../src/domain/risk/corpus/spentSplits/riskBlindThirtyNinth.tsv', import.meta.url);
export const BLIND_FORTIETH = new URL('../../src/domain/risk/corpus/spentSplits/riskBlindFortieth.tsv', import.meta.url);
export const BLIND_FORTY_FIRST = new URL('../../src/domain/risk/corpus/spentSplits/riskBlindFortyFirst.tsv', import.meta.url);
export const BLIND_FORTY_SECOND = new URL('../../src/domain/risk/corpus/spentSplits/riskBlindFortySecond.tsv', import.meta.url);
export const BLIND_FORTY_THIRD = new URL('../../src/domain/risk/corpus/spentSplits/riskBlindFortyThird.tsv', import.meta.url);
export const BLIND_FORTY_FOURTH = new URL('../../src/domain/risk/corpus/spentSplits/riskBlindFortyFourth.tsv', import.meta.url);
export const BLIND_FORTY_FIFTH = new URL('../../src/domain/risk/corpus/spentSplits/riskBlindFortyFifth.tsv', import.meta.url);
export const BLIND_FORTY_SIXTH = new URL('../../src/domain/risk/corpus/spentSplits/riskBlindFortySixth.tsv', import.meta.url);
export const BLIND_FORTY_SEVENTH = new URL('../../src/domain/risk/corpus/spentSplits/riskBlindFortySeventh.tsv', import.meta.url);
export const BLIND_FORTY_EIGHTH = new URL('../../src/domain/risk/corpus/spentSplits/riskBlindFortyEighth.tsv', import.meta.url);
export const BLIND_FORTY_NINTH = new URL('../../src/domain/risk/corpus/spentSplits/riskBlindFortyNinth.tsv', import.meta.url);
export const BLIND_FIFTIETH = new URL('../../src/domain/risk/corpus/spentSplits/riskBlindFiftieth.tsv', import.meta.url);
export const BLIND_FIFTY_FIRST = new URL('../../src/domain/risk/corpus/spentSplits/riskBlindFiftyFirst.tsv', import.meta.url);
export const BLIND_FIFTY_SECOND = new URL('../../src/domain/risk/corpus/spentSplits/riskBlindFiftySecond.tsv', import.meta.url);
export const BLIND_FIFTY_THIRD = new URL('../../src/domain/risk/corpus/spentSplits/riskBlindFiftyThird.tsv', import.meta.url);
export const BLIND_FIFTY_FOURTH = new URL('../../src/domain/risk/corpus/spentSplits/riskBlindFiftyFourth.tsv', import.meta.url);
export const BLIND_FIFTY_FIFTH = new URL('../../src/domain/risk/corpus/spentSplits/riskBlindFiftyFifth.tsv', import.meta.url);
export const BLIND_FIFTY_SIXTH = new URL('../../src/domain/risk/corpus/spentSplits/riskBlindFiftySixth.tsv', import.meta.url);
export const BLIND_FIFTY_SEVENTH = new URL('../../src/domain/risk/corpus/spentSplits/riskBlindFiftySeventh.tsv', import.meta.url);
export const BLIND_FIFTY_EIGHTH = new URL('../../src/domain/risk/corpus/spentSplits/riskBlindFiftyEighth.tsv', import.meta.url);
export const BLIND_FIFTY_NINTH = new URL('../../src/domain/risk/corpus/spentSplits/riskBlindFiftyNinth.tsv', import.meta.url);
export const BLIND_SIXTIETH = new URL('../../src/domain/risk/corpus/spentSplits/riskBlindSixtieth.tsv', import.meta.url);
export const BLIND_SIXTY_FIRST = new URL('../../src/domain/risk/corpus/spentSplits/riskBlindSixtyFirst.tsv', import.meta.url);
export const BLIND_SIXTY_SECOND = new URL('../../src/domain/risk/corpus/spentSplits/riskBlindSixtySecond.tsv', import.meta.url);
export const BLIND_SIXTY_THIRD = new URL('../../src/domain/risk/corpus/spentSplits/riskBlindSixtyThird.tsv', import.meta.url);
export const BLIND_SIXTY_FOURTH = new URL('../../src/domain/risk/corpus/spentSplits/riskBlindSixtyFourth.tsv', import.meta.url);
export const BLIND_SIXTY_FIFTH = new URL('../../src/domain/risk/corpus/spentSplits/riskBlindSixtyFifth.tsv', import.meta.url);
export const BLIND_SIXTY_SIXTH = new URL('../../src/domain/risk/corpus/spentSplits/riskBlindSixtySixth.tsv', import.meta.url);
export const BLIND_SIXTY_SEVENTH = new URL('../../src/domain/risk/corpus/spentSplits/riskBlindSixtySeventh.tsv', import.meta.url);
export const BLIND_SIXTY_EIGHTH = new URL('../../src/domain/risk/corpus/spentSplits/riskBlindSixtyEighth.tsv', import.meta.url);
export const BLIND_SIXTY_NINTH = new URL('../../src/domain/risk/corpus/spentSplits/riskBlindSixtyNinth.tsv', import.meta.url);
export const BLIND_SEVENTIETH = new URL('../../src/domain/risk/corpus/spentSplits/riskBlindSeventieth.tsv', import.meta.url);
export const BLIND_SEVENTY_FIRST = new URL('../../src/domain/risk/corpus/spentSplits/riskBlindSeventyFirst.tsv', import.meta.url);
export const BLIND_SEVENTY_SECOND = new URL('../../src/domain/risk/corpus/spentSplits/riskBlindSeventySecond.tsv', import.meta.url);
export const BLIND_SEVENTY_THIRD = new URL('../../src/domain/risk/corpus/spentSplits/riskBlindSeventyThird.tsv', import.meta.url);
export const BLIND_SEVENTY_FOURTH = new URL('../../src/domain/risk/corpus/spentSplits/riskBlindSeventyFourth.tsv', import.meta.url);
export const BLIND_SEVENTY_FIFTH = new URL('../../src/domain/risk/corpus/spentSplits/riskBlindSeventyFifth.tsv', import.meta.url);
export const BLIND_SEVENTY_SIXTH = new URL('../../src/domain/risk/corpus/spentSplits/riskBlindSeventySixth.tsv', import.meta.url);
export const BLIND_SEVENTY_SEVENTH = new URL('../../src/domain/risk/corpus/spentSplits/riskBlindSeventySeventh.tsv', import.meta.url);
export const BLIND_SEVENTY_EIGHTH = new URL('../../src/domain/risk/corpus/spentSplits/riskBlindSeventyEighth.tsv', import.meta.url);
export const BLIND_SEVENTY_NINTH = new URL('../../src/domain/risk/corpus/spentSplits/riskBlindSeventyNinth.tsv', import.meta.url);
export const BLIND_EIGHTIETH = new URL('../../src/domain/risk/corpus/spentSplits/riskBlindEightieth.tsv', import.meta.url);
export const BLIND_EIGHTY_FIRST = new URL('../../src/domain/risk/corpus/spentSplits/riskBlindEightyFirst.tsv', import.meta.url);
export const BLIND_EIGHTY_SECOND = new URL('../../src/domain/risk/corpus/spentSplits/riskBlindEightySecond.tsv', import.meta.url);
export const BLIND_EIGHTY_THIRD = new URL('../../src/domain/risk/corpus/spentSplits/riskBlindEightyThird.tsv', import.meta.url);
export const BLIND_EIGHTY_FOURTH = new URL('../../src/domain/risk/corpus/spentSplits/riskBlindEightyFourth.tsv', import.meta.url);
export const BLIND_EIGHTY_FIFTH = new URL('../../src/domain/risk/corpus/spentSplits/riskBlindEightyFifth.tsv', import.meta.url);
export const BLIND_EIGHTY_SIXTH = new URL('../../src/domain/risk/corpus/spentSplits/riskBlindEightySixth.tsv', import.meta.url);
export const BLIND_EIGHTY_SEVENTH = new URL('../../src/domain/risk/corpus/spentSplits/riskBlindEightySeventh.tsv', import.meta.url);
export const BLIND_EIGHTY_EIGHTH = new URL('../../src/domain/risk/corpus/spentSplits/riskBlindEightyEighth.tsv', import.meta.url);
export const BLIND_EIGHTY_NINTH = new URL('../../src/domain/risk/corpus/spentSplits/riskBlindEightyNinth.tsv', import.meta.url);
export const BLIND_NINETIETH = new URL('../../src/domain/risk/corpus/spentSplits/riskBlindNinetieth.tsv', import.meta.url);
export const BLIND_NINETY_FIRST = new URL('../../src/domain/risk/corpus/spentSplits/riskBlindNinetyFirst.tsv', import.meta.url);
export const BLIND_NINETY_SECOND = new URL('../../src/domain/risk/corpus/spentSplits/riskBlindNinetySecond.tsv', import.meta.url);
export const BLIND_NINETY_THIRD = new URL('../../src/domain/risk/corpus/spentSplits/riskBlindNinetyThird.tsv', import.meta.url);
export const BLIND_NINETY_FOURTH = new URL('../../src/domain/risk/corpus/spentSplits/riskBlindNinetyFourth.tsv', import.meta.url);
export const BLIND_NINETY_FIFTH = new URL('../../src/domain/risk/corpus/spentSplits/riskBlindNinetyFifth.tsv', import.meta.url);
export const BLIND_NINETY_SIXTH = new URL('../../src/domain/risk/corpus/spentSplits/riskBlindNinetySixth.tsv', import.meta.url);
export const BLIND_NINETY_SEVENTH = new URL('../../src/domain/risk/corpus/spentSplits/riskBlindNinetySeventh.tsv', import.meta.url);
export const BLIND_NINETY_EIGHTH = new URL('../../src/domain/risk/corpus/spentSplits/riskBlindNinetyEighth.tsv', import.meta.url);
export const BLIND_NINETY_NINTH = new URL('../../src/domain/risk/corpus/spentSplits/riskBlindNinetyNinth.tsv', import.meta.url);
export const BLIND_HUNDREDTH = new URL('../../src/domain/risk/corpus/spentSplits/riskBlindHundredth.tsv', import.meta.url);
export const BLIND_HUNDRED_AND_FIRST = new URL('../../src/domain/risk/corpus/spentSplits/riskBlindHundredAndFirst.tsv', import.meta.url);
export const BLIND_HUNDRED_AND_SECOND = new URL('../../src/domain/risk/corpus/spentSplits/riskBlindHundredAndSecond.tsv', import.meta.url);
export const BLIND_HUNDRED_AND_THIRD = new URL('../../src/domain/risk/corpus/spentSplits/riskBlindHundredAndThird.tsv', import.meta.url);
export const BLIND_HUNDRED_AND_FOURTH = new URL('../../src/domain/risk/corpus/spentSplits/riskBlindHundredAndFourth.tsv', import.meta.url);
export const BLIND_HUNDRED_AND_FIFTH = new URL('../../src/domain/risk/corpus/spentSplits/riskBlindHundredAndFifth.tsv', import.meta.url);
export const BLIND_HUNDRED_AND_SIXTH = new URL('../../src/domain/risk/corpus/spentSplits/riskBlindHundredAndSixth.tsv', import.meta.url);
export const BLIND_HUNDRED_AND_SEVENTH = new URL('../../src/domain/risk/corpus/spentSplits/riskBlindHundredAndSeventh.tsv', import.meta.url);
export const BLIND_HUNDRED_AND_EIGHTH = new URL('../../src/domain/risk/corpus/spentSplits/riskBlindHundredAndEighth.tsv', import.meta.url);
export const BLIND_HUNDRED_AND_NINTH = new URL('../../src/domain/risk/corpus/spentSplits/riskBlindHundredAndNinth.tsv', import.meta.url);
export const BLIND_HUNDRED_AND_TENTH = new URL('../../src/domain/risk/corpus/spentSplits/riskBlindHundredAndTenth.tsv', import.meta.url);
export const BLIND_HUNDRED_AND_ELEVENTH = new URL('../../src/domain/risk/corpus/spentSplits/riskBlindHundredAndEleventh.tsv', import.meta.url);
export const BLIND_HUNDRED_AND_TWELFTH = new URL('../../src/domain/risk/corpus/spentSplits/riskBlindHundredAndTwelfth.tsv', import.meta.url);
export const BLIND_HUNDRED_AND_THIRTEENTH = new URL('../../src/domain/risk/corpus/spentSplits/riskBlindHundredAndThirteenth.tsv', import.meta.url);
export const BLIND_HUNDRED_AND_FOURTEENTH = new URL('../../src/domain/risk/corpus/spentSplits/riskBlindHundredAndFourteenth.tsv', import.meta.url);
export const BLIND_HUNDRED_AND_FIFTEENTH = new URL('../../src/domain/risk/corpus/spentSplits/riskBlindHundredAndFifteenth.tsv', import.meta.url);
export const BLIND_HUNDRED_AND_SIXTEENTH = new URL('../../src/domain/risk/corpus/spentSplits/riskBlindHundredAndSixteenth.tsv', import.meta.url);
export const BLIND_HUNDRED_AND_SEVENTEENTH = new URL('../../src/domain/risk/corpus/spentSplits/riskBlindHundredAndSeventeenth.tsv', import.meta.url);
export const BLIND_HUNDRED_AND_EIGHTEENTH = new URL('../../src/domain/risk/corpus/spentSplits/riskBlindHundredAndEighteenth.tsv', import.meta.url);
export const BLIND_HUNDRED_AND_NINETEENTH = new URL('../../src/domain/risk/corpus/spentSplits/riskBlindHundredAndNineteenth.tsv', import.meta.url);
export const BLIND_HUNDRED_AND_TWENTIETH = new URL('../../src/domain/risk/corpus/spentSplits/riskBlindHundredAndTwentieth.tsv', import.meta.url);
export const BLIND_HUNDRED_AND_TWENTY_FIRST = new URL('../../src/domain/risk/corpus/spentSplits/riskBlindHundredAndTwentyFirst.tsv', import.meta.url);
export const BLIND_HUNDRED_AND_TWENTY_SECOND = new URL('../../src/domain/risk/corpus/spentSplits/riskBlindHundredAndTwentySecond.tsv', import.meta.url);
export const BLIND_HUNDRED_AND_TWENTY_THIRD = new URL('../../src/domain/risk/corpus/spentSplits/riskBlindHundredAndTwentyThird.tsv', import.meta.url);
export const BLIND_HUNDRED_AND_TWENTY_FOURTH = new URL('../../src/domain/risk/corpus/spentSplits/riskBlindHundredAndTwentyFourth.tsv', import.meta.url);
export const BLIND_HUNDRED_AND_TWENTY_FIFTH = new URL('../../src/domain/risk/corpus/spentSplits/riskBlindHundredAndTwentyFifth.tsv', import.meta.url);
export const BLIND_HUNDRED_AND_TWENTY_SIXTH = new URL('../../src/domain/risk/corpus/spentSplits/riskBlindHundredAndTwentySixth.tsv', import.meta.url);
export const BLIND_HUNDRED_AND_TWENTY_SEVENTH = new URL('../../src/domain/risk/corpus/spentSplits/riskBlindHundredAndTwentySeventh.tsv', import.meta.url);
export const BLIND_HUNDRED_AND_TWENTY_EIGHTH = new URL('../../src/domain/risk/corpus/spentSplits/riskBlindHundredAndTwentyEighth.tsv', import.meta.url);
export const BLIND_HUNDRED_AND_TWENTY_NINTH = new URL('../../src/domain/risk/corpus/spentSplits/riskBlindHundredAndTwentyNinth.tsv', import.meta.url);
export const BLIND_HUNDRED_AND_THIRTIETH = new URL('../../src/domain/risk/corpus/spentSplits/riskBlindHundredAndThirtieth.tsv', import.meta.url);
export const BLIND_HUNDRED_AND_THIRTY_FIRST = new URL('../../src/domain/risk/corpus/spentSplits/riskBlindHundredAndThirtyFirst.tsv', import.meta.url);
export const BLIND_HUNDRED_AND_THIRTY_SECOND = new URL('../../src/domain/risk/corpus/spentSplits/riskBlindHundredAndThirtySecond.tsv', import.meta.url);
export const BLIND_HUNDRED_AND_THIRTY_THIRD = new URL('../../src/domain/risk/corpus/spentSplits/riskBlindHundredAndThirtyThird.tsv', import.meta.url);
export const BLIND_HUNDRED_AND_THIRTY_FOURTH = new URL('../../src/domain/risk/corpus/spentSplits/riskBlindHundredAndThirtyFourth.tsv', import.meta.url);
export const BLIND_HUNDRED_AND_THIRTY_FIFTH = new URL('../../src/domain/risk/corpus/spentSplits/riskBlindHundredAndThirtyFifth.tsv', import.meta.url);
export const BLIND_HUNDRED_AND_THIRTY_SIXTH = new URL('../../src/domain/risk/corpus/spentSplits/riskBlindHundredAndThirtySixth.tsv', import.meta.url);
export const BLIND_HUNDRED_AND_THIRTY_SEVENTH = new URL('../../src/domain/risk/corpus/spentSplits/riskBlindHundredAndThirtySeventh.tsv', import.meta.url);
export const BLIND_HUNDRED_AND_THIRTY_EIGHTH = new URL('../../src/domain/risk/corpus/spentSplits/riskBlindHundredAndThirtyEighth.tsv', import.meta.url);
export const BLIND_HUNDRED_AND_THIRTY_NINTH = new URL('./riskBlindHundredAndThirtyNinth.tsv', import.meta.url);
export const BLIND_HUNDRED_AND_FORTIETH = new URL('../../src/domain/risk/corpus/spentSplits/riskBlindHundredAndFortieth.tsv', import.meta.url);
export const BLIND_HUNDRED_AND_FORTY_FIRST = new URL('../../src/domain/risk/corpus/spentSplits/riskBlindHundredAndFortyFirst.tsv', import.meta.url);
export const BLIND_HUNDRED_AND_FORTY_SECOND = new URL('../../src/domain/risk/corpus/spentSplits/riskBlindHundredAndFortySecond.tsv', import.meta.url);
export const BLIND_HUNDRED_AND_FORTY_THIRD = new URL('../../src/domain/risk/corpus/spentSplits/riskBlindHundredAndFortyThird.tsv', import.meta.url);
export const BLIND_HUNDRED_AND_FORTY_FOURTH = new URL('../../src/domain/risk/corpus/spentSplits/riskBlindHundredAndFortyFourth.tsv', import.meta.url);
export const BLIND_HUNDRED_AND_FORTY_FIFTH = new URL('./riskBlindHundredAndFortyFifth.tsv', import.meta.url);
export const BLIND_HUNDRED_AND_FORTY_SIXTH = new URL('./riskBlindHundredAndFortySixth.tsv', import.meta.url);
export const BLIND_HUNDRED_AND_FORTY_SEVENTH = new URL('./riskBlindHundredAndFortySeventh.tsv', import.meta.url);
export const BLIND_HUNDRED_AND_FORTY_EIGHTH = new URL('./riskBlindHundredAndFortyEighth.tsv', import.meta.url);
/** Everyday messages only, the hardest look-alikes one writer could make: how often the check leaves them alone. */
export const EVERYDAY_TWENTIETH = new URL('./riskEverydayTwentieth.tsv', import.meta.url);

/** Every blind split after the fourth, oldest first: a new split is added here and its floors in riskHeldOut.test.ts. */
export const BLIND_SPLITS: readonly { name: string; file: URL }[] = [
  { name: 'blind tenth split', file: BLIND_TENTH },
  { name: 'blind eleventh split', file: BLIND_ELEVENTH },
  { name: 'blind twelfth split', file: BLIND_TWELFTH },
  { name: 'blind thirteenth split', file: BLIND_THIRTEENTH },
  { name: 'blind fourteenth split', file: BLIND_FOURTEENTH },
  { name: 'blind fifteenth split', file: BLIND_FIFTEENTH },
  { name: 'blind sixteenth split', file: BLIND_SIXTEENTH },
  { name: 'blind seventeenth split', file: BLIND_SEVENTEENTH },
  { name: 'blind eighteenth split', file: BLIND_EIGHTEENTH },
  { name: 'blind nineteenth split', file: BLIND_NINETEENTH },
  { name: 'blind twenty-first split', file: BLIND_TWENTY_FIRST },
  { name: 'blind twenty-second split', file: BLIND_TWENTY_SECOND },
  { name: 'blind twenty-third split', file: BLIND_TWENTY_THIRD },
  { name: 'blind twenty-fourth split', file: BLIND_TWENTY_FOURTH },
  { name: 'blind twenty-fifth split', file: BLIND_TWENTY_FIFTH },
  { name: 'blind twenty-sixth split', file: BLIND_TWENTY_SIXTH },
  { name: 'blind twenty-seventh split', file: BLIND_TWENTY_SEVENTH },
  { name: 'blind twenty-eighth split', file: BLIND_TWENTY_EIGHTH },
  { name: 'blind twenty-ninth split', file: BLIND_TWENTY_NINTH },
  { name: 'blind thirtieth split', file: BLIND_THIRTIETH },
  { name: 'blind thirty-first split', file: BLIND_THIRTY_FIRST },
  { name: 'blind thirty-second split', file: BLIND_THIRTY_SECOND },
  { name: 'blind thirty-third split', file: BLIND_THIRTY_THIRD },
  { name: 'blind thirty-fourth split', file: BLIND_THIRTY_FOURTH },
  { name: 'blind thirty-fifth split', file: BLIND_THIRTY_FIFTH },
  { name: 'blind thirty-sixth split', file: BLIND_THIRTY_SIXTH },
  { name: 'blind thirty-seventh split', file: BLIND_THIRTY_SEVENTH },
  { name: 'blind thirty-eighth split', file: BLIND_THIRTY_EIGHTH },
  { name: 'blind thirty-ninth split', file: BLIND_THIRTY_NINTH },
  { name: 'blind fortieth split', file: BLIND_FORTIETH },
  { name: 'blind forty-first split', file: BLIND_FORTY_FIRST },
  { name: 'blind forty-second split', file: BLIND_FORTY_SECOND },
  { name: 'blind forty-third split', file: BLIND_FORTY_THIRD },
  { name: 'blind forty-fourth split', file: BLIND_FORTY_FOURTH },
  { name: 'blind forty-fifth split', file: BLIND_FORTY_FIFTH },
  { name: 'blind forty-sixth split', file: BLIND_FORTY_SIXTH },
  { name: 'blind forty-seventh split', file: BLIND_FORTY_SEVENTH },
  { name: 'blind forty-eighth split', file: BLIND_FORTY_EIGHTH },
  { name: 'blind forty-ninth split', file: BLIND_FORTY_NINTH },
  { name: 'blind fiftieth split', file: BLIND_FIFTIETH },
  { name: 'blind fifty-first split', file: BLIND_FIFTY_FIRST },
  { name: 'blind fifty-second split', file: BLIND_FIFTY_SECOND },
  { name: 'blind fifty-third split', file: BLIND_FIFTY_THIRD },
  { name: 'blind fifty-fourth split', file: BLIND_FIFTY_FOURTH },
  { name: 'blind fifty-fifth split', file: BLIND_FIFTY_FIFTH },
  { name: 'blind fifty-sixth split', file: BLIND_FIFTY_SIXTH },
  { name: 'blind fifty-seventh split', file: BLIND_FIFTY_SEVENTH },
  { name: 'blind fifty-eighth split', file: BLIND_FIFTY_EIGHTH },
  { name: 'blind fifty-ninth split', file: BLIND_FIFTY_NINTH },
  { name: 'blind sixtieth split', file: BLIND_SIXTIETH },
  { name: 'blind sixty-first split', file: BLIND_SIXTY_FIRST },
  { name: 'blind sixty-second split', file: BLIND_SIXTY_SECOND },
  { name: 'blind sixty-third split', file: BLIND_SIXTY_THIRD },
  { name: 'blind sixty-fourth split', file: BLIND_SIXTY_FOURTH },
  { name: 'blind sixty-fifth split', file: BLIND_SIXTY_FIFTH },
  { name: 'blind sixty-sixth split', file: BLIND_SIXTY_SIXTH },
  { name: 'blind sixty-seventh split', file: BLIND_SIXTY_SEVENTH },
  { name: 'blind sixty-eighth split', file: BLIND_SIXTY_EIGHTH },
  { name: 'blind sixty-ninth split', file: BLIND_SIXTY_NINTH },
  { name: 'blind seventieth split', file: BLIND_SEVENTIETH },
  { name: 'blind seventy-first split', file: BLIND_SEVENTY_FIRST },
  { name: 'blind seventy-second split', file: BLIND_SEVENTY_SECOND },
  { name: 'blind seventy-third split', file: BLIND_SEVENTY_THIRD },
  { name: 'blind seventy-fourth split', file: BLIND_SEVENTY_FOURTH },
  { name: 'blind seventy-fifth split', file: BLIND_SEVENTY_FIFTH },
  { name: 'blind seventy-sixth split', file: BLIND_SEVENTY_SIXTH },
  { name: 'blind seventy-seventh split', file: BLIND_SEVENTY_SEVENTH },
  { name: 'blind seventy-eighth split', file: BLIND_SEVENTY_EIGHTH },
  { name: 'blind seventy-ninth split', file: BLIND_SEVENTY_NINTH },
  { name: 'blind eightieth split', file: BLIND_EIGHTIETH },
  { name: 'blind eighty-first split', file: BLIND_EIGHTY_FIRST },
  { name: 'blind eighty-second split', file: BLIND_EIGHTY_SECOND },
  { name: 'blind eighty-third split', file: BLIND_EIGHTY_THIRD },
  { name: 'blind eighty-fourth split', file: BLIND_EIGHTY_FOURTH },
  { name: 'blind eighty-fifth split', file: BLIND_EIGHTY_FIFTH },
  { name: 'blind eighty-sixth split', file: BLIND_EIGHTY_SIXTH },
  { name: 'blind eighty-seventh split', file: BLIND_EIGHTY_SEVENTH },
  { name: 'blind eighty-eighth split', file: BLIND_EIGHTY_EIGHTH },
  { name: 'blind eighty-ninth split', file: BLIND_EIGHTY_NINTH },
  { name: 'blind ninetieth split', file: BLIND_NINETIETH },
  { name: 'blind ninety-first split', file: BLIND_NINETY_FIRST },
  { name: 'blind ninety-second split', file: BLIND_NINETY_SECOND },
  { name: 'blind ninety-third split', file: BLIND_NINETY_THIRD },
  { name: 'blind ninety-fourth split', file: BLIND_NINETY_FOURTH },
  { name: 'blind ninety-fifth split', file: BLIND_NINETY_FIFTH },
  { name: 'blind ninety-sixth split', file: BLIND_NINETY_SIXTH },
  { name: 'blind ninety-seventh split', file: BLIND_NINETY_SEVENTH },
  { name: 'blind ninety-eighth split', file: BLIND_NINETY_EIGHTH },
  { name: 'blind ninety-ninth split', file: BLIND_NINETY_NINTH },
  { name: 'blind hundredth split', file: BLIND_HUNDREDTH },
  { name: 'blind hundred-and-first split', file: BLIND_HUNDRED_AND_FIRST },
  { name: 'blind hundred-and-second split', file: BLIND_HUNDRED_AND_SECOND },
  { name: 'blind hundred-and-third split', file: BLIND_HUNDRED_AND_THIRD },
  { name: 'blind hundred-and-fourth split', file: BLIND_HUNDRED_AND_FOURTH },
  { name: 'blind hundred-and-fifth split', file: BLIND_HUNDRED_AND_FIFTH },
  { name: 'blind hundred-and-sixth split', file: BLIND_HUNDRED_AND_SIXTH },
  { name: 'blind hundred-and-seventh split', file: BLIND_HUNDRED_AND_SEVENTH },
  { name: 'blind hundred-and-eighth split', file: BLIND_HUNDRED_AND_EIGHTH },
  { name: 'blind hundred-and-ninth split', file: BLIND_HUNDRED_AND_NINTH },
  { name: 'blind hundred-and-tenth split', file: BLIND_HUNDRED_AND_TENTH },
  { name: 'blind hundred-and-eleventh split', file: BLIND_HUNDRED_AND_ELEVENTH },
  { name: 'blind hundred-and-twelfth split', file: BLIND_HUNDRED_AND_TWELFTH },
  { name: 'blind hundred-and-thirteenth split', file: BLIND_HUNDRED_AND_THIRTEENTH },
  { name: 'blind hundred-and-fourteenth split', file: BLIND_HUNDRED_AND_FOURTEENTH },
  { name: 'blind hundred-and-fifteenth split', file: BLIND_HUNDRED_AND_FIFTEENTH },
  { name: 'blind hundred-and-sixteenth split', file: BLIND_HUNDRED_AND_SIXTEENTH },
  { name: 'blind hundred-and-seventeenth split', file: BLIND_HUNDRED_AND_SEVENTEENTH },
  { name: 'blind hundred-and-eighteenth split', file: BLIND_HUNDRED_AND_EIGHTEENTH },
  { name: 'blind hundred-and-nineteenth split', file: BLIND_HUNDRED_AND_NINETEENTH },
  { name: 'blind hundred-and-twentieth split', file: BLIND_HUNDRED_AND_TWENTIETH },
  { name: 'blind hundred-and-twenty-first split', file: BLIND_HUNDRED_AND_TWENTY_FIRST },
  { name: 'blind hundred-and-twenty-second split', file: BLIND_HUNDRED_AND_TWENTY_SECOND },
  { name: 'blind hundred-and-twenty-third split', file: BLIND_HUNDRED_AND_TWENTY_THIRD },
  { name: 'blind hundred-and-twenty-fourth split', file: BLIND_HUNDRED_AND_TWENTY_FOURTH },
  { name: 'blind hundred-and-twenty-fifth split', file: BLIND_HUNDRED_AND_TWENTY_FIFTH },
  { name: 'blind hundred-and-twenty-sixth split', file: BLIND_HUNDRED_AND_TWENTY_SIXTH },
  { name: 'blind hundred-and-twenty-seventh split', file: BLIND_HUNDRED_AND_TWENTY_SEVENTH },
  { name: 'blind hundred-and-twenty-eighth split', file: BLIND_HUNDRED_AND_TWENTY_EIGHTH },
  { name: 'blind hundred-and-twenty-ninth split', file: BLIND_HUNDRED_AND_TWENTY_NINTH },
  { name: 'blind hundred-and-thirtieth split', file: BLIND_HUNDRED_AND_THIRTIETH },
  { name: 'blind hundred-and-thirty-first split', file: BLIND_HUNDRED_AND_THIRTY_FIRST },
  { name: 'blind hundred-and-thirty-second split', file: BLIND_HUNDRED_AND_THIRTY_SECOND },
  { name: 'blind hundred-and-thirty-third split', file: BLIND_HUNDRED_AND_THIRTY_THIRD },
  { name: 'blind hundred-and-thirty-fourth split', file: BLIND_HUNDRED_AND_THIRTY_FOURTH },
  { name: 'blind hundred-and-thirty-fifth split', file: BLIND_HUNDRED_AND_THIRTY_FIFTH },
  { name: 'blind hundred-and-thirty-sixth split', file: BLIND_HUNDRED_AND_THIRTY_SIXTH },
  { name: 'blind hundred-and-thirty-seventh split', file: BLIND_HUNDRED_AND_THIRTY_SEVENTH },
  { name: 'blind hundred-and-thirty-eighth split', file: BLIND_HUNDRED_AND_THIRTY_EIGHTH },
  { name: 'blind hundred-and-thirty-ninth split', file: BLIND_HUNDRED_AND_THIRTY_NINTH },
  { name: 'blind hundred-and-fortieth split', file: BLIND_HUNDRED_AND_FORTIETH },
  { name: 'blind hundred-and-forty-first split', file: BLIND_HUNDRED_AND_FORTY_FIRST },
  { name: 'blind hundred-and-forty-second split', file: BLIND_HUNDRED_AND_FORTY_SECOND },
  { name: 'blind hundred-and-forty-third split', file: BLIND_HUNDRED_AND_FORTY_THIRD },
  { name: 'blind hundred-and-forty-fourth split', file: BLIND_HUNDRED_AND_FORTY_FOURTH },
  { name: 'blind hundred-and-forty-fifth split', file: BLIND_HUNDRED_AND_FORTY_FIFTH },
  { name: 'blind hundred-and-forty-sixth split', file: BLIND_HUNDRED_AND_FORTY_SIXTH },
  { name: 'blind hundred-and-forty-seventh split', file: BLIND_HUNDRED_AND_FORTY_SEVENTH },
  { name: 'blind hundred-and-forty-eighth split', file: BLIND_HUNDRED_AND_FORTY_EIGHTH },
];
