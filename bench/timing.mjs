import { performance } from 'node:perf_hooks';

/** Median wall time in ms of `runs` calls of `fn`, after `warmup` unmeasured calls. */
export async function medianMs(fn, { runs = 7, warmup = 2 } = {}) {
  for (let i = 0; i < warmup; i++) await fn();
  const times = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

/** The p-th percentile (0–100) of a list of numbers. */
export function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/** Prints rows `{ name, value, unit }` as an aligned table. */
export function printRows(title, rows) {
  const width = Math.max(...rows.map((r) => r.name.length));
  console.log(`\n${title}`);
  for (const r of rows) console.log(`  ${r.name.padEnd(width)}  ${typeof r.value === 'number' ? r.value.toFixed(r.unit === 'x' ? 2 : 3) : r.value} ${r.unit}`);
}
