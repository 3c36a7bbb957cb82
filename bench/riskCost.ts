// The cost of assessRisk per message, over every labelled message (training and held-out), each
// read several times after a warm-up: mean and p99 in microseconds, as the app reads (with the second
// opinion) and, beside it as the baseline, with the first reading alone. Also the one-off cost of
// training the classifier, paid by the first message after a start. Beside it, the rules' whole-
// message sets read two ways over the same messages: every set run (the baseline, as before the
// screen) and only those the literal screen names. Part of `npm run bench`; alone:
//   npx tsx bench/riskCost.ts
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { assessRisk, currentSecondOpinion, trainRiskClassifier, useSecondOpinion } from '../src/domain/risk.ts';
import { loadTrainedModels } from '../src/trainedModels.ts';
import { normaliseForMatching } from '../src/domain/risk/normalise.ts';
import { WHOLE_MESSAGE_SETS } from '../src/domain/risk/rules.ts';
import { readEverySet, wholeSetsReader } from '../src/domain/risk/screenedRules.ts';
import { labelled } from '../src/domain/risk/riskCategories.ts';
import { TRAINING_CORPUS } from '../src/domain/risk/trainingCorpus.ts';
import { HELD_OUT } from '../test/corpus/riskHeldOut.ts';
import { summarize, type LatencySummary } from './percentiles.ts';
import { renderTable } from './table.ts';

export type RiskCostFigures = {
  messages: number;
  rounds: number;
  /** Microseconds per message, as the app reads (with the second opinion). */
  perMessage: LatencySummary;
  /** Microseconds per message with the first reading alone, read in the same run. */
  firstReadingOnly: LatencySummary;
  trainingMs: number;
  /** Microseconds per message for the whole-message sets alone, over one message in four: every set run, and screened. */
  wholeSets: { everySet: number; screened: number };
};

/** Each message read once, in microseconds. */
function readAll(texts: readonly string[], samples: number[]): void {
  for (const text of texts) {
    const started = performance.now();
    assessRisk(text);
    samples.push((performance.now() - started) * 1000);
  }
}

export function measureRiskCost(rounds = 20): RiskCostFigures {
  loadTrainedModels();
  const texts = [...TRAINING_CORPUS, ...labelled(HELD_OUT)].map((message) => message.text);
  const second = currentSecondOpinion();
  // Warmed up both ways, then read in turns, round by round, so the machine's load falls on both alike.
  const baseline: number[] = [];
  const withSecond: number[] = [];
  for (let round = -1; round < rounds; round++) {
    useSecondOpinion(null);
    readAll(texts, round < 0 ? [] : baseline);
    useSecondOpinion(second);
    readAll(texts, round < 0 ? [] : withSecond);
  }
  const perMessage = summarize(withSecond);
  const firstReadingOnly = summarize(baseline);
  const trainingStarted = performance.now();
  trainRiskClassifier();
  const trainingMs = performance.now() - trainingStarted;
  return { messages: texts.length, rounds, perMessage, firstReadingOnly, trainingMs, wholeSets: measureWholeSets(texts.filter((_, index) => index % 4 === 0).map(normaliseForMatching)) };
}

function measureWholeSets(wholes: readonly string[]): RiskCostFigures['wholeSets'] {
  const screened = wholeSetsReader(WHOLE_MESSAGE_SETS);
  const micros = (read: (whole: string) => unknown) => {
    for (const whole of wholes) read(whole);
    const started = performance.now();
    for (const whole of wholes) read(whole);
    return ((performance.now() - started) * 1000) / wholes.length;
  };
  return { everySet: micros((whole) => readEverySet(WHOLE_MESSAGE_SETS, whole)), screened: micros(screened) };
}

export function riskCostTable(figures: RiskCostFigures): string {
  const { perMessage } = figures;
  return renderTable(
    ['Messages', 'reads', 'mean µs/message', 'p50 µs', 'p99 µs', 'max µs', 'training ms (once, first message)'],
    [[figures.messages, figures.messages * figures.rounds, perMessage.mean, perMessage.p50, perMessage.p99, perMessage.max, figures.trainingMs]],
  ) + '\n\n' + renderTable(
    ['assessRisk per message', 'mean µs', 'p50 µs', 'p99 µs'],
    [
      ['first reading alone (baseline)', figures.firstReadingOnly.mean, figures.firstReadingOnly.p50, figures.firstReadingOnly.p99],
      ['with the second opinion (as the app reads)', perMessage.mean, perMessage.p50, perMessage.p99],
    ],
  ) + '\n\n' + renderTable(
    [`Whole-message sets (${WHOLE_MESSAGE_SETS.length}), one message in four`, 'µs/message'],
    [['every set run (baseline)', figures.wholeSets.everySet], ['screened (only sets whose words the message holds)', figures.wholeSets.screened]],
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  console.log(riskCostTable(measureRiskCost()));
}
