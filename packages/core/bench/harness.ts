// Shared bench helpers: a seeded PRNG (the same inputs on every run), a time-boxed ops/s
// measurement and number formatting. Benchmarks are never part of the test run.
export { seeded } from '../test/clock-oracle.js';

let sink = 0;

/** Calls fn(i) for i cycling over [0, size) for at least minMs after a warm-up; returns ops/s. */
export function measure(fn: (i: number) => unknown, size: number, minMs = 600): number {
  for (let i = 0; i < 200; i++) fn(i % size); // warm up
  let ops = 0;
  const start = process.hrtime.bigint();
  let elapsed = 0;
  while (elapsed < minMs) {
    for (let k = 0; k < 32; k++) {
      if (fn(ops % size)) sink++;
      ops++;
    }
    elapsed = Number(process.hrtime.bigint() - start) / 1e6;
  }
  if (sink < 0) console.log(sink); // keeps results observable
  return (ops / elapsed) * 1000;
}

/** 12.3 M / 45.6 k / 7.8 */
export const fmt = (x: number) => (x >= 1e6 ? `${(x / 1e6).toFixed(2)} M` : x >= 1e3 ? `${(x / 1e3).toFixed(1)} k` : x.toFixed(1));

/** "26×", or "1/3.8×" when the baseline is faster. */
export const ratio = (a: number, b: number) => (a >= b ? `${(a / b).toFixed(a / b >= 10 ? 0 : 1)}×` : `1/${(b / a).toFixed(1)}×`);

/** 'YYYY-MM-DD' of a UTC day number. */
export const iso = (n: number) => new Date(n * 86400000).toISOString().slice(0, 10);
