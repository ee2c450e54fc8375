import { arch, cpus, totalmem } from 'node:os';
import { benchHttp } from './http.mjs';
import { benchResolve } from './resolve.mjs';
import { benchStore } from './store.mjs';
import { benchTester } from './tester.mjs';
import { printRows } from './timing.mjs';

// Every benchmark, one after the other (each peer is measured in the same run as its figure).
console.log(`ddl-profiles benchmarks, ${new Date().toISOString()}, Node ${process.version}, ${cpus().length} x ${cpus()[0]?.model ?? arch()}, ${Math.round(totalmem() / 2 ** 30)} GiB`);
printRows('resolve (1,000 tables, 50 profiles)', await benchResolve());
printRows('store', await benchStore());
printRows('live tests: time to verdict', await benchTester());
printRows('REST API load run (2,000 requests, 50 clients)', await benchHttp());
