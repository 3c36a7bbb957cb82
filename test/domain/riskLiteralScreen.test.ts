// The screen that lets the risk rules run only the patterns whose words a message holds
// (src/domain/risk/literalScreen.ts, screenedRules.ts). It may look at too much, never too little:
// a pattern it skips must be one that would have found nothing. Checked on our own patterns, then
// on every rule the risk check has, over labelled messages of every level.
import { describe, expect, it, vi } from 'vitest';
import { LiteralScreen, stringsEveryMatchHolds } from '../../src/domain/risk/literalScreen.ts';
import { normaliseForMatching } from '../../src/domain/risk/normalise.ts';
import { labelled } from '../../src/domain/risk/riskCategories.ts';
import { CONCERN_RULES, CRISIS_RULES, WHOLE_MESSAGE_SETS } from '../../src/domain/risk/rules.ts';
import { groupsScreen, readEverySet, wholeSetsReader } from '../../src/domain/risk/screenedRules.ts';
import { TRAINING_CORPUS } from '../../src/domain/risk/trainingCorpus.ts';
import { HELD_OUT } from '../corpus/riskHeldOut.ts';

const sorted = (strings: readonly string[] | null) => (strings ? [...strings].sort() : null);

describe('the strings every match of a pattern holds', () => {
  it.each([
    ['one word', /\bbridge\b/, ['bridge']],
    ['a choice of words', /\b(?:bridge|viaduct|cliff)\b/, ['bridge', 'cliff', 'viaduct']],
    ['words joined across groups', /\b(?:the|that) (?:bridge|cliff)\b/, ['that bridge', 'that cliff', 'the bridge', 'the cliff']],
    ['an optional word, with and without it', /\b(?:the )?bridge\b/, ['bridge', 'the bridge']],
    ['an optional letter', /\bknives?\b/, ['knive', 'knives']],
    ['a small class of letters', /\bbrui[sz]e\b/, ['bruise', 'bruize']],
    ['a part on either side of a word of any letters', /\bgave \w+ away\b/, ['gave ']],
    ['the end of a word of any letters', /\b\w+ly\b/, ['ly']],
    ['a branch of any letters before a fixed end', /\bpills\b|\w+ing/, ['ing', 'pills']],
    ['a lookahead, which looks in the text', /^(?=.*\btonight\b).*\bit\b/, ['tonight']],
    ['every branch, when each names something', /\bpills\b|\brope\b/, ['pills', 'rope']],
    ['the longer part, past one said at least once', /\b(?:so )+tired\b/, ['tired']],
  ])('%s', (_, pattern, expected) => {
    expect(sorted(stringsEveryMatchHolds(pattern))).toEqual(expected);
  });

  it.each([
    ['a pattern that matches anything', /.*/],
    ['a branch with nothing to name', /\bpills\b|\w+/],
    ['a word of any letters', /\b\w+\b/],
    ['an optional part alone', /(?:bridge)?/],
    ['what a negative lookahead looks for, which is not there', /^(?!.*\bjob\b).*/],
    ['a back-reference', /(\w+)\1/],
    ['a case-blind pattern', /\bbridge\b/i],
    ['a global pattern, whose test moves on', /\bbridge\b/g],
  ])('names nothing for %s', (_, pattern) => {
    expect(stringsEveryMatchHolds(pattern)).toBeNull();
  });
});

describe('a screen over many patterns', () => {
  const patterns = [/\bbridge\b/, /\b(?:pills|tablets)\b/, /.*/, /\bno (?:food|money)\b/];
  const screen = new LiteralScreen(patterns.map((pattern) => [stringsEveryMatchHolds(pattern)]));

  it('names the patterns whose words the text holds, and those it cannot read, in order', () => {
    expect(screen.candidates('walked to the bridge with my tablets')).toEqual([0, 1, 2]);
    expect(screen.candidates('no money left')).toEqual([2, 3]);
    expect(screen.candidates('interview went well')).toEqual([2]);
  });

  it('checks every list a thing needs, not only the one it is found through', () => {
    const both = new LiteralScreen([[['bridge'], ['tonight', 'tomorrow']]]);
    expect(both.candidates('the bridge tonight')).toEqual([0]);
    expect(both.candidates('the bridge is closed')).toEqual([]);
    expect(both.candidates('see you tomorrow')).toEqual([]);
  });
});

// Labelled messages of every level, training and held out (one in six: running every set on a
// message costs a few milliseconds; every message is read through the screen by the corpus tests).
const messages = [...TRAINING_CORPUS, ...labelled(HELD_OUT)].filter((_, index) => index % 6 === 0).map((message) => normaliseForMatching(message.text));
// Beside the rest of the suite, on two cores, the reading of every set takes a minute or more.
vi.setConfig({ testTimeout: 180_000 });

describe('the risk rules read through the screen', () => {
  it('find in every message the whole-message sets that running every set finds, in the same order', () => {
    const read = wholeSetsReader(WHOLE_MESSAGE_SETS);
    const readings = messages.map((whole) => ({ whole, screened: read(whole), everySet: readEverySet(WHOLE_MESSAGE_SETS, whole) }));
    expect(readings.filter(({ screened, everySet }) => screened.map((group) => group.reason).join('|') !== everySet.map((group) => group.reason).join('|'))).toEqual([]);
    // The check has something to check: many messages find a set.
    expect(readings.filter(({ everySet }) => everySet.length > 0).length).toBeGreaterThan(250);
  });

  it.each([
    ['crisis', CRISIS_RULES],
    ['concern', CONCERN_RULES],
  ])('never skip a %s group a clause matches', (_, rules) => {
    const screen = groupsScreen(rules.map(({ group }) => group));
    const skipped = messages.flatMap((whole) => {
      const named = new Set(screen.candidates(whole));
      return rules.flatMap(({ any }, index) => (any.test(whole) && !named.has(index) ? [`${index}: ${whole}`] : []));
    });
    expect(skipped).toEqual([]);
  });
});
