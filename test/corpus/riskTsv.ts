// Reads a labelled set of risk messages: lines of "level<TAB>message" or
// "level<TAB>kind<TAB>message". Without a kind, each level stands in with one of its own kinds.
import { readFileSync } from 'node:fs';
import { labelledLines } from '../../src/domain/risk/labelledLines.ts';
import type { LabelledMessage } from '../../src/domain/risk/riskCategories.ts';

export function readRiskTsv(path: string | URL): LabelledMessage[] {
  return labelledLines(readFileSync(path, 'utf8'), String(path));
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
export const BLIND_FIFTY_THIRD = new URL('./riskBlindFiftyThird.tsv', import.meta.url);
export const BLIND_FIFTY_FOURTH = new URL('./riskBlindFiftyFourth.tsv', import.meta.url);
export const BLIND_FIFTY_FIFTH = new URL('./riskBlindFiftyFifth.tsv', import.meta.url);
export const BLIND_FIFTY_SIXTH = new URL('./riskBlindFiftySixth.tsv', import.meta.url);
export const BLIND_FIFTY_SEVENTH = new URL('./riskBlindFiftySeventh.tsv', import.meta.url);
export const BLIND_FIFTY_EIGHTH = new URL('./riskBlindFiftyEighth.tsv', import.meta.url);
export const BLIND_FIFTY_NINTH = new URL('./riskBlindFiftyNinth.tsv', import.meta.url);
export const BLIND_SIXTIETH = new URL('./riskBlindSixtieth.tsv', import.meta.url);
export const BLIND_SIXTY_FIRST = new URL('./riskBlindSixtyFirst.tsv', import.meta.url);
export const BLIND_SIXTY_SECOND = new URL('./riskBlindSixtySecond.tsv', import.meta.url);
export const BLIND_SIXTY_THIRD = new URL('./riskBlindSixtyThird.tsv', import.meta.url);
export const BLIND_SIXTY_FOURTH = new URL('./riskBlindSixtyFourth.tsv', import.meta.url);
export const BLIND_SIXTY_FIFTH = new URL('./riskBlindSixtyFifth.tsv', import.meta.url);
export const BLIND_SIXTY_SIXTH = new URL('./riskBlindSixtySixth.tsv', import.meta.url);
export const BLIND_SIXTY_SEVENTH = new URL('./riskBlindSixtySeventh.tsv', import.meta.url);
export const BLIND_SIXTY_EIGHTH = new URL('./riskBlindSixtyEighth.tsv', import.meta.url);
export const BLIND_SIXTY_NINTH = new URL('./riskBlindSixtyNinth.tsv', import.meta.url);
export const BLIND_SEVENTIETH = new URL('./riskBlindSeventieth.tsv', import.meta.url);
export const BLIND_SEVENTY_FIRST = new URL('./riskBlindSeventyFirst.tsv', import.meta.url);
export const BLIND_SEVENTY_SECOND = new URL('./riskBlindSeventySecond.tsv', import.meta.url);
export const BLIND_SEVENTY_THIRD = new URL('./riskBlindSeventyThird.tsv', import.meta.url);
export const BLIND_SEVENTY_FOURTH = new URL('./riskBlindSeventyFourth.tsv', import.meta.url);
export const BLIND_SEVENTY_FIFTH = new URL('./riskBlindSeventyFifth.tsv', import.meta.url);
export const BLIND_SEVENTY_SIXTH = new URL('./riskBlindSeventySixth.tsv', import.meta.url);
export const BLIND_SEVENTY_SEVENTH = new URL('./riskBlindSeventySeventh.tsv', import.meta.url);
export const BLIND_SEVENTY_EIGHTH = new URL('./riskBlindSeventyEighth.tsv', import.meta.url);
export const BLIND_SEVENTY_NINTH = new URL('./riskBlindSeventyNinth.tsv', import.meta.url);
export const BLIND_EIGHTIETH = new URL('./riskBlindEightieth.tsv', import.meta.url);
export const BLIND_EIGHTY_FIRST = new URL('./riskBlindEightyFirst.tsv', import.meta.url);
export const BLIND_EIGHTY_SECOND = new URL('./riskBlindEightySecond.tsv', import.meta.url);
export const BLIND_EIGHTY_THIRD = new URL('./riskBlindEightyThird.tsv', import.meta.url);
export const BLIND_EIGHTY_FOURTH = new URL('./riskBlindEightyFourth.tsv', import.meta.url);
export const BLIND_EIGHTY_FIFTH = new URL('./riskBlindEightyFifth.tsv', import.meta.url);
export const BLIND_EIGHTY_SIXTH = new URL('./riskBlindEightySixth.tsv', import.meta.url);
export const BLIND_EIGHTY_SEVENTH = new URL('./riskBlindEightySeventh.tsv', import.meta.url);
export const BLIND_EIGHTY_EIGHTH = new URL('./riskBlindEightyEighth.tsv', import.meta.url);
export const BLIND_EIGHTY_NINTH = new URL('./riskBlindEightyNinth.tsv', import.meta.url);
export const BLIND_NINETIETH = new URL('./riskBlindNinetieth.tsv', import.meta.url);
export const BLIND_NINETY_FIRST = new URL('./riskBlindNinetyFirst.tsv', import.meta.url);
export const BLIND_NINETY_SECOND = new URL('./riskBlindNinetySecond.tsv', import.meta.url);
export const BLIND_NINETY_THIRD = new URL('./riskBlindNinetyThird.tsv', import.meta.url);
export const BLIND_NINETY_FOURTH = new URL('./riskBlindNinetyFourth.tsv', import.meta.url);
export const BLIND_NINETY_FIFTH = new URL('./riskBlindNinetyFifth.tsv', import.meta.url);
export const BLIND_NINETY_SIXTH = new URL('./riskBlindNinetySixth.tsv', import.meta.url);
export const BLIND_NINETY_SEVENTH = new URL('./riskBlindNinetySeventh.tsv', import.meta.url);
export const BLIND_NINETY_EIGHTH = new URL('./riskBlindNinetyEighth.tsv', import.meta.url);
export const BLIND_NINETY_NINTH = new URL('./riskBlindNinetyNinth.tsv', import.meta.url);
export const BLIND_HUNDREDTH = new URL('./riskBlindHundredth.tsv', import.meta.url);
export const BLIND_HUNDRED_AND_FIRST = new URL('./riskBlindHundredAndFirst.tsv', import.meta.url);
export const BLIND_HUNDRED_AND_SECOND = new URL('./riskBlindHundredAndSecond.tsv', import.meta.url);
export const BLIND_HUNDRED_AND_THIRD = new URL('./riskBlindHundredAndThird.tsv', import.meta.url);
export const BLIND_HUNDRED_AND_FOURTH = new URL('./riskBlindHundredAndFourth.tsv', import.meta.url);
export const BLIND_HUNDRED_AND_FIFTH = new URL('./riskBlindHundredAndFifth.tsv', import.meta.url);
export const BLIND_HUNDRED_AND_SIXTH = new URL('./riskBlindHundredAndSixth.tsv', import.meta.url);
export const BLIND_HUNDRED_AND_SEVENTH = new URL('./riskBlindHundredAndSeventh.tsv', import.meta.url);
export const BLIND_HUNDRED_AND_EIGHTH = new URL('./riskBlindHundredAndEighth.tsv', import.meta.url);
export const BLIND_HUNDRED_AND_NINTH = new URL('./riskBlindHundredAndNinth.tsv', import.meta.url);
export const BLIND_HUNDRED_AND_TENTH = new URL('./riskBlindHundredAndTenth.tsv', import.meta.url);
export const BLIND_HUNDRED_AND_ELEVENTH = new URL('./riskBlindHundredAndEleventh.tsv', import.meta.url);
export const BLIND_HUNDRED_AND_TWELFTH = new URL('./riskBlindHundredAndTwelfth.tsv', import.meta.url);
export const BLIND_HUNDRED_AND_THIRTEENTH = new URL('./riskBlindHundredAndThirteenth.tsv', import.meta.url);
export const BLIND_HUNDRED_AND_FOURTEENTH = new URL('./riskBlindHundredAndFourteenth.tsv', import.meta.url);
export const BLIND_HUNDRED_AND_FIFTEENTH = new URL('./riskBlindHundredAndFifteenth.tsv', import.meta.url);
export const BLIND_HUNDRED_AND_SIXTEENTH = new URL('./riskBlindHundredAndSixteenth.tsv', import.meta.url);
export const BLIND_HUNDRED_AND_SEVENTEENTH = new URL('./riskBlindHundredAndSeventeenth.tsv', import.meta.url);
export const BLIND_HUNDRED_AND_EIGHTEENTH = new URL('./riskBlindHundredAndEighteenth.tsv', import.meta.url);
export const BLIND_HUNDRED_AND_NINETEENTH = new URL('./riskBlindHundredAndNineteenth.tsv', import.meta.url);
export const BLIND_HUNDRED_AND_TWENTIETH = new URL('./riskBlindHundredAndTwentieth.tsv', import.meta.url);
export const BLIND_HUNDRED_AND_TWENTY_FIRST = new URL('./riskBlindHundredAndTwentyFirst.tsv', import.meta.url);
export const BLIND_HUNDRED_AND_TWENTY_SECOND = new URL('./riskBlindHundredAndTwentySecond.tsv', import.meta.url);
export const BLIND_HUNDRED_AND_TWENTY_THIRD = new URL('./riskBlindHundredAndTwentyThird.tsv', import.meta.url);
export const BLIND_HUNDRED_AND_TWENTY_FOURTH = new URL('./riskBlindHundredAndTwentyFourth.tsv', import.meta.url);
export const BLIND_HUNDRED_AND_TWENTY_FIFTH = new URL('./riskBlindHundredAndTwentyFifth.tsv', import.meta.url);
export const BLIND_HUNDRED_AND_TWENTY_SIXTH = new URL('./riskBlindHundredAndTwentySixth.tsv', import.meta.url);
export const BLIND_HUNDRED_AND_TWENTY_SEVENTH = new URL('./riskBlindHundredAndTwentySeventh.tsv', import.meta.url);
export const BLIND_HUNDRED_AND_TWENTY_EIGHTH = new URL('./riskBlindHundredAndTwentyEighth.tsv', import.meta.url);
export const BLIND_HUNDRED_AND_TWENTY_NINTH = new URL('./riskBlindHundredAndTwentyNinth.tsv', import.meta.url);
export const BLIND_HUNDRED_AND_THIRTIETH = new URL('./riskBlindHundredAndThirtieth.tsv', import.meta.url);
export const BLIND_HUNDRED_AND_THIRTY_FIRST = new URL('./riskBlindHundredAndThirtyFirst.tsv', import.meta.url);
export const BLIND_HUNDRED_AND_THIRTY_SECOND = new URL('./riskBlindHundredAndThirtySecond.tsv', import.meta.url);
export const BLIND_HUNDRED_AND_THIRTY_THIRD = new URL('./riskBlindHundredAndThirtyThird.tsv', import.meta.url);
export const BLIND_HUNDRED_AND_THIRTY_FOURTH = new URL('./riskBlindHundredAndThirtyFourth.tsv', import.meta.url);
export const BLIND_HUNDRED_AND_THIRTY_FIFTH = new URL('./riskBlindHundredAndThirtyFifth.tsv', import.meta.url);
export const BLIND_HUNDRED_AND_THIRTY_SIXTH = new URL('./riskBlindHundredAndThirtySixth.tsv', import.meta.url);
export const BLIND_HUNDRED_AND_THIRTY_SEVENTH = new URL('./riskBlindHundredAndThirtySeventh.tsv', import.meta.url);
export const BLIND_HUNDRED_AND_THIRTY_EIGHTH = new URL('./riskBlindHundredAndThirtyEighth.tsv', import.meta.url);
export const BLIND_HUNDRED_AND_THIRTY_NINTH = new URL('./riskBlindHundredAndThirtyNinth.tsv', import.meta.url);
export const BLIND_HUNDRED_AND_FORTIETH = new URL('./riskBlindHundredAndFortieth.tsv', import.meta.url);
export const BLIND_HUNDRED_AND_FORTY_FIRST = new URL('./riskBlindHundredAndFortyFirst.tsv', import.meta.url);
export const BLIND_HUNDRED_AND_FORTY_SECOND = new URL('./riskBlindHundredAndFortySecond.tsv', import.meta.url);
export const BLIND_HUNDRED_AND_FORTY_THIRD = new URL('./riskBlindHundredAndFortyThird.tsv', import.meta.url);
export const BLIND_HUNDRED_AND_FORTY_FOURTH = new URL('./riskBlindHundredAndFortyFourth.tsv', import.meta.url);
export const BLIND_HUNDRED_AND_FORTY_FIFTH = new URL('./riskBlindHundredAndFortyFifth.tsv', import.meta.url);
export const BLIND_HUNDRED_AND_FORTY_SIXTH = new URL('./riskBlindHundredAndFortySixth.tsv', import.meta.url);
export const BLIND_HUNDRED_AND_FORTY_SEVENTH = new URL('./riskBlindHundredAndFortySeventh.tsv', import.meta.url);
export const BLIND_HUNDRED_AND_FORTY_EIGHTH = new URL('./riskBlindHundredAndFortyEighth.tsv', import.meta.url);
/** Every line an answer to one of the coach's own questions, some from people at risk saying so inside the answer. */
export const BLIND_HUNDRED_AND_FORTY_NINTH = new URL('./riskBlindHundredAndFortyNinth.tsv', import.meta.url);
/** Written blind (53rd session): people over 50 and rural or seaside towns, long voice-to-text updates with the risk one quiet clause. */
export const BLIND_HUNDRED_AND_FIFTIETH = new URL('./riskBlindHundredAndFiftieth.tsv', import.meta.url);
/** Young people 16 to 24 on their phones: text-speak, memes, gaming slang, fragments sent as several small messages. */
export const BLIND_HUNDRED_AND_FIFTY_FIRST = new URL('./riskBlindHundredAndFiftyFirst.tsv', import.meta.url);
/** English as a second language, carers and single parents, long illness and disability: control said as family rules. */
export const BLIND_HUNDRED_AND_FIFTY_SECOND = new URL('./riskBlindHundredAndFiftySecond.tsv', import.meta.url);
/** Written blind (53rd session, later): people in recovery, just out of prison, in hostels or on a sofa; street slang, debts to the wrong people. */
export const BLIND_HUNDRED_AND_FIFTY_THIRD = new URL('./riskBlindHundredAndFiftyThird.tsv', import.meta.url);
/** A plain mix replying to the weekly review and reminders: risk as the reason a task was not done, or a change to a date. */
export const BLIND_HUNDRED_AND_FIFTY_FOURTH = new URL('./riskBlindHundredAndFiftyFourth.tsv', import.meta.url);
/** Insecure work (drivers, care workers, night shifts, seasonal and tied accommodation): exploitation and risk in work words. */
export const BLIND_HUNDRED_AND_FIFTY_FIFTH = new URL('./riskBlindHundredAndFiftyFifth.tsv', import.meta.url);
export const BLIND_HUNDRED_AND_FIFTY_SIXTH = new URL('./riskBlindHundredAndFiftySixth.tsv', import.meta.url);
/** Written blind (55th session): people who find reading and writing hard, spelling by sound, some typed for them by family or a support worker. */
export const BLIND_HUNDRED_AND_FIFTY_SEVENTH = new URL('./riskBlindHundredAndFiftySeventh.tsv', import.meta.url);
/** People in their first weeks back in work (in-work support): risk said inside talk of rotas, managers, payslips and probation. */
export const BLIND_HUNDRED_AND_FIFTY_EIGHTH = new URL('./riskBlindHundredAndFiftyEighth.tsv', import.meta.url);
/** Written blind (56th session): people in their fifties and sixties made redundant after decades, and owners of small businesses that failed; formal, email-like, euphemistic. */
export const BLIND_HUNDRED_AND_FIFTY_NINTH = new URL('./riskBlindHundredAndFiftyNinth.tsv', import.meta.url);
/** People living with long-term pain, illness or disability: benefit assessments, tablets and doses, flare-ups, beside disclosures said the same way. */
export const BLIND_HUNDRED_AND_SIXTIETH = new URL('./riskBlindHundredAndSixtieth.tsv', import.meta.url);
/** Written blind (57th session): seasonal, gig and delivery workers, Christmas temps, cold homes and prepayment meters; clipped phone typing. */
export const BLIND_HUNDRED_AND_SIXTY_FIRST = new URL('./riskBlindHundredAndSixtyFirst.tsv', import.meta.url);
/** Parents of disabled children and young adult carers fitting a job search round caring; some regional English (Wales, Scotland, the North East, Northern Ireland). */
export const BLIND_HUNDRED_AND_SIXTY_SECOND = new URL('./riskBlindHundredAndSixtySecond.tsv', import.meta.url);
export const BLIND_HUNDRED_AND_SIXTY_THIRD = new URL('./riskBlindHundredAndSixtyThird.tsv', import.meta.url);
export const BLIND_HUNDRED_AND_SIXTY_FOURTH = new URL('./riskBlindHundredAndSixtyFourth.tsv', import.meta.url);
export const BLIND_HUNDRED_AND_SIXTY_FIFTH = new URL('./riskBlindHundredAndSixtyFifth.tsv', import.meta.url);
export const BLIND_HUNDRED_AND_SIXTY_SIXTH = new URL('./riskBlindHundredAndSixtySixth.tsv', import.meta.url);
export const BLIND_HUNDRED_AND_SIXTY_SEVENTH = new URL('./riskBlindHundredAndSixtySeventh.tsv', import.meta.url);
export const BLIND_HUNDRED_AND_SIXTY_EIGHTH = new URL('./riskBlindHundredAndSixtyEighth.tsv', import.meta.url);
export const BLIND_HUNDRED_AND_SIXTY_NINTH = new URL('./riskBlindHundredAndSixtyNinth.tsv', import.meta.url);
export const BLIND_HUNDRED_AND_SEVENTIETH = new URL('./riskBlindHundredAndSeventieth.tsv', import.meta.url);
export const BLIND_HUNDRED_AND_SEVENTY_FIRST = new URL('./riskBlindHundredAndSeventyFirst.tsv', import.meta.url);
export const BLIND_HUNDRED_AND_SEVENTY_SECOND = new URL('./riskBlindHundredAndSeventySecond.tsv', import.meta.url);
export const BLIND_HUNDRED_AND_SEVENTY_THIRD = new URL('./riskBlindHundredAndSeventyThird.tsv', import.meta.url);
export const BLIND_HUNDRED_AND_SEVENTY_FOURTH = new URL('./riskBlindHundredAndSeventyFourth.tsv', import.meta.url);
export const BLIND_HUNDRED_AND_SEVENTY_FIFTH = new URL('./riskBlindHundredAndSeventyFifth.tsv', import.meta.url);
export const BLIND_HUNDRED_AND_SEVENTY_SIXTH = new URL('./riskBlindHundredAndSeventySixth.tsv', import.meta.url);
export const BLIND_HUNDRED_AND_SEVENTY_SEVENTH = new URL('./riskBlindHundredAndSeventySeventh.tsv', import.meta.url);
export const BLIND_HUNDRED_AND_SEVENTY_EIGHTH = new URL('./riskBlindHundredAndSeventyEighth.tsv', import.meta.url);
export const BLIND_HUNDRED_AND_SEVENTY_NINTH = new URL('./riskBlindHundredAndSeventyNinth.tsv', import.meta.url);
export const BLIND_HUNDRED_AND_EIGHTIETH = new URL('./riskBlindHundredAndEightieth.tsv', import.meta.url);
export const BLIND_HUNDRED_AND_EIGHTY_FIRST = new URL('./riskBlindHundredAndEightyFirst.tsv', import.meta.url);
export const BLIND_HUNDRED_AND_EIGHTY_SECOND = new URL('./riskBlindHundredAndEightySecond.tsv', import.meta.url);
export const BLIND_HUNDRED_AND_EIGHTY_THIRD = new URL('./riskBlindHundredAndEightyThird.tsv', import.meta.url);
export const BLIND_HUNDRED_AND_EIGHTY_FOURTH = new URL('./riskBlindHundredAndEightyFourth.tsv', import.meta.url);
export const BLIND_HUNDRED_AND_EIGHTY_FIFTH = new URL('./riskBlindHundredAndEightyFifth.tsv', import.meta.url);
export const BLIND_HUNDRED_AND_EIGHTY_SIXTH = new URL('./riskBlindHundredAndEightySixth.tsv', import.meta.url);
export const BLIND_HUNDRED_AND_EIGHTY_SEVENTH = new URL('./riskBlindHundredAndEightySeventh.tsv', import.meta.url);
export const BLIND_HUNDRED_AND_EIGHTY_EIGHTH = new URL('./riskBlindHundredAndEightyEighth.tsv', import.meta.url);
export const BLIND_HUNDRED_AND_EIGHTY_NINTH = new URL('./riskBlindHundredAndEightyNinth.tsv', import.meta.url);
export const BLIND_HUNDRED_AND_NINETIETH = new URL('./riskBlindHundredAndNinetieth.tsv', import.meta.url);
export const BLIND_HUNDRED_AND_NINETY_FIRST = new URL('./riskBlindHundredAndNinetyFirst.tsv', import.meta.url);
export const BLIND_HUNDRED_AND_NINETY_SECOND = new URL('./riskBlindHundredAndNinetySecond.tsv', import.meta.url);
export const BLIND_HUNDRED_AND_NINETY_THIRD = new URL('./riskBlindHundredAndNinetyThird.tsv', import.meta.url);
export const BLIND_HUNDRED_AND_NINETY_FOURTH = new URL('./riskBlindHundredAndNinetyFourth.tsv', import.meta.url);
export const BLIND_HUNDRED_AND_NINETY_FIFTH = new URL('./riskBlindHundredAndNinetyFifth.tsv', import.meta.url);
export const BLIND_HUNDRED_AND_NINETY_SIXTH = new URL('./riskBlindHundredAndNinetySixth.tsv', import.meta.url);
export const BLIND_HUNDRED_AND_NINETY_SEVENTH = new URL('./riskBlindHundredAndNinetySeventh.tsv', import.meta.url);
export const BLIND_HUNDRED_AND_NINETY_EIGHTH = new URL('./riskBlindHundredAndNinetyEighth.tsv', import.meta.url);
export const BLIND_HUNDRED_AND_NINETY_NINTH = new URL('./riskBlindHundredAndNinetyNinth.tsv', import.meta.url);
export const BLIND_TWO_HUNDREDTH = new URL('./riskBlindTwoHundredth.tsv', import.meta.url);
export const BLIND_TWO_HUNDRED_AND_FIRST = new URL('./riskBlindTwoHundredAndFirst.tsv', import.meta.url);
export const BLIND_TWO_HUNDRED_AND_SECOND = new URL('./riskBlindTwoHundredAndSecond.tsv', import.meta.url);
export const BLIND_TWO_HUNDRED_AND_THIRD = new URL('./riskBlindTwoHundredAndThird.tsv', import.meta.url);
export const BLIND_TWO_HUNDRED_AND_FOURTH = new URL('./riskBlindTwoHundredAndFourth.tsv', import.meta.url);
export const BLIND_TWO_HUNDRED_AND_FIFTH = new URL('./riskBlindTwoHundredAndFifth.tsv', import.meta.url);
export const BLIND_TWO_HUNDRED_AND_SIXTH = new URL('./riskBlindTwoHundredAndSixth.tsv', import.meta.url);
export const BLIND_TWO_HUNDRED_AND_SEVENTH = new URL('./riskBlindTwoHundredAndSeventh.tsv', import.meta.url);
export const BLIND_TWO_HUNDRED_AND_EIGHTH = new URL('./riskBlindTwoHundredAndEighth.tsv', import.meta.url);
export const BLIND_TWO_HUNDRED_AND_NINTH = new URL('./riskBlindTwoHundredAndNinth.tsv', import.meta.url);
export const BLIND_TWO_HUNDRED_AND_TENTH = new URL('./riskBlindTwoHundredAndTenth.tsv', import.meta.url);
export const BLIND_TWO_HUNDRED_AND_ELEVENTH = new URL('./riskBlindTwoHundredAndEleventh.tsv', import.meta.url);
export const BLIND_TWO_HUNDRED_AND_TWELFTH = new URL('./riskBlindTwoHundredAndTwelfth.tsv', import.meta.url);
export const BLIND_TWO_HUNDRED_AND_THIRTEENTH = new URL('./riskBlindTwoHundredAndThirteenth.tsv', import.meta.url);
export const BLIND_TWO_HUNDRED_AND_FOURTEENTH = new URL('./riskBlindTwoHundredAndFourteenth.tsv', import.meta.url);
export const BLIND_TWO_HUNDRED_AND_FIFTEENTH = new URL('./riskBlindTwoHundredAndFifteenth.tsv', import.meta.url);
export const BLIND_TWO_HUNDRED_AND_SIXTEENTH = new URL('./riskBlindTwoHundredAndSixteenth.tsv', import.meta.url);
export const BLIND_TWO_HUNDRED_AND_SEVENTEENTH = new URL('./riskBlindTwoHundredAndSeventeenth.tsv', import.meta.url);
export const BLIND_TWO_HUNDRED_AND_EIGHTEENTH = new URL('./riskBlindTwoHundredAndEighteenth.tsv', import.meta.url);
export const BLIND_TWO_HUNDRED_AND_NINETEENTH = new URL('./riskBlindTwoHundredAndNineteenth.tsv', import.meta.url);
export const BLIND_TWO_HUNDRED_AND_TWENTIETH = new URL('./riskBlindTwoHundredAndTwentieth.tsv', import.meta.url);
export const BLIND_TWO_HUNDRED_AND_TWENTY_FIRST = new URL('./riskBlindTwoHundredAndTwentyFirst.tsv', import.meta.url);
export const BLIND_TWO_HUNDRED_AND_TWENTY_SECOND = new URL('./riskBlindTwoHundredAndTwentySecond.tsv', import.meta.url);
export const BLIND_TWO_HUNDRED_AND_TWENTY_THIRD = new URL('./riskBlindTwoHundredAndTwentyThird.tsv', import.meta.url);
export const BLIND_TWO_HUNDRED_AND_TWENTY_FOURTH = new URL('./riskBlindTwoHundredAndTwentyFourth.tsv', import.meta.url);
export const BLIND_TWO_HUNDRED_AND_TWENTY_FIFTH = new URL('./riskBlindTwoHundredAndTwentyFifth.tsv', import.meta.url);
export const BLIND_TWO_HUNDRED_AND_TWENTY_SIXTH = new URL('./riskBlindTwoHundredAndTwentySixth.tsv', import.meta.url);
export const BLIND_TWO_HUNDRED_AND_TWENTY_SEVENTH = new URL('./riskBlindTwoHundredAndTwentySeventh.tsv', import.meta.url);
export const BLIND_TWO_HUNDRED_AND_TWENTY_EIGHTH = new URL('./riskBlindTwoHundredAndTwentyEighth.tsv', import.meta.url);
export const BLIND_TWO_HUNDRED_AND_TWENTY_NINTH = new URL('./riskBlindTwoHundredAndTwentyNinth.tsv', import.meta.url);
export const BLIND_TWO_HUNDRED_AND_THIRTIETH = new URL('./riskBlindTwoHundredAndThirtieth.tsv', import.meta.url);
export const BLIND_TWO_HUNDRED_AND_THIRTY_FIRST = new URL('./riskBlindTwoHundredAndThirtyFirst.tsv', import.meta.url);
export const BLIND_TWO_HUNDRED_AND_THIRTY_SECOND = new URL('./riskBlindTwoHundredAndThirtySecond.tsv', import.meta.url);
export const BLIND_TWO_HUNDRED_AND_THIRTY_THIRD = new URL('./riskBlindTwoHundredAndThirtyThird.tsv', import.meta.url);
export const BLIND_TWO_HUNDRED_AND_THIRTY_FOURTH = new URL('./riskBlindTwoHundredAndThirtyFourth.tsv', import.meta.url);
export const BLIND_TWO_HUNDRED_AND_THIRTY_FIFTH = new URL('./riskBlindTwoHundredAndThirtyFifth.tsv', import.meta.url);
export const BLIND_TWO_HUNDRED_AND_THIRTY_SIXTH = new URL('./riskBlindTwoHundredAndThirtySixth.tsv', import.meta.url);
export const BLIND_TWO_HUNDRED_AND_THIRTY_SEVENTH = new URL('./riskBlindTwoHundredAndThirtySeventh.tsv', import.meta.url);
export const BLIND_TWO_HUNDRED_AND_THIRTY_EIGHTH = new URL('./riskBlindTwoHundredAndThirtyEighth.tsv', import.meta.url);
export const BLIND_TWO_HUNDRED_AND_THIRTY_NINTH = new URL('./riskBlindTwoHundredAndThirtyNinth.tsv', import.meta.url);
export const BLIND_TWO_HUNDRED_AND_FORTIETH = new URL('./riskBlindTwoHundredAndFortieth.tsv', import.meta.url);
export const BLIND_TWO_HUNDRED_AND_FORTY_FIRST = new URL('./riskBlindTwoHundredAndFortyFirst.tsv', import.meta.url);
export const BLIND_TWO_HUNDRED_AND_FORTY_SECOND = new URL('./riskBlindTwoHundredAndFortySecond.tsv', import.meta.url);
export const BLIND_TWO_HUNDRED_AND_FORTY_THIRD = new URL('./riskBlindTwoHundredAndFortyThird.tsv', import.meta.url);
export const BLIND_TWO_HUNDRED_AND_FORTY_FOURTH = new URL('./riskBlindTwoHundredAndFortyFourth.tsv', import.meta.url);
export const BLIND_TWO_HUNDRED_AND_FORTY_FIFTH = new URL('./riskBlindTwoHundredAndFortyFifth.tsv', import.meta.url);
export const BLIND_TWO_HUNDRED_AND_FORTY_SIXTH = new URL('./riskBlindTwoHundredAndFortySixth.tsv', import.meta.url);
export const BLIND_TWO_HUNDRED_AND_FORTY_SEVENTH = new URL('./riskBlindTwoHundredAndFortySeventh.tsv', import.meta.url);
export const BLIND_TWO_HUNDRED_AND_FORTY_EIGHTH = new URL('./riskBlindTwoHundredAndFortyEighth.tsv', import.meta.url);
export const BLIND_TWO_HUNDRED_AND_FORTY_NINTH = new URL('./riskBlindTwoHundredAndFortyNinth.tsv', import.meta.url);
export const BLIND_TWO_HUNDRED_AND_FIFTIETH = new URL('./riskBlindTwoHundredAndFiftieth.tsv', import.meta.url);
export const BLIND_TWO_HUNDRED_AND_FIFTY_FIRST = new URL('./riskBlindTwoHundredAndFiftyFirst.tsv', import.meta.url);
export const BLIND_TWO_HUNDRED_AND_FIFTY_SECOND = new URL('./riskBlindTwoHundredAndFiftySecond.tsv', import.meta.url);
export const BLIND_TWO_HUNDRED_AND_FIFTY_THIRD = new URL('./riskBlindTwoHundredAndFiftyThird.tsv', import.meta.url);
export const BLIND_TWO_HUNDRED_AND_FIFTY_FOURTH = new URL('./riskBlindTwoHundredAndFiftyFourth.tsv', import.meta.url);
export const BLIND_TWO_HUNDRED_AND_FIFTY_FIFTH = new URL('./riskBlindTwoHundredAndFiftyFifth.tsv', import.meta.url);
export const BLIND_TWO_HUNDRED_AND_FIFTY_SIXTH = new URL('./riskBlindTwoHundredAndFiftySixth.tsv', import.meta.url);
export const BLIND_TWO_HUNDRED_AND_FIFTY_SEVENTH = new URL('./riskBlindTwoHundredAndFiftySeventh.tsv', import.meta.url);
export const BLIND_TWO_HUNDRED_AND_FIFTY_EIGHTH = new URL('./riskBlindTwoHundredAndFiftyEighth.tsv', import.meta.url);
export const BLIND_TWO_HUNDRED_AND_FIFTY_NINTH = new URL('./riskBlindTwoHundredAndFiftyNinth.tsv', import.meta.url);
export const BLIND_TWO_HUNDRED_AND_SIXTIETH = new URL('./riskBlindTwoHundredAndSixtieth.tsv', import.meta.url);
export const BLIND_TWO_HUNDRED_AND_SIXTY_FIRST = new URL('./riskBlindTwoHundredAndSixtyFirst.tsv', import.meta.url);
export const BLIND_TWO_HUNDRED_AND_SIXTY_SECOND = new URL('./riskBlindTwoHundredAndSixtySecond.tsv', import.meta.url);
export const BLIND_TWO_HUNDRED_AND_SIXTY_THIRD = new URL('./riskBlindTwoHundredAndSixtyThird.tsv', import.meta.url);
export const BLIND_TWO_HUNDRED_AND_SIXTY_FOURTH = new URL('./riskBlindTwoHundredAndSixtyFourth.tsv', import.meta.url);
/** Everyday messages only, the hardest look-alikes one writer could make: how often the check leaves them alone. */
export const EVERYDAY_TWENTIETH = new URL('./riskEverydayTwentieth.tsv', import.meta.url);

/**
 * Every blind split after the fourth, oldest first: a new split is added here and its floors in
 * riskHeldOut.test.ts. `neverRead`: kept as an honest measure, so no rule writer may see its lines
 * (test/corpus/ruleFires.ts leaves them out); a rules round that spends one takes the flag off.
 */
export const BLIND_SPLITS: readonly { name: string; file: URL; neverRead?: true }[] = [
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
  { name: 'blind hundred-and-thirty-ninth split', file: BLIND_HUNDRED_AND_THIRTY_NINTH, neverRead: true },
  { name: 'blind hundred-and-fortieth split', file: BLIND_HUNDRED_AND_FORTIETH },
  { name: 'blind hundred-and-forty-first split', file: BLIND_HUNDRED_AND_FORTY_FIRST },
  { name: 'blind hundred-and-forty-second split', file: BLIND_HUNDRED_AND_FORTY_SECOND },
  { name: 'blind hundred-and-forty-third split', file: BLIND_HUNDRED_AND_FORTY_THIRD },
  { name: 'blind hundred-and-forty-fourth split', file: BLIND_HUNDRED_AND_FORTY_FOURTH },
  { name: 'blind hundred-and-forty-fifth split', file: BLIND_HUNDRED_AND_FORTY_FIFTH },
  { name: 'blind hundred-and-forty-sixth split', file: BLIND_HUNDRED_AND_FORTY_SIXTH },
  { name: 'blind hundred-and-forty-seventh split', file: BLIND_HUNDRED_AND_FORTY_SEVENTH },
  { name: 'blind hundred-and-forty-eighth split', file: BLIND_HUNDRED_AND_FORTY_EIGHTH },
  { name: 'blind hundred-and-forty-ninth split', file: BLIND_HUNDRED_AND_FORTY_NINTH },
  { name: 'blind hundred-and-fiftieth split', file: BLIND_HUNDRED_AND_FIFTIETH },
  { name: 'blind hundred-and-fifty-first split', file: BLIND_HUNDRED_AND_FIFTY_FIRST },
  { name: 'blind hundred-and-fifty-second split', file: BLIND_HUNDRED_AND_FIFTY_SECOND },
  { name: 'blind hundred-and-fifty-third split', file: BLIND_HUNDRED_AND_FIFTY_THIRD, neverRead: true },
  { name: 'blind hundred-and-fifty-fourth split', file: BLIND_HUNDRED_AND_FIFTY_FOURTH, neverRead: true },
  { name: 'blind hundred-and-fifty-fifth split', file: BLIND_HUNDRED_AND_FIFTY_FIFTH, neverRead: true },
  { name: 'blind hundred-and-fifty-sixth split', file: BLIND_HUNDRED_AND_FIFTY_SIXTH, neverRead: true },
  { name: 'blind hundred-and-fifty-seventh split', file: BLIND_HUNDRED_AND_FIFTY_SEVENTH, neverRead: true },
  { name: 'blind hundred-and-fifty-eighth split', file: BLIND_HUNDRED_AND_FIFTY_EIGHTH, neverRead: true },
  { name: 'blind hundred-and-fifty-ninth split', file: BLIND_HUNDRED_AND_FIFTY_NINTH, neverRead: true },
  { name: 'blind hundred-and-sixtieth split', file: BLIND_HUNDRED_AND_SIXTIETH, neverRead: true },
  { name: 'blind hundred-and-sixty-first split', file: BLIND_HUNDRED_AND_SIXTY_FIRST, neverRead: true },
  { name: 'blind hundred-and-sixty-second split', file: BLIND_HUNDRED_AND_SIXTY_SECOND, neverRead: true },
  { name: 'blind hundred-and-sixty-third split', file: BLIND_HUNDRED_AND_SIXTY_THIRD },
  { name: 'blind hundred-and-sixty-fourth split', file: BLIND_HUNDRED_AND_SIXTY_FOURTH, neverRead: true },
  { name: 'blind hundred-and-sixty-fifth split', file: BLIND_HUNDRED_AND_SIXTY_FIFTH },
  { name: 'blind hundred-and-sixty-sixth split', file: BLIND_HUNDRED_AND_SIXTY_SIXTH, neverRead: true },
  { name: 'blind hundred-and-sixty-seventh split', file: BLIND_HUNDRED_AND_SIXTY_SEVENTH, neverRead: true },
  { name: 'blind hundred-and-sixty-eighth split', file: BLIND_HUNDRED_AND_SIXTY_EIGHTH },
  { name: 'blind hundred-and-sixty-ninth split', file: BLIND_HUNDRED_AND_SIXTY_NINTH, neverRead: true },
  { name: 'blind hundred-and-seventieth split', file: BLIND_HUNDRED_AND_SEVENTIETH },
  { name: 'blind hundred-and-seventy-first split', file: BLIND_HUNDRED_AND_SEVENTY_FIRST },
  { name: 'blind hundred-and-seventy-second split', file: BLIND_HUNDRED_AND_SEVENTY_SECOND, neverRead: true },
  { name: 'blind hundred-and-seventy-third split', file: BLIND_HUNDRED_AND_SEVENTY_THIRD, neverRead: true },
  { name: 'blind hundred-and-seventy-fourth split', file: BLIND_HUNDRED_AND_SEVENTY_FOURTH, neverRead: true },
  { name: 'blind hundred-and-seventy-fifth split', file: BLIND_HUNDRED_AND_SEVENTY_FIFTH, neverRead: true },
  { name: 'blind hundred-and-seventy-sixth split', file: BLIND_HUNDRED_AND_SEVENTY_SIXTH },
  { name: 'blind hundred-and-seventy-seventh split', file: BLIND_HUNDRED_AND_SEVENTY_SEVENTH, neverRead: true },
  { name: 'blind hundred-and-seventy-eighth split', file: BLIND_HUNDRED_AND_SEVENTY_EIGHTH },
  { name: 'blind hundred-and-seventy-ninth split', file: BLIND_HUNDRED_AND_SEVENTY_NINTH, neverRead: true },
  { name: 'blind hundred-and-eightieth split', file: BLIND_HUNDRED_AND_EIGHTIETH },
  { name: 'blind hundred-and-eighty-first split', file: BLIND_HUNDRED_AND_EIGHTY_FIRST, neverRead: true },
  { name: 'blind hundred-and-eighty-second split', file: BLIND_HUNDRED_AND_EIGHTY_SECOND, neverRead: true },
  { name: 'blind hundred-and-eighty-third split', file: BLIND_HUNDRED_AND_EIGHTY_THIRD },
  { name: 'blind hundred-and-eighty-fourth split', file: BLIND_HUNDRED_AND_EIGHTY_FOURTH, neverRead: true },
  { name: 'blind hundred-and-eighty-fifth split', file: BLIND_HUNDRED_AND_EIGHTY_FIFTH, neverRead: true },
  { name: 'blind hundred-and-eighty-sixth split', file: BLIND_HUNDRED_AND_EIGHTY_SIXTH, neverRead: true },
  { name: 'blind hundred-and-eighty-seventh split', file: BLIND_HUNDRED_AND_EIGHTY_SEVENTH },
  { name: 'blind hundred-and-eighty-eighth split', file: BLIND_HUNDRED_AND_EIGHTY_EIGHTH, neverRead: true },
  { name: 'blind hundred-and-eighty-ninth split', file: BLIND_HUNDRED_AND_EIGHTY_NINTH, neverRead: true },
  { name: 'blind hundred-and-ninetieth split', file: BLIND_HUNDRED_AND_NINETIETH },
  { name: 'blind hundred-and-ninety-first split', file: BLIND_HUNDRED_AND_NINETY_FIRST, neverRead: true },
  { name: 'blind hundred-and-ninety-second split', file: BLIND_HUNDRED_AND_NINETY_SECOND, neverRead: true },
  { name: 'blind hundred-and-ninety-third split', file: BLIND_HUNDRED_AND_NINETY_THIRD, neverRead: true },
  { name: 'blind hundred-and-ninety-fourth split', file: BLIND_HUNDRED_AND_NINETY_FOURTH, neverRead: true },
  { name: 'blind hundred-and-ninety-fifth split', file: BLIND_HUNDRED_AND_NINETY_FIFTH },
  { name: 'blind hundred-and-ninety-sixth split', file: BLIND_HUNDRED_AND_NINETY_SIXTH, neverRead: true },
  { name: 'blind hundred-and-ninety-seventh split', file: BLIND_HUNDRED_AND_NINETY_SEVENTH },
  { name: 'blind hundred-and-ninety-eighth split', file: BLIND_HUNDRED_AND_NINETY_EIGHTH, neverRead: true },
  { name: 'blind hundred-and-ninety-ninth split', file: BLIND_HUNDRED_AND_NINETY_NINTH },
  { name: 'blind two-hundredth split', file: BLIND_TWO_HUNDREDTH, neverRead: true },
  { name: 'blind two-hundred-and-first split', file: BLIND_TWO_HUNDRED_AND_FIRST },
  { name: 'blind two-hundred-and-second split', file: BLIND_TWO_HUNDRED_AND_SECOND, neverRead: true },
  { name: 'blind two-hundred-and-third split', file: BLIND_TWO_HUNDRED_AND_THIRD, neverRead: true },
  { name: 'blind two-hundred-and-fourth split', file: BLIND_TWO_HUNDRED_AND_FOURTH, neverRead: true },
  { name: 'blind two-hundred-and-fifth split', file: BLIND_TWO_HUNDRED_AND_FIFTH },
  { name: 'blind two-hundred-and-sixth split', file: BLIND_TWO_HUNDRED_AND_SIXTH },
  { name: 'blind two-hundred-and-seventh split', file: BLIND_TWO_HUNDRED_AND_SEVENTH, neverRead: true },
  { name: 'blind two-hundred-and-eighth split', file: BLIND_TWO_HUNDRED_AND_EIGHTH, neverRead: true },
  { name: 'blind two-hundred-and-ninth split', file: BLIND_TWO_HUNDRED_AND_NINTH },
  { name: 'blind two-hundred-and-tenth split', file: BLIND_TWO_HUNDRED_AND_TENTH, neverRead: true },
  { name: 'blind two-hundred-and-eleventh split', file: BLIND_TWO_HUNDRED_AND_ELEVENTH, neverRead: true },
  { name: 'blind two-hundred-and-twelfth split', file: BLIND_TWO_HUNDRED_AND_TWELFTH },
  { name: 'blind two-hundred-and-thirteenth split', file: BLIND_TWO_HUNDRED_AND_THIRTEENTH },
  { name: 'blind two-hundred-and-fourteenth split', file: BLIND_TWO_HUNDRED_AND_FOURTEENTH, neverRead: true },
  { name: 'blind two-hundred-and-fifteenth split', file: BLIND_TWO_HUNDRED_AND_FIFTEENTH, neverRead: true },
  { name: 'blind two-hundred-and-sixteenth split', file: BLIND_TWO_HUNDRED_AND_SIXTEENTH },
  { name: 'blind two-hundred-and-seventeenth split', file: BLIND_TWO_HUNDRED_AND_SEVENTEENTH, neverRead: true },
  { name: 'blind two-hundred-and-eighteenth split', file: BLIND_TWO_HUNDRED_AND_EIGHTEENTH },
  { name: 'blind two-hundred-and-nineteenth split', file: BLIND_TWO_HUNDRED_AND_NINETEENTH, neverRead: true },
  { name: 'blind two-hundred-and-twentieth split', file: BLIND_TWO_HUNDRED_AND_TWENTIETH, neverRead: true },
  { name: 'blind two-hundred-and-twenty-first split', file: BLIND_TWO_HUNDRED_AND_TWENTY_FIRST, neverRead: true },
  { name: 'blind two-hundred-and-twenty-second split', file: BLIND_TWO_HUNDRED_AND_TWENTY_SECOND },
  { name: 'blind two-hundred-and-twenty-third split', file: BLIND_TWO_HUNDRED_AND_TWENTY_THIRD },
  { name: 'blind two-hundred-and-twenty-fourth split', file: BLIND_TWO_HUNDRED_AND_TWENTY_FOURTH, neverRead: true },
  { name: 'blind two-hundred-and-twenty-fifth split', file: BLIND_TWO_HUNDRED_AND_TWENTY_FIFTH, neverRead: true },
  { name: 'blind two-hundred-and-twenty-sixth split', file: BLIND_TWO_HUNDRED_AND_TWENTY_SIXTH, neverRead: true },
  { name: 'blind two-hundred-and-twenty-seventh split', file: BLIND_TWO_HUNDRED_AND_TWENTY_SEVENTH, neverRead: true },
  { name: 'blind two-hundred-and-twenty-eighth split', file: BLIND_TWO_HUNDRED_AND_TWENTY_EIGHTH, neverRead: true },
  { name: 'blind two-hundred-and-twenty-ninth split', file: BLIND_TWO_HUNDRED_AND_TWENTY_NINTH },
  { name: 'blind two-hundred-and-thirtieth split', file: BLIND_TWO_HUNDRED_AND_THIRTIETH, neverRead: true },
  { name: 'blind two-hundred-and-thirty-first split', file: BLIND_TWO_HUNDRED_AND_THIRTY_FIRST },
  { name: 'blind two-hundred-and-thirty-second split', file: BLIND_TWO_HUNDRED_AND_THIRTY_SECOND, neverRead: true },
  { name: 'blind two-hundred-and-thirty-third split', file: BLIND_TWO_HUNDRED_AND_THIRTY_THIRD, neverRead: true },
  { name: 'blind two-hundred-and-thirty-fourth split', file: BLIND_TWO_HUNDRED_AND_THIRTY_FOURTH },
  { name: 'blind two-hundred-and-thirty-fifth split', file: BLIND_TWO_HUNDRED_AND_THIRTY_FIFTH, neverRead: true },
  { name: 'blind two-hundred-and-thirty-sixth split', file: BLIND_TWO_HUNDRED_AND_THIRTY_SIXTH },
  { name: 'blind two-hundred-and-thirty-seventh split', file: BLIND_TWO_HUNDRED_AND_THIRTY_SEVENTH },
  { name: 'blind two-hundred-and-thirty-eighth split', file: BLIND_TWO_HUNDRED_AND_THIRTY_EIGHTH, neverRead: true },
  { name: 'blind two-hundred-and-thirty-ninth split', file: BLIND_TWO_HUNDRED_AND_THIRTY_NINTH, neverRead: true },
  { name: 'blind two-hundred-and-fortieth split', file: BLIND_TWO_HUNDRED_AND_FORTIETH, neverRead: true },
  { name: 'blind two-hundred-and-forty-first split', file: BLIND_TWO_HUNDRED_AND_FORTY_FIRST, neverRead: true },
  { name: 'blind two-hundred-and-forty-second split', file: BLIND_TWO_HUNDRED_AND_FORTY_SECOND, neverRead: true },
  { name: 'blind two-hundred-and-forty-third split', file: BLIND_TWO_HUNDRED_AND_FORTY_THIRD, neverRead: true },
  { name: 'blind two-hundred-and-forty-fourth split', file: BLIND_TWO_HUNDRED_AND_FORTY_FOURTH, neverRead: true },
  { name: 'blind two-hundred-and-forty-fifth split', file: BLIND_TWO_HUNDRED_AND_FORTY_FIFTH },
  { name: 'blind two-hundred-and-forty-sixth split', file: BLIND_TWO_HUNDRED_AND_FORTY_SIXTH, neverRead: true },
  { name: 'blind two-hundred-and-forty-seventh split', file: BLIND_TWO_HUNDRED_AND_FORTY_SEVENTH, neverRead: true },
  { name: 'blind two-hundred-and-forty-eighth split', file: BLIND_TWO_HUNDRED_AND_FORTY_EIGHTH },
  { name: 'blind two-hundred-and-forty-ninth split', file: BLIND_TWO_HUNDRED_AND_FORTY_NINTH, neverRead: true },
  { name: 'blind two-hundred-and-fiftieth split', file: BLIND_TWO_HUNDRED_AND_FIFTIETH, neverRead: true },
  { name: 'blind two-hundred-and-fifty-first split', file: BLIND_TWO_HUNDRED_AND_FIFTY_FIRST, neverRead: true },
  { name: 'blind two-hundred-and-fifty-second split', file: BLIND_TWO_HUNDRED_AND_FIFTY_SECOND, neverRead: true },
  { name: 'blind two-hundred-and-fifty-third split', file: BLIND_TWO_HUNDRED_AND_FIFTY_THIRD, neverRead: true },
  { name: 'blind two-hundred-and-fifty-fourth split', file: BLIND_TWO_HUNDRED_AND_FIFTY_FOURTH, neverRead: true },
  { name: 'blind two-hundred-and-fifty-fifth split', file: BLIND_TWO_HUNDRED_AND_FIFTY_FIFTH, neverRead: true },
  { name: 'blind two-hundred-and-fifty-sixth split', file: BLIND_TWO_HUNDRED_AND_FIFTY_SIXTH, neverRead: true },
  { name: 'blind two-hundred-and-fifty-seventh split', file: BLIND_TWO_HUNDRED_AND_FIFTY_SEVENTH },
  { name: 'blind two-hundred-and-fifty-eighth split', file: BLIND_TWO_HUNDRED_AND_FIFTY_EIGHTH },
  { name: 'blind two-hundred-and-fifty-ninth split', file: BLIND_TWO_HUNDRED_AND_FIFTY_NINTH },
  { name: 'blind two-hundred-and-sixtieth split', file: BLIND_TWO_HUNDRED_AND_SIXTIETH },
  { name: 'blind two-hundred-and-sixty-first split', file: BLIND_TWO_HUNDRED_AND_SIXTY_FIRST },
  { name: 'blind two-hundred-and-sixty-second split', file: BLIND_TWO_HUNDRED_AND_SIXTY_SECOND },
  { name: 'blind two-hundred-and-sixty-third split', file: BLIND_TWO_HUNDRED_AND_SIXTY_THIRD },
  { name: 'blind two-hundred-and-sixty-fourth split', file: BLIND_TWO_HUNDRED_AND_SIXTY_FOURTH, neverRead: true },
];
