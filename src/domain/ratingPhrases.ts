// How sure, said in everyday words, as a number from 1 to 10. Play-testing: "fairly sure" at "How sure
// are you (1 to 10)?" was kept as 5, where people mean about 7; "dead cert", "50/50", "not very" and
// "i think so" were asked again. Read here on the 1 to 10 scale (ratingFromWords puts it on any other);
// words that say nothing clear ("maybe", "ish", "not sure", "dunno") give null, so the coach asks again
// rather than guess. Short answers only: a longer line is left to the level words (ratingWords.ts).

// Slips and shorthand, put right before reading: "prity sure", "confidant", "deffo", "50/50".
const SPELLINGS: Readonly<Record<string, string>> = {
  prity: 'pretty', pritty: 'pretty', prety: 'pretty', purty: 'pretty', fairley: 'fairly', fairy: 'fairly', farily: 'fairly', fairlly: 'fairly',
  quiet: 'quite', qiute: 'quite', quit: 'quite', resonably: 'reasonably', reasonbly: 'reasonably',
  confidant: 'confident', confindent: 'confident', confedent: 'confident', confidint: 'confident', confi: 'confident', confo: 'confident',
  shure: 'sure', sur: 'sure', suer: 'sure', definately: 'definitely', definatly: 'definitely', defiantly: 'definitely', definitly: 'definitely',
  defo: 'definitely', deffo: 'definitely', def: 'definitely', deffinately: 'definitely', certian: 'certain', certin: 'certain',
  rly: 'really', rlly: 'really', realy: 'really', v: 'very', vry: 'very', abit: 'a bit', alil: 'a little', lil: 'little',
  kinda: 'kind of', kindof: 'kind of', sorta: 'sort of', sortof: 'sort of', totaly: 'totally', completly: 'completely', abs: 'absolutely', absolutly: 'absolutely',
  n: 'and', dont: 'do not', cant: 'can not', im: 'i am', id: 'i would', reckon: 'think',
};

const QUALIFIED = String.raw`(?:sure|confident|certain|positive)`;

/** In order: the first that matches gives the number. */
const PHRASES: readonly [RegExp, number][] = [
  // "no chance", "definitely not": the bottom of the scale.
  [/\b(?:no chance|not a chance|no way|not in the slightest|definitely not|zero|nil)\b/, 1],
  // "not sure at all", "not confident at all": low, as the self-assessment has always kept it.
  [/\bnot (?:\w+ )?at all\b/, 3],
  // "not too bad", "could be worse": in the middle.
  [/\b(?:not (?:too |so |that |very )?bad|could be worse)\b/, 5],
  // "not totally sure": short of sure, not low.
  [new RegExp(String.raw`\bnot (?:totally|completely|entirely|fully|a hundred percent|100 percent|100) ${QUALIFIED}\b`), 6],
  // "not very", "not really", "not so sure", "pretty unsure".
  [new RegExp(String.raw`\bnot (?:very|really|that|too|so|overly|particularly|massively|hugely)\b|\bnot (?:confident|certain|positive)\b|\b(?:pretty|very|really|quite|fairly|so|super|well) (?:unsure|nervous|worried|doubtful)\b|\bdoubtful\b`), 3],
  // "a bit unsure", "a little nervous".
  [/\b(?:a )?(?:bit|little|tad|slightly) (?:unsure|nervous|worried|wobbly|scared|doubtful)\b/, 4],
];
/** Read only when no "not" is in the words: "definitely" is high, "not definitely" is not. */
const POSITIVE_PHRASES: readonly [RegExp, number][] = [
  // "dead cert", "100 percent", "absolutely", "super confident".
  [new RegExp(String.raw`\b(?:dead cert(?:ain)?|cert|certain|definitely|absolutely|totally|completely|hundred percent|100 percent|no doubt|without a doubt|for sure|deffinately|sure as|very very ${QUALIFIED}|(?:super|extremely|totally|completely|absolutely|so|dead|well|really really|proper|mega|massively|hugely|defo|definitely) ${QUALIFIED})\b`), 9],
  // "fairly sure", "quite confident", "reasonably sure", "i think so", "probably".
  [new RegExp(String.raw`\b(?:fairly|quite|reasonably|relatively|fair|moderately) ${QUALIFIED}\b|\b(?:fairly|reasonably)\b|\b(?:i )?think so\b|\bprobably\b|\blikely\b`), 7],
  // "kind of sure", "sort of confident", "somewhat sure".
  [new RegExp(String.raw`\b(?:kind of|sort of|somewhat|semi|a bit|a little|slightly) ${QUALIFIED}\b`), 6],
  // "pretty sure", "very confident", "sure", "confident", "very".
  [new RegExp(String.raw`\b(?:pretty|very|really|rather|quite a bit|v) ${QUALIFIED}\b|\b${QUALIFIED}\b|^(?:i am )?very$`), 8],
  // "50/50", "fifty fifty", "could go either way", "kinda", "somewhat".
  [/\b(?:50 50|fifty fifty|half and half|half half|either way|could go either way|in the middle|middle|in between|so so|somewhat|moderately|kind of|sort of|average|medium|mid)\b/, 5],
  // "a bit", "a little", "slightly": a little sure.
  [/^(?:i am )?(?:a bit|a little|slightly|a tiny bit)$/, 4],
];

function plainWords(text: string): string {
  const words = text.toLowerCase().replace(/['\u2019`]/g, '').replace(/\b50\s*[/\\-]\s*50\b/g, 'fifty fifty').replace(/\b100\s*%/g, '100 percent');
  return words.replace(/[^\p{L}\p{N}]+/gu, ' ').trim().split(' ').map((word) => SPELLINGS[word] ?? word).join(' ');
}

/** How sure, from 1 to 10, from words alone ("fairly sure" 7, "50/50" 5, "dead cert" 9); null when unclear. */
export function ratingOutOfTen(text: string): number | null {
  const words = plainWords(text);
  if (!words || /\bbut\b/.test(words) || words.split(' ').length > 7 || text.trim().endsWith('?')) return null;
  if (/\d/.test(words.replace(/\b(?:50 50|100 percent)\b/g, ''))) return null;
  for (const [phrase, value] of PHRASES) if (phrase.test(words)) return value;
  if (/\b(?:not|do not|can not|never|no)\b/.test(words)) return null;
  for (const [phrase, value] of POSITIVE_PHRASES) if (phrase.test(words)) return value;
  return null;
}
