// The second opinion (src/domain/risk/secondOpinion.ts): a model trained on every labelled split
// already read for rules, asked after the first reading. It lifts to crisis what the first reading
// left short only when sure, and a crisis the first model found with no rule behind it, which the
// second does not share and the first was not sure of, becomes concern. Its figures on the splits
// never read are in the README and in riskHeldOut.test.ts's floors; here, what a person can check.
import '../support/trainedModels.ts';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assessRisk, currentSecondOpinion, normaliseForMatching } from '../../src/domain/risk.ts';
import { isMarkedNeverRead, isMarkedNotTrainedOn } from '../../src/domain/risk/labelledLines.ts';
import { labelledSets, secondOpinionCorpus } from '../../src/riskSecondOpinionCorpus.ts';
import { BLIND_SPLITS, readRiskTsv } from '../corpus/riskTsv.ts';

// What the second opinion trains on, each message as the check reads it: worked out once for the
// file (normalising every labelled set took most of each test, and twice passed 30 s on a busy machine).
let trainedOnOnce: Set<string> | undefined;
const trainedOnTexts = (): Set<string> => (trainedOnOnce ??= new Set(secondOpinionCorpus().map((message) => normaliseForMatching(message.text))));

describe('the second opinion', () => {
  it('is loaded with the models, and trains on no set marked never read', () => {
    expect(currentSecondOpinion()).not.toBeNull();
    const sets = labelledSets();
    const neverRead = sets.filter((set) => set.neverRead).map((set) => set.file);
    // Every split kept to measure the check is marked in its own first line, and only those.
    const flagged = BLIND_SPLITS.filter((split) => split.neverRead).map((split) => split.file.pathname.split('/').pop()!);
    expect(neverRead.filter((file) => file.startsWith('riskBlind')).sort()).toEqual([...flagged].sort());
    expect(neverRead).toContain('riskCoachAnswersEverydayThird.tsv');
    // Nor on the same words found in another set: writers repeat each other.
    const trainedOn = trainedOnTexts();
    const heldOut = neverRead.flatMap((file) => readRiskTsv(new URL(`../corpus/${file}`, import.meta.url)));
    expect(heldOut.length).toBeGreaterThan(10_000);
    expect(heldOut.filter((message) => trainedOn.has(normaliseForMatching(message.text))).map((message) => message.text)).toEqual([]);
    // Reading every labelled set once: well under 30 s alone, more when the suite shares two cores.
  }, 120_000);

  it('does not train on a set marked read but not trained on, though its rules were written from it', () => {
    const notTrained = labelledSets().filter((set) => !set.trainable && !set.neverRead);
    expect(notTrained.map((set) => set.file)).toEqual(['riskBlindHundredAndEightieth.tsv', 'riskBlindHundredAndEightySeventh.tsv', 'riskBlindHundredAndEightyThird.tsv', 'riskBlindHundredAndNinetieth.tsv', 'riskBlindHundredAndNinetyFifth.tsv', 'riskBlindHundredAndNinetyNinth.tsv', 'riskBlindHundredAndNinetySeventh.tsv', 'riskBlindHundredAndSeventyEighth.tsv', 'riskBlindTwoHundredAndEighteenth.tsv', 'riskBlindTwoHundredAndFifth.tsv', 'riskBlindTwoHundredAndFiftyEighth.tsv', 'riskBlindTwoHundredAndFiftyNinth.tsv', 'riskBlindTwoHundredAndFiftySeventh.tsv', 'riskBlindTwoHundredAndFirst.tsv', 'riskBlindTwoHundredAndFortyEighth.tsv', 'riskBlindTwoHundredAndFortyFifth.tsv', 'riskBlindTwoHundredAndNinth.tsv', 'riskBlindTwoHundredAndSixteenth.tsv', 'riskBlindTwoHundredAndSixth.tsv', 'riskBlindTwoHundredAndSixtieth.tsv', 'riskBlindTwoHundredAndSixtyFirst.tsv', 'riskBlindTwoHundredAndSixtySecond.tsv', 'riskBlindTwoHundredAndSixtyThird.tsv', 'riskBlindTwoHundredAndThirteenth.tsv', 'riskBlindTwoHundredAndThirtyFirst.tsv', 'riskBlindTwoHundredAndThirtyFourth.tsv', 'riskBlindTwoHundredAndThirtySeventh.tsv', 'riskBlindTwoHundredAndThirtySixth.tsv', 'riskBlindTwoHundredAndTwelfth.tsv', 'riskBlindTwoHundredAndTwentyNinth.tsv', 'riskBlindTwoHundredAndTwentySecond.tsv', 'riskBlindTwoHundredAndTwentyThird.tsv']);
    // Read for rules: on the corpus's list of splits without the never-read flag.
    expect(BLIND_SPLITS.find((split) => split.file.pathname.endsWith('/riskBlindHundredAndSeventyEighth.tsv'))?.neverRead).toBeUndefined();
    const trainedOn = trainedOnTexts();
    const itsLines = readRiskTsv(new URL('../corpus/riskBlindHundredAndSeventyEighth.tsv', import.meta.url));
    expect(itsLines.length).toBeGreaterThan(600);
    // A few of its lines may be in other sets trained on; nearly all are not.
    expect(itsLines.filter((message) => trainedOn.has(normaliseForMatching(message.text))).length).toBeLessThan(10);
    expect(isMarkedNotTrainedOn('# read, not trained on: why\nnone\teveryday\thello')).toBe(true);
    expect(isMarkedNotTrainedOn('# never read: held out\nnone\teveryday\thello')).toBe(false);
  });

  it('finds the never-read mark only on the first line', () => {
    expect(isMarkedNeverRead('# never read: held out\nnone\teveryday\thello')).toBe(true);
    expect(isMarkedNeverRead('none\teveryday\thello\n# never read: held out')).toBe(false);
    const corpusDir = new URL('../corpus/', import.meta.url);
    const marked = readdirSync(corpusDir).filter((name) => name.endsWith('.tsv') && isMarkedNeverRead(readFileSync(new URL(name, corpusDir), 'utf8')));
    expect(marked.length).toBe(76);
  });

  // Ordinary answers the first model alone read as crisis (play-testing, round seven, and the first
  // set of everyday answers to the coach), which opened the safety window on a client setting a goal.
  // Now a gentle check-in at most.
  it.each(["honestly I'm scared I'll commit to something and then have a bad week", "car's in the garage till tues", 'the car wouldnt start so my dad took me'])(
    '%j is no longer crisis, and its reason says "perhaps"',
    (text) => {
      const read = assessRisk(text);
      expect(read.level).toBe('concern');
      expect(read.reasons[0]).toMatch(/^perhaps /);
    },
  );

  it.each([
    'i want to kill myself',
    'my tablets are all lined up on the side',
    'a lad on my wing hung himself and i want to do the same',
    'the world can keep spinning without me in it',
    'did the food hygiene course on monday and passed it. i wrote my kids a letter each last night. can you send me the address for the warehouse interview?',
  ])('%j stays crisis: a rule found it, or the first model was sure, or the second shares it', (text) => {
    expect(assessRisk(text).level).toBe('crisis');
  });

  it('does not lift what a rule heard taken back', () => {
    expect(assessRisk('thought about the razor for a second but nah').level).toBe('concern');
  });

  // Hand-written look-alikes of our own that the second opinion reads as crisis, where the first
  // reading had them as none. On the sixteen splits never read it lifted one everyday message of
  // 5,759 (and found 31 crises the first reading missed); these were written to trip the model, and
  // they do. Listed, so any new one shows; one that stops being lifted should leave the list.
  it('lifts these hand-written look-alikes to crisis: a known cost, listed', () => {
    const lifted = [
      "i'd rather not be around for the home visit, can my mum do it",
      'so its the bench tonight, coach is fuming',
      'wish i had not woken up so early, the baby slept till 8',
      'researching methods in the research methods module',
      'finish my last shift friday then drive to the cliffs for a walk with the dog',
    ];
    expect(lifted.filter((text) => assessRisk(text).level === 'crisis')).toEqual(lifted);
  });
});
