// Reads and scores test/domain/goalTextsRoundFive.tsv: what the coach keeps of a goal a client typed.
// A row is read right when analyseGoal gives its specific, measurable and time-bound labels, and
// says it is someone else's step exactly when the row's kind is "other".
import { readFileSync } from 'node:fs';
import { analyseGoal } from '../../src/domain/smart.ts';
import { MOMENTS } from '../corpus/dates/moments.ts';

export type GoalKind = 'step' | 'wish' | 'other' | 'not-a-goal';
export type GoalTextRow = { text: string; kind: GoalKind; specific: boolean; measurable: boolean; timeBound: boolean };

const KINDS = new Set<string>(['step', 'wish', 'other', 'not-a-goal']);

export function readGoalTexts(): GoalTextRow[] {
  const lines = readFileSync(new URL('./goalTextsRoundFive.tsv', import.meta.url), 'utf8')
    .split('\n').filter((line) => line.trim() && !line.startsWith('#'));
  return lines.map((line) => {
    const [text, kind, ...labels] = line.split('\t');
    if (!text || !kind || !KINDS.has(kind) || labels.length !== 3 || labels.some((l) => l !== 'true' && l !== 'false')) {
      throw new Error(`goalTextsRoundFive.tsv: cannot read ${JSON.stringify(line)}`);
    }
    const [specific, measurable, timeBound] = labels.map((label) => label === 'true') as [boolean, boolean, boolean];
    return { text, kind: kind as GoalKind, specific, measurable, timeBound };
  });
}

/** Even rows (counting from 0) tune; odd rows are held out. Fixed before anything was scored. */
export function goalHalves(rows = readGoalTexts()): { tuning: GoalTextRow[]; heldOut: GoalTextRow[] } {
  return { tuning: rows.filter((_, i) => i % 2 === 0), heldOut: rows.filter((_, i) => i % 2 === 1) };
}

export function scoreGoalTexts(rows: readonly GoalTextRow[]): { right: number; total: number; misses: string[] } {
  const { now, timeZone } = MOMENTS.MON;
  const misses: string[] = [];
  for (const row of rows) {
    const read = analyseGoal(row.text, { now, timeZone });
    const got = [read.specific, read.measurable, read.timeBound, read.someoneElsesStep];
    const want = [row.specific, row.measurable, row.timeBound, row.kind === 'other'];
    if (got.some((value, i) => value !== want[i])) misses.push(`${JSON.stringify(row.text)} (${row.kind}) want ${want.join('/')} got ${got.join('/')}`);
  }
  return { right: rows.length - misses.length, total: rows.length, misses };
}
