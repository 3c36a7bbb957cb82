// A third reading of a message, from another kind of model: the average and the highest of its
// words' vectors (textModel/wordVectors.ts), read by a small network (textModel/twoLayerNetwork.ts)
// trained on the second opinion's messages. The two other models read the words themselves, so a
// crisis said in words no writer in the corpus used passes them both; this one reads what the words
// are like. It is only ever asked together with the second opinion (risk/combine.ts withAgreement).
import type { RiskLevel } from '../riskPatterns.ts';
import { TwoLayerNetwork, type KeptNetwork, type NetworkSettings } from '../textModel/twoLayerNetwork.ts';
import type { WordVectors } from '../textModel/wordVectors.ts';
import { FILLER } from './classifier.ts';
import { RISK_CATEGORIES, type LabelledMessage } from './riskCategories.ts';

const LEVELS: readonly RiskLevel[] = ['none', 'concern', 'crisis'];

/** Part of what a kept model must match (src/trainedModels.ts). Chosen once, on the README's test; not tuned. */
export const WORD_VECTOR_NETWORK: NetworkSettings = { hidden: 64, epochs: 8, rate: 1e-3, batch: 32, classWeights: [1, 1.3, 1.6] };

export type KeptWordVectorOpinion = KeptNetwork;

export class WordVectorOpinion {
  private constructor(
    private readonly network: TwoLayerNetwork,
    private readonly vectors: WordVectors,
  ) {}

  /** messages: text already normalised the way `crisisScore` will be given it. */
  static train(messages: readonly LabelledMessage[], vectors: WordVectors): WordVectorOpinion {
    const examples = messages.map(({ text, category }) => ({ input: inputOf(text, vectors), label: LEVELS.indexOf(RISK_CATEGORIES[category].level) }));
    return new WordVectorOpinion(TwoLayerNetwork.train(examples, LEVELS.length, WORD_VECTOR_NETWORK), vectors);
  }

  static kept(kept: KeptWordVectorOpinion, vectors: WordVectors): WordVectorOpinion {
    return new WordVectorOpinion(TwoLayerNetwork.fromJSON(kept), vectors);
  }

  toJSON(): KeptWordVectorOpinion {
    return this.network.toJSON();
  }

  /** The probability of crisis. */
  crisisScore(normalised: string): number {
    return this.network.probabilities(inputOf(normalised, this.vectors))[2]!;
  }
}

/** The mean and the highest of the known words' vectors, and the share of words known. */
function inputOf(normalised: string, vectors: WordVectors): Float32Array {
  const { dimensions } = vectors;
  const words = normalised.split(' ').filter((word) => word.length > 0 && !FILLER.has(word));
  const sum = new Float32Array(dimensions);
  const highest = new Float32Array(dimensions).fill(-Infinity);
  const known = words.filter((word) => vectors.addInto(word, sum, highest)).length;
  const input = new Float32Array(2 * dimensions + 1);
  if (known > 0) {
    for (let at = 0; at < dimensions; at++) {
      input[at] = sum[at]! / known;
      input[dimensions + at] = highest[at]!;
    }
  }
  input[2 * dimensions] = words.length > 0 ? known / words.length : 0;
  return input;
}
