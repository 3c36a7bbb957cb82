// Prints how analyseGoal reads the labelled goals: `npx tsx test/corpus/goals/report.ts [--misses]`.
// Held-out misses are shown only with --held-out-misses, so no one tunes on them by accident.
import { readGoalRows, scoreGoals, type GoalScore } from './goalRows.ts';
import { readKeptRows, scoreKept } from './keptRows.ts';

const split = (name: string) => new URL(`./${name}.tsv`, import.meta.url);
const percent = (part: number, score: Pick<GoalScore, 'total'>) => `${((100 * part) / score.total).toFixed(1)}%`;

for (const [name, heldOut] of [['training', false], ['trainingTwo', false], ['heldOutA', true], ['heldOutB', true]] as const) {
  const score = scoreGoals(readGoalRows(split(name)));
  console.log(`${name.padEnd(10)} ${String(score.total).padStart(4)} goals: specific ${percent(score.specific, score)}, measurable ${percent(score.measurable, score)}, time-bound ${percent(score.timeBound, score)}, all three ${percent(score.allThree, score)}`);
  if (process.argv.includes(heldOut ? '--held-out-misses' : '--misses')) for (const miss of score.misses) console.log('   ', miss);
}

// Round six: what is kept, and the step's three labels (keptRows.ts), on each half.
for (const half of ['tuning', 'held-out'] as const) {
  const score = scoreKept(readKeptRows(split('roundSix'), half));
  console.log(`roundSix ${half.padEnd(8)} ${String(score.total).padStart(3)} goals: kept ${percent(score.kept, score)}, all three ${percent(score.allThree, score)}, both ${percent(score.both, score)}`);
  if (process.argv.includes(half === 'held-out' ? '--held-out-misses' : '--misses')) for (const miss of score.misses) console.log('   ', miss);
}
