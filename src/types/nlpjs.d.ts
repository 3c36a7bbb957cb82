// The parts of nlp.js the risk classifier uses; the packages ship no types.
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
  export class StemmerEn {
    stemWord(word: string): string;
    cache: Record<string, string>;
  }
  const en: { StemmerEn: typeof StemmerEn };
  export default en;
}
