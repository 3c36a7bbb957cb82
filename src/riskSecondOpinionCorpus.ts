// What the risk check's second opinion (src/domain/risk/secondOpinion.ts) trains on: the first
// model's training corpus and every labelled set in test/corpus already read for rules (the blind
// splits read, the everyday answers to the coach). A set whose first line is the never-read mark
// is left out: those measure the check, so nothing may learn from them. So is a set marked read but
// not trained on (its rules were written from it; the model is better without it).
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { isMarkedNeverRead, isMarkedNotTrainedOn, labelledLines } from './domain/risk/labelledLines.ts';
import { normaliseForMatching } from './domain/risk/normalise.ts';
import type { LabelledMessage } from './domain/risk/riskCategories.ts';
import { TRAINING_CORPUS } from './domain/risk/trainingCorpus.ts';

export const labelledSetsDir = resolve('test/corpus');

/** The labelled sets' files, sorted, whether each is kept to measure the check, and whether it may be trained on. */
export function labelledSets(dir = labelledSetsDir): { file: string; text: string; neverRead: boolean; trainable: boolean }[] {
  let names: string[];
  try {
    names = readdirSync(dir).filter((name) => name.startsWith('risk') && name.endsWith('.tsv')).sort();
  } catch (error) {
    throw new Error(`The risk check's second opinion trains on the labelled sets in ${dir}, which could not be read. Run the bot from the project's folder.`, { cause: error });
  }
  return names.map((name) => {
    const text = readFileSync(join(dir, name), 'utf8');
    const neverRead = isMarkedNeverRead(text);
    return { file: name, text, neverRead, trainable: !neverRead && !isMarkedNotTrainedOn(text) };
  });
}

export function secondOpinionCorpus(dir = labelledSetsDir): LabelledMessage[] {
  const sets = labelledSets(dir);
  // A message a never-read set holds too (writers repeat each other: "do i need to bring id to the interview") is left out.
  const kept = new Set(sets.filter((set) => set.neverRead).flatMap((set) => labelledLines(set.text, set.file)).map((message) => normaliseForMatching(message.text)));
  const read = sets.filter((set) => set.trainable).flatMap((set) => labelledLines(set.text, set.file));
  return [...TRAINING_CORPUS, ...read].filter((message) => !kept.has(normaliseForMatching(message.text)));
}

/**
 * What a kept second opinion must match, without holding the messages: each trainable set's name
 * and a digest of its text (the started bot's heap is small), and the first model's corpus.
 */
export function secondOpinionSources(dir = labelledSetsDir): { trainingCorpus: number; sets: [string, string][] } {
  const sets = labelledSets(dir)
    .filter((set) => set.trainable)
    .map((set): [string, string] => [set.file, createHash('sha256').update(set.text).digest('hex')]);
  return { trainingCorpus: TRAINING_CORPUS.length, sets };
}
