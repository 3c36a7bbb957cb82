// assessRisk on the held-out split (test/corpus/riskHeldOut.ts), which it never trained or was
// tuned on. `npx tsx test/corpus/riskReport.ts --misses` prints the matrix and every miss.
import '../support/trainedModels.ts';
import { describe, expect, it } from 'vitest';
import { labelled } from '../../src/domain/risk/riskCategories.ts';
import { BLIND_FOURTH, BLIND_NINTH, readRiskTsv } from '../corpus/riskTsv.ts';
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
// misses once and is spent. The ninth was measured only, never read: last round's nlp.js network
// scored it 95.0% / 93.0% / 84.1%; the letter-group model before the eighth split and two training
// writers joined 96.7% / 97.0% / 86.5%, after 97.2% / 97.9% / 87.5%, and with the date answers,
// accounts of a long job search and concern fixed at 0.5, 96.7% / 97.0% / 87.0% (each retraining
// moves it by a message or two either way). The targets are 100% crisis recall and 90% for the
// others; these floors record where each stands so it cannot fall while the work goes on (see the
// README). On the fourth split crisis recall rose (92.9% -> 97.3%) and benign held (89.3%).
describe.each([
  { split: 'blind fourth split', file: BLIND_FOURTH, size: 320, floors: { crisisRecall: 0.97, riskRecall: 0.98, benignRight: 0.89 } },
  { split: 'blind ninth split', file: BLIND_NINTH, size: 538, floors: { crisisRecall: 0.96, riskRecall: 0.96, benignRight: 0.87 } },
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
