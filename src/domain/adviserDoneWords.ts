// "done amira dbs" said other ways by a busy adviser: "mark amira dbs as done", "amira done dbs",
// "dbs done for amira", "done: amira dbs", "amira - dbs done", "finished amiras dbs", "ive done the
// dbs for amira", "tick off amira dbs". Play-testing (December) found each got the whole help list.
// Read here as what "done" would be given; the caller checks the client is on the caseload (unless
// the words can only mean "mark done") and types it as "done <client> <words>". Look-alikes are
// left alone: a message ("message amira are you done ..."), an add ("add amira: get dbs done by
// friday"), a question ("is amira done with the dbs?"), "well done amira". Pure: no I/O.

/**
 * One way the words may be read. `lead`: the client first, then the action's words ("amira dbs").
 * `split`: the client and the words apart ("dbs done for amira"). `sure`: the words can only mean
 * "mark done", so the client need not be checked (a slip in the name is asked about).
 */
export type DoneSaid = ({ kind: 'lead'; rest: string; sure: boolean; possessive: boolean } | { kind: 'split'; client: string; words: string; sure: boolean }) & {
  /** Said with a verb of the work ("booked amiras dbs", "rang the college for dev"), not "done": taken only when the words fit an open action. */
  loose?: boolean;
};

const DONE = String.raw`(?:done|complete|completed|finished|sorted)`;
// "is done", "has been done", "now done", "all done".
const IS = String.raw`(?:(?:is|has been|was|now|all|now all|is now|is all) )?`;
// "ive done", "i have just finished", "just done", "i did".
const I_HAVE = String.raw`(?:(?:i'?ve|i have|i|have|just|now|all|ok|okay|right)[ ,]+)*`;
const I_DID = String.raw`${I_HAVE}(?:done|finished|completed|sorted|did|cleared)`;
// The work itself, done ("booked", "rang", "sent"): "booked amiras dbs", "ive rung the college for dev".
const WORK = String.raw`(?:booked|rang|rung|called|phoned|sent|emailed|e-mailed|texted|chased|contacted|arranged|referred|submitted|posted|applied)`;
const I_WORKED = String.raw`${I_HAVE}${WORK}`;

// The words can only mean "mark done".
const SURE_LEAD: readonly RegExp[] = [
  // "mark amira dbs as done", "marked amiras dbs as complete", "mark dev vacancies done", "tick amira dbs off".
  new RegExp(String.raw`^(?:mark|marked|put|set) (\S.*?) (?:as |to )?(?:done|complete|completed|finished|off)$`, 'i'),
  /^(?:tick|ticked|cross|crossed|strike|struck) (\S.*?) off$/i,
  // "tick off amira dbs", "cross off dev employer", "mark as done amira dbs", "mark off amira dbs".
  new RegExp(String.raw`^(?:(?:tick|ticked|cross|crossed|strike|struck|mark|marked) off|mark(?:ed)? (?:as )?(?:done|complete)) (\S.*)$`, 'i'),
  // "done: amira dbs", "done : dev employer", "done - amira dbs", "DONE amira dbs" is "done" already.
  /^(?:done|complete|completed|finished)\s*(?::|\s[-\u2013\u2014]{1,2})\s*(\S.*)$/i,
];

// The client last: "dbs done for amira", "ive done the dbs for amira", "dbs for amira is done".
// Only "for": "i did the college visit with amira" is something done with them, not an action marked.
const SPLIT: readonly RegExp[] = [
  new RegExp(String.raw`^${I_DID} (\S.*?) for (\S.*)$`, 'i'),
  new RegExp(String.raw`^(\S.*?) ${IS}${DONE} for (\S.*)$`, 'i'),
  new RegExp(String.raw`^(\S.*?) for (\S.*?) ${IS}${DONE}$`, 'i'),
];

// The same with the work's own verb, in the past: taken only when the words fit an open action.
const LOOSE_SPLIT: readonly RegExp[] = [
  new RegExp(String.raw`^${I_WORKED} (\S.*?) (?:for|re) (\S.*)$`, 'i'),
  new RegExp(String.raw`^(\S.*?) ${IS}${WORK} (?:for|re) (\S.*)$`, 'i'),
];
const LOOSE_LEAD: readonly RegExp[] = [new RegExp(String.raw`^${I_WORKED} (\S.*)$`, 'i'), new RegExp(String.raw`^(\S.*?)[,]? ${IS}${WORK}$`, 'i')];

// The client first, checked against the caseload: "finished amiras dbs", "amira dbs done",
// "amira - dbs done", "amira: vacancies done", "amira done dbs".
const LEAD: readonly RegExp[] = [
  new RegExp(String.raw`^${I_DID} (\S.*)$`, 'i'),
  new RegExp(String.raw`^(\S.*?)[,]? ${IS}${DONE}$`, 'i'),
];
// "amira done dbs": a name of one or two words, then "done", then the words. Only "done", and never
// "amira's done ...": "amira completed the college course" and "amiras done the course" are her news.
const NAME_THEN_DONE = /^(\S+(?: \S+)?) done[:,]? (\S.*)$/i;

