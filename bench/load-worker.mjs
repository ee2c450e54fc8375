import { parentPort, workerData } from 'node:worker_threads';
import { loadRun } from '../test/support/load-run.mjs';

// The load generator on its own thread and event loop, so that the 50 clients do not
// compete with the server they measure for the same thread. A warm-up load, under its
// own token (a tenant of its own, so its profile names do not collide), goes first.
const { base, token, warmupToken, requests, clients } = workerData;
await loadRun(base, warmupToken, { requests: requests / 10, clients });
parentPort.postMessage({ warm: true });
const run = await loadRun(base, token, { requests, clients });
parentPort.postMessage({ seconds: run.seconds, results: run.results.map(({ status, ms }) => ({ status, ms })) });
