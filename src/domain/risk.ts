// Reads a client's message for signs of risk to themselves or others. Built for recall: people
// in distress type fast, in lower case, with typos and no apostrophes, so the text is normalised
// before the patterns in riskPatterns.ts run. Everyday idioms ("this deadline is killing me") are
// blanked out first so they do not raise false alarms.
//
// Negation: "I'm not suicidal" or "I would never hurt myself" gives 'concern', not 'none'. The
// words are on the client's mind, and a gentle check-in costs little; a missed crisis costs a
// great deal. Negated concern phrases ("I don't feel hopeless") count for nothing.
import {
  CONCERN_GROUPS,
  CRISIS_GROUPS,
  IDIOMS,
  JOKE_MARKERS,
  type RiskLevel,
  type RiskPatternGroup,
} from './riskPatterns.ts';

export type { RiskLevel };

export type RiskAssessment = {
  level: RiskLevel;
  /** Why, in plain words for the adviser; crisis reasons first. Empty when level is 'none'. */
  reasons: string[];
};

type CompiledGroup = {
  group: RiskPatternGroup;
  /** Any of the group's patterns: most messages match none, and one search rules them all out. */
  any: RegExp;
  patterns: { once: RegExp; everywhere: RegExp }[];
};

/** Matches wherever one of the patterns would: the patterns have no backreferences to renumber. */
function anyOf(patterns: readonly RegExp[]): RegExp {
  return new RegExp(patterns.map((matcher) => `(?:${matcher.source})`).join('|'));
}

// Compiled once, from the source alone, as the patterns have always been read. matchAll works
// on a copy and replace resets lastIndex, so the 'g' copies can be shared between calls.
function compile(group: RiskPatternGroup): CompiledGroup {
  return {
    group,
    any: anyOf(group.patterns),
    patterns: group.patterns.map((matcher) => ({ once: new RegExp(matcher.source), everywhere: new RegExp(matcher.source, 'g') })),
  };
}
const CRISIS = CRISIS_GROUPS.map(compile);
const CONCERN = CONCERN_GROUPS.map(compile);
const IDIOMS_EVERYWHERE = IDIOMS.map((idiom) => new RegExp(idiom.source, 'g'));
const ANY_IDIOM = anyOf(IDIOMS);

export function assessRisk(text: string): RiskAssessment {
  const clauses = splitIntoClauses(text).map((clause) => blankIdioms(normaliseForMatching(clause)));
  let joking: boolean | undefined;
  const isJoking = (): boolean => (joking ??= JOKE_MARKERS.test(normaliseForMatching(text)));
  const crisisReasons = new Set<string>();
  const concernReasons = new Set<string>();

  for (const clause of clauses) {
    for (const compiled of CRISIS) {
      const { reason } = compiled.group;
      const found = findInClause(clause, compiled);
      if (found === 'said') {
        if (reason === 'harm to others' && isJoking()) continue;
        crisisReasons.add(reason);
      } else if (found === 'said not') {
        concernReasons.add(`${reason} (said not)`);
      }
    }
    for (const compiled of CONCERN) {
      if (findInClause(clause, compiled) === 'said') concernReasons.add(compiled.group.reason);
    }
  }

  const reasons = [...crisisReasons, ...concernReasons];
  const level: RiskLevel = crisisReasons.size > 0 ? 'crisis' : concernReasons.size > 0 ? 'concern' : 'none';
  return { level, reasons };
}

/**
 * Lower case, apostrophes and punctuation gone, one space between words, shorthand spelled out
 * and risk words spelled right: "I wanna KIL my self!!!" -> "i want to kill my self".
 * Exported so other rules (job loss, barriers) read messages the same way.
 */
export function normaliseForMatching(text: string): string {
  const words = text
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/\bod(?:'d|'ed|ed)\b/g, 'overdosed')
    .replace(/'/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter((word) => word.length > 0);
  return words
    .map(normaliseWord)
    .join(' ')
    // "want 2 die", "want too die"
    .replace(/\b(want|going|got|need|have|ready|wish|about) (?:2|too)\b/g, '$1 to');
}

