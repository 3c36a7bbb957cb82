// assessRisk on the held-out split (test/corpus/riskHeldOut.ts), which it never trained or was
// tuned on. `npx tsx test/corpus/riskReport.ts --misses` prints the matrix and every miss.
import '../support/trainedModels.ts';
import { describe, expect, it } from 'vitest';
import { labelled } from '../../src/domain/risk/riskCategories.ts';
import { BLIND_FIFTH, BLIND_FOURTH, readRiskTsv } from '../corpus/riskTsv.ts';
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

  // The acceptance line asks for 100%; on this split assessRisk reaches 89.6%, and the misses
  // are listed in the README. This floor stops it getting worse while that work goes on.
  it('gives crisis to at least 89% of crisis messages', () => {
    expect(metrics.crisisRecall).toBeGreaterThanOrEqual(0.89);
  });
});

// Two splits written blind (without sight of the code or the corpus). The fourth was read for its
// misses once and is spent; the fifth was measured only, before and after the training corpus
// grew, and never read. The targets are 100% crisis recall and 90% for the others; these floors
// record where each stands so it cannot fall while the work goes on (see the README).
describe.each([
  { split: 'blind fourth split', file: BLIND_FOURTH, size: 320, floors: { crisisRecall: 0.94, riskRecall: 0.94, benignRight: 0.87 } },
  { split: 'blind fifth split', file: BLIND_FIFTH, size: 420, floors: { crisisRecall: 0.91, riskRecall: 0.87, benignRight: 0.9 } },
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
