// The rules, searched only where they could find something: a LiteralScreen names the patterns
// whose words a text holds, and only those are run. Most messages find nothing in most of the two
// thousand whole-message sets and four hundred clause groups, and running every one of them had
// made a reading ten times slower. What is found, and in what order, is as if every one were run.
import type { RiskPatternGroup } from '../riskPatterns.ts';
import { LiteralScreen, piecesSeenIn, stringsEveryMatchHolds, stringsEveryTextMatchingAnyHolds } from './literalScreen.ts';
import { TRAINING_CORPUS } from './trainingCorpus.ts';
import { gateOpening } from './wholeMessageSets.ts';

/** A set read over the whole message: its gate, then its groups' patterns. */
export type WholeMessageSet = readonly [RegExp, readonly RiskPatternGroup[]];

// Which pieces of the rules' words are rare in what clients write: counted once, for every screen.
let typicalPieces: Map<string, number> | undefined;
const seenInTypicalTexts = () => (typicalPieces ??= piecesSeenIn(TRAINING_CORPUS.map((message) => message.text.toLowerCase())));

/**
 * The groups of `sets` found in a message, in the order of the sets and their groups: a group is
 * found when its set's gate opens and one of its patterns matches.
 */
export function wholeSetsReader(sets: readonly WholeMessageSet[]): (whole: string) => RiskPatternGroup[] {
  const patterns = sets.flatMap(([, groups], set) => groups.flatMap((group) => group.patterns.map((pattern) => ({ set, group, pattern }))));
  // Only the gate's opening is read: its exclusions, most of its text, never name what must be there.
  const gateNeeds = sets.map(([gate]) => stringsEveryMatchHolds(gateOpening(gate)));
  const screen = new LiteralScreen(patterns.map(({ set, pattern }) => [stringsEveryMatchHolds(pattern), gateNeeds[set]!]), seenInTypicalTexts());
  return (whole) => {
    const found: RiskPatternGroup[] = [];
    const opened = new Map<number, boolean>();
    // Candidates come in the sets' order, each group's patterns together.
    for (const index of screen.candidates(whole)) {
      const { set, group, pattern } = patterns[index]!;
      if (found.at(-1) === group || !pattern.test(whole)) continue;
      let open = opened.get(set);
      if (open === undefined) opened.set(set, (open = sets[set]![0].test(whole)));
      if (open) found.push(group);
    }
    return found;
  };
}

/** The same reading with every set run: what the screened reading must equal, and the bench's baseline. */
export function readEverySet(sets: readonly WholeMessageSet[], whole: string): RiskPatternGroup[] {
  return sets.flatMap(([gate, groups]) => (gate.test(whole) ? groups : [])).filter((group) => group.patterns.some((pattern) => pattern.test(whole)));
}

/** A screen for groups read clause by clause: `candidates(clause)` names those that could match it. */
export function groupsScreen(groups: readonly RiskPatternGroup[]): LiteralScreen {
  return new LiteralScreen(groups.map((group) => [stringsEveryTextMatchingAnyHolds(group.patterns)]), seenInTypicalTexts());
}
