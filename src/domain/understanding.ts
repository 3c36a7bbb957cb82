// What kind of message is this? A feeling, a question for a person, news about work, a goal...
// The dialogs use it to answer what was said before asking their question again.
// A linear model over hashed word stems and letter groups (textModel/), trained on our own corpus
// (src/domain/understanding/corpus.ts) once, on first use (about a second) unless a model
// trained earlier on the same examples is given first (src/trainedModels.ts keeps one on disk);
// each call is synchronous. It replaced nlp.js's network, which read only 72% of a blind set of
// 366 messages right (this model: 80%; see the README).
import { corpus, intents, type Intent } from './understanding/corpus.ts';
import { wordFeaturesOf, wordsOf } from './understanding/features.ts';
import { hashedSlots } from './textModel/hashedFeatures.ts';
import { SoftmaxRegression, type KeptSoftmax, type SoftmaxSettings } from './textModel/softmaxRegression.ts';

export type { Intent } from './understanding/corpus.ts';
export { intents } from './understanding/corpus.ts';

export type Understanding = {
  intent: Intent;
  /** 0 to 1: how likely the model finds the winner (the intents' chances sum to 1). */
  confidence: number;
  /** The runner-up, for callers that want to know how close it was. */
  alternative: { intent: Intent; confidence: number } | null;
};

export type UnderstandingContext = { locale?: string };

// Chosen on five folds of the training corpus (84.6% right; more slots, passes or a bigger step
// moved it by a few tenths at most).
export const UNDERSTANDING_MODEL_SETTINGS: SoftmaxSettings = { bits: 16, epochs: 10, rate: 0.3, classWeights: intents.map(() => 1) };

/** A message's slots: the word features (stems, "not-" marks), then its letter groups. */
function slotsOf(text: string): number[] {
  const words = wordsOf(text);
  const letters = words.join(' ').toLowerCase().replace(/[^a-z0-9 ]+/g, ' ').replace(/\s+/g, ' ').trim();
  return hashedSlots(letters, wordFeaturesOf(words), UNDERSTANDING_MODEL_SETTINGS.bits);
}

type Example = { slots: number[]; label: number };

/**
 * The examples as the model reads them: what a kept model must have been trained on. Made afresh
 * when asked (once or twice a process), so they are not kept in memory after training.
 */
export function understandingExamples(): readonly Example[] {
  return intents.flatMap((intent, label) => corpus[intent].map((text) => ({ slots: slotsOf(text), label })));
}

function train(): SoftmaxRegression {
  return SoftmaxRegression.train(understandingExamples(), intents.length, UNDERSTANDING_MODEL_SETTINGS);
}

// English only for now: every locale is read with the English model until another is trained.
let models: Record<string, SoftmaxRegression> | undefined;

/** Uses a model trained earlier on `understandingExamples()`, instead of training one. */
export function useTrainedUnderstanding(trained: unknown): void {
  models = { en: SoftmaxRegression.fromJSON(trained as KeptSoftmax) };
}

/** The trained model (training it now if need be), to keep for the next start. */
export function trainedUnderstanding(): unknown {
  models ??= { en: train() };
  return models.en!.toJSON();
}

const NOTHING_KNOWN: Understanding = { intent: 'other', confidence: 1, alternative: null };

export function understand(text: string, context: UnderstandingContext = {}): Understanding {
  models ??= { en: train() };
  const model = models[(context.locale ?? 'en').slice(0, 2).toLowerCase()] ?? models.en!;
  const seen = model.seenOf(slotsOf(text));
  // Nothing any example had ("zxqv"): no guess at all, rather than the corpus's commonest intent.
  if (seen.length === 0) return NOTHING_KNOWN;
  const ranked = model
    .probabilities(seen)
    .map((probability, index) => [intents[index]!, probability] as const)
    .sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked;
  return {
    intent: best![0],
    confidence: best![1],
    alternative: second ? { intent: second[0], confidence: second[1] } : null,
  };
}
