// The doing words analyseGoal (smart.ts) knows, and how each one's result can be checked. Kept apart
// from the reading rules so a new verb clients use is one line here, not a change to the logic.

// "oneOff": done or not done ("update my CV"). "countable": done once per thing, so a plain plural
// needs a number ("apply for jobs": how many?). "deliver": countable, and where it goes counts too
// ("send my CV to employers": how many employers?). "search": open-ended unless it is about one
// named thing ("research the company"). "ongoing": practice that never ends by itself, so it always
// needs an amount or how often ("practise my English", "work on my CV").
export type VerbKind = 'oneOff' | 'countable' | 'deliver' | 'search' | 'ongoing';

export const ACTION_VERBS: Record<string, VerbKind> = {
  update: 'oneOff', finish: 'oneOff', complete: 'oneOff', submit: 'oneOff', book: 'oneOff', attend: 'oneOff',
  register: 'oneOff', enrol: 'oneOff', enroll: 'oneOff', sign: 'oneOff', call: 'oneOff', phone: 'oneOff',
  ring: 'oneOff', text: 'oneOff', message: 'oneOff', visit: 'oneOff',
  write: 'oneOff', fill: 'oneOff', print: 'oneOff', ask: 'oneOff', create: 'oneOff', set: 'oneOff',
  upload: 'oneOff', join: 'oneOff', contact: 'oneOff', meet: 'oneOff', arrange: 'oneOff', make: 'oneOff',
  open: 'oneOff', buy: 'oneOff', download: 'oneOff', speak: 'oneOff',
  talk: 'oneOff', go: 'oneOff', redo: 'oneOff', rewrite: 'oneOff', pay: 'oneOff', sort: 'oneOff', attempt: 'oneOff',
  find: 'oneOff', watch: 'oneOff', take: 'oneOff', collect: 'oneOff',
  bring: 'oneOff', pick: 'oneOff', organise: 'oneOff', organize: 'oneOff', tidy: 'oneOff', add: 'oneOff',
  reply: 'oneOff', respond: 'oneOff', request: 'oneOff', order: 'oneOff', scan: 'oneOff', enquire: 'oneOff',
  inquire: 'oneOff', tell: 'oneOff', show: 'oneOff', translate: 'oneOff', claim: 'oneOff', see: 'oneOff',
  // Cards, licences and tests clients must keep up: "renew my forklift licence", "resit my theory test".
  renew: 'oneOff', resit: 'oneOff', retake: 'oneOff', replace: 'oneOff', plan: 'oneOff',
  // "top up my phone", "wake up at 8 tomorrow" (round five; "get up" is read as "wake up").
  top: 'oneOff', wake: 'oneOff',
  // Round eight: "I intend to telephone the council" (an older client's word); "put my cv on totaljobs".
  telephone: 'oneOff', put: 'oneOff',
  follow: 'countable', continue: 'ongoing',
  apply: 'countable', chase: 'countable', knock: 'countable',
  send: 'deliver', post: 'deliver', email: 'deliver', 'e-mail': 'deliver', drop: 'deliver', hand: 'deliver', pop: 'deliver',
  read: 'search', search: 'search', look: 'search', research: 'search', check: 'search', browse: 'search',
  prepare: 'search', list: 'search',
  practise: 'ongoing', practice: 'ongoing', learn: 'ongoing', study: 'ongoing', revise: 'ongoing',
  rehearse: 'ongoing', volunteer: 'ongoing', walk: 'ongoing', work: 'ongoing',
};
const IRREGULAR_FORMS: Record<string, string> = {
  wrote: 'write', written: 'write', sent: 'send', made: 'make', went: 'go', going: 'go', spoke: 'speak',
  rang: 'ring', met: 'meet', bought: 'buy', found: 'find', paid: 'pay', setting: 'set',
  dropping: 'drop', signing: 'sign',
  // Phone spellings (round six): "txt my adviser", "fone the agency".
  txt: 'text', fone: 'phone', snd: 'send',
};
// Words that only make sense with a particle: "look" alone is a glance, "look for" is a search;
// "work" alone is a wish ("want to work"), "work on my CV" is a task; "sort my life" is vague,
// "sort out my DBS" is not.
export const NEEDS_PARTICLE: Record<string, string[]> = {
  look: ['for', 'up', 'at', 'into', 'through', 'on', 'around', 'round'],
  go: ['to', 'for', 'on', 'into', 'down', 'round', 'along', 'through', 'over'], set: ['up'], hand: ['in', 'out', 'round'],
  drop: ['off', 'in', 'into', 'round'], fill: ['in', 'out'], speak: ['to', 'with'], talk: ['to', 'with'],
  pick: ['up'], follow: ['up'], put: ['on', 'onto', 'up', 'in', 'into', 'forward'],
  // "see my GP", "see the careers adviser"; not "see what happens" or "see if I can".
  see: ['my', 'the', 'a', 'an', 'someone', 'somebody', 'her', 'him', 'them', 'our'],
  find: ['out'], sort: ['out'], top: ['up'], wake: ['up'], chase: ['up'], knock: ['on'], work: ['on'], pop: ['in', 'into', 'round', 'over', 'to'],
};
// A particle can change how a verb's result is checked: "look for jobs" goes on, "look up the bus
// times" is done once; "walk every day" is practice, "walk to the depot" is a trip.
export const PARTICLE_KINDS: Record<string, Record<string, VerbKind>> = {
  look: { up: 'oneOff', into: 'oneOff' }, walk: { to: 'oneOff', into: 'oneOff' },
  // "pop into the jobcentre" is a visit; "pop my cv into" still goes somewhere (deliver).
  pop: { into: 'oneOff', in: 'oneOff', round: 'oneOff', over: 'oneOff', to: 'oneOff', down: 'oneOff' },
};
// Doing words whole with a time and no object: "wake up at 8" (round five); not "wake up" alone.
export const NEEDS_NO_OBJECT = new Set(['wake']);
// Clients put the particle after a short object as often as before it: "drop my CV into",
// "hand my cv in at", "sort my cscs card out", "chase the asda application up".
export const SEPARABLE = new Set(['drop', 'hand', 'sort', 'chase', 'fill', 'set', 'look', 'pop', 'pick', 'tidy', 'top', 'put']);
export const SEPARABLE_REACH = 4;

