import { createServer } from 'node:http';
import { openCatalog } from '../dist/index.js';
import { createHandler, toNodeListener, TokenAuth } from '../dist/http/index.js';
import { loadRun } from '../test/support/load-run.mjs';
import { percentile, printRows } from './timing.mjs';

async function listen(listener) {
  const server = createServer(listener);
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { base: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((r) => (server.closeAllConnections(), server.close(r))) };
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
 * request with a fixed JSON body (the floor of HTTP on this machine), in one run.
 */
export async function benchHttp() {
  const catalog = await openCatalog();
  await catalog.forTenant('load').profiles.create({ name: 'seed', connector: 'kafka', config: { bootstrap_servers: 'seed:9092' } });
  const api = await listen(toNodeListener(createHandler({ catalog, auth: new TokenAuth({ 'bench-token': 'load' }) })));
  const bare = await listen((req, res) => {
    req.resume();
    req.on('end', () => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"ok":true}');
    });
  });
  try {
    const ours = await loadRun(api.base, 'bench-token', { requests: 2000, clients: 50 });
    const floor = await loadRun(bare.base, 'bench-token', { requests: 2000, clients: 50 });
    const rows = [...summary('REST API on PGlite', ours), ...summary('bare node:http', floor)];
    rows.push({ name: 'throughput, REST API / bare node:http', value: ours.results.length / ours.seconds / (floor.results.length / floor.seconds), unit: 'x' });
    return rows;
  } finally {
    await api.close();
    await bare.close();
    await catalog.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) printRows('REST API load run', await benchHttp());