// First words that make a line something else: a command, a question, a message.
const NOT_DONE_FIRST = new Set(
  (
    'add move mv plan agree message msg reply respond answer tell text write send ack acknowledge resolve res close cadence style resume ' +
    'review reviews cancel change update amend edit remove delete drop register caseload escalations undo help for ' +
    'what whats who whos how hows when whens where why which is are was were has have had did does do can could should would will ' +
    'well nice great good'
  ).split(' '),
);

// Words that begin something said about the client, not an action's words: "amira is done", "amira said she has done".
const NOT_ACTION_START = new Set('is has was said says she he they her his their will wants thinks feels isnt hasnt not never'.split(' '));

/** Curly apostrophes made straight, end punctuation and "please", "thanks" left off. */
function tidy(text: string): string {
  return text
    .replace(/[\u2018\u2019`]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\s!.,]+$/, '')
    .replace(/(?:[\s,]+(?:please|pls|plz|thanks|thank you|thx|thnx|ty|cheers|ta))+$/i, '')
    .replace(/[\s!.,]+$/, '');
}

/** The ways these words may say "mark my action done", most likely first; empty when they cannot. */
export function readDoneSaid(text: string): DoneSaid[] {
  const said = tidy(text);
  // A question, or "mark it as not done": never marked done here.
  if (!said || said.length > 120 || said.includes('?') || /\b(?:not|un-?) ?(?:done|complete|ticked|tick)|\bundone\b/i.test(said)) return [];
  const first = said.split(' ')[0]!.toLowerCase().replace(/[:,]$/, '');
  for (const pattern of SURE_LEAD) {
    const rest = pattern.exec(said)?.[1];
    if (rest) return [{ kind: 'lead', rest, sure: true, possessive: true }];
  }
  // "done amira dbs" is read where "done" is answered; "done amiras dbs" only has the possessive taken off.
  const done = /^done (\S+'?s'? .*)$/i.exec(said)?.[1];
  if (done) return [{ kind: 'lead', rest: done, sure: true, possessive: true }];
  if (NOT_DONE_FIRST.has(first) || /^done\s/i.test(said)) return [];
  const reads: DoneSaid[] = [];
  for (const pattern of SPLIT) {
    const [, words, client] = pattern.exec(said) ?? [];
    if (words && client) reads.push({ kind: 'split', client, words, sure: false });
  }
  for (const pattern of LEAD) {
    const rest = pattern.exec(said)?.[1];
    if (rest) reads.push({ kind: 'lead', rest, sure: false, possessive: pattern === LEAD[0] });
  }
  const [, name, words] = NAME_THEN_DONE.exec(said) ?? [];
  if (name && words) reads.push({ kind: 'lead', rest: `${name} ${words}`, sure: false, possessive: false });
  if (reads.length > 0 || /\b(?:will|ill|i'll|gonna|going to|need to|needs to|have to|has to|got to|yet|tomorrow|tmrw|tmw|later)\b/i.test(said)) return reads;
  for (const pattern of LOOSE_SPLIT) {
    const [, words, client] = pattern.exec(said) ?? [];
    if (words && client) reads.push({ kind: 'split', client, words, sure: false, loose: true });
  }
  for (const pattern of LOOSE_LEAD) {
    const rest = pattern.exec(said)?.[1];
    if (rest) reads.push({ kind: 'lead', rest, sure: false, possessive: pattern === LOOSE_LEAD[0], loose: true });
  }
  return reads;
}

/** True when the words after the client can be an action's words ("dbs"), not words about them ("is", "said she"). */
export function canBeActionWords(words: string): boolean {
  const first = words.trim().replace(/^[\s:\u2013\u2014-]+/, '').split(' ')[0]?.toLowerCase() ?? '';
  return first !== '' && !NOT_ACTION_START.has(first);
}

/** "her vacancies" after "sent amira": the words without the client's pronoun in front. */
export function withoutLeadingPronoun(words: string): string {
  return words.trim().replace(/^(?:her|his|their|them|him)\s+(?=\S)/i, '');
}

// The first words after "amira done" that make it news about the client, not an action: "amira done really well at interview".
const NEWS_START = /^(?:really|so|very|super|well|great|brilliant|brilliantly|brill|amazing|amazingly|fab|fabulous|fantastic|good|excellent|awesome|superb|lovely|proud|better|best|ace|smashing|loads|lots|everything|all (?:of )?(?:it|her|his|their))\b/i;

/** True when the words after the client read as how they got on ("really well at interview"), not an action's words. */
export function readsAsNews(words: string): boolean {
  return NEWS_START.test(words.trim());
}

/** "amiras", "amira's", "james'": the name without the possessive; null when there was none. */
export function withoutPossessive(word: string): string | null {
  if (/'s$/i.test(word)) return word.slice(0, -2);
  if (/s'$/i.test(word)) return word.slice(0, -1);
  return /\p{L}{2}s$/iu.test(word) ? word.slice(0, -1) : null;
}
