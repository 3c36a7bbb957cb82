// Pieces the rule files' whole-message sets share (four files had each written them alike).
import type { RiskPatternGroup } from '../riskPatterns.ts';

export const group = (level: 'crisis' | 'concern', reason: string, patterns: RegExp[]): RiskPatternGroup => ({ level, reason, patterns });

/** A laugh, for the exclusions of sets a joke should leave shut (nine rule files had each written it). */
export const LAUGH = String.raw`lol|lmao|haha\w*|hehe|jk|joking|kidding`;

/** A day of the week, as the normaliser leaves it (four rule files had each written it). */
export const WEEKDAY = String.raw`(?:mon|tues|wednes|thurs|fri|satur|sun)day`;

/** Not just after "not", "never", "no longer" or "nor": "i am not hiding my cuts" is no finding. */
export const NOT_BEFORE = String.raw`(?<!\b(?:not|never|no longer|nor) )`;

/**
 * A gate that opens on `gate` unless `exclude` is anywhere in the message (six files had each written
 * it). Its source is one expression, for the places that build on it; its test searches for the gate
 * first and for the exclusion only when the gate opens. Most messages open no gate, and looking for
 * every exclusion in every message took a quarter of a reading. The two agree on normalised text,
 * which holds no line breaks.
 */
class GateUnless extends RegExp {
  /** The gate alone: nothing opens it that does not match this. */
  readonly opens: RegExp;
  /** The exclusion alone: a test holds it to never shutting on words every client uses ("i am"). */
  readonly shuts: RegExp;

  constructor(gate: string, exclude: string) {
    super(String.raw`^(?!.*(?:${exclude})).*(?:${gate})`);
    this.opens = new RegExp(gate);
    this.shuts = new RegExp(exclude);
  }

  override test(text: string): boolean {
    return this.opens.test(text) && !this.shuts.test(text);
  }
}

export const unless = (gate: string, exclude: string): RegExp => new GateUnless(gate, exclude);

/**
 * What must match for a set's gate to open: a gate made by `unless`, its gate alone (its exclusion
 * only ever shuts it), any other gate itself. The literal screen reads this, not the exclusion.
 */
export const gateOpening = (gate: RegExp): RegExp => (gate instanceof GateUnless ? gate.opens : gate);

/** Someone else's words, told by the client ("my mum said...", "he keeps saying..."): four rule files had each written it alike. */
export const SOMEONE_ELSE_SAID = String.raw`\b(?:my (?:mum|mom|dad|mother|father|brother|sister|friend|son|daughter|nan|gran|grandad|grandma|uncle|aunt|auntie|cousin|neighbour|flatmate|colleague|kid|boy|girl|client|patient|student|husband|wife|partner)s?|a friend|(?:he|she|they|hes|shes|theyre)) (?:says|said|keeps saying|told me|texted|messaged|posted|wrote)\b|\bone of the other\b`;

/** Films, books, shows and games, where risk words are the story's: three rule files had each written it alike. */
export const STORIES_AND_GAMES = String.raw`film|movie|book|novel|series|episode|character|soap|lyrics|documentary|podcast|poem|storyline|script|sims|minecraft|gta|fortnite|roblox|anime|manga|fanfic|game|gaming|call of duty`;

/** Someone else's trouble, said of them, or a story: the exclusion most rule files end their sets with (twelve had each written it alike). */
export const SOMEONE_ELSE_OR_A_STORY = String.raw`${SOMEONE_ELSE_SAID}|\b(?:${STORIES_AND_GAMES})\b`;
