// A linear classifier over hashed sparse features: one weight per feature and class, softmax over
// the classes, trained with AdaGrad. The risk check and the understanding step both use it. Why
// not nlp.js's network: it keeps a dictionary of weights per output and cannot take the thousands
// of letter groups a message has (73 s to train a risk fold, and it then scored nearly everything
// as none). On the same word features this learner also did better on the risk folds (crisis
// recall 91% against 88%; with letter groups, 94%), and on the understanding corpus's folds (85%
// against 80%). It is deterministic: the same corpus gives the same weights.

import { seededRandom } from '../seededRandom.ts';
import { base64Of, float32ArrayOf } from './base64Arrays.ts';

export type SoftmaxSettings = {
  /** log2 of the number of hashed feature slots. */
  bits: number;
  epochs: number;
  /** AdaGrad's step size. */
  rate: number;
  /** How much each class's mistakes count (for risk, a missed crisis costs more than a false alarm). */
  classWeights: readonly number[];
};

/** A trained model as kept on disk: weights as base64 Float32, biases as numbers, seen slots as a base64 bitmap. */
export type KeptSoftmax = { classes: number; bits: number; weights: string; biases: number[]; seen: string };

const BIAS_RATE = 0.05;

export class SoftmaxRegression {
  private constructor(
    private readonly classes: number,
    private readonly bits: number,
    private readonly weights: Float32Array,
    private readonly biases: number[],
    /** One bit per slot: set when a training message had it. */
    private readonly seen: Uint8Array,
  ) {}

  /** examples: each message's feature slots (each below 2^bits) and its class. */
  static train(examples: readonly { slots: readonly number[]; label: number }[], classes: number, settings: SoftmaxSettings): SoftmaxRegression {
    const model = new SoftmaxRegression(classes, settings.bits, new Float32Array(classes << settings.bits), new Array<number>(classes).fill(0), new Uint8Array(1 << (settings.bits - 3)));
    for (const { slots } of examples) for (const slot of slots) model.seen[slot >> 3]! |= 1 << (slot & 7);
    const squaredGradients = new Float32Array(model.weights.length);
    const order = examples.map((_, index) => index);
    const random = seededRandom(20261130);
    for (let epoch = 0; epoch < settings.epochs; epoch++) {
      shuffle(order, random);
      for (const index of order) {
        const { slots, label } = examples[index]!;
        // Every training slot is seen: no need to filter them on each of the epochs' steps.
        const probabilities = model.probabilitiesOfSeen(slots);
        const scale = 1 / Math.sqrt(slots.length || 1);
        for (let level = 0; level < classes; level++) {
          const error = (probabilities[level]! - (label === level ? 1 : 0)) * (settings.classWeights[label] ?? 1);
          model.biases[level]! -= BIAS_RATE * error;
          const gradient = error * scale;
          for (const slot of slots) {
            const at = slot * classes + level;
            squaredGradients[at]! += gradient * gradient;
            model.weights[at]! -= (settings.rate * gradient) / Math.sqrt(squaredGradients[at]! + 1e-8);
          }
        }
      }
    }
    return model;
  }

  static fromJSON(kept: KeptSoftmax): SoftmaxRegression {
    const weights = float32ArrayOf(kept.weights);
    if (weights.length !== kept.classes << kept.bits) throw new Error('A kept model has the wrong number of weights.');
    return new SoftmaxRegression(kept.classes, kept.bits, weights, [...kept.biases], new Uint8Array(Buffer.from(kept.seen, 'base64')));
  }

  toJSON(): KeptSoftmax {
    return { classes: this.classes, bits: this.bits, weights: base64Of(this.weights), biases: [...this.biases], seen: Buffer.from(this.seen).toString('base64') };
  }

  /**
   * Each class's probability; they sum to 1. Slots no training message had carry no weight, and
   * they are left out of the count that scales the rest: words the model never saw ("xylophone")
   * do not water down what the words it knows say.
   */
  probabilities(slots: readonly number[]): number[] {
    return this.probabilitiesOfSeen(this.seenOf(slots));
  }

  /** The slots some training message had. */
  seenOf(slots: readonly number[]): number[] {
    return slots.filter((slot) => (this.seen[slot >> 3]! & (1 << (slot & 7))) !== 0);
  }

  private probabilitiesOfSeen(slots: readonly number[]): number[] {
    const scale = 1 / Math.sqrt(slots.length || 1);
    const scores = [...this.biases];
    for (const slot of slots) {
      for (let level = 0; level < this.classes; level++) scores[level]! += this.weights[slot * this.classes + level]! * scale;
    }
    const highest = Math.max(...scores);
    const exponents = scores.map((score) => Math.exp(score - highest));
    const total = exponents.reduce((sum, value) => sum + value, 0);
    return exponents.map((value) => value / total);
  }
}

function shuffle(order: number[], random: () => number): void {
  for (let index = order.length - 1; index > 0; index--) {
    const other = Math.floor(random() * (index + 1));
    [order[index], order[other]] = [order[other]!, order[index]!];
  }
}
