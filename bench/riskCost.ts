// The cost of assessRisk per message, over every labelled message (training and held-out), each
// read several times after a warm-up: mean and p99 in microseconds; and the one-off cost of
// training the model. Side by side in one run: the model trained on the corpus alone (before) and
// the model the bot uses now (the corpus blended with the spent blind splits and coach talk,
// trained at build and kept on disk). Part of `npm run bench`; alone:
//   npx tsx bench/riskCost.ts
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { assessRisk, trainRiskClassifier, useTrainedRiskModel } from '../src/domain/risk.ts';
import { labelled, type LabelledMessage } from '../src/domain/risk/riskCategories.ts';
import { TRAINING_CORPUS } from '../src/domain/risk/trainingCorpus.ts';
import { widerRiskMessages } from '../src/trainedModels.ts';
import { HELD_OUT } from '../test/corpus/riskHeldOut.ts';
import { summarize, type LatencySummary } from './percentiles.ts';
import { renderTable } from './table.ts';

export type RiskCostRow = {
  model: string;
  trainedOn: number;
  trainingMs: number;
  /** Microseconds per message. */
  perMessage: LatencySummary;
};

export type RiskCostFigures = {
  messages: number;
  rounds: number;
  rows: RiskCostRow[];
  /** The row the bot runs (the last). */
  perMessage: LatencySummary;
};

function costWith(model: string, wider: readonly LabelledMessage[] | undefined, texts: readonly string[], rounds: number): RiskCostRow {
  const trainingStarted = performance.now();
  const classifier = trainRiskClassifier(TRAINING_CORPUS, wider ?? []);
  const trainingMs = performance.now() - trainingStarted;
  useTrainedRiskModel({ index: classifier.exampleIndex(), weights: classifier.toJSON() });
  for (const text of texts) assessRisk(text);
  const samples: number[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const text of texts) {
      const started = performance.now();
      assessRisk(text);
      samples.push((performance.now() - started) * 1000);
    }
  }
  return { model, trainedOn: TRAINING_CORPUS.length + (wider?.length ?? 0), trainingMs, perMessage: summarize(samples) };
}

export function measureRiskCost(rounds = 20): RiskCostFigures {
  const texts = [...TRAINING_CORPUS, ...labelled(HELD_OUT)].map((message) => message.text);
  const rows = [
    costWith('before: corpus alone', undefined, texts, rounds),
    costWith('now: corpus blended with spent splits and coach talk', widerRiskMessages(), texts, rounds),
  ];
  return { messages: texts.length, rounds, rows, perMessage: rows.at(-1)!.perMessage };
}

export function riskCostTable(figures: RiskCostFigures): string {
  return renderTable(
    ['Model', 'trained on', 'training ms (once, at build)', 'reads', 'mean µs/message', 'p50 µs', 'p99 µs', 'max µs'],
    figures.rows.map(({ model, trainedOn, trainingMs, perMessage }) => [
      model,
      trainedOn,
      trainingMs,
      figures.messages * figures.rounds,
      perMessage.mean,
      perMessage.p50,
      perMessage.p99,
      perMessage.max,
    ]),
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  console.log(riskCostTable(measureRiskCost()));
}
