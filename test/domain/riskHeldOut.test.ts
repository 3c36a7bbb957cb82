// assessRisk on the held-out split (test/corpus/riskHeldOut.ts), which it never trained or was
// tuned on. `npx tsx test/corpus/riskReport.ts --misses` prints the matrix and every miss.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { labelled, type RiskCategory } from '../../src/domain/risk/riskCategories.ts';
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

// The fourth split, written blind (without sight of the code or the corpus) and measured once.
// The targets are 100% crisis recall and 90% for the others; these floors record where it stands
// so it cannot fall while the work goes on (see the README).
describe('assessRisk on the blind fourth split', () => {
  const rows = readFileSync(new URL('../corpus/riskFreshHeldOut.tsv', import.meta.url), 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => {
      const [level, text] = line.split('\t') as ['crisis' | 'concern' | 'none', string];
      const category: RiskCategory = level === 'crisis' ? 'suicidal-thoughts' : level === 'concern' ? 'not-coping' : 'everyday';
      return { level, text, category };
    });
  const fresh = measureRisk(rows);

  it('holds 320 messages of all three levels', () => {
    expect(rows).toHaveLength(320);
    expect(new Set(rows.map((row) => row.level))).toEqual(new Set(['crisis', 'concern', 'none']));
  });

  it('stays at or above its first measured figures', () => {
    expect(fresh.crisisRecall).toBeGreaterThanOrEqual(0.82);
    expect(fresh.riskRecall).toBeGreaterThanOrEqual(0.83);
    expect(fresh.benignRight).toBeGreaterThanOrEqual(0.82);
  });
});
