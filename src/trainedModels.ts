// Training the risk and understanding models takes a second or more each. A model trained once
// is kept on disk under a name made from a digest of what it was made from: the training corpus,
// the model's settings and the source of the code that reads messages into features. A changed
// corpus, setting or feature code therefore never loads a stale model: it trains afresh and keeps
// the new one. Where that source is not on disk (a bundle), the digest is of the features
// themselves, which costs reading the corpus once.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { preparedTrainingCorpus, trainedRiskModel, trainSecondOpinion, useSecondOpinion, useTrainedRiskModel, type TrainedRiskModel } from './domain/risk.ts';
import type { KeptSecondOpinion } from './domain/risk/secondOpinion.ts';
import { secondOpinionCorpus, secondOpinionSources } from './riskSecondOpinionCorpus.ts';
import { RISK_MODEL_SETTINGS } from './domain/risk/classifier.ts';
import { TRAINING_CORPUS } from './domain/risk/trainingCorpus.ts';
import { trainedUnderstanding, understandingExamples, UNDERSTANDING_MODEL_SETTINGS, useTrainedUnderstanding } from './domain/understanding.ts';
import { corpus as understandingCorpus } from './domain/understanding/corpus.ts';

export const defaultModelCacheDir = resolve('node_modules/.cache/action-plan-coach');

type Model = {
  name: string;
  /** Source folders and files (from the project root) whose code turns text into features. */
  code: readonly string[];
  madeFrom: () => unknown;
  /** Used when the code is not on disk: the features themselves. */
  features: () => unknown;
  trained: () => unknown;
  use: (kept: unknown) => void;
};

const MODELS: readonly Model[] = [
  {
    name: 'risk',
    code: ['src/domain/risk', 'src/domain/textModel', 'src/domain/risk.ts', 'src/domain/riskPatterns.ts'],
    madeFrom: () => ({ settings: RISK_MODEL_SETTINGS, corpus: TRAINING_CORPUS }),
    features: preparedTrainingCorpus,
    trained: trainedRiskModel,
    use: (kept) => useTrainedRiskModel(kept as TrainedRiskModel),
  },
  {
    // Trained on about eight times the messages, so about a minute the first time.
    name: 'riskSecondOpinion',
    code: ['src/domain/risk', 'src/domain/textModel', 'src/domain/risk.ts', 'src/domain/riskPatterns.ts', 'src/riskSecondOpinionCorpus.ts'],
    madeFrom: () => ({ settings: RISK_MODEL_SETTINGS, corpus: TRAINING_CORPUS, sets: secondOpinionSources() }),
    features: preparedTrainingCorpus,
    trained: () => {
      const model = trainSecondOpinion(secondOpinionCorpus());
      useSecondOpinion(model);
      return model.toJSON();
    },
    use: (kept) => useSecondOpinion(kept as KeptSecondOpinion),
  },
  {
    name: 'understanding',
    code: ['src/domain/understanding', 'src/domain/textModel', 'src/domain/understanding.ts'],
    madeFrom: () => ({ settings: UNDERSTANDING_MODEL_SETTINGS, corpus: understandingCorpus }),
    features: understandingExamples,
    trained: trainedUnderstanding,
    use: useTrainedUnderstanding,
  },
];

export type ModelLoad = { name: string; from: 'disk' | 'trained' };

// Once per process: several apps started in one process (the tests) share the models.
let loaded: ModelLoad[] | undefined;

/**
 * Loads each model from the cache folder, or trains it and keeps it there. Without a folder
 * (null), or when the folder cannot be written, it trains in memory and carries on.
 */
export function loadTrainedModels(cacheDir: string | null = defaultModelCacheDir): ModelLoad[] {
  loaded ??= MODELS.map((model) => {
    const file = cacheDir ? join(cacheDir, `${model.name}-${digestOf(model)}.json`) : null;
    const kept = file ? readKept(file) : undefined;
    if (kept !== undefined) {
      model.use(kept);
      return { name: model.name, from: 'disk' };
    }
    const trained = model.trained();
    if (file && keep(file, trained)) removeOtherKept(cacheDir!, model.name, file);
    return { name: model.name, from: 'trained' };
  });
  return loaded;
}

function digestOf(model: Model): string {
  const hash = createHash('sha256').update(JSON.stringify(model.madeFrom()));
  const files = model.code.flatMap((path) => sourceFiles(resolve(path)));
  if (files === null || files.length === 0 || files.some((file) => file === null)) hash.update(JSON.stringify(model.features()));
  else for (const file of files) hash.update(file!).update(readFileSync(file!));
  return hash.digest('hex').slice(0, 24);
}

/** Every .ts file at a path, sorted; [null] when the path is missing. */
function sourceFiles(path: string): (string | null)[] {
  if (!existsSync(path)) return [null];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.ts'))
    .sort()
    .map((name) => join(path, name));
}

function readKept(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

// Written to a temporary name, then renamed: a reader never sees half a file, even when several
// processes start at once.
function keep(file: string, trained: unknown): boolean {
  try {
    mkdirSync(join(file, '..'), { recursive: true });
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify(trained));
    renameSync(temporary, file);
    return true;
  } catch {
    // A read-only disk costs only the training time at the next start.
    return false;
  }
}

/**
 * Removes the model's other kept copies (from an older corpus or code): each is several
 * megabytes and would never be read again. A checkout still on the old code trains afresh.
 */
export function removeOtherKept(cacheDir: string, name: string, kept: string): void {
  const pattern = new RegExp(`^${name}-[0-9a-f]+\\.json$`);
  for (const other of readdirSync(cacheDir)) {
    const path = join(cacheDir, other);
    if (pattern.test(other) && path !== kept) rmSync(path, { force: true });
  }
}
