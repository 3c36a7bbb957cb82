// The third reading (src/domain/risk/wordVectorOpinion.ts): word vectors read by a small network,
// heard only when it and the second opinion both lean towards crisis (risk/combine.ts withAgreement).
// Its figures on the never-read splits are in the README and in riskHeldOut.test.ts's floors; here,
// the parts a person can check by hand.
import '../support/trainedModels.ts';
import { describe, expect, it } from 'vitest';
import { assessRisk, currentWordVectorOpinion } from '../../src/domain/risk.ts';
import { withAgreement, type RiskAssessment } from '../../src/domain/risk/combine.ts';
import type { ClassifierScores } from '../../src/domain/risk/classifier.ts';
import type { RuleFindings } from '../../src/domain/risk/rules.ts';
import { TwoLayerNetwork } from '../../src/domain/textModel/twoLayerNetwork.ts';
import { WordVectors } from '../../src/domain/textModel/wordVectors.ts';

const SETTINGS = { hidden: 8, epochs: 200, rate: 0.01, batch: 4, classWeights: [1, 1] };

describe('the two-layer network', () => {
  // Two inputs that mean "yes" only when exactly one is on: no straight line splits them.
  const either = [
    { input: new Float32Array([0, 0]), label: 0 },
    { input: new Float32Array([1, 1]), label: 0 },
    { input: new Float32Array([1, 0]), label: 1 },
    { input: new Float32Array([0, 1]), label: 1 },
  ];
  const examples = Array.from({ length: 10 }, () => either).flat();

  it('learns what a straight line cannot: one or the other, not both', () => {
    const network = TwoLayerNetwork.train(examples, 2, SETTINGS);
    for (const { input, label } of either) expect(network.probabilities(input)[label]).toBeGreaterThan(0.8);
  });

  it('trains the same way twice, and reads the same after being kept and loaded', () => {
    const first = TwoLayerNetwork.train(examples, 2, SETTINGS);
    const again = TwoLayerNetwork.train(examples, 2, SETTINGS);
    const kept = TwoLayerNetwork.fromJSON(JSON.parse(JSON.stringify(first.toJSON())));
    const input = new Float32Array([1, 0]);
    expect(again.probabilities(input)).toEqual(first.probabilities(input));
    expect(kept.probabilities(input)).toEqual(first.probabilities(input));
  });

  it('refuses a kept network with the wrong number of weights', () => {
    const kept = TwoLayerNetwork.train(examples, 2, SETTINGS).toJSON();
    expect(() => TwoLayerNetwork.fromJSON({ ...kept, hidden: 9 })).toThrow(/wrong number of weights/);
  });
});

describe('word vectors kept at a byte a number', () => {
  const vectors = WordVectors.fromFull(3, [['rope', [0.5, -1, 0.25]], ['bridge', [2, 0, -2]]]);

  it('give back each number to within its word\'s largest number over 254', () => {
    const sum = new Float32Array(3);
    const highest = new Float32Array(3).fill(-Infinity);
    expect(vectors.addInto('rope', sum, highest)).toBe(true);
    [0.5, -1, 0.25].forEach((value, at) => expect(Math.abs(sum[at]! - value)).toBeLessThanOrEqual(1 / 254));
    expect(vectors.addInto('xylophone', sum, highest)).toBe(false);
  });

  it('read the same after being kept and loaded', () => {
    const kept = WordVectors.kept(JSON.parse(JSON.stringify(vectors.toJSON())));
    const [a, b] = [new Float32Array(3), new Float32Array(3)];
    vectors.addInto('bridge', a, new Float32Array(3));
    kept.addInto('bridge', b, new Float32Array(3));
    expect([...b]).toEqual([...a]);
    expect(kept.size).toBe(2);
    expect(() => WordVectors.kept({ ...vectors.toJSON(), words: ['rope'] })).toThrow(/wrong number/);
  });
});

describe('two models of different kinds agreeing', () => {
  const rules = (overrides: Partial<RuleFindings> = {}): RuleFindings => ({ crisis: new Set(), concern: new Set(), deniedCrisis: false, deniedConcern: false, joking: false, idiom: false, text: 'i have looked up how many tablets it would take', ...overrides });
  const scores: ClassifierScores = { byLevel: { none: 0.5, concern: 0.3, crisis: 0.2 }, topCategory: { none: undefined, concern: 'hopelessness', crisis: 'method' }, known: true };
  const concern: RiskAssessment = { level: 'concern', reasons: ['perhaps has looked into a method', 'feels hopeless'] };
  const thresholds = { second: 0.3, wordVectors: 0.5, words: 5 };

  it('lifts a message to crisis when both lean towards it, neither sure alone', () => {
    const read = withAgreement(concern, { rules: rules(), scores, secondCrisis: 0.35, wordVectorCrisis: () => 0.6 }, thresholds);
    expect(read.level).toBe('crisis');
    expect(read.reasons).not.toContain('perhaps has looked into a method');
    expect(read.reasons).toContain('feels hopeless');
  });

  it('leaves it when either does not lean far enough, and does not ask the third when the second does not', () => {
    let asked = 0;
    const third = (score: number) => () => (asked++, score);
    expect(withAgreement(concern, { rules: rules(), scores, secondCrisis: 0.35, wordVectorCrisis: third(0.45) }, thresholds)).toBe(concern);
    expect(asked).toBe(1);
    expect(withAgreement(concern, { rules: rules(), scores, secondCrisis: 0.25, wordVectorCrisis: third(0.99) }, thresholds)).toBe(concern);
    expect(asked).toBe(1);
  });

  it.each<[string, Partial<RuleFindings>]>([
    ['denied ("i would never")', { deniedCrisis: true }],
    ['said as a joke', { joking: true }],
    ['an everyday idiom', { idiom: true }],
    ['taken back', { concern: new Set(['spoke of harm, then said they would not']) }],
    ['a day alone', { text: 'thursday' }],
  ])('never lifts what was %s', (_, overrides) => {
    const read = withAgreement(concern, { rules: rules(overrides), scores, secondCrisis: 0.9, wordVectorCrisis: () => 0.99 }, thresholds);
    expect(read.level).toBe('concern');
  });

  it('never lifts a short answer, nor a message whose worry a rule already named', () => {
    const lean = { scores, secondCrisis: 0.9, wordVectorCrisis: () => 0.99 };
    expect(withAgreement(concern, { ...lean, rules: rules({ text: 'i want to stop' }) }, thresholds).level).toBe('concern');
    expect(withAgreement(concern, { ...lean, rules: rules({ concern: new Set(['may lose their home']) }) }, thresholds).level).toBe('concern');
  });

  // Answers to the coach's questions that the two models, agreeing, had read as crisis (whole-bot
  // tests: the safety window opened on a client keeping their step or stopping a goal).
  it.each(['i want to stop', 'id rather keep it how it is', "I'd rather not give my name", 'gotta go, bye', 'yes. sofa surfing, mates said i gotta be gone by the weekend'])('%j is not crisis', (text) => {
    expect(assessRisk(text).level).not.toBe('crisis');
  });

  it('is loaded with the other models', () => {
    expect(currentWordVectorOpinion()).not.toBeNull();
  });
});
