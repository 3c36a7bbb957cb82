// Pure statistics for the benchmarks: latency percentiles (nearest rank) and rates.
// Kept free of I/O so test/bench/percentiles.test.ts can check it exactly.

export interface LatencySummary {
  count: number;
  mean: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

/** Nearest-rank percentile of an ascending list: the smallest value with at least p% at or below it. */
export function percentile(sortedAscending: readonly number[], p: number): number {
  if (sortedAscending.length === 0) return Number.NaN;
  if (p <= 0) return sortedAscending[0]!;
  if (p >= 100) return sortedAscending[sortedAscending.length - 1]!;
  const rank = Math.ceil((p / 100) * sortedAscending.length);
  return sortedAscending[rank - 1]!;
}

export function summarize(samples: readonly number[]): LatencySummary {
  if (samples.length === 0) return { count: 0, mean: Number.NaN, p50: Number.NaN, p95: Number.NaN, p99: Number.NaN, max: Number.NaN };
  const sorted = Float64Array.from(samples).sort();
  const list = Array.from(sorted);
  let total = 0;
  for (const value of list) total += value;
  return {
    count: list.length,
    mean: total / list.length,
    p50: percentile(list, 50),
    p95: percentile(list, 95),
    p99: percentile(list, 99),
    max: list[list.length - 1]!,
  };
}

/** Events per second over a span in milliseconds. */
export function perSecond(count: number, elapsedMs: number): number {
  return elapsedMs > 0 ? (count * 1000) / elapsedMs : Number.NaN;
}

/** a / b, or NaN when b is not a positive number. */
export function ratio(a: number, b: number): number {
  return b > 0 ? a / b : Number.NaN;
}

/** Speed-up of n instances over one, as a share of the ideal n-fold gain (1 = linear). */
export function scalingEfficiency(rateWithOne: number, rateWithN: number, n: number): number {
  return rateWithOne > 0 && n > 0 ? rateWithN / (rateWithOne * n) : Number.NaN;
}
