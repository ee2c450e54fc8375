import { parentPort } from 'node:worker_threads';
import { redactResult, resolve, type ProfileDefinition, type ProfileSource } from '../index.js';
import { builtInRegistry } from '../resolve/built-in-registry.js';
import { dialectOption } from '../resolve/dialect-option.js';
import { describeInternal } from './http-error.js';
import type { MainMessage, ResolveJob, WorkerMessage } from './off-thread-resolve.js';
import { limitOf } from './script-resolver.js';

/**
 * The worker thread of `OffThreadResolve`: it resolves each job with the built-in
 * connectors of the job's dialect and asks the main thread for the profiles, then answers with the redacted
 * result as UTF-8 JSON. It is always the built `dist/http/resolve-worker.js`, whichever copy
 * of the code (the library, or the CLI's bundle in `dist/bin`) starts it. Not an API: loaded by `new Worker(...)`.
 *
 * @example
 * ```ts
 * new Worker(join(packageRoot(), 'dist', 'http', 'resolve-worker.js'));
 * ```
 */
const port = parentPort!;
const calls = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
let nextCall = 1;

/** A profile query of a job, before it gets its call number. */
type Query = Extract<WorkerMessage, { call: number }> extends infer Q ? (Q extends unknown ? Omit<Q, 'call'> : never) : never;

function ask(message: Query): Promise<unknown> {
  const call = nextCall++;
  return new Promise((resolve, reject) => {
    calls.set(call, { resolve, reject });
    port.postMessage({ ...message, call } as WorkerMessage);
  });
}

async function run(job: number, request: ResolveJob): Promise<void> {
  const profiles: ProfileSource = {
    fetchProfiles: (names) => ask({ job, kind: 'fetch', names: [...names] }) as Promise<ProfileDefinition[]>,
    knownNames: () => ask({ job, kind: 'known' }) as Promise<string[]>,
  };
  try {
    const registry = await builtInRegistry(dialectOption(request.options.dialect));
    const result = await resolve(request.sql, { ...request.options, env: request.env, registry, profiles });
    const tables = request.wantTables && result.errors.length === 0 ? result.tables : undefined;
    // Encoded here and handed over, not copied: the main thread then only writes the bytes out.
    const body = new TextEncoder().encode(JSON.stringify(redactResult(result, registry, request.options.secrets)));
    const answer = { body, ...limitOf(result.errors), ...(tables ? { tables } : {}) };
    port.postMessage({ job, kind: 'done', answer } satisfies WorkerMessage, [body.buffer]);
  } catch (error) {
    port.postMessage({ job, kind: 'failed', internal: describeInternal(error) } satisfies WorkerMessage);
  }
}

port.on('message', (message: MainMessage) => {
  if (message.kind === 'run') return void run(message.job, message.request);
  const call = calls.get(message.call);
  if (!call) return;
  calls.delete(message.call);
  if (message.failed) call.reject(new Error('the profile query failed on the main thread'));
  else call.resolve(message.value);
});
