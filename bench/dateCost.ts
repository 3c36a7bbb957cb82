// Cost per call of the date reader over the whole date corpus: `npx tsx bench/dateCost.ts`.
// Each phrase is timed on its own (after a warm-up pass), so the percentiles show the slow phrases,
// not just the average. extractDueDate calls parseDueDate once per word it trims, so it is timed too.
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { extractDueDate, parseDueDate } from '../src/domain/dates.ts';
import { ALL_HELD_OUT_PHRASES as HELD_OUT_PHRASES, ALL_HELD_OUT_SENTENCES as HELD_OUT_SENTENCES } from '../test/corpus/dates/heldOut.ts';
import { MOMENTS, type MomentName } from '../test/corpus/dates/moments.ts';
import { TRAINING_PHRASES, TRAINING_SENTENCES } from '../test/corpus/dates/training.ts';
import { summarize } from './percentiles.ts';
import { renderTable } from './table.ts';

const ROUNDS = Number(process.env.DATE_BENCH_ROUNDS ?? 20);
const phrases = [...TRAINING_PHRASES, ...HELD_OUT_PHRASES];
const sentences = [...TRAINING_SENTENCES, ...HELD_OUT_SENTENCES];

function timeEach(rows: Array<{ moment: MomentName; text: string }>, call: (text: string, context: { now: Date; timeZone: string }) => unknown): number[] {
  const samples: number[] = [];
  for (let round = 0; round <= ROUNDS; round++) {
    for (const { moment, text } of rows) {
      const { now, timeZone } = MOMENTS[moment];
      const started = performance.now();
      call(text, { now, timeZone });
      if (round > 0) samples.push((performance.now() - started) * 1000); // round 0 warms up
    }
  }
  return samples;
}

const rows = [
  ['parseDueDate, phrases', phrases.length, summarize(timeEach(phrases, parseDueDate))],
  ['parseDueDate, sentences', sentences.length, summarize(timeEach(sentences, parseDueDate))],
  ['extractDueDate, sentences', sentences.length, summarize(timeEach(sentences, extractDueDate))],
] as const;

// The tail (p99, max) is mostly the machine being busy; the load average says how busy it was.
console.log(`Date reader cost per call, microseconds (${ROUNDS} rounds over the corpus, Node ${process.version}, load average ${loadavg()[0]!.toFixed(1)})\n`);
console.log(renderTable(
  ['call', 'texts', 'mean µs', 'p50 µs', 'p95 µs', 'p99 µs', 'max µs'],
  rows.map(([name, count, s]) => [name, count, s.mean, s.p50, s.p95, s.p99, s.max]),
));
