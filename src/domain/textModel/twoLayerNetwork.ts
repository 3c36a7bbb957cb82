// A small neural network: dense inputs, one hidden layer of rectified units, softmax over the
// classes, trained with Adam in mini-batches. A linear model cannot say "these two words together,
// not either alone"; over word vectors (risk/wordVectorOpinion.ts) the hidden layer can. Inputs are
// standardised with the training set's means and spreads, kept with the weights. Deterministic: the
// same examples give the same weights.
import { seededRandom } from '../seededRandom.ts';
import { base64Of, float32ArrayOf } from './base64Arrays.ts';

export type NetworkSettings = { hidden: number; epochs: number; rate: number; batch: number; classWeights: readonly number[] };

export type KeptNetwork = { inputs: number; hidden: number; classes: number; first: string; firstBias: string; second: string; secondBias: string; mean: string; spread: string };

const L2 = 1e-5;

export class TwoLayerNetwork {
  private readonly hiddenValues: Float32Array;

  private constructor(
    private readonly inputs: number,
    private readonly hidden: number,
    private readonly classes: number,
    private readonly first: Float32Array,
    private readonly firstBias: Float32Array,
    private readonly second: Float32Array,
    private readonly secondBias: Float32Array,
    private readonly mean: Float32Array,
    private readonly spread: Float32Array,
  ) {
    this.hiddenValues = new Float32Array(hidden);
  }

  static train(examples: readonly { input: Float32Array; label: number }[], classes: number, settings: NetworkSettings): TwoLayerNetwork {
    const inputs = examples[0]?.input.length ?? 0;
    const { mean, spread } = standardisation(examples.map((example) => example.input), inputs);
    const random = seededRandom(20261207);
    const gauss = () => Math.sqrt(-2 * Math.log(random() || 1e-9)) * Math.cos(2 * Math.PI * random());
    const { hidden } = settings;
    const network = new TwoLayerNetwork(
      inputs, hidden, classes,
      new Float32Array(hidden * inputs).map(() => gauss() * Math.sqrt(2 / inputs)), new Float32Array(hidden),
      new Float32Array(classes * hidden).map(() => gauss() * Math.sqrt(1 / hidden)), new Float32Array(classes),
      mean, spread,
    );
    network.fit(examples.map(({ input, label }) => ({ input: network.standardised(input), label })), settings, random);
    return network;
  }

  static fromJSON(kept: KeptNetwork): TwoLayerNetwork {
    const arrays = [kept.first, kept.firstBias, kept.second, kept.secondBias, kept.mean, kept.spread].map(float32ArrayOf) as [Float32Array, Float32Array, Float32Array, Float32Array, Float32Array, Float32Array];
    if (arrays[0].length !== kept.hidden * kept.inputs || arrays[2].length !== kept.classes * kept.hidden) throw new Error('A kept network has the wrong number of weights.');
    return new TwoLayerNetwork(kept.inputs, kept.hidden, kept.classes, ...arrays);
  }

  toJSON(): KeptNetwork {
    const { inputs, hidden, classes } = this;
    return { inputs, hidden, classes, first: base64Of(this.first), firstBias: base64Of(this.firstBias), second: base64Of(this.second), secondBias: base64Of(this.secondBias), mean: base64Of(this.mean), spread: base64Of(this.spread) };
  }

  /** Each class's probability for an input not yet standardised; they sum to 1. */
  probabilities(input: Float32Array): number[] {
    return [...this.forward(this.standardised(input))];
  }

  private standardised(input: Float32Array): Float32Array {
    return input.map((value, at) => (value - this.mean[at]!) / this.spread[at]!);
  }