// Several words that make one doing word; read as that word so the rest of the rules apply.
const PHRASES: [RegExp, string][] = [
  [/\bget(?:ting)? in (?:touch|contact) with\b/g, 'contact'],
  [/\bget(?:ting)? hold of\b/g, 'contact'],
  // "get up at 8", "get up early": the client's own doing, unlike "get a job" (round five).
  [/\bget(?:ting)? up (?=at\b|by\b|before\b|early\b|earlier\b|\d)/g, 'wake up '],
  // "get a provisional licence", "get some interview clothes": a thing to fetch or apply for, done
  // once it is in hand; "get a job" and "get better" stay wishes (round five).
  [/\bget(?:ting)?(?= (?:(?:a|an|my|some|the|new|full|provisional|photo)\s+){0,3}(?:licen[cs]e|passport|birth certificate|bus pass|railcard|interview clothes|work boots|uniform|id)\b)/g, 'collect'],
  // "get back to the agency" is a reply; "get back to work" is the outcome, so only before a who.
  [/\bget(?:ting)? back to (?=the\b|my\b|them\b|him\b|her\b)/g, 'contact '],
  [/\b(?:have|having|give it) a (?:go|try|crack) (?:at|of)\b/g, 'attempt'],
  // "apply to be a driver" is "apply for a driver job"; "apply to work at tesco", for a job there.
  [/\b(appl(?:y|ying|ied)) to (?:be|become) (?:an? )?/g, '$1 for a '],
  [/\b(appl(?:y|ying|ied)) to work (at|in|for|with)\b/g, '$1 for a job $2'],
  // "give the agency a call", "give my old boss a ring".
  [/\bgive ((?:[a-z'-]+ ){1,4})a (?:call|ring|bell|buzz)\b/g, 'ring $1'],
  // "have a look at college courses" is looking at them.
  [/\b(?:have|having|take|taking) a (?:quick )?(?:look|peek|gander) (at|into|for|through|round|around)\b/g, 'look $1'],
];
export function doingPhrasesAsVerbs(text: string): string {
  return PHRASES.reduce((said, [phrase, verb]) => said.replace(phrase, verb), text);
}

// Searching "online" or "around" says nothing about what. Jobs or work do: "look for jobs" is a
// clear action, only not yet measurable (test/corpus/goals/brief.md).
export const SEARCH_NOTHING = new Set(['online', 'around', 'about', 'everywhere']);

// "going to get a job", "try to be better": the outcome words are not actions the client can tick off.
// "do" stays here: the goal dialog asks for one thing after "do a care course first" (play-testing).
export const VAGUE_VERBS = new Set(['get', 'be', 'try', 'do', 'start', 'keep', 'think', 'feel', 'improve',
  'become', 'stop', 'have', 'need', 'want', 'stay', 'focus', 'change', 'help']);
// A doing word after these describes a job, not the client: "a job that pays well", "jobs paying 12 pounds".
export const DESCRIBES_BEFORE = new Set(['that', 'which', 'who', 'where']);
export const NOT_THE_CLIENTS = new Set(['pays', 'paying']);

// A doing word typed with one letter missing, doubled or swapped ("updte", "appply", "emial").
// Five letters or more, and never a changed or added new letter: "apple", "boring", "border" and
// "contract" are words of their own.
const LONG_VERBS = Object.keys(ACTION_VERBS).filter((verb) => verb.length >= 5 && /^[a-z]+$/.test(verb));
export function verbTypedWrong(word: string): string | null {
  if (word.length < 5 || !/^[a-z]+$/.test(word)) return null;
  return LONG_VERBS.find((verb) => oneSlipApart(word, verb)) ?? null;
}
function oneSlipApart(typed: string, verb: string): boolean {
  const without = (text: string, i: number) => text.slice(0, i) + text.slice(i + 1);
  if (typed.length === verb.length - 1) return [...verb].some((_, i) => without(verb, i) === typed);
  if (typed.length === verb.length + 1) return [...typed].some((letter, i) => letter === typed[i - 1] && without(typed, i) === verb);
  if (typed.length !== verb.length || typed === verb) return false;
  // "aplly": the doubled letter typed one place along (round five).
  const single = (text: string) => text.replace(/(.)\1/g, '$1');
  if (/(.)\1/.test(typed) && /(.)\1/.test(verb) && single(typed) === single(verb)) return true;
  return [...typed].some((_, i) => i + 1 < typed.length && typed.slice(0, i) + typed[i + 1] + typed[i] + typed.slice(i + 2) === verb);
}

const ENDINGS = [/^(.+)ing$/, /^(.+)ed$/, /^(.+)es$/, /^(.+)s$/, /^(.+)d$/];

// Own keys only: a word such as "constructor" must not find Object's prototype in these tables.
const isActionVerb = (word: string) => Object.hasOwn(ACTION_VERBS, word);

export function baseVerb(word: string): string | null {
  if (isActionVerb(word)) return word;
  if (Object.hasOwn(IRREGULAR_FORMS, word)) return IRREGULAR_FORMS[word]!;
  for (const ending of ENDINGS) {
    const stem = ending.exec(word)?.[1];
    if (!stem) continue;
    for (const candidate of [stem, `${stem}e`, stem.replace(/ie$/, 'y'), stem.replace(/i$/, 'y')]) {
      if (isActionVerb(candidate)) return candidate;
    }
  }
  return null;
}