type ClauseFinding = 'said' | 'said not' | null;

function findInClause(clause: string, { any, patterns }: CompiledGroup): ClauseFinding {
  if (!any.test(clause)) return null;
  let negatedOnly = false;
  for (const { once, everywhere } of patterns) {
    // Setting up matchAll costs more than the search itself, and most patterns find nothing.
    if (!once.test(clause)) continue;
    for (const match of clause.matchAll(everywhere)) {
      if (!isNegated(clause, match.index)) return 'said';
      negatedOnly = true;
    }
  }
  return negatedOnly ? 'said not' : null;
}

const NEGATIONS = new Set(['not', 'never', 'nor']);
// Words that may stand between a negation and what it negates: "not really going to", "never ever".
const BRIDGING_WORDS = new Set([
  'i', 'am', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'do', 'does', 'did', 'will', 'would',
  'could', 'should', 'can', 'going', 'to', 'ever', 'really', 'actually', 'even', 'just', 'want',
  'have', 'has', 'had', 'about', 'think', 'thinking', 'thought', 'thoughts', 'plan', 'plans',
  'planning', 'intend', 'intention', 'of', 'that', 'feel', 'feeling', 'felt', 'any', 'so', 'at', 'all',
]);
const BRIDGE_LIMIT = 4;

/** True when a negation comes just before the match: "i am not suicidal", "i would never ever". */
function isNegated(clause: string, matchStart: number): boolean {
  const before = clause.slice(0, matchStart).trim().split(' ').filter(Boolean).reverse();
  let next: string | undefined;
  for (const word of before.slice(0, BRIDGE_LIMIT + 1)) {
    if (NEGATIONS.has(word)) return true;
    // "no plans to", "no suicidal thoughts"; but "no i want to die" is an answer, not a negation.
    if (word === 'no' && next !== 'i') return true;
    if (!BRIDGING_WORDS.has(word)) return false;
    next = word;
  }
  return false;
}

function splitIntoClauses(text: string): string[] {
  return text.split(/[.!?;:\n]+|,|\s[-–—]\s|\bbut\b/i).filter((clause) => clause.trim().length > 0);
}

function blankIdioms(clause: string): string {
  if (!ANY_IDIOM.test(clause)) return clause.replace(/\s+/g, ' ').trim();
  return IDIOMS_EVERYWHERE.reduce((text, idiom) => text.replace(idiom, ' idiom '), clause)
    .replace(/\s+/g, ' ')
    .trim();
}

// ---- Words: shorthand, misspellings and typos --------------------------------------------------

const SHORTHAND = new Map<string, string>(Object.entries({
  wanna: 'want to', wana: 'want to', wnna: 'want to', wnt: 'want', gonna: 'going to', gona: 'going to',
  gunna: 'going to', finna: 'going to', imma: 'i am going to', ima: 'i am going to', gotta: 'got to',
  tryna: 'trying to', im: 'i am', iam: 'i am', ive: 'i have', dont: 'do not', dnt: 'do not',
  doesnt: 'does not', dosnt: 'does not', didnt: 'did not', didint: 'did not', cant: 'can not',
  cnt: 'can not', carnt: 'can not', cannot: 'can not', couldnt: 'could not', cudnt: 'could not',
  wont: 'will not', wouldnt: 'would not', wudnt: 'would not', shouldnt: 'should not', havent: 'have not',
  havnt: 'have not', hvnt: 'have not', hasnt: 'has not', isnt: 'is not', wasnt: 'was not', arent: 'are not',
  werent: 'were not', aint: 'am not', whats: 'what is', wats: 'what is', wots: 'what is', wat: 'what',
  wot: 'what', thats: 'that is', theres: 'there is', its: 'it is', hes: 'he is', shes: 'she is',
  theyre: 'they are', youre: 'you are', hed: 'he would', theyd: 'they would', u: 'you', ur: 'your',
  r: 'are', y: 'why', coz: 'because', cuz: 'because', cos: 'because', bc: 'because', abt: 'about',
  bout: 'about', wiv: 'with', b4: 'before',
  nothin: 'nothing', nuthin: 'nothing', nuffin: 'nothing', sumthin: 'something', sum1: 'someone',
  some1: 'someone', sumone: 'someone', any1: 'anyone', every1: 'everyone', no1: 'no one', noone: 'no one',
  nobody: 'no one', ppl: 'people', bf: 'boyfriend', gf: 'girlfriend', hubby: 'husband', hubs: 'husband',
  kms: 'kill myself', kys: 'kill yourself', unalive: 'kill', unaliving: 'killing', unalived: 'killed',
  sewerslide: 'suicide', meself: 'myself', slef: 'self', selfharm: 'self harm', selfharming: 'self harming',
  tonite: 'tonight', '2nite': 'tonight', '2night': 'tonight', '2day': 'today', tabs: 'tablets',
  od: 'overdose', oding: 'overdosing', wnat: 'want', wamt: 'want', wan: 'want', tuk: 'took', dei: 'die',
}));

