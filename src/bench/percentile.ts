/** The p-th percentile (0..1) of an ascending array, as the benchmarks report it. */
export const percentile = (sorted: readonly number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
