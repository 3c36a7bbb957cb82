// Says which of many regular expressions could match a text, without running them: each pattern is
// read once for the words every match of it must hold ("bridge" or "viaduct" for
// `\b(?:the )?(?:bridge|viaduct)\b`), and a text that holds none of them is not searched. A pattern
// we cannot read this way (a bare `.*`, a word class, a back-reference, a case-blind or stateful flag)
// is always searched, so the screen only ever skips a search that would have found nothing. What the
// risk rules use it for is in screenedRules.ts.
import { RegExpParser, type AST } from '@eslint-community/regexpp';

/** The strings a part of a pattern can match in full, when there are few (null: many, or any). */
type Exact = readonly string[] | null;
/** Strings one of which every match holds (null: none can be named). */
type Needed = readonly string[] | null;
type Reading = { exact: Exact; needed: Needed };

const MOST_EXACT_STRINGS = 32;
const MOST_CLASS_CHARACTERS = 10;
const NOTHING_KNOWN: Reading = { exact: null, needed: null };
const ZERO_WIDTH: Reading = { exact: [''], needed: null };

const parser = new RegExpParser({ ecmaVersion: 2025 });

/**
 * Strings one of which is in every text the pattern matches (in the match itself, or where a
 * lookahead or lookbehind looked), or null when the pattern can match without any we can name. Case-blind, global and sticky patterns give null: the first would need
 * its text folded, and the other two change as they are run.
 */
export function stringsEveryMatchHolds(pattern: RegExp): readonly string[] | null {
  if (/[igy]/.test(pattern.flags)) return null;
  const ast = parser.parsePattern(pattern.source, 0, pattern.source.length, { unicode: pattern.flags.includes('u'), unicodeSets: pattern.flags.includes('v') });
  return usable(readAlternatives(ast.alternatives).needed);
}

function usable(needed: Needed): Needed {
  return needed && needed.length > 0 && needed.every((text) => text.length > 0) ? needed : null;
}

function readAlternatives(alternatives: readonly AST.Alternative[]): Reading {
  const readings = alternatives.map((alternative) => readSequence(alternative.elements));
  const exactCount = readings.reduce((count, { exact }) => count + (exact ? exact.length : Infinity), 0);
  const neededs = readings.map((reading) => usable(reading.needed));
  return {
    exact: exactCount <= MOST_EXACT_STRINGS ? capped(readings.flatMap((reading) => reading.exact!)) : null,
    needed: neededs.every((needed) => needed !== null) ? [...new Set(neededs.flat())] : null,
  };
}

// A sequence holds every one of its parts, so any part's strings will do: the longest are kept.
// Parts that match only a few exact strings are joined first ("the " then "bridge" is "the bridge").
function readSequence(elements: readonly AST.Element[]): Reading {
  const choices: Needed[] = [];
  let run: readonly string[] = [''];
  let allExact = true;
  for (const { exact, needed } of readParts(elements)) {
    if (needed !== exact) choices.push(needed);
    if (exact) {
      const joined = capped(product(run, exact));
      if (joined) run = joined;
      else {
        choices.push(run);
        run = exact;
        allExact = false;
      }
    } else {
      choices.push(run);
      run = [''];
      allExact = false;
    }
  }
  choices.push(run);
  return { exact: allExact ? run : null, needed: best(choices.map(usable)) };
}

// Letters in a row are read as one string: joining them one at a time to every string so far was
// most of the cost of reading two thousand patterns.
function* readParts(elements: readonly AST.Element[]): Generator<Reading> {
  let letters = '';
  for (const element of elements) {
    if (element.type === 'Character') {
      letters += String.fromCodePoint(element.value);
      continue;
    }
    if (letters) yield literal([letters]);
    letters = '';
    yield readElement(element);
  }
  if (letters) yield literal([letters]);
}

function readElement(element: AST.Element): Reading {
  switch (element.type) {
    case 'Character':
      return literal([String.fromCodePoint(element.value)]);
    case 'CharacterClass':
      return literal(classCharacters(element));
    case 'Assertion':
      // What a lookahead or lookbehind looks for is in the text, though not in the match.
      return (element.kind === 'lookahead' || element.kind === 'lookbehind') && !element.negate ? { exact: [''], needed: readAlternatives(element.alternatives).needed } : ZERO_WIDTH;
    case 'Group':
    case 'CapturingGroup':
      return readAlternatives(element.alternatives);
    case 'Quantifier':
      return readQuantifier(element);
    default:
      return NOTHING_KNOWN;
  }
}

function readQuantifier({ min, max, element }: AST.Quantifier): Reading {
  const inner = readElement(element);
  if (min === 0) return { exact: max === 1 && inner.exact ? capped(['', ...inner.exact]) : null, needed: null };
  const repeated = min === max && inner.exact ? capped(Array.from({ length: min }, () => inner.exact!).reduce<string[] | null>((sofar, next) => sofar && product(sofar, next), [''])) : null;
  return { exact: repeated, needed: inner.needed ?? (inner.exact ? usable(inner.exact) : null) };
}

function literal(strings: readonly string[] | null): Reading {
  return strings ? { exact: strings, needed: strings } : NOTHING_KNOWN;
}

