import { fork } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { generateScript } from './generate-script.mjs';
import { percentile, printRows } from './timing.mjs';

/**
 * The health probe's latency while `POST /v1/resolve` resolves a 1 MiB script (about
 * 4,000 tables over 50 profiles), against a server that resolves it on the event loop,
 * measured in the same run. Each server is a child process (`createNodeServer` on the
 * built package, PGlite in memory); the probe is `GET /v1/health` every 20 ms, and the
 * resolve is sent by another child process, so the prober's own loop stays free.
 */
const ONE_MIB = 1024 * 1024;
const PROBE_EVERY_MS = 20;

/** The script: whole statements of the benchmark workload, up to 1 MiB. */
export function oneMibScript() {
  const { statements, profiles } = generateScript({ tables: 6_000, profiles: 50 });
  let sql = '';
  for (const statement of statements) {
    if (sql.length + statement.length + 1 > ONE_MIB) break;
    sql += `${statement}\n`;
  }
  return { sql, profiles, tables: sql.split('\n').filter(Boolean).length };
}

async function serverChild() {
  const { openCatalog } = await import('../dist/index.js');
  const { createHandler, createNodeServer } = await import('../dist/http/index.js');
  const catalog = await openCatalog();
  await catalog.profiles.createMany(oneMibScript().profiles);
  const offThread = process.argv[3] === 'off-thread';
  const handler = createHandler({
    catalog,
    auth: 'none',
    maxBodyBytes: 2 * ONE_MIB,
    resolve: offThread ? { offThreadBytes: 64 * 1024 } : {},
  });
  const server = createNodeServer(handler);
  // The server's own view: the longest its event loop was held, reset on request.
  const { monitorEventLoopDelay } = await import('node:perf_hooks');
  const delay = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();
  process.on('message', (message) => {
    if (message === 'reset') delay.reset();
    else process.send({ loopMaxMs: delay.max / 1e6 });
  });
  server.listen(0, '127.0.0.1', () => process.send({ port: server.address().port }));
}

async function probeWhile(base, busy) {
  const latencies = [];
  let running = true;
  const done = busy().finally(() => (running = false));
  while (running) {
    const started = performance.now();
    // A probe the server cuts (a keep-alive connection it closed while its loop was held) counts as waited for.
    await fetch(`${base}/v1/health`).then(
      (r) => r.arrayBuffer(),
      () => undefined,
    );
    latencies.push(performance.now() - started);
    await new Promise((resolve) => setTimeout(resolve, PROBE_EVERY_MS));
  }
  return { latencies, result: await done };
}

/**
 * One resolve of the script, sent and read by a child process of its own: receiving the
 * ~13 MB answer on the probing process's event loop would delay its probes, and the
 * figure would be the client's stall, not the server's.
 */
function resolveInChild(base, bodyFile) {
  const child = fork(fileURLToPath(import.meta.url), ['client', base, bodyFile], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  return new Promise((resolve, reject) => {
    child.once('message', resolve);
    child.once('exit', (code) => (code === 0 ? undefined : reject(new Error(`the resolve client exited with ${code}`))));
  });
}

async function clientChild(base, bodyFile) {
  const body = readFileSync(bodyFile, 'utf8');
  const started = performance.now();
  const response = await fetch(`${base}/v1/resolve`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  const bytes = Buffer.from(await response.arrayBuffer());
  if (response.status !== 200 || !bytes.includes('"errors":[]')) throw new Error(`resolve answered ${response.status}`);
  process.send({ ms: performance.now() - started, bytes: bytes.length }, () => process.exit(0));
}

async function measure(mode, sql) {
  const child = fork(fileURLToPath(import.meta.url), ['server', mode], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const { port } = await new Promise((resolve) => child.once('message', resolve));
  const base = `http://127.0.0.1:${port}`;
  const dir = mkdtempSync(join(tmpdir(), 'ddl-profiles-probe-'));
  try {
    const bodyFile = join(dir, 'body.json');
    writeFileSync(bodyFile, JSON.stringify({ sql }));
    await resolveInChild(base, bodyFile); // warm-up: the worker thread starts, the code is compiled
    const idle = await probeWhile(base, () => new Promise((resolve) => setTimeout(resolve, 1_000)));
    child.send('reset');
    const busy = await probeWhile(base, () => resolveInChild(base, bodyFile));
    child.send('report');
    const { loopMaxMs } = await new Promise((resolve) => child.once('message', resolve));
    return { idle: idle.latencies, busy: busy.latencies, resolveMs: busy.result.ms, loopMaxMs };
  } finally {
    child.kill();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Rows for `printRows`: probe latencies (p50, p99, max) idle and while the script resolves, on and off the event loop. */
export async function benchHealthProbe() {
  const { sql, tables } = oneMibScript();
  const onLoop = await measure('on-loop', sql);
  const offThread = await measure('off-thread', sql);
  const max = (list) => Math.max(...list);
  return [
    { name: `script`, value: `${(sql.length / ONE_MIB).toFixed(2)} MiB, ${tables} tables`, unit: '' },
    { name: 'resolve on the event loop (peer)', value: onLoop.resolveMs, unit: 'ms' },
    { name: 'resolve in the worker thread', value: offThread.resolveMs, unit: 'ms' },
    { name: 'probe idle: p50', value: percentile(offThread.idle, 50), unit: 'ms' },
    {
      name: 'probe during resolve, on the loop: p50 / max',
      value: `${percentile(onLoop.busy, 50).toFixed(1)} / ${max(onLoop.busy).toFixed(0)}`,
      unit: 'ms',
    },
    {
      name: 'probe during resolve, off the loop: p50 / p99 / max',
      value: `${percentile(offThread.busy, 50).toFixed(1)} / ${percentile(offThread.busy, 99).toFixed(1)} / ${max(offThread.busy).toFixed(0)}`,
      unit: 'ms',
    },
    { name: 'probes answered during resolve, on / off the loop', value: `${onLoop.busy.length} / ${offThread.busy.length}`, unit: '' },
    {
      name: "server's longest loop stall during resolve, on / off the loop",
      value: `${onLoop.loopMaxMs.toFixed(0)} / ${offThread.loopMaxMs.toFixed(0)}`,
      unit: 'ms',
    },
    { name: 'worst probe, on the loop / off the loop', value: max(onLoop.busy) / max(offThread.busy), unit: 'x' },
    { name: 'worst probe off the loop / resolve time', value: max(offThread.busy) / offThread.resolveMs, unit: 'x' },
  ];
}

if (process.argv[2] === 'server') await serverChild();
else if (process.argv[2] === 'client') await clientChild(process.argv[3], process.argv[4]);
else if (import.meta.url === `file://${process.argv[1]}`) printRows('health probe while a 1 MiB script resolves', await benchHealthProbe());
