// The part of nlp.js the risk classifier and the understanding step use (its English normaliser,
// tokeniser and stemmer); the package ships no types.
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
