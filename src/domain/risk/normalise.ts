// Reads a message the way the risk rules and the classifier expect it: lower case, no
// punctuation, chat shorthand spelled out, letters held down cut short, and typos in the words
// that matter corrected. A typo must never hide a disclosure.
/**
 * Lower case, apostrophes and punctuation gone, one space between words, shorthand spelled out
 * and risk words spelled right: "I wanna KIL my self!!!" -> "i want to kill my self".
 * Exported so other rules (job loss, barriers) read messages the same way.
 */
export function normaliseForMatching(text: string): string {
  const words = text
    .toLowerCase()
    .replace(/[\u2019\u2018`\u00b4]/g, "'")
    .replace(/\bod(?:'d|'ed|ed)\b/g, 'overdosed')
    // "my boss's gonna go mad": the "'s" is "is" before "gonna", not a possessive
    .replace(/\b([a-z]+)'s (?=(?:gonna|gunna|going to|about to)\b)/g, '$1 is ')
    .replace(/'/g, '')
    // A blood-drop emoji said for self-harm ("🩸 again"): read as words, as the rules want it.
    .replace(/\u{1FA78}/gu, ' blood drop ')
    // Accents and marks gone, not the letters under them: "aquí" is "aqui", "umrzeć" is "umrzec", "ł" is "l".
    .normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/\u0142/g, 'l')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter((word) => word.length > 0);
  return words
    .map(normaliseWord)
    .join(' ')
    // "want 2 die", "want too die"
    .replace(/\b(want|going|got|need|have|ready|wish|about) (?:2|too)\b(?! (?:hours?|days?|weeks?|months?|years?|mins?|minutes?|times?|jobs?|people|pm|am|or|of)\b)/g, '$1 to')
    // "i dont no", "didnt no what to say": "no" for "know" after a denial
    .replace(/\b(do|did|does) not no\b(?! (?:more|longer)\b)/g, '$1 not know')
    // "havnt eatin", "not eating in 3 days": the dropped g gave "eating" where "eaten" was meant
    .replace(/\b(have|has) not eating\b/g, '$1 not eaten')
    // Voice-to-text slips of a method or of "suicide": "ant freeze", "sewer side thoughts"
    .replace(/\b(?:ant|anti|anty|auntie) freeze\b/g, 'antifreeze')
    .replace(/\bsewer (?:side|slide|sliding|cide)\b/g, 'suicide')
    // "unalive myself", "kms myself"
    .replace(/\bmyself myself\b/g, 'myself')
    // Geordie "divvent nah why": "nah" is "know" after a denial and before a question word
    .replace(/\b(do|did|does) not nah\b(?= (?:why|what|how|where|when|if|whether|who)\b)/g, '$1 not know')
    // Scots "a" and "ah" for "I": "a wish a wisnae alive", "a cannae", "ah didnae"
    .replace(/\ba (wish|want|hope|think|feel|know) (?:a|i) (was|were|could|had|did|would|never|am|will)\b/g, 'i $1 i $2')
    .replace(/(^|\b(?:and|but|so|because|honestly|aye|just|then) )(?:a|ah) (?=(?:can not|did not|was not|would not|could not|have not|will not)\b)/g, '$1i ')
    // "me nan passed", "me mam said": "me" before a relative, a home or "own" is "my" in the North, Scotland and Ireland
    .replace(/(^|\b(?:and|but|so|because|honestly|then|with|to|for|of|at|since|when|after|lost|miss|about|from|is|was) )me (?=(?:nan|nana|nanna|gran|granny|grandad|grandma|mum|mam|ma|da|dad|brother|bro|sister|sis|missus|fella|kids|son|daughter|auntie|aunt|uncle|cousin|partner|husband|wife|boyfriend|girlfriend|ex|house|flat|room|old man|old dear|friend|friends|own)\b)/g, '$1my ')
    // "am nae use", "am done in": a clause that opens on "am" means "i am" in the North and Scotland
    .replace(/(^|\b(?:and|but|so|because|honestly|aye|just) )am (?=(?:not|nothing|no|so|proper|dead|really|just|that|too|always|never|still|fine|okay|ok|sick|tired|done|lost|scared|going|useless|rubbish|crap|shit|skint|broke)\b)/g, '$1i am ');
}

// ---- Words: shorthand, misspellings and typos --------------------------------------------------

const SHORTHAND = new Map<string, string>(Object.entries({
  wanna: 'want to', wana: 'want to', wnna: 'want to', wnt: 'want', gonna: 'going to', gona: 'going to',
  gunna: 'going to', finna: 'going to', imma: 'i am going to', ima: 'i am going to', gotta: 'got to',
  tryna: 'trying to', im: 'i am', iam: 'i am', ive: 'i have', dont: 'do not', dnt: 'do not',
  doesnt: 'does not', dosnt: 'does not', didnt: 'did not', didint: 'did not', cant: 'can not',
  cnt: 'can not', carnt: 'can not', cannot: 'can not', couldnt: 'could not', cudnt: 'could not',
  wont: 'will not', wouldnt: 'would not', wudnt: 'would not', shouldnt: 'should not', shant: 'shall not', havent: 'have not',
  havnt: 'have not', hvnt: 'have not', hasnt: 'has not', isnt: 'is not', wasnt: 'was not', arent: 'are not',
  werent: 'were not', aint: 'am not', whats: 'what is', wats: 'what is', wots: 'what is', wat: 'what',
  wot: 'what', thats: 'that is', theres: 'there is', its: 'it is', hes: 'he is', shes: 'she is',
  theyre: 'they are', youre: 'you are', hed: 'he would', theyd: 'they would', u: 'you', ur: 'your',
  r: 'are', y: 'why', coz: 'because', cuz: 'because', cos: 'because', bc: 'because', abt: 'about',
  bout: 'about', b4: 'before',
  nothin: 'nothing', nuthin: 'nothing', nuffin: 'nothing', sumthin: 'something', sum1: 'someone',
  some1: 'someone', sumone: 'someone', any1: 'anyone', every1: 'everyone', no1: 'no one', noone: 'no one',
  nobody: 'no one', ppl: 'people', bf: 'boyfriend', gf: 'girlfriend', hubby: 'husband', hubs: 'husband',
  kms: 'kill myself', kys: 'kill yourself',
  sewerslide: 'suicide', sucidle: 'suicidal', suicidle: 'suicidal', sucidal: 'suicidal', sucidial: 'suicidal',
  suicidial: 'suicidal', suisidal: 'suicidal', suacidal: 'suicidal', sucide: 'suicide', suiside: 'suicide', meself: 'myself', slef: 'self', selfharm: 'self harm', selfharming: 'self harming',
  tonite: 'tonight', '2nite': 'tonight', '2night': 'tonight', '2day': 'today', tabs: 'tablets',
  od: 'overdose', oding: 'overdosing', wnat: 'want', wamt: 'want', wan: 'want', tuk: 'took', dei: 'die',
  rn: 'right now', atm: 'at the moment', idk: 'i do not know', dunno: 'do not know', tbh: 'honestly',
  ngl: 'honestly', fr: 'for real', frfr: 'for real', srsly: 'seriously', ffs: 'for fucks sake',
  pls: 'please', plz: 'please', thx: 'thanks', ty: 'thank you', nite: 'night', '2moro': 'tomorrow',
  tmrw: 'tomorrow', tmr: 'tomorrow', n: 'and', w: 'with', wiv: 'with', ova: 'over',
  sh: 'self harm', shing: 'self harming', unaliving: 'killing myself', unalive: 'kill myself',
  unalived: 'killed myself', kmn: 'kill myself now', ded: 'dead', nowt: 'nothing', owt: 'anything',
  masel: 'myself', mysel: 'myself', aboot: 'about', cannae: 'can not', wannae: 'want to', gonnae: 'going to',
  heid: 'head', naebody: 'no one', di: 'the', deid: 'dead', aff: 'off',
  dayz: 'days', multistorey: 'multi storey', multistory: 'multi storey', carpark: 'car park',
  hadnt: 'had not', mustnt: 'must not', neednt: 'need not', mightnt: 'might not', wouldve: 'would have',
  couldve: 'could have', shouldve: 'should have', didnae: 'did not', dinnae: 'do not', widnae: 'would not',
  wouldnae: 'would not', couldnae: 'could not', isnae: 'is not', wasnae: 'was not', havnae: 'have not',
  mates: 'friends', mate: 'friend', dissapear: 'disappear', dissappear: 'disappear', alot: 'a lot',
  // Scots and Geordie: "wisnae", "divvent", "maist nights"; and "nobody'll", "no one'll".
  wisnae: 'was not', werenae: 'were not', hadnae: 'had not', havenae: 'have not', huvnae: 'have not',
  disnae: 'does not', doesnae: 'does not', willnae: 'will not', wullnae: 'will not', shouldnae: 'should not',
  canna: 'can not', dinna: 'do not', divvent: 'do not', divnt: 'do not', maist: 'most', nae: 'no', tae: 'to',
  nobodyll: 'no one will', noonell: 'no one will', weans: 'kids', bairns: 'kids', bairn: 'kid',
  greetin: 'crying', oot: 'out', hame: 'home', hoose: 'house', gannin: 'going', hyem: 'home',
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
  'kipping', 'dossing',
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
