// Round seven's goals (roundSeven.tsv), split at random before scoring: a line is held out when a
// fixed hash of its text lands on 0 of 4, so the split is the same every run.
import { readKeptRows, type KeptRow } from './keptRows.ts';

function heldOutByHash(text: string): boolean {
  let hash = 2166136261;
  for (const char of text) hash = Math.imul(hash ^ char.charCodeAt(0), 16777619) >>> 0;
  return hash % 4 === 0;
}

export function readRoundSeven(half: 'tuning' | 'held-out'): KeptRow[] {
  const rows = readKeptRows(new URL('./roundSeven.tsv', import.meta.url));
  return rows.filter((row) => heldOutByHash(row.text) === (half === 'held-out'));
}
