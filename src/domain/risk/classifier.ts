// A small trained classifier for the paraphrases no rule lists: nlp.js's neural network (one
// perceptron per kind of message) over stemmed words and word pairs. It trains from the labelled
// corpus in memory, once, and then reads a message synchronously.
import en from '@nlpjs/lang-en-min';
import neural from '@nlpjs/neural';
import type { RiskLevel } from '../riskPatterns.ts';
import { RISK_CATEGORIES, type LabelledMessage, type RiskCategory } from './riskCategories.ts';

export type ClassifierScores = {
  /** Each level's score, 0 to about 1. */
  byLevel: Record<RiskLevel, number>;
  /** The kind with the highest score within each level, for the adviser's reasons. */
  topCategory: Record<RiskLevel, RiskCategory | undefined>;
  /** False when the classifier knows fewer than two of the message's words: it has nothing to say. */
  known: boolean;
};

// The stemmer caches every word it sees; a long-running bot sees unbounded words.
const STEM_CACHE_LIMIT = 20_000;
const stemmer = new en.StemmerEn();
let stemmed = 0;

function stem(word: string): string {
  if (++stemmed > STEM_CACHE_LIMIT) {
    stemmer.cache = {};
    stemmed = 0;
  }
  return stemmer.stemWord(word);
}

// Words every kind of message uses. Left in, they let a message of unknown words ("i have been
// overdoing it") score by its grammar alone. Negations and pronouns stay: they carry meaning here.
const FILLER = new Set([
  'i', 'a', 'an', 'the', 'to', 'of', 'and', 'is', 'am', 'are', 'was', 'were', 'be', 'been', 'being', 'have',
  'has', 'had', 'it', 'that', 'this', 'in', 'on', 'at', 'for', 'with', 'so', 'just', 'do', 'does', 'did',
  'really', 'very', 'get', 'got', 'you', 'your', 'we', 'our', 'its', 'there', 'then', 'as', 'by', 'or', 'if',
  'but', 'can', 'could', 'would', 'will', 'going', 'what', 'when', 'about', 'up', 'out', 'like', 'some',
  'idiom', 'honestly', 'lol', 'haha',
]);

/** Stems and pairs of neighbouring stems, so "not joking" and "joking" are different features. */
export function featuresOf(normalised: string): Record<string, number> {
  const stems = normalised.split(' ').filter((word) => word.length > 0 && !FILLER.has(word)).map(stem);
  const features: Record<string, number> = {};
  stems.forEach((word, index) => {
    features[word] = 1;
    const next = stems[index + 1];
    if (next !== undefined) features[`${word}_${next}`] = 1;
  });
  return features;
}

const LEVEL_PREFIX = 'level:';
const MIN_KNOWN_WORDS = 2;

export class RiskClassifier {
  private readonly network = new neural.NeuralNetwork({ iterations: 200, log: false });
  private readonly vocabulary = new Set<string>();

  /** messages: text already normalised the way `scores` will be given it. */
  constructor(messages: readonly LabelledMessage[]) {
    const corpus = messages.map(({ text, category }) => {
      const input = featuresOf(text);
      for (const feature of Object.keys(input)) this.vocabulary.add(feature);
      // One perceptron per level learns from every message of that level; one per kind names it.
      return { input, output: { [category]: 1, [LEVEL_PREFIX + RISK_CATEGORIES[category].level]: 1 } };
    });
    this.network.train(corpus);
  }

  scores(normalised: string): ClassifierScores {
    const features = featuresOf(normalised);
    // One known word says too little ("nothing", "tired"): such replies are left to the rules.
    const knownWords = Object.keys(features).filter((feature) => !feature.includes('_') && this.vocabulary.has(feature));
    const known = knownWords.length >= MIN_KNOWN_WORDS;
    const byLevel: Record<RiskLevel, number> = { none: 0, concern: 0, crisis: 0 };
    const topCategory: Record<RiskLevel, RiskCategory | undefined> = { none: undefined, concern: undefined, crisis: undefined };
    if (!known) return { byLevel, topCategory, known };
    const outputs = this.network.run(features) ?? {};
    const best: Record<RiskLevel, number> = { none: 0, concern: 0, crisis: 0 };
    for (const [output, score] of Object.entries(outputs)) {
      if (output.startsWith(LEVEL_PREFIX)) {
        byLevel[output.slice(LEVEL_PREFIX.length) as RiskLevel] = score;
        continue;
      }
      const { level } = RISK_CATEGORIES[output as RiskCategory];
      if (score > best[level]) {
        best[level] = score;
        topCategory[level] = output as RiskCategory;
      }
    }
    return { byLevel, topCategory, known };
  }
}
