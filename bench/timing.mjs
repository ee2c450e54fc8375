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

function format(row) {
  if (typeof row.value !== 'number') return row.value;
  if (row.unit === 'x') return row.value.toFixed(row.value < 0.1 ? 4 : 2);
  return row.value.toFixed(row.value >= 100 ? 0 : row.value >= 10 ? 1 : 2);
}

/** Prints rows `{ name, value, unit }` as an aligned table. */
export function printRows(title, rows) {
  const width = Math.max(...rows.map((r) => r.name.length));
  console.log(`\n${title}`);
  for (const r of rows) console.log(`  ${r.name.padEnd(width)}  ${format(r)} ${r.unit}`);
}
