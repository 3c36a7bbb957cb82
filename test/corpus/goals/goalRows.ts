// Reads labelled goals: lines of "text<TAB>specific<TAB>measurable<TAB>timebound" (true or false), "#"
// starts a comment. Each is read as typed on Monday 23 November 2026 in London.
import { readFileSync } from 'node:fs';
import { analyseGoal } from '../../../src/domain/smart.ts';
import { MOMENTS } from '../dates/moments.ts';

export type GoalRow = { text: string; specific: boolean; measurable: boolean; timeBound: boolean };

export function readGoalRows(path: string | URL): GoalRow[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim().length > 0 && !line.startsWith('#'))
    .map((line, index) => {
      const [text, ...labels] = line.split('\t');
      if (!text || labels.length !== 3 || labels.some((label) => label !== 'true' && label !== 'false')) {
        throw new Error(`${String(path)} line ${index + 1}: expected "text<TAB>true|false<TAB>true|false<TAB>true|false", got ${JSON.stringify(line)}`);
      }
      const [specific, measurable, timeBound] = labels.map((label) => label === 'true') as [boolean, boolean, boolean];
      return { text, specific, measurable, timeBound };
    });
}

export type GoalScore = { total: number; specific: number; measurable: number; timeBound: number; allThree: number; misses: string[] };

export function scoreGoals(rows: readonly GoalRow[]): GoalScore {
  const { now, timeZone } = MOMENTS.MON;
  const score: GoalScore = { total: rows.length, specific: 0, measurable: 0, timeBound: 0, allThree: 0, misses: [] };
  for (const row of rows) {
    const read = analyseGoal(row.text, { now, timeZone });
    const right = [read.specific === row.specific, read.measurable === row.measurable, read.timeBound === row.timeBound];
    if (right[0]) score.specific++;
    if (right[1]) score.measurable++;
    if (right[2]) score.timeBound++;
    if (right.every(Boolean)) score.allThree++;
    else score.misses.push(`${JSON.stringify(row.text)} expected ${row.specific}/${row.measurable}/${row.timeBound}, read ${read.specific}/${read.measurable}/${read.timeBound}`);
  }
  return score;
}
