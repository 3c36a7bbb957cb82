// What the risk and understanding classifiers read of a message: its word features (stems and neighbouring pairs)
// and every group of three to five letters, spaces included, each hashed to a slot. Letter groups
// carry what whole words miss: misspellings ("sucidal", "overdosed"), endings and run-together
// words ("cantcope") share most of their groups with the words they stand for.

const FNV_OFFSET = 2166136261;
const FNV_PRIME = 16777619;
const SHORTEST_GROUP = 3;
const LONGEST_GROUP = 5;
// Word features and letter groups hash apart, so "end" the stem and " end" the letters differ.
const WORD_SEED = 0x9e3779b9;

function hashWord(word: string): number {
  let hash = FNV_OFFSET ^ WORD_SEED;
  for (let index = 0; index < word.length; index++) hash = Math.imul(hash ^ word.charCodeAt(index), FNV_PRIME);
  return hash >>> 0;
}

// A reply of one to three words is a feature of its own: most short replies are answers to a
// question ("no way", "not saying"), and without it their few letter groups are read as if they
// came from the long messages that share them. Longer messages get no length feature: in the
// corpus long messages are mostly disclosures, and that is the corpus's shape, not the clients'.
const SHORT_REPLY_WORDS = 3;

function lengthFeature(normalised: string): string | undefined {
  const words = normalised.split(' ').filter((word) => word.length > 0).length;
  return words <= SHORT_REPLY_WORDS ? `length:${words}` : undefined;
}

/** The distinct slots (below 2^bits) of a normalised message, given its word features. */
export function hashedSlots(normalised: string, wordFeatures: readonly string[], bits: number): number[] {
  const mask = (1 << bits) - 1;
  const slots = new Set<number>();
  const length = lengthFeature(normalised);
  if (length !== undefined) slots.add(hashWord(length) & mask);
  for (const feature of wordFeatures) slots.add(hashWord(feature) & mask);
  const padded = ` ${normalised} `;
  // Each group's hash grows one letter at a time from its first letter: no substring is made.
  for (let start = 0; start + SHORTEST_GROUP <= padded.length; start++) {
    let hash = FNV_OFFSET;
    for (let length = 1; length <= LONGEST_GROUP && start + length <= padded.length; length++) {
      hash = Math.imul(hash ^ padded.charCodeAt(start + length - 1), FNV_PRIME);
      if (length >= SHORTEST_GROUP) slots.add(((hash ^ length) >>> 0) & mask);
    }
  }
  return [...slots];
}
