import { performance, PerformanceObserver } from 'node:perf_hooks';

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

/**
 * Medians of several contenders measured in alternation, round after round, so that a
 * noisy neighbour or a garbage collection hits them alike. Each round starts one
 * contender further on, so none always runs right after the same other one (and pays
 * for its garbage). (Forcing a collection before each run was tried: V8 then flushes
 * compiled code and every contender runs 3× slower.)
 *
 * `block` (default 1): each contender runs that many calls in a row per round; the first
 * is not counted, and the figure of the round is the mean of the others, so that each
 * contender pays for the collection of its own garbage, whichever call it falls in. Use
 * it when a contender waits for I/O and another does not: the one that waits lets V8 run
 * the collection the one before it left owed, and call by call it is charged for it
 * (measured: static profiles read 2 × faster than the store in per-call alternation).
 */
export async function alternatingMedians(contenders, { rounds = 15, warmup = 2, block = 1 } = {}) {
  const times = Object.fromEntries(Object.keys(contenders).map((name) => [name, []]));
  const entries = Object.entries(contenders);
  for (let round = 0; round < warmup + rounds; round++) {
    const shift = round % entries.length;
    for (const [name, fn] of [...entries.slice(shift), ...entries.slice(0, shift)]) {
      if (block > 1) await fn(); // pays for what the contender before it left owed
      const start = performance.now();
      for (let call = block > 1 ? 1 : 0; call < block; call++) await fn();
      if (round >= warmup) times[name].push((performance.now() - start) / Math.max(1, block - 1));
    }
  }
  return Object.fromEntries(Object.entries(times).map(([name, list]) => [name, percentile(list, 50)]));
}

/**
 * Runs `fn` `runs` times on its own and returns the mean wall time of a run and the mean
 * time V8's garbage collector spent inside one, from the runtime's own `gc` entries (a
 * collection does not happen in every run, so medians would hide it).
 */
export async function gcShare(fn, { runs = 30, warmup = 5 } = {}) {
  const pauses = [];
  const observer = new PerformanceObserver((list) => pauses.push(...list.getEntries()));
  observer.observe({ entryTypes: ['gc'] });
  for (let i = 0; i < warmup; i++) await fn();
  const windows = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    windows.push([start, performance.now()]);
  }
  await new Promise((resolve) => setTimeout(resolve, 100)); // gc entries arrive on a timer, not at once
  observer.disconnect();
  const inside = pauses.filter((p) => windows.some(([from, to]) => p.startTime >= from && p.startTime < to));
  const total = windows.reduce((sum, [from, to]) => sum + (to - from), 0);
  return { ms: total / runs, gcMs: inside.reduce((sum, p) => sum + p.duration, 0) / runs };
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
