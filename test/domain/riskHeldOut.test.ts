// assessRisk on the held-out split (test/corpus/riskHeldOut.ts), which it never trained or was
// tuned on. `npx tsx test/corpus/riskReport.ts --misses` prints the matrix and every miss.
import '../support/trainedModels.ts';
import { describe, expect, it } from 'vitest';
import { labelled } from '../../src/domain/risk/riskCategories.ts';
import { BLIND_FOURTH, BLIND_TENTH, readRiskTsv } from '../corpus/riskTsv.ts';
import { HELD_OUT } from '../corpus/riskHeldOut.ts';
import { measureRisk } from '../corpus/riskMetrics.ts';

const metrics = measureRisk(labelled(HELD_OUT));

describe('assessRisk on the held-out split', () => {
  it('flags at least 90% of crisis and concern messages as concern or crisis', () => {
    expect(metrics.riskRecall).toBeGreaterThanOrEqual(0.9);
  });

  it('flags at least 90% of concern messages', () => {
    expect(metrics.concernRecall).toBeGreaterThanOrEqual(0.9);
  });

  it('leaves at least 90% of everyday messages and look-alikes alone', () => {
    expect(metrics.benignRight).toBeGreaterThanOrEqual(0.9);
  });

  // This split was tuned on long ago and is spent; it now reaches 100%, and this floor stops it
  // getting worse.
  it('gives crisis to at least 99% of crisis messages', () => {
    expect(metrics.crisisRecall).toBeGreaterThanOrEqual(0.99);
  });
});

// Two splits written blind (without sight of the code or the corpus). The fourth was read for its
// misses once and is spent. The tenth was written this round by three writers who read only a
// labelling brief; it was measured once before anything changed (98.3% / 97.0% / 91.1%), then the
// ninth split, two training writers, answers about a job that ended and the plan card's headings
// joined the corpus, "dont no" was read as "do not know", and the thresholds were chosen again on
// the training folds: 97.8% / 97.9% / 91.7%. Nothing was chosen on its figures; the small steps in
// between moved it by a message or two either way. The targets are
// 100% crisis recall and 90% for the others; these floors record where each stands so it cannot
// fall while the work goes on (see the README). On the spent fourth split benign fell a little
// (89.3% -> 87.6%).
describe.each([
  { split: 'blind fourth split', file: BLIND_FOURTH, size: 320, floors: { crisisRecall: 0.97, riskRecall: 0.98, benignRight: 0.87 } },
  { split: 'blind tenth split', file: BLIND_TENTH, size: 499, floors: { crisisRecall: 0.97, riskRecall: 0.97, benignRight: 0.91 } },
])('assessRisk on the $split', ({ file, size, floors }) => {
  const rows = readRiskTsv(file);
  const figures = measureRisk(rows);

  it(`holds ${size} messages of all three levels`, () => {
    expect(rows).toHaveLength(size);
    expect(new Set(rows.map((row) => row.level))).toEqual(new Set(['crisis', 'concern', 'none']));
  });

  it('stays at or above its measured figures', () => {
    expect(figures.crisisRecall).toBeGreaterThanOrEqual(floors.crisisRecall);
    expect(figures.riskRecall).toBeGreaterThanOrEqual(floors.riskRecall);
    expect(figures.benignRight).toBeGreaterThanOrEqual(floors.benignRight);
  });
});
