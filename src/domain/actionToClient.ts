// An adviser's action, as the client reads it when it is marked done. The adviser writes it about the
// client ("Book her DBS check", "Send Amira the vacancies"); the client had it quoted back in the third
// person ("Your adviser has done this: "Book her DBS check""). Here it is put to them: "her", "his",
// "their" before a noun as "your", "her", "him", "them" as "you", their name as "you" ("Amira's" as
// "your"). Where that cannot be done safely ("Check she has ID": "she has" would need "you have"),
// null: the caller says it without the words. Pure: no I/O.

// After these, "her" is the person ("send her 3 vacancies", "ring her about it", "call her"), not "her CV".
const AFTER_OBJECT_HER = new Set(
  (
    'a an the some any this that these those 1 2 3 4 5 6 7 8 9 10 one two three four five ' +
    'about on at to for with in by re after before back up today tomorrow tonight this next if when and or ' +
    'know'
  ).split(' '),
);

// Pronouns that would need the verb after them changed, or read oddly as "you": left alone, so null.
const UNSAFE = /\b(?:she|he|they|she's|he's|they're|they've|hers|theirs|she'd|he'd|they'd|she'll|he'll|they'll)\b/i;

/** `names`: the client's names as the adviser may write them ("Amira Khan", "Amira"). */
export function actionToClient(text: string, names: readonly (string | null | undefined)[]): string | null {
  if (UNSAFE.test(text) || theyMayBeOthers(text)) return null;
  let said = text;
  for (const name of wholeNamesFirst(names)) {
    const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    said = said.replace(new RegExp(String.raw`(?<![\p{L}'])${escaped}(?:'s|s'|\u2019s)(?![\p{L}])`, 'giu'), 'your');
    said = said.replace(new RegExp(String.raw`(?<![\p{L}'])${escaped}(?![\p{L}'\u2019])`, 'giu'), 'you');
  }
  said = said.replace(/\b(her)\b(\s+(\S+))?/gi, (_whole, word: string, space: string | undefined, next: string | undefined) => {
    const object = !next || AFTER_OBJECT_HER.has(next.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '')) || /^[^\p{L}\p{N}]/u.test(next);
    return `${asCased(object ? 'you' : 'your', word)}${space ?? ''}`;
  });
  said = said.replace(/\b(his|their)\b/gi, (word: string) => asCased('your', word));
  said = said.replace(/\b(him|them)\b/gi, (word: string) => asCased('you', word));
  said = said.replace(/\b(herself|himself|themselves|themself)\b/gi, (word: string) => asCased('yourself', word));
  return /^\p{Lu}/u.test(text) ? said.replace(/^\p{Ll}/u, (letter) => letter.toUpperCase()) : said;
}

// Words ending in "s" that are not many of something.
const NOT_PLURAL = new Set('this his hers its is was has does us bus class glass address business process access news plus yes less unless across gas pass focus status bonus campus census canvas esol dbs cscs ss'.split(' '));

/** "Ring the employers about their hours": "their" may be the employers', so it is not made "your". */
function theyMayBeOthers(text: string): boolean {
  const words = text.toLowerCase().split(/[^\p{L}']+/u).filter(Boolean);
  const at = words.findIndex((word) => word === 'their' || word === 'them' || word === 'themselves');
  return at > 0 && words.slice(0, at).some((word) => /\p{L}{2}s$/u.test(word) && !/ss$/.test(word) && !NOT_PLURAL.has(word));
}

/** Longest first, so "Amira Khan" goes before "Amira"; each name at least two letters. */
function wholeNamesFirst(names: readonly (string | null | undefined)[]): string[] {
  const all = names.flatMap((name) => {
    const whole = name?.trim() ?? '';
    return whole ? [whole, whole.split(/\s+/)[0]!] : [];
  });
  return [...new Set(all.filter((name) => name.replace(/[^\p{L}]/gu, '').length >= 2))].sort((a, b) => b.length - a.length);
}

function asCased(word: string, like: string): string {
  return /^\p{Lu}/u.test(like) ? word[0]!.toUpperCase() + word.slice(1) : word;
}
