// The cost of assessRisk per message, over every labelled message (training and held-out), each
// read several times after a warm-up: mean and p99 in microseconds. Also the one-off cost of
// training the classifier, paid by the first message after a start. Part of `npm run bench`; alone:
//   npx tsx bench/riskCost.ts
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { assessRisk, trainRiskClassifier } from '../src/domain/risk.ts';
import { labelled } from '../src/domain/risk/riskCategories.ts';
import { TRAINING_CORPUS } from '../src/domain/risk/trainingCorpus.ts';
import { HELD_OUT } from '../test/corpus/riskHeldOut.ts';
import { summarize, type LatencySummary } from './percentiles.ts';
import { renderTable } from './table.ts';

export type RiskCostFigures = {
  messages: number;
  rounds: number;
  /** Microseconds per message. */
  perMessage: LatencySummary;
  trainingMs: number;
};

export function measureRiskCost(rounds = 20): RiskCostFigures {
  const texts = [...TRAINING_CORPUS, ...labelled(HELD_OUT)].map((message) => message.text);
  for (const text of texts) assessRisk(text);
  const samples: number[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const text of texts) {
      const started = performance.now();
      assessRisk(text);
      samples.push((performance.now() - started) * 1000);
    }
  }
  const trainingStarted = performance.now();
  trainRiskClassifier();
  return { messages: texts.length, rounds, perMessage: summarize(samples), trainingMs: performance.now() - trainingStarted };
}

export function riskCostTable(figures: RiskCostFigures): string {
  const { perMessage } = figures;
  return renderTable(
    ['Messages', 'reads', 'mean µs/message', 'p50 µs', 'p99 µs', 'max µs', 'training ms (once, first message)'],
    [[figures.messages, figures.messages * figures.rounds, perMessage.mean, perMessage.p50, perMessage.p99, perMessage.max, figures.trainingMs]],
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  console.log(riskCostTable(measureRiskCost()));
}
