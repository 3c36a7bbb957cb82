import { describe, expect, it } from 'vitest';
import { percentile, perSecond, ratio, scalingEfficiency, summarize } from '../../bench/percentiles.ts';
import { renderTable } from '../../bench/table.ts';

describe('benchmark statistics', () => {
  it('takes percentiles by nearest rank', () => {
    const oneToHundred = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(oneToHundred, 50)).toBe(50);
    expect(percentile(oneToHundred, 95)).toBe(95);
    expect(percentile(oneToHundred, 99)).toBe(99);
    expect(percentile(oneToHundred, 100)).toBe(100);
    expect(percentile(oneToHundred, 0)).toBe(1);
    expect(percentile([7], 99)).toBe(7);
    expect(percentile([1, 2, 3, 4], 50)).toBe(2);
    expect(percentile([1, 2, 3, 4], 51)).toBe(3);
  });

  it('summarises unsorted samples without changing them', () => {
    const samples = [5, 1, 4, 2, 3, 100, 6, 7, 8, 9];
    const summary = summarize(samples);
    expect(summary).toEqual({ count: 10, mean: 14.5, p50: 5, p95: 100, p99: 100, max: 100 });
    expect(samples[0]).toBe(5);
  });

  it('sorts numerically, not as text', () => {
    expect(summarize([10, 9, 100, 2]).p50).toBe(9);
  });

  it('gives NaN for no samples rather than a made-up zero', () => {
    const summary = summarize([]);
    expect(summary.count).toBe(0);
    expect(summary.p99).toBeNaN();
  });

  it('works out rates, ratios and scaling', () => {
    expect(perSecond(500, 250)).toBe(2000);
    expect(perSecond(5, 0)).toBeNaN();
    expect(ratio(300, 600)).toBe(0.5);
    expect(ratio(1, 0)).toBeNaN();
    expect(scalingEfficiency(1000, 2700, 3)).toBeCloseTo(0.9);
  });

  it('renders a table with numbers right-aligned and gaps shown as a dash', () => {
    const table = renderTable(['Bot', 'turns/s', 'p99 ms'], [
      ['echo', 1234.5, 3.25],
      ['coaching', 10000, Number.NaN],
    ]);
    expect(table.split('\n')).toEqual([
      '| Bot      | turns/s | p99 ms |',
      '|----------|--------:|-------:|',
      '| echo     | 1,234.5 |    3.3 |',
      '| coaching |  10,000 |      - |',
    ]);
  });
});
