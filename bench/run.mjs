import { arch, cpus, totalmem } from 'node:os';
import { printRows } from './timing.mjs';

// Every benchmark, one after the other (each peer is measured in the same run as its
// figure). Each module is loaded just before it runs: the live-test benchmark loads
// ioredis, whose `class … extends String` slows every string method in the process
// (see BENCHMARKS.md), and the resolve benchmark measures that effect itself, last.
console.log(
  `ddl-profiles benchmarks, ${new Date().toISOString()}, Node ${process.version}, ${cpus().length} x ${cpus()[0]?.model ?? arch()}, ${Math.round(totalmem() / 2 ** 30)} GiB`,
);
printRows('CLI start-up (whole process, beside node -e 0)', await (await import('./cli-startup.mjs')).benchCliStartup());
printRows('resolve (1,000 tables, 50 profiles)', await (await import('./resolve.mjs')).benchResolve());
printRows('columns (1,000 tables)', await (await import('./resolve.mjs')).benchColumns());
printRows('Flink dialect (1,000 tables)', await (await import('./resolve.mjs')).benchFlinkResolve());
printRows('store', await (await import('./store.mjs')).benchStore());
printRows('encryption at rest', await (await import('./store.mjs')).benchEncryption());
printRows('live tests: time to verdict', await (await import('./tester.mjs')).benchTester());
printRows('REST API load run (2,000 requests, 50 clients)', await (await import('./http.mjs')).benchHttp());
printRows('health probe while a 1 MiB script resolves', await (await import('./health-probe.mjs')).benchHealthProbe());
printRows('web console (bundle size; navigation to a usable profile form)', await (await import('./console.mjs')).benchConsole());