/**
 * The words whose misspellings matter: a typo here must not hide a disclosure. Doubled or
 * single letters are forgiven for all of them ("kil", "slep", "diiie").
 */
const RISK_WORDS = [
  'suicide', 'suicidal', 'overdose', 'overdosed', 'overdosing', 'overdoses', 'myself', 'himself',
  'herself', 'kill', 'killing', 'killed', 'die', 'dead', 'dying', 'cut', 'cutting', 'hurt', 'hurting',
  'harm', 'harming', 'stabbing', 'stabbed', 'strangle', 'strangled', 'strangling', 'threatened', 'threatening',
  'assaulted', 'abuse', 'abuses', 'abused', 'abusive', 'abusing', 'beating', 'beaten', 'beats', 'hitting',
  'husband', 'boyfriend', 'girlfriend', 'partner', 'tablets', 'pills', 'paracetamol', 'painkillers',
  'anymore', 'tonight', 'hopeless', 'worthless', 'pointless', 'thinking', 'wanting', 'nothing',
  'living', 'alive', 'sleep', 'sleeping', 'slept', 'eaten', 'eating', 'cope', 'coping', 'scared',
  'afraid', 'someone', 'everyone', 'everything', 'forever', 'depressed', 'overwhelmed', 'breakdown',
];

// Of those, the distinctive ones also forgive one wrong, missing, extra or swapped letter
// ("suicde", "myslef", "husbnd"). Short verbs such as "coping" or "eating" are left out: too
// many ordinary words sit one letter away ("coming", "hating").
const TYPO_TOLERANT_WORDS = [
  'suicide', 'suicidal', 'overdose', 'overdosed', 'myself', 'himself', 'herself', 'killing', 'killed',
  'cutting', 'hurting', 'stabbing', 'strangled', 'threatened', 'assaulted', 'abused', 'abusive',
  'husband', 'boyfriend', 'girlfriend', 'partner', 'tablets', 'paracetamol', 'painkillers', 'anymore',
  'tonight', 'hopeless', 'worthless', 'thinking', 'overwhelmed',
];

// Ordinary words one typo away from a typo-tolerant word: never "correct" them ("putting myself
// forward" is not "cutting myself"; "homeless" is not "hopeless").
const NEAR_MISS_WORDS = new Set([
  'putting', 'gutting', 'butting', 'jutting', 'nutting', 'rutting', 'tutting', 'willing', 'filling',
  'billing', 'milling', 'tilling', 'skilling', 'killer', 'killers', 'skilled', 'filled', 'billed',
  'milled', 'willed', 'tilled', 'hunting', 'hurling', 'hurtling', 'amused', 'abased', 'bused',
  'amusive', 'stubbing', 'swabbing', 'scabbing', 'slabbing', 'stabling', 'straggled', 'strangles',
  'strangler', 'threatener', 'tables', 'tablet', 'thanking', 'thinning', 'thinkings', 'homeless',
  'partners', 'parter', 'partier', 'tonights', 'overdoes', 'overdone', 'overdoing',
]);

