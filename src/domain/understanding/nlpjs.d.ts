// The parts of nlp.js we use; the packages ship no types of their own.
declare module '@nlpjs/neural' {
  type Features = Record<string, number>;
  export class NeuralNetwork {
    constructor(settings?: { iterations?: number; errorThresh?: number; deltaErrorThresh?: number; learningRate?: number; log?: boolean });
    train(corpus: { input: Features; output: Features }[]): { iterations: number; error: number };
    run(input: Features): Record<string, number> | undefined;
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
  }
  const langEn: { NormalizerEn: typeof NormalizerEn; TokenizerEn: typeof TokenizerEn; StemmerEn: typeof StemmerEn };
  export default langEn;
}