  private forward(input: Float32Array): Float32Array {
    const { inputs, hidden, classes } = this;
    for (let unit = 0; unit < hidden; unit++) {
      let sum = this.firstBias[unit]!;
      const row = unit * inputs;
      for (let at = 0; at < inputs; at++) sum += this.first[row + at]! * input[at]!;
      this.hiddenValues[unit] = sum > 0 ? sum : 0;
    }
    const output = new Float32Array(classes);
    for (let level = 0; level < classes; level++) {
      let sum = this.secondBias[level]!;
      for (let unit = 0; unit < hidden; unit++) sum += this.second[level * hidden + unit]! * this.hiddenValues[unit]!;
      output[level] = sum;
    }
    const highest = Math.max(...output);
    let total = 0;
    for (let level = 0; level < classes; level++) total += output[level] = Math.exp(output[level]! - highest);
    for (let level = 0; level < classes; level++) output[level]! /= total;
    return output;
  }

  private fit(examples: readonly { input: Float32Array; label: number }[], settings: NetworkSettings, random: () => number): void {
    const { inputs, hidden, classes } = this;
    const parameters = [this.first, this.firstBias, this.second, this.secondBias];
    const gradients = parameters.map((values) => new Float32Array(values.length));
    const moments = parameters.map((values) => new Float32Array(values.length));
    const squares = parameters.map((values) => new Float32Array(values.length));
    const order = examples.map((_, index) => index);
    const error = new Float32Array(classes);
    let step = 0;
    for (let epoch = 0; epoch < settings.epochs; epoch++) {
      for (let index = order.length - 1; index > 0; index--) {
        const other = Math.floor(random() * (index + 1));
        [order[index], order[other]] = [order[other]!, order[index]!];
      }
      for (let start = 0; start < order.length; start += settings.batch) {
        for (const gradient of gradients) gradient.fill(0);
        const end = Math.min(order.length, start + settings.batch);
        for (let at = start; at < end; at++) {
          const { input, label } = examples[order[at]!]!;
          const output = this.forward(input);
          for (let level = 0; level < classes; level++) error[level] = (output[level]! - (level === label ? 1 : 0)) * (settings.classWeights[label] ?? 1);
          for (let level = 0; level < classes; level++) {
            gradients[3]![level]! += error[level]!;
            for (let unit = 0; unit < hidden; unit++) gradients[2]![level * hidden + unit]! += error[level]! * this.hiddenValues[unit]!;
          }
          for (let unit = 0; unit < hidden; unit++) {
            if (this.hiddenValues[unit]! <= 0) continue;
            let back = 0;
            for (let level = 0; level < classes; level++) back += error[level]! * this.second[level * hidden + unit]!;
            gradients[1]![unit]! += back;
            const row = unit * inputs;
            for (let input_ = 0; input_ < inputs; input_++) gradients[0]![row + input_]! += back * input[input_]!;
          }
        }
        step++;
        adamStep(parameters, gradients, moments, squares, end - start, step, settings.rate);
      }
    }
  }
}

function adamStep(parameters: Float32Array[], gradients: Float32Array[], moments: Float32Array[], squares: Float32Array[], count: number, step: number, rate: number): void {
  const firstCorrection = 1 - 0.9 ** step;
  const secondCorrection = 1 - 0.999 ** step;
  parameters.forEach((values, which) => {
    // Weights, not biases, are held small.
    const decay = which % 2 === 0 ? L2 : 0;
    const gradient = gradients[which]!, moment = moments[which]!, square = squares[which]!;
    for (let at = 0; at < values.length; at++) {
      const mean = gradient[at]! / count + decay * values[at]!;
      moment[at] = 0.9 * moment[at]! + 0.1 * mean;
      square[at] = 0.999 * square[at]! + 0.001 * mean * mean;
      values[at]! -= (rate * (moment[at]! / firstCorrection)) / (Math.sqrt(square[at]! / secondCorrection) + 1e-8);
    }
  });
}

function standardisation(rows: readonly Float32Array[], inputs: number): { mean: Float32Array; spread: Float32Array } {
  const mean = new Float32Array(inputs);
  const spread = new Float32Array(inputs);
  for (const row of rows) for (let at = 0; at < inputs; at++) mean[at]! += row[at]! / rows.length;
  for (const row of rows) for (let at = 0; at < inputs; at++) spread[at]! += (row[at]! - mean[at]!) ** 2 / rows.length;
  for (let at = 0; at < inputs; at++) spread[at] = Math.sqrt(spread[at]!) + 1e-6;
  return { mean, spread };
}
