// The parts of nlp.js the risk classifier and the understanding step use; the packages ship no types.
declare module '@nlpjs/neural' {
  type Features = Record<string, number>;
  export class NeuralNetwork {
    constructor(settings?: { iterations?: number; errorThresh?: number; deltaErrorThresh?: number; learningRate?: number; momentum?: number; alpha?: number; log?: boolean });
    train(corpus: { input: Features; output: Features }[]): { error: number; iterations: number };
    run(input: Features): Record<string, number> | undefined;
    toJSON(): unknown;
    fromJSON(json: unknown): void;
  }
  const neural: { NeuralNetwork: typeof NeuralNetwork };
  export default neural;
}

declare module '@nlpjs/lang-en-min' {
  export class NormalizerEn {
    normalize(text: string): string;
  }
  export class TokenizerEn {
    tokenize(text: string, normalize?: boolean): string[];
  }
  export class StemmerEn {
    stemWord(word: string): string;
    cache: Record<string, string>;
  }
  const langEn: { NormalizerEn: typeof NormalizerEn; TokenizerEn: typeof TokenizerEn; StemmerEn: typeof StemmerEn };
  export default langEn;
}