// Chat spelling drops the final g: "thinkin", "goin", "nothin".
const DROPPED_G_WORDS = new Set([
  'thinking', 'going', 'feeling', 'trying', 'cutting', 'hurting', 'killing', 'living', 'ending', 'doing',
  'nothing', 'something', 'sleeping', 'eating', 'taking', 'planning', 'getting', 'hitting', 'beating',
  'burning', 'stabbing', 'jumping', 'coping', 'crying', 'wanting', 'harming', 'hanging', 'dying',
  'falling', 'breaking', 'struggling', 'abusing', 'threatening', 'being', 'giving', 'saying', 'telling',
]);

const RISK_WORD_SET = new Set(RISK_WORDS);
const RISK_WORD_BY_SKELETON = new Map(RISK_WORDS.map((word) => [skeleton(word), word] as const));
// Two-letter shorthand is left out: "odd" must not read as "od" (overdose).
const SHORTHAND_BY_SKELETON = new Map(
  [...SHORTHAND]
    .filter(([word]) => word.length >= 3)
    .map(([word, meaning]) => [skeleton(word), meaning] as const),
);
const FUZZY_MIN_WORD_LENGTH = 5;

function normaliseWord(word: string): string {
  const shorthand = SHORTHAND.get(word);
  if (shorthand !== undefined) return shorthand;
  if (RISK_WORD_SET.has(word) || NEAR_MISS_WORDS.has(word)) return word;
  if (word.endsWith('in') && DROPPED_G_WORDS.has(`${word}g`)) return `${word}g`;

  const bare = skeleton(word);
  // Only stretched words ("wannnna", "noooo") are looked up by skeleton among the shorthand:
  // "none" must not become "no one".
  if (bare !== word) {
    const stretched = SHORTHAND_BY_SKELETON.get(bare);
    if (stretched !== undefined) return stretched;
  }
  const respelled = RISK_WORD_BY_SKELETON.get(bare) ?? closeRiskWord(word);
  if (respelled !== undefined) return respelled;
  // No letter doubled, so none tripled either.
  return bare === word ? word : word.replace(/([a-z])\1{2,}/g, '$1');
}

/** The word with every run of a repeated letter cut to one: "kiiill" and "kil" both give "kil". */
function skeleton(word: string): string {
  // Most words have no doubled character at all; a loop says so sooner than the regex.
  for (let i = 1; i < word.length; i++) {
    if (word[i] === word[i - 1]) return word.replace(/([a-z])\1+/g, '$1');
  }
  return word;
}

// The typo-tolerant words within one letter of each length, in list order: the first in the
// list wins when a typo is one edit from two of them ("suicidel").
const TYPO_TOLERANT_BY_LENGTH = new Map<number, string[]>();
for (const target of TYPO_TOLERANT_WORDS) {
  for (const length of [target.length - 1, target.length, target.length + 1]) {
    TYPO_TOLERANT_BY_LENGTH.set(length, [...(TYPO_TOLERANT_BY_LENGTH.get(length) ?? []), target]);
  }
}

function closeRiskWord(word: string): string | undefined {
  if (word.length < FUZZY_MIN_WORD_LENGTH) return undefined;
  return TYPO_TOLERANT_BY_LENGTH.get(word.length)?.find((target) => isOneEditApart(word, target));
}

/** One letter added, dropped or changed, or two neighbours swapped ("suicde", "myslef"). */
export function isOneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start += 1;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA -= 1;
    endB -= 1;
  }
  const restA = a.slice(start, endA);
  const restB = b.slice(start, endB);
  if (restA.length <= 1 && restB.length <= 1) return true;
  return restA.length === 2 && restB.length === 2 && restA[0] === restB[1] && restA[1] === restB[0];
}
