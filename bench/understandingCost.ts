// What reading a message costs: the one-off training when the understanding module loads, and
// the time per message of `understand` (short answers, the held-out split, and a pasted page).
// Runs alone (`npx tsx bench/understandingCost.ts`) or as a section of `npm run bench`.
import { fileURLToPath } from 'node:url';
import { percentile } from './percentiles.ts';
import { renderTable } from './table.ts';
import { heldOut } from '../test/corpus/heldOut.ts';

export type UnderstandingFigures = {
  trainingMs: number;
  heldOutAccuracy: number;
  heldOutSize: number;
  rows: { label: string; messages: number; meanUs: number; p99Us: number }[];
};

function timeEach(messages: string[], read: (text: string) => unknown, rounds: number): { meanUs: number; p99Us: number } {
  const samples: number[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const text of messages) {
      const started = process.hrtime.bigint();
      read(text);
      samples.push(Number(process.hrtime.bigint() - started) / 1000);
    }
  }
  samples.sort((a, b) => a - b);
  return { meanUs: samples.reduce((sum, us) => sum + us, 0) / samples.length, p99Us: percentile(samples, 99) };
}

export async function measureUnderstanding(rounds = 50): Promise<UnderstandingFigures> {
  const started = performance.now();
  const { understand, intents } = await import('../src/domain/understanding.ts');
  const trainingMs = performance.now() - started;
  const labelled = intents.flatMap((intent) => heldOut[intent].map((text) => ({ text, intent })));
  const right = labelled.filter(({ text, intent }) => understand(text).intent === intent).length;
  const short = ['yes ok', 'partly', 'Friday', '7', 'not yet', 'hi'];
  const wall = ['I have been looking for work for a long time and '.repeat(100)];
  const read = (text: string) => understand(text);
  return {
    trainingMs,
    heldOutAccuracy: right / labelled.length,
    heldOutSize: labelled.length,
    rows: [
      { label: 'short answers', messages: short.length, ...timeEach(short, read, rounds) },
      { label: 'held-out messages', messages: labelled.length, ...timeEach(labelled.map(({ text }) => text), read, rounds) },
      { label: 'pasted 5,000 characters', messages: 1, ...timeEach(wall, read, rounds) },
    ],
  };
}

export function understandingReport(figures: UnderstandingFigures): string {
  return [
    `Training at start-up (module load, English model): ${figures.trainingMs.toFixed(0)} ms.`,
    `Held-out accuracy: ${(figures.heldOutAccuracy * 100).toFixed(1)}% of ${figures.heldOutSize} messages.`,
    renderTable(['Messages', 'count', 'mean us', 'p99 us'], figures.rows.map((row) => [row.label, row.messages, row.meanUs, row.p99Us])),
  ].join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  console.log(understandingReport(await measureUnderstanding()));
}
