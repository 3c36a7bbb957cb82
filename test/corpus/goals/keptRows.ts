// Reads goals labelled with what is kept: lines of "text<TAB>kept<TAB>specific<TAB>measurable<TAB>timebound",
// "#" starts a comment. Each is read as the goal question reads it (readGoalSaid, then tidyAim for the
// read-back) and the step it keeps is read by analyseGoal, as typed on Monday 23 November 2026 in London.
import { readFileSync } from 'node:fs';
import { analyseGoal } from '../../../src/domain/smart.ts';
import { readGoalSaid } from '../../../src/domain/goalSaid.ts';
import { tidyAim } from '../../../src/domain/goalWords.ts';
import { MOMENTS } from '../dates/moments.ts';

export type KeptRow = { text: string; kept: string; specific: boolean; measurable: boolean; timeBound: boolean };
export type KeptScore = { total: number; kept: number; allThree: number; both: number; misses: string[] };

/** The lines in order; `half` 'tuning' keeps the 1st, 3rd, ... and 'held-out' the 2nd, 4th, ... */
export function readKeptRows(path: string | URL, half?: 'tuning' | 'held-out'): KeptRow[] {
  const rows = readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim().length > 0 && !line.startsWith('#'))
    .map((line, index) => {
      const [text, kept, ...labels] = line.split('\t');
      if (!text || !kept || labels.length !== 3 || labels.some((label) => label !== 'true' && label !== 'false')) {
        throw new Error(`${String(path)} line ${index + 1}: expected "text<TAB>kept<TAB>true|false<TAB>true|false<TAB>true|false", got ${JSON.stringify(line)}`);
      }
      const [specific, measurable, timeBound] = labels.map((label) => label === 'true') as [boolean, boolean, boolean];
      return { text, kept, specific, measurable, timeBound };
    });
  return half === undefined ? rows : rows.filter((_, index) => index % 2 === (half === 'tuning' ? 0 : 1));
}

export function scoreKept(rows: readonly KeptRow[]): KeptScore {
  const context = { now: MOMENTS.MON.now, timeZone: MOMENTS.MON.timeZone };
  const score: KeptScore = { total: rows.length, kept: 0, allThree: 0, both: 0, misses: [] };
  for (const row of rows) {
    const said = readGoalSaid(row.text);
    const kept = tidyAim(said.aim, context);
    const read = analyseGoal(said.step, context);
    const keptRight = kept === row.kept;
    const smartRight = read.specific === row.specific && read.measurable === row.measurable && read.timeBound === row.timeBound;
    if (keptRight) score.kept++;
    if (smartRight) score.allThree++;
    if (keptRight && smartRight) score.both++;
    else score.misses.push(`${JSON.stringify(row.text)} kept ${JSON.stringify(kept)}${keptRight ? '' : ` (not ${JSON.stringify(row.kept)})`}, read ${read.specific}/${read.measurable}/${read.timeBound}${smartRight ? '' : ` (not ${row.specific}/${row.measurable}/${row.timeBound})`}`);
  }
  return score;
}
