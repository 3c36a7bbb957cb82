// Turns a message into the word features the model learns from: the word stems of nlp.js's English
// normaliser, tokeniser and Snowball stemmer, after spelling out text-speak, and words that follow
// a "not" marked as such ("not great" is not "great"). Letter groups for typos are added by
// textModel/hashedFeatures.ts.
import langEn from '@nlpjs/lang-en-min';

const normalizer = new langEn.NormalizerEn();
const tokenizer = new langEn.TokenizerEn();
const stemmer = new langEn.StemmerEn();

// Text-speak a phone keyboard produces, read as the words it stands for.
const TEXT_SPEAK: Record<string, string> = {
  u: 'you', r: 'are', ur: 'your', ru: 'are you', y: 'why', pls: 'please', plz: 'please', wana: 'want to',
  wanna: 'want to', gonna: 'going to', gotta: 'got a', cant: 'can not', dont: 'do not', wont: 'will not',
  im: 'i am', ive: 'i have', id: 'i would', ill: 'i will', thx: 'thanks', tbh: 'to be honest',
  idk: 'i do not know', dunno: 'do not know', cos: 'because', coz: 'because', b4: 'before', 4: 'for',
  2: 'to', gr8: 'great', sum1: 'someone', tlk: 'talk', bout: 'about', tel: 'tell', wat: 'what', wot: 'what',
  didnt: 'did not', doesnt: 'does not', isnt: 'is not', wasnt: 'was not', havent: 'have not', aint: 'is not',
};

const NEGATIONS = new Set(['not', 'no', 'never', 'nothing']);
const MAX_WORDS = 60;

/** The words of a message, normalised and with text-speak spelled out. */
export function wordsOf(text: string): string[] {
  const flat = normalizer.normalize(text).replace(/[\u2019`]/g, "'").replace(/(\p{L})\1{2,}/gu, '$1$1');
  const tokens = tokenizer.tokenize(flat).slice(0, MAX_WORDS);
  return tokens.flatMap((token) => (Object.hasOwn(TEXT_SPEAK, token) ? TEXT_SPEAK[token]!.split(' ') : [token]));
}

/** The word features of a message's words: stems, and "not-" marks on words after a negation. */
export function wordFeaturesOf(words: readonly string[]): string[] {
  const features = new Set<string>();
  let negated = false;
  for (const word of words) {
    const stem = stemmer.stemWord(word);
    features.add(stem);
    if (negated && !NEGATIONS.has(word)) features.add(`not-${stem}`);
    negated = NEGATIONS.has(word) || (negated && ['a', 'very', 'that', 'so', 'feeling', 'feel', 'too'].includes(word));
  }
  return [...features];
}
