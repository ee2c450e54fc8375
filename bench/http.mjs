import { createServer } from 'node:http';
import { performance } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import { openCatalog } from '../dist/index.js';
import { createHandler, toNodeListener, TokenAuth } from '../dist/http/index.js';
import { percentile, printRows } from './timing.mjs';

/** Wraps a listener to record each request's time inside the server: arrival to the response's last byte. */
function timed(listener, times) {
  return (req, res) => {
    const start = performance.now();
    res.once('finish', () => times.push(performance.now() - start));
    listener(req, res);
  };
}

async function listen(listener) {
  const server = createServer(listener);
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    base: `http://127.0.0.1:${server.address().port}`,
    close: () => new Promise((r) => (server.closeAllConnections(), server.close(r))),
  };
}

/**
 * Runs the mixed load from a worker thread, so the clients have an event loop of their
 * own; `onWarm` is called between the warm-up and the measured load.
 */
function loadFromWorker(base, token, options, onWarm = () => {}) {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./load-worker.mjs', import.meta.url), {
      workerData: { base, token, warmupToken: 'warm-up-token', ...options },
    });
    worker.on('message', (message) => (message.warm ? onWarm() : resolve(message)));
    worker.once('error', reject);
  });
}

function summary(label, run) {
  const ms = run.results.map((r) => r.ms);
  const errors = run.results.filter((r) => r.status >= 400).length;
  return [
    { name: `${label}: throughput`, value: run.results.length / run.seconds, unit: 'req/s' },
    { name: `${label}: p50`, value: percentile(ms, 50), unit: 'ms' },
    { name: `${label}: p95`, value: percentile(ms, 95), unit: 'ms' },
    { name: `${label}: p99`, value: percentile(ms, 99), unit: 'ms' },
    { name: `${label}: errors`, value: errors, unit: 'responses' },
  ];
}

/**
 * 2,000 mixed requests from 50 concurrent clients against the REST API on the PGlite
 * store, beside the same load against a bare node:http server that answers every
 * request with a fixed JSON body (the floor of HTTP on this machine), in one run. The
 * clients run on a worker thread, the server keeps the main thread to itself, and each
 * server gets a warm-up load of a tenth the size first.
 */
export async function benchHttp() {
  const catalog = await openCatalog();
  for (const tenant of ['warm-up', 'load']) {
    await catalog.forTenant(tenant).profiles.create({ name: 'seed', connector: 'kafka', config: { bootstrap_servers: 'seed:9092' } });
  }
  const inServer = [];
  const api = await listen(
    timed(toNodeListener(createHandler({ catalog, auth: new TokenAuth({ 'bench-token': 'load', 'warm-up-token': 'warm-up' }) })), inServer),
  );
  const bare = await listen((req, res) => {
    req.resume();
    req.on('end', () => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"ok":true}');
    });
  });
  try {
    const ours = await loadFromWorker(api.base, 'bench-token', { requests: 2000, clients: 50 }, () => (inServer.length = 0));
    const floor = await loadFromWorker(bare.base, 'bench-token', { requests: 2000, clients: 50 });
    const rows = [
      ...summary('REST API on PGlite', ours),
      { name: 'REST API on PGlite: inside the handler, p50', value: percentile(inServer, 50), unit: 'ms' },
      { name: 'REST API on PGlite: inside the handler, p99', value: percentile(inServer, 99), unit: 'ms' },
      ...summary('bare node:http', floor),
    ];
    rows.push({
      name: 'throughput, REST API / bare node:http',
      value: ours.results.length / ours.seconds / (floor.results.length / floor.seconds),
      unit: 'x',
    });
    return rows;
  } finally {
    await api.close();
    await bare.close();
    await catalog.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) printRows('REST API load run', await benchHttp());
