// The corpus the detector learns from, and the held-out split it is measured on, keep the shape
// the README promises: big enough, every kind covered, look-alikes at least as many as risk
// messages, and no held-out message in the training corpus.
import { describe, expect, it } from 'vitest';
import { labelled, RISK_CATEGORIES, type LabelledMessage, type RiskCategory } from '../../src/domain/risk/riskCategories.ts';
import { normaliseForMatching } from '../../src/domain/risk.ts';
import { TRAINING_CORPUS } from '../../src/domain/risk/trainingCorpus.ts';
import { HELD_OUT } from '../corpus/riskHeldOut.ts';
import { BLIND_FOURTH, BLIND_HUNDRED_AND_FORTY_NINTH, BLIND_SPLITS, EVERYDAY_TWENTIETH, readRiskTsv } from '../corpus/riskTsv.ts';

const heldOut = labelled(HELD_OUT);
// The blind fifth to ninth splits joined the training corpus once the next one was written.
const blindSplits = BLIND_SPLITS.map(({ name, file }) => ({ name, file, rows: readRiskTsv(file) }));
// Written as answers to the coach's own questions: its ordinary lines are everyday answers, not
// idioms, films or other people's news.
const ANSWERS_ONLY = new Set([BLIND_HUNDRED_AND_FORTY_NINTH]);
const ALL_KINDS = (Object.keys(RISK_CATEGORIES) as RiskCategory[]).sort();
const kindsFor = (file?: URL) => (file && ANSWERS_ONLY.has(file) ? ALL_KINDS.filter((kind) => RISK_CATEGORIES[kind].level !== 'none' || kind === 'everyday') : ALL_KINDS);
const allHeldOut = [...heldOut, ...readRiskTsv(BLIND_FOURTH), ...readRiskTsv(EVERYDAY_TWENTIETH), ...blindSplits.flatMap(({ rows }) => rows)];
const count = (messages: readonly LabelledMessage[], test: (message: LabelledMessage) => boolean) => messages.filter(test).length;

describe('the risk corpus', () => {
  it(`has at least 600 messages, and at least 1,000 held out in ${blindSplits.length + 3} splits`, () => {
    expect(TRAINING_CORPUS.length + allHeldOut.length).toBeGreaterThanOrEqual(600);
    expect(allHeldOut.length).toBeGreaterThanOrEqual(1000);
  });

  it.each<[string, readonly LabelledMessage[], URL | undefined]>([
    ['training', TRAINING_CORPUS, undefined],
    ['held-out', heldOut, undefined],
    ...blindSplits.map(({ name, rows, file }): [string, readonly LabelledMessage[], URL] => [name, rows, file]),
  ])('%s: has every kind', (_, messages, file) => {
    const kinds = new Set(messages.map((message) => message.category));
    expect([...kinds].sort()).toEqual(kindsFor(file));
  });

  it('has at least as many benign messages as risk messages', () => {
    const all = [...TRAINING_CORPUS, ...allHeldOut];
    expect(count(all, (message) => message.level === 'none')).toBeGreaterThanOrEqual(count(all, (message) => message.level !== 'none'));
  });

  // Every held-out message is normalised (about 150,000): 32 s once on a busy machine.
  it('holds no held-out message in the training corpus', () => {
    const training = new Set(TRAINING_CORPUS.map((message) => normaliseForMatching(message.text)));
    expect(allHeldOut.filter((message) => training.has(normaliseForMatching(message.text))).map((message) => message.text)).toEqual([]);
  }, 120_000);
});
