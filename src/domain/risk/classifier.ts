// A small trained classifier for the paraphrases no rule lists: a linear model over stemmed words,
// word pairs and groups of letters (textModel/hashedFeatures.ts), with one probability per level
// (textModel/softmaxRegression.ts). It trains from the labelled corpus in memory, once, and then reads
// a message synchronously. The kind of message, for the adviser's reasons, is the kind most of the
// closest training messages of that level share (closestKinds): a model per kind would cost ten
// times the training time for words only an adviser reads.
import en from '@nlpjs/lang-en-min';
import type { RiskLevel } from '../riskPatterns.ts';
import { hashedSlots } from '../textModel/hashedFeatures.ts';
import { base64Of, int32ArrayOf } from '../textModel/base64Arrays.ts';
import { SoftmaxRegression, type KeptSoftmax, type SoftmaxSettings } from '../textModel/softmaxRegression.ts';
import { RISK_CATEGORIES, type LabelledMessage, type RiskCategory } from './riskCategories.ts';

export type ClassifierScores = {
  /** Each level's probability; the three sum to 1 (all 0 when not known). */
  byLevel: Record<RiskLevel, number>;
  /** The kind of the closest training message within each level, for the adviser's reasons. */
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

const LEVELS: readonly RiskLevel[] = ['none', 'concern', 'crisis'];
const MIN_KNOWN_WORDS = 2;
/** How many of the closest training messages vote on a message's kind (3 to 11 within a point). */
const NEAREST_MESSAGES = 5;

/**
 * How the model trains; part of what a kept model must match. Chosen on the validation folds
 * (scratch experiments over bits 18-20, letter groups 1-6, 4-14 epochs, class weights): all
 * within a point of each other, so the smallest and quickest of the best.
 */
export const RISK_MODEL_SETTINGS: SoftmaxSettings = { bits: 18, epochs: 8, rate: 0.3, classWeights: [1, 1.3, 1.6] };

/** One training message as the model reads it: its normalised text and its word features. */
export type PreparedMessage = { text: string; input: Record<string, number>; category: RiskCategory };

/** messages: text already normalised the way `scores` will be given it. */
export function prepareRiskCorpus(messages: readonly LabelledMessage[]): PreparedMessage[] {
  return messages.map(({ text, category }) => ({ text, input: featuresOf(text), category }));
}

/** A trained model, so it can be kept and loaded again. */
export type TrainedRiskWeights = KeptSoftmax;

/**
 * What the classifier keeps of its training messages, for the closest kind: each message's kind,
 * and for each feature the messages that have it. Not the messages' features themselves: read
 * back, those were 15,000 small objects of all different shapes, about 40 MB of the bot's heap.
 * On disk: the kinds comma-separated, the features one per line, and the two arrays of the
 * classifier's index in base64.
 */
export type RiskExampleIndex = { categories: string; features: string; start: string; examples: string };

function slotsOf(normalised: string, features: Record<string, number>): number[] {
  return hashedSlots(normalised, Object.keys(features), RISK_MODEL_SETTINGS.bits);
}

// Both models read a message's slots, one after the other: the last message's are kept for the second.
let lastRead: { normalised: string; slots: number[] } | undefined;

/** The feature slots of a normalised message, as both risk models read them. */
export function riskSlotsOf(normalised: string): number[] {
  if (lastRead?.normalised !== normalised) lastRead = { normalised, slots: slotsOf(normalised, featuresOf(normalised)) };
  return lastRead.slots;
}

type Index = { categories: readonly RiskCategory[]; features: readonly string[]; start: Int32Array; examples: Int32Array };

function indexOf(prepared: readonly PreparedMessage[]): Index {
  const examplesWith = new Map<string, number[]>();
  prepared.forEach(({ input }, index) => {
    for (const feature of Object.keys(input)) {
      const examples = examplesWith.get(feature);
      if (examples) examples.push(index);
      else examplesWith.set(feature, [index]);
    }
  });
  const lists = [...examplesWith.values()];
  const start = new Int32Array(lists.length + 1);
  lists.forEach((list, at) => (start[at + 1] = start[at]! + list.length));
  return { categories: prepared.map(({ category }) => category), features: [...examplesWith.keys()], start, examples: Int32Array.from(lists.flat()) };
}

export class RiskClassifier {
  /** feature -> its place in `start`; every feature the model was trained on. */
  private readonly featureAt = new Map<string, number>();
  /** How many features each training message has. */
  private readonly featureCounts: Int32Array;
  private readonly shared: Int32Array;
  private readonly sharedWeight: Float64Array;
  private readonly sharedIn: Uint32Array;
  private sharedRound = 0;

  private constructor(
    private readonly model: SoftmaxRegression,
    /** The messages with feature f are examples[start[f]] to examples[start[f + 1] - 1]: two flat arrays, not an array per feature. */
    private readonly index: Index,
  ) {
    index.features.forEach((feature, at) => this.featureAt.set(feature, at));
    this.featureCounts = new Int32Array(index.categories.length);
    this.shared = new Int32Array(index.categories.length);
    this.sharedWeight = new Float64Array(index.categories.length);
    this.sharedIn = new Uint32Array(index.categories.length);
    for (const example of index.examples) this.featureCounts[example]! += 1;
  }

  static train(prepared: readonly PreparedMessage[]): RiskClassifier {
    const model = SoftmaxRegression.train(
      prepared.map(({ text, input, category }) => ({ slots: slotsOf(text, input), label: LEVELS.indexOf(RISK_CATEGORIES[category].level) })),
      LEVELS.length,
      RISK_MODEL_SETTINGS,
    );
    return new RiskClassifier(model, indexOf(prepared));
  }

  /** A model trained earlier, with the index of the messages it was trained on. */
  static kept(weights: TrainedRiskWeights, kept: RiskExampleIndex): RiskClassifier {
    const index: Index = {
      categories: kept.categories.split(',') as RiskCategory[],
      features: kept.features.split('\n'),
      start: int32ArrayOf(kept.start),
      examples: int32ArrayOf(kept.examples),
    };
    if (index.start.length !== index.features.length + 1 || index.start[index.features.length] !== index.examples.length) {
      throw new Error('A kept risk model has a broken index.');
    }
    return new RiskClassifier(SoftmaxRegression.fromJSON(weights), index);
  }

  /** The index as kept on disk (read again by `kept`). */
  exampleIndex(): RiskExampleIndex {
    const { categories, features, start, examples } = this.index;
    return { categories: categories.join(','), features: features.join('\n'), start: base64Of(start), examples: base64Of(examples) };
  }

  private examplesAt(at: number): Int32Array {
    return this.index.examples.subarray(this.index.start[at]!, this.index.start[at + 1]!);
  }

  toJSON(): TrainedRiskWeights {
    return this.model.toJSON();
  }

  scores(normalised: string): ClassifierScores {
    const features = featuresOf(normalised);
    // One known word says too little ("nothing", "tired"): such replies are left to the rules.
    const knownWords = Object.keys(features).filter((feature) => !feature.includes('_') && this.featureAt.has(feature));
    const known = knownWords.length >= MIN_KNOWN_WORDS;
    const byLevel: Record<RiskLevel, number> = { none: 0, concern: 0, crisis: 0 };
    if (!known) return { byLevel, topCategory: { none: undefined, concern: undefined, crisis: undefined }, known };
    this.model.probabilities(riskSlotsOf(normalised)).forEach((probability, index) => (byLevel[LEVELS[index]!] = probability));
    // The closest kind costs a look through every training message that shares a word: only the
    // adviser's reasons need it, so it is found when asked for, not for every everyday message.
    const closestKinds = (): Record<RiskLevel, RiskCategory | undefined> => (kinds ??= this.closestKinds(features));
    let kinds: Record<RiskLevel, RiskCategory | undefined> | undefined;
    return {
      byLevel,
      known,
      get topCategory() {
        return closestKinds();
      },
    };
  }

  // The training messages of each level most like this one, by shared features weighted by how rare
  // they are (a shared "christmas" says more than a shared "want") over both messages' lengths; the
  // kind most of the closest few share. The one message sharing most features, as before, named
  // the wrong family (abuse for a wish to be dead) for one crisis in eight the model found alone;
  // this, for one in thirteen (scratch comparison over the blind splits).
  private closestKinds(features: Record<string, number>): Record<RiskLevel, RiskCategory | undefined> {
    const own = Object.keys(features);
    const messages = this.index.categories.length;
    // Each shared message's weight, in arrays kept between reads (a map of thousands of messages
    // was a tenth of a reading); a message counts from zero when first met in this read.
    const round = ++this.sharedRound;
    let sharedCount = 0;
    for (const feature of own) {
      const at = this.featureAt.get(feature);
      if (at === undefined) continue;
      const examples = this.examplesAt(at);
      const rarity = Math.log(messages / examples.length);
      for (const index of examples) {
        if (this.sharedIn[index] === round) this.sharedWeight[index]! += rarity;
        else {
          this.sharedIn[index] = round;
          this.sharedWeight[index] = rarity;
          this.shared[sharedCount++] = index;
        }
      }
    }
    // The closest few of each level, kept in order as they are found (a sort of thousands of
    // shared messages cost more than the rest of the read).
    const nearest: Record<RiskLevel, [number, number][]> = { none: [], concern: [], crisis: [] };
    for (const index of this.shared.subarray(0, sharedCount)) {
      const weight = this.sharedWeight[index]!;
      const closest = nearest[RISK_CATEGORIES[this.index.categories[index]!].level];
      const likeness = weight / Math.sqrt(this.featureCounts[index]! * own.length);
      if (closest.length === NEAREST_MESSAGES && likeness <= closest[NEAREST_MESSAGES - 1]![1]) continue;
      let at = closest.length;
      while (at > 0 && closest[at - 1]![1] < likeness) at -= 1;
      closest.splice(at, 0, [index, likeness]);
      if (closest.length > NEAREST_MESSAGES) closest.pop();
    }
    const kindOf = (level: RiskLevel): RiskCategory | undefined => {
      const votes = new Map<RiskCategory, number>();
      for (const [index, likeness] of nearest[level]) {
        const category = this.index.categories[index]!;
        votes.set(category, (votes.get(category) ?? 0) + likeness);
      }
      return [...votes].sort((a, b) => b[1] - a[1])[0]?.[0];
    };
    return { none: kindOf('none'), concern: kindOf('concern'), crisis: kindOf('crisis') };
  }

}
