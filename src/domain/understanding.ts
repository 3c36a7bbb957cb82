// What kind of message is this? A feeling, a question for a person, news about work, a goal...
// The dialogs use it to answer what was said before asking their question again.
// An nlp.js neural classifier trained on our own corpus (src/domain/understanding/corpus.ts),
// once, on first use (a few hundred milliseconds) unless a model trained earlier on the same
// examples is given first (src/trainedModels.ts keeps one on disk); each call is synchronous.
import neural from '@nlpjs/neural';
import { corpus, intents, type Intent } from './understanding/corpus.ts';
import { featuresOf } from './understanding/features.ts';

export type { Intent } from './understanding/corpus.ts';
export { intents } from './understanding/corpus.ts';

export type Understanding = {
  intent: Intent;
  /**
   * 0 to 1: the winner's share of the model's scores, times its own score (capped at 1). Words
   * unlike any example score low even when one intent wins them all.
   */
  confidence: number;
  /** The model's own output for the winner: near 1 when the words are like its examples. */
  score: number;
  /** The runner-up, for callers that want to know how close it was. */
  alternative: { intent: Intent; confidence: number } | null;
};

export type UnderstandingContext = { locale?: string };

// A fixed number of passes: nlp.js's default stop on a small change in error can end training
// after two passes on an unlucky start, leaving a model that reads everything as "other".
export const UNDERSTANDING_NETWORK_SETTINGS = { log: false, deltaErrorThresh: 0, iterations: 70 } as const;

type Network = InstanceType<typeof neural.NeuralNetwork>;
type Example = { input: Record<string, number>; output: Record<string, number> };

let examples: Example[] | undefined;

/** The examples as the network reads them: what a kept model must have been trained on. */
export function understandingExamples(): readonly Example[] {
  return (examples ??= intents.flatMap((intent) => corpus[intent].map((text) => ({ input: featuresOf(text), output: { [intent]: 1 } }))));
}

function train(): Network {
  const network = new neural.NeuralNetwork({ ...UNDERSTANDING_NETWORK_SETTINGS });
  network.train([...understandingExamples()]);
  return network;
}

// English only for now: every locale is read with the English model until another is trained.
let models: Record<string, Network> | undefined;

/** Uses a network trained earlier on `understandingExamples()`, instead of training one. */
export function useTrainedUnderstanding(trained: unknown): void {
  const network = new neural.NeuralNetwork({ ...UNDERSTANDING_NETWORK_SETTINGS });
  network.fromJSON(trained);
  models = { en: network };
}

/** The trained network (training it now if need be), to keep for the next start. */
export function trainedUnderstanding(): unknown {
  models ??= { en: train() };
  return models.en!.toJSON();
}

const NOTHING_KNOWN: Understanding = { intent: 'other', confidence: 1, score: 0, alternative: null };

export function understand(text: string, context: UnderstandingContext = {}): Understanding {
  models ??= { en: train() };
  const model = models[(context.locale ?? 'en').slice(0, 2).toLowerCase()] ?? models.en!;
  const scores = model.run(featuresOf(text));
  if (!scores) return NOTHING_KNOWN;
  const ranked = (Object.entries(scores) as [Intent, number][]).filter(([, score]) => score > 0).sort((a, b) => b[1] - a[1]);
  const total = ranked.reduce((sum, [, score]) => sum + score, 0);
  const [best, second] = ranked;
  if (!best || total === 0) return NOTHING_KNOWN;
  return {
    intent: best[0],
    confidence: (best[1] / total) * Math.min(1, best[1]),
    score: best[1],
    alternative: second ? { intent: second[0], confidence: (second[1] / total) * Math.min(1, second[1]) } : null,
  };
}
