import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Diagnostic, Dialect, ProfileSource, ResolvedTable, SecretsMode, TemplateEnv } from '../index.js';
import { packageRoot } from '../package-root.js';
import { HttpError } from './http-error.js';

/**
 * One resolve for the worker: the script, the tenant's environment, the bounds, how
 * secrets are written, the script's dialect, and whether the unredacted tables come
 * back (to register them).
 *
 * @example
 * ```ts
 * const job: ResolveJob = { sql, env: {}, options: {}, wantTables: false };
 * ```
 */
export interface ResolveJob {
  sql: string;
  env: TemplateEnv;
  options: { maxStatements?: number; maxOptionsPerTable?: number; secrets?: SecretsMode; dialect?: Dialect };
  wantTables: boolean;
}

/**
 * What the worker answers: the redacted result as UTF-8 JSON, the first bound exceeded,
 * and the tables when asked for and the script had no errors.
 *
 * @example
 * ```ts
 * const { body, limit, tables } = await offThread.run(job, catalog.profileSource());
 * ```
 */
export interface ResolveJobAnswer {
  body: Uint8Array;
  limit?: Diagnostic;
  tables?: ResolvedTable[];
}

/** Messages from the worker: a profile query of a job, or its answer. */
export type WorkerMessage =
  | { job: number; kind: 'fetch'; call: number; names: string[] }
  | { job: number; kind: 'known'; call: number }
  | { job: number; kind: 'done'; answer: ResolveJobAnswer }
  | { job: number; kind: 'failed'; internal: string };

/** Messages to the worker: a job, or the answer to one of its profile queries. */
export type MainMessage =
  | { job: number; kind: 'run'; request: ResolveJob }
  | { job: number; kind: 'reply'; call: number; value?: unknown; failed?: boolean };

interface Pending {
  profiles: ProfileSource;
  resolve: (answer: ResolveJobAnswer) => void;
  reject: (error: unknown) => void;
}

/**
 * A worker thread that resolves scripts, started on first use. The worker parses,
 * merges, validates, redacts and serializes; the profiles it needs are fetched here, on
 * the main thread, which owns the store (one query per script, as always). The thread
 * does not keep the process alive.
 *
 * @example
 * ```ts
 * const offThread = new OffThreadResolve();
 * const { body } = await offThread.run({ sql, env: {}, options: {}, wantTables: false }, catalog.profileSource());
 * await offThread.close();
 * ```
 */
export class OffThreadResolve {
  private worker: Worker | undefined;
  private readonly pending = new Map<number, Pending>();
  private nextJob = 1;

  run(request: ResolveJob, profiles: ProfileSource): Promise<ResolveJobAnswer> {
    const worker = this.started();
    const job = this.nextJob++;
    return new Promise((resolve, reject) => {
      this.pending.set(job, { profiles, resolve, reject });
      worker.postMessage({ job, kind: 'run', request } satisfies MainMessage);
    });
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    await worker?.terminate();
  }

  private started(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(join(packageRoot(), 'dist', 'http', 'resolve-worker.js'));
    worker.unref();
    worker.on('message', (message: WorkerMessage) => void this.answer(worker, message));
    const fail = (internal: string) => {
      if (this.worker === worker) this.worker = undefined;
      for (const [job, entry] of this.pending) {
        this.pending.delete(job);
        entry.reject(new HttpError(500, 'INTERNAL', 'the server failed to handle the request', undefined, {}, internal));
      }
    };
    worker.on('error', (error) => fail(`resolve worker: ${error.name}`));
    worker.on('exit', (code) => fail(`resolve worker exited with ${code}`));
    this.worker = worker;
    return worker;
  }

  private async answer(worker: Worker, message: WorkerMessage): Promise<void> {
    const entry = this.pending.get(message.job);
    if (!entry) return;
    if (message.kind === 'done' || message.kind === 'failed') {
      this.pending.delete(message.job);
      if (message.kind === 'done') entry.resolve(message.answer);
      else entry.reject(new HttpError(500, 'INTERNAL', 'the server failed to handle the request', undefined, {}, message.internal));
      return;
    }
    let reply: MainMessage;
    try {
      const value = message.kind === 'fetch' ? await entry.profiles.fetchProfiles(message.names) : await entry.profiles.knownNames();
      reply = { job: message.job, kind: 'reply', call: message.call, value };
    } catch (error) {
      // The worker's profile query fails as the store's did: the job then fails and is answered here.
      this.pending.delete(message.job);
      entry.reject(error);
      reply = { job: message.job, kind: 'reply', call: message.call, failed: true };
    }
    worker.postMessage(reply);
  }
}
