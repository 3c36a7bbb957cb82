// The corpus the detector learns from, and the held-out split it is measured on, keep the shape
// the README promises: big enough, every kind covered, look-alikes at least as many as risk
// messages, and no held-out message in the training corpus.
import { describe, expect, it } from 'vitest';
import { labelled, RISK_CATEGORIES, type LabelledMessage, type RiskCategory } from '../../src/domain/risk/riskCategories.ts';
import { normaliseForMatching } from '../../src/domain/risk.ts';
import { TRAINING_CORPUS } from '../../src/domain/risk/trainingCorpus.ts';
import { HELD_OUT } from '../corpus/riskHeldOut.ts';
import { BLIND_ELEVENTH, BLIND_FOURTH, BLIND_TENTH, BLIND_FIFTEENTH, BLIND_FOURTEENTH, BLIND_SIXTEENTH, BLIND_SEVENTEENTH, BLIND_EIGHTEENTH, BLIND_NINETEENTH, BLIND_TWENTY_FIRST, BLIND_TWENTY_SECOND, BLIND_TWENTY_THIRD, BLIND_TWENTY_FOURTH, BLIND_TWENTY_FIFTH, BLIND_TWENTY_SIXTH, BLIND_TWENTY_SEVENTH, BLIND_TWENTY_EIGHTH, BLIND_TWENTY_NINTH, BLIND_THIRTIETH, BLIND_THIRTY_FIRST, BLIND_THIRTY_SECOND, BLIND_THIRTY_THIRD, BLIND_THIRTY_FOURTH, BLIND_THIRTY_FIFTH, BLIND_THIRTY_SIXTH, BLIND_THIRTY_SEVENTH, BLIND_THIRTY_EIGHTH, BLIND_THIRTY_NINTH, BLIND_FORTIETH, BLIND_FORTY_FIRST, BLIND_FORTY_SECOND, BLIND_FORTY_THIRD, BLIND_FORTY_FOURTH, BLIND_FORTY_FIFTH, BLIND_FORTY_SIXTH, BLIND_FORTY_SEVENTH, BLIND_FORTY_EIGHTH, BLIND_FORTY_NINTH, BLIND_FIFTIETH, BLIND_FIFTY_FIRST, BLIND_FIFTY_SECOND, EVERYDAY_TWENTIETH, BLIND_THIRTEENTH, BLIND_TWELFTH, readRiskTsv } from '../corpus/riskTsv.ts';

const heldOut = labelled(HELD_OUT);
const blindFourth = readRiskTsv(BLIND_FOURTH);
// The blind fifth to ninth splits joined the training corpus once the next one was written.
const blindTenth = readRiskTsv(BLIND_TENTH);
const blindEleventh = readRiskTsv(BLIND_ELEVENTH);
const blindTwelfth = readRiskTsv(BLIND_TWELFTH);
const blindThirteenth = readRiskTsv(BLIND_THIRTEENTH);
const blindFourteenth = readRiskTsv(BLIND_FOURTEENTH);
const blindFifteenth = readRiskTsv(BLIND_FIFTEENTH);
const blindSixteenth = readRiskTsv(BLIND_SIXTEENTH);
const blindSeventeenth = readRiskTsv(BLIND_SEVENTEENTH);
const blindEighteenth = readRiskTsv(BLIND_EIGHTEENTH);
const blindNineteenth = readRiskTsv(BLIND_NINETEENTH);
const everydayTwentieth = readRiskTsv(EVERYDAY_TWENTIETH);
const blindTwentyFirst = readRiskTsv(BLIND_TWENTY_FIRST);
const blindTwentySecond = readRiskTsv(BLIND_TWENTY_SECOND);
const blindTwentyThird = readRiskTsv(BLIND_TWENTY_THIRD);
const blindTwentyFourth = readRiskTsv(BLIND_TWENTY_FOURTH);
const blindTwentyFifth = readRiskTsv(BLIND_TWENTY_FIFTH);
const blindTwentySixth = readRiskTsv(BLIND_TWENTY_SIXTH);
const blindTwentySeventh = readRiskTsv(BLIND_TWENTY_SEVENTH);
const blindTwentyEighth = readRiskTsv(BLIND_TWENTY_EIGHTH);
const blindTwentyNinth = readRiskTsv(BLIND_TWENTY_NINTH);
const blindThirtieth = readRiskTsv(BLIND_THIRTIETH);
const blindThirtyFirst = readRiskTsv(BLIND_THIRTY_FIRST);
const blindThirtySecond = readRiskTsv(BLIND_THIRTY_SECOND);
const blindThirtyThird = readRiskTsv(BLIND_THIRTY_THIRD);
const blindThirtyFourth = readRiskTsv(BLIND_THIRTY_FOURTH);
const blindThirtyFifth = readRiskTsv(BLIND_THIRTY_FIFTH);
const blindThirtySixth = readRiskTsv(BLIND_THIRTY_SIXTH);
const blindThirtySeventh = readRiskTsv(BLIND_THIRTY_SEVENTH);
const blindThirtyEighth = readRiskTsv(BLIND_THIRTY_EIGHTH);
const blindThirtyNinth = readRiskTsv(BLIND_THIRTY_NINTH);
const blindFortieth = readRiskTsv(BLIND_FORTIETH);
const blindFortyFirst = readRiskTsv(BLIND_FORTY_FIRST);
const blindFortySecond = readRiskTsv(BLIND_FORTY_SECOND);
const blindFortyThird = readRiskTsv(BLIND_FORTY_THIRD);
const blindFortyFourth = readRiskTsv(BLIND_FORTY_FOURTH);
const blindFortyFifth = readRiskTsv(BLIND_FORTY_FIFTH);
const blindFortySixth = readRiskTsv(BLIND_FORTY_SIXTH);
const blindFortySeventh = readRiskTsv(BLIND_FORTY_SEVENTH);
const blindFortyEighth = readRiskTsv(BLIND_FORTY_EIGHTH);
const blindFortyNinth = readRiskTsv(BLIND_FORTY_NINTH);
const blindFiftieth = readRiskTsv(BLIND_FIFTIETH);
const blindFiftyFirst = readRiskTsv(BLIND_FIFTY_FIRST);
const blindFiftySecond = readRiskTsv(BLIND_FIFTY_SECOND);
const allHeldOut = [...heldOut, ...blindFourth, ...blindTenth, ...blindEleventh, ...blindTwelfth, ...blindThirteenth, ...blindFourteenth, ...blindFifteenth, ...blindSixteenth, ...blindSeventeenth, ...blindEighteenth, ...blindNineteenth, ...everydayTwentieth, ...blindTwentyFirst, ...blindTwentySecond, ...blindTwentyThird, ...blindTwentyFourth, ...blindTwentyFifth, ...blindTwentySixth, ...blindTwentySeventh, ...blindTwentyEighth, ...blindTwentyNinth, ...blindThirtieth, ...blindThirtyFirst, ...blindThirtySecond, ...blindThirtyThird, ...blindThirtyFourth, ...blindThirtyFifth, ...blindThirtySixth, ...blindThirtySeventh, ...blindThirtyEighth, ...blindThirtyNinth, ...blindFortieth, ...blindFortyFirst, ...blindFortySecond, ...blindFortyThird, ...blindFortyFourth, ...blindFortyFifth, ...blindFortySixth, ...blindFortySeventh, ...blindFortyEighth, ...blindFortyNinth, ...blindFiftieth, ...blindFiftyFirst, ...blindFiftySecond];
const count = (messages: readonly LabelledMessage[], test: (message: LabelledMessage) => boolean) => messages.filter(test).length;