function classCharacters(characterClass: AST.CharacterClass): string[] | null {
  if (characterClass.negate || characterClass.unicodeSets) return null;
  const characters: string[] = [];
  for (const part of characterClass.elements) {
    if (part.type === 'Character') characters.push(String.fromCodePoint(part.value));
    else if (part.type === 'CharacterClassRange' && part.max.value - part.min.value < MOST_CLASS_CHARACTERS) {
      for (let code = part.min.value; code <= part.max.value; code++) characters.push(String.fromCodePoint(code));
    } else return null;
    if (characters.length > MOST_CLASS_CHARACTERS) return null;
  }
  return characters;
}

/** Every string of `left` followed by every one of `right`, or null when that would be too many. */
function product(left: readonly string[], right: readonly string[]): string[] | null {
  if (left.length * right.length > MOST_EXACT_STRINGS) return null;
  return left.flatMap((start) => right.map((end) => start + end));
}

// Strings said twice are left in: finding them costs more than keeping them.
function capped(strings: readonly string[] | null): readonly string[] | null {
  return strings && strings.length <= MOST_EXACT_STRINGS ? strings : null;
}

// The choice whose shortest string is longest (short strings are in more texts, so screen out
// less), up to a length where any will do; then the one with fewest strings.
const LONG_ENOUGH = 6;

function best(choices: readonly Needed[]): Needed {
  let chosen: Needed = null;
  let chosenLength = 0;
  for (const choice of choices) {
    if (!choice) continue;
    const length = Math.min(LONG_ENOUGH, shortest(choice));
    if (!chosen || length > chosenLength || (length === chosenLength && choice.length < chosen.length)) {
      chosen = choice;
      chosenLength = length;
    }
  }
  return chosen;
}

function shortest(strings: readonly string[]): number {
  let length = Infinity;
  for (const text of strings) length = Math.min(length, text.length);
  return length;
}

/** Strings one of which is in every text that any of the patterns matches. */
export function stringsEveryTextMatchingAnyHolds(patterns: readonly RegExp[]): readonly string[] | null {
  const needs = patterns.map(stringsEveryMatchHolds);
  return needs.every((needed) => needed !== null) ? [...new Set(needs.flat() as string[])] : null;
}

/** What a thing needs: one string from each of these lists (a null list names none). */
export type Needs = readonly (readonly string[] | null)[];

// Lists this long or shorter are also checked, string by string, for a thing found through another.
const MOST_CHECKED = 32;

/**
 * Many things to look for, each given by what it needs: `candidates(text)` names those that could
 * be in the text. A thing is found through its best list: through one piece of each string in it,
 * of up to four characters, the piece least seen in typical texts (`piecesSeenIn`). Its other
 * short lists are then checked in full. A thing that needs nothing we can name, or a string shorter
 * than two characters, is always looked at.
 */
export class LiteralScreen {
  private readonly always: number[] = [];
  private readonly byPiece = new Map<string, number[]>();
  private readonly checks: (readonly (readonly string[])[])[];
  private readonly pieceLengths: number[];
  private readonly seen: Uint32Array;
  private round = 0;

  constructor(things: readonly Needs[], seenInTypicalTexts: ReadonlyMap<string, number> = new Map()) {
    this.seen = new Uint32Array(things.length);
    this.checks = things.map((needs, index) => {
      const lists = needs.map(usable).filter((list): list is readonly string[] => list !== null);
      const chosen = best(lists);
      if (!chosen || chosen.some((text) => text.length < 2)) this.always.push(index);
      else {
        for (const piece of new Set(chosen.map((text) => rarestPiece(text, seenInTypicalTexts)))) {
          const list = this.byPiece.get(piece);
          if (list) list.push(index);
          else this.byPiece.set(piece, [index]);
        }
      }
      return lists.filter((list) => list !== chosen && list.length <= MOST_CHECKED);
    });
    this.pieceLengths = [...new Set([...this.byPiece.keys()].map((piece) => piece.length))];
  }

  /** The things that could be in `text`, by index in the order given, lowest first. */
  candidates(text: string): number[] {
    const round = ++this.round;
    const found = [...this.always];
    for (const index of found) this.seen[index] = round;
    for (let start = 0; start < text.length; start++) {
      for (const length of this.pieceLengths) {
        if (start + length <= text.length) this.collect(text.slice(start, start + length), round, found);
      }
    }
    return found.filter((index) => this.checks[index]!.every((list) => list.some((needed) => text.includes(needed)))).sort((a, b) => a - b);
  }

  private collect(piece: string, round: number, found: number[]): void {
    const list = this.byPiece.get(piece);
    if (!list) return;
    for (const index of list) {
      if (this.seen[index] === round) continue;
      this.seen[index] = round;
      found.push(index);
    }
  }
}

const PIECE = 4;

/** How often each piece of four characters is seen in typical texts: a screen finds things through their rarest pieces. */
export function piecesSeenIn(typicalTexts: readonly string[]): Map<string, number> {
  const seen = new Map<string, number>();
  for (const text of typicalTexts) {
    for (let start = 0; start + PIECE <= text.length; start++) {
      const piece = text.slice(start, start + PIECE);
      seen.set(piece, (seen.get(piece) ?? 0) + 1);
    }
  }
  return seen;
}

function rarestPiece(text: string, seen: ReadonlyMap<string, number>): string {
  let rarest = text.slice(0, PIECE);
  let rarestCount = seen.get(rarest) ?? 0;
  for (let start = 1; start + PIECE <= text.length && rarestCount > 0; start++) {
    const piece = text.slice(start, start + PIECE);
    const count = seen.get(piece) ?? 0;
    if (count < rarestCount) {
      rarest = piece;
      rarestCount = count;
    }
  }
  return rarest;
}
