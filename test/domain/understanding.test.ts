import '../support/trainedModels.ts';
import { describe, expect, it } from 'vitest';
import { intents, understand, type Intent } from '../../src/domain/understanding.ts';
import { corpus } from '../../src/domain/understanding/corpus.ts';
import { heldOut } from '../corpus/heldOut.ts';
import { readIntentTsv } from '../corpus/intentTsv.ts';

describe('understand', () => {
  // The first held-out split: 90.3% with nlp.js's network, 96.8% now. The blind split was written
  // this round by two writers who read only a labelling brief, and measured only: 71.9% with the
  // network, 80.3% with the linear model, 92.3% once two more writers' examples joined training.
  // The second blind split (2026-12-06, one more writer, hard look-alikes) was measured once before
  // any change: 90.2%. Neither blind split is ever trained on.
  it.each([
    ['the held-out split', intents.flatMap((intent) => heldOut[intent].map((text) => ({ text, intent }))), 0.96],
    ['the blind split', readIntentTsv(new URL('../corpus/understandingBlind.tsv', import.meta.url)), 0.92],
    ['the second blind split', readIntentTsv(new URL('../corpus/understandingBlindSecond.tsv', import.meta.url)), 0.9],
    // The fresh free-text round (2026-12-07): its held-out quarter is measured only (90.7% before the
    // round, 88.9% after); its tuning part's misses were mended (82.6% before, 91.3% after).
    ['the fresh round\'s held-out quarter', readIntentTsv(new URL('../corpus/understandingFreshHeldOut.tsv', import.meta.url)), 0.88],
    ['the fresh round\'s tuning part', readIntentTsv(new URL('../corpus/understandingFreshTuning.tsv', import.meta.url)), 0.91],
  ] as const)('gets %s right at least as often as measured', (_, all, floor) => {
    const wrong = all.filter(({ text, intent }) => understand(text).intent !== intent);
    const accuracy = 1 - wrong.length / all.length;
    if (accuracy < floor) console.log(wrong.map(({ text, intent }) => `${intent}: "${text}" read as ${understand(text).intent}`).join('\n'));
    expect(accuracy).toBeGreaterThanOrEqual(floor);
  });

  it('never sees a held-out message while learning', () => {
    const trained = new Set(intents.flatMap((intent) => corpus[intent].map((text) => text.toLowerCase())));
    const blind = ['understandingBlind.tsv', 'understandingBlindSecond.tsv'].flatMap((file) => readIntentTsv(new URL(`../corpus/${file}`, import.meta.url)).map((row) => row.text));
    const leaked = [...intents.flatMap((intent) => heldOut[intent]), ...blind].filter((text) => trained.has(text.toLowerCase()));
    expect(leaked).toEqual([]);
  });

  it('learns from at least 40 examples of every intent', () => {
    for (const intent of intents) expect(corpus[intent].length, intent).toBeGreaterThanOrEqual(40);
  });

  it.each<[string, Intent]>([
    ["its all luck who gets picked", 'feeling-low'],
    ['will I lose my benefits if I work 16 hours?', 'ask-benefits'],
    ['do I have to tell them about my illness?', 'ask-disclosure'],
    ['are you a human or a bot', 'ask-is-human'],
    ['what do you mean by Friday', 'ask-what-next'],
  ])('reads "%s" as %s', (text, intent) => {
    expect(understand(text).intent).toBe(intent);
  });

  it('is unsure of a message with nothing it knows', () => {
    const result = understand('zxqv plomb');
    expect(result.intent).toBe('other');
  });

  it('gives a confidence from 0 to 1, with the runner-up below it', () => {
    const result = understand('thanks so much');
    expect(result.confidence).toBeGreaterThan(0);
    expect(result.confidence).toBeLessThanOrEqual(1);
    expect(result.alternative?.confidence ?? 0).toBeLessThanOrEqual(result.confidence);
  });

  it('reads a pasted wall of text without hanging on it', () => {
    expect(intents).toContain(understand('word '.repeat(5000)).intent);
  });
});