describe('the risk corpus', () => {
  it('has at least 600 messages, and at least 1,000 held out in forty-six splits', () => {
    expect(TRAINING_CORPUS.length + allHeldOut.length).toBeGreaterThanOrEqual(600);
    expect(allHeldOut.length).toBeGreaterThanOrEqual(1000);
  });

  it.each([
    ['training', TRAINING_CORPUS],
    ['held-out', heldOut],
    ['blind tenth split', blindTenth],
    ['blind eleventh split', blindEleventh],
    ['blind twelfth split', blindTwelfth],
    ['blind thirteenth split', blindThirteenth],
    ['blind fourteenth split', blindFourteenth],
    ['blind fifteenth split', blindFifteenth],
    ['blind sixteenth split', blindSixteenth],
    ['blind seventeenth split', blindSeventeenth],
    ['blind eighteenth split', blindEighteenth],
    ['blind nineteenth split', blindNineteenth],
    ['blind twenty-first split', blindTwentyFirst],
    ['blind twenty-second split', blindTwentySecond],
    ['blind twenty-third split', blindTwentyThird],
    ['blind twenty-fourth split', blindTwentyFourth],
    ['blind twenty-fifth split', blindTwentyFifth],
    ['blind twenty-sixth split', blindTwentySixth],
    ['blind twenty-seventh split', blindTwentySeventh],
    ['blind twenty-eighth split', blindTwentyEighth],
    ['blind twenty-ninth split', blindTwentyNinth],
    ['blind thirtieth split', blindThirtieth],
    ['blind thirty-first split', blindThirtyFirst],
    ['blind thirty-second split', blindThirtySecond],
    ['blind thirty-third split', blindThirtyThird],
    ['blind thirty-fourth split', blindThirtyFourth],
    ['blind thirty-fifth split', blindThirtyFifth],
    ['blind thirty-sixth split', blindThirtySixth],
    ['blind thirty-seventh split', blindThirtySeventh],
    ['blind thirty-eighth split', blindThirtyEighth],
    ['blind thirty-ninth split', blindThirtyNinth],
    ['blind fortieth split', blindFortieth],
    ['blind forty-first split', blindFortyFirst],
    ['blind forty-second split', blindFortySecond],
    ['blind forty-third split', blindFortyThird],
    ['blind forty-fourth split', blindFortyFourth],
    ['blind forty-fifth split', blindFortyFifth],
    ['blind forty-sixth split', blindFortySixth],
    ['blind forty-seventh split', blindFortySeventh],
    ['blind forty-eighth split', blindFortyEighth],
    ['blind forty-ninth split', blindFortyNinth],
    ['blind fiftieth split', blindFiftieth],
    ['blind fifty-first split', blindFiftyFirst],
    ['blind fifty-second split', blindFiftySecond],
  ] as const)('%s: has every kind', (_, messages) => {
    const kinds = new Set(messages.map((message) => message.category));
    expect([...kinds].sort()).toEqual((Object.keys(RISK_CATEGORIES) as RiskCategory[]).sort());
  });

  it('has at least as many benign messages as risk messages', () => {
    const all = [...TRAINING_CORPUS, ...allHeldOut];
    expect(count(all, (message) => message.level === 'none')).toBeGreaterThanOrEqual(count(all, (message) => message.level !== 'none'));
  });

  it('holds no held-out message in the training corpus', () => {
    const training = new Set(TRAINING_CORPUS.map((message) => normaliseForMatching(message.text)));
    expect(allHeldOut.filter((message) => training.has(normaliseForMatching(message.text))).map((message) => message.text)).toEqual([]);
  });
});
