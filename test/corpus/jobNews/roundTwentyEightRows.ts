// Reads linesRoundTwentyEight.tsv (play-testing reviews and the menu, round twenty-eight):
// "label<TAB>text<TAB>kind", label "job" (a new paid job), "extended" (kept on at a job they have:
// good news, not a new job), "cash" (cash-in-hand work told, for the adviser to talk through) or
// "not" (none of these). A quarter of the lines, drawn by a fixed seed before any mending, is held
// out and never read to tune the readers; the lines play-testing reported ("reported-" kinds) are
// always in the tuning part, since they were mended on purpose.
import { readFileSync } from 'node:fs';
import { seededRandom } from '../../../src/domain/seededRandom.ts';

export type NewsLabel = 'job' | 'extended' | 'cash' | 'not';
export type RoundRow = { text: string; label: NewsLabel; kind: string };

const LABELS: readonly NewsLabel[] = ['job', 'extended', 'cash', 'not'];
const SEED = 28;

export function readRoundTwentyEightRows(): { tuning: RoundRow[]; heldOut: RoundRow[] } {
  const rows = readFileSync(new URL('./linesRoundTwentyEight.tsv', import.meta.url), 'utf8')
    .split('\n')
    .slice(1)
    .filter((line) => line.trim().length > 0)
    .map((line, index) => {
      const [label, text, kind] = line.split('\t');
      if (!LABELS.includes(label as NewsLabel) || !text || !kind) throw new Error(`linesRoundTwentyEight.tsv row ${index + 1}: expected "label<TAB>text<TAB>kind", got ${JSON.stringify(line)}`);
      return { text, label: label as NewsLabel, kind };
    });
  const drawable = rows.map((row, index) => ({ row, index })).filter(({ row }) => !row.kind.startsWith('reported-'));
  const random = seededRandom(SEED);
  const order = drawable.map(({ index }) => ({ index, key: random() })).sort((a, b) => a.key - b.key);
  const held = new Set(order.slice(0, Math.round(drawable.length / 4)).map(({ index }) => index));
  return { tuning: rows.filter((_, index) => !held.has(index)), heldOut: rows.filter((_, index) => held.has(index)) };
}

export type RoundScore = { total: number; right: number; wrong: string[] };

/** How often `read` names the line's label. */
export function scoreRoundTwentyEight(rows: readonly RoundRow[], read: (text: string) => NewsLabel): RoundScore {
  const score: RoundScore = { total: rows.length, right: 0, wrong: [] };
  for (const row of rows) {
    const heard = read(row.text);
    if (heard === row.label) score.right++;
    else score.wrong.push(`${row.label} heard as ${heard}: ${row.text}`);
  }
  return score;
}
