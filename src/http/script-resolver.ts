import { redactResult, type Catalog, type Diagnostic, type Dialect, type ResolvedTable, type SecretsMode } from '../index.js';
import { dialectOption } from '../resolve/dialect-option.js';
import { OffThreadResolve } from './off-thread-resolve.js';

/** The diagnostic codes of a script past a bound (statements per script, options per table): the whole request is refused with 422. */
const LIMIT_CODES: ReadonlySet<string> = new Set(['TOO_MANY_STATEMENTS', 'TOO_MANY_OPTIONS']);

/**
 * What a resolve answers over HTTP: the redacted result as JSON (text, or UTF-8 bytes
 * from the worker thread), and the first diagnostic of a bound it exceeded, if any.
 *
 * @example
 * ```ts
 * const { body, limit } = await resolver.resolve(catalog, sql, {});
 * ```
 */
export interface ResolveAnswer {
  body: string | Uint8Array;
  limit?: Diagnostic;
}

/**
 * What a `POST /v1/resolve` body asks besides its script: to register the tables, how
 * secrets are written (see `SecretsMode`), and the script's dialect (see `Dialect`;
 * `arroyo` when absent).
 *
 * @example
 * ```ts
 * const request: ResolveRequest = { register: false, secrets: 'template', dialect: 'flink' };
 * ```
 */
export interface ResolveRequest {
  register?: boolean;
  secrets?: SecretsMode;
  dialect?: Dialect;
}

/**
 * Bounds of one resolve, and where it runs.
 *
 * - `maxStatements`, `maxOptionsPerTable`: the library's bounds (its `DEFAULT_LIMITS`
 *   unless set); a script past one is a 422.
 * - `offThreadBytes`: scripts of at least this many characters resolve in a worker
 *   thread, so that one large script never holds the event loop (the health probe keeps
 *   answering). The worker resolves with the built-in connectors of the script's dialect
 *   (`createRegistry()`, `createFlinkRegistry()`): leave it unset when the catalog
 *   registers connectors of its own.
 *
 * @example
 * ```ts
 * const options: ScriptResolverOptions = { offThreadBytes: 64 * 1024, maxStatements: 10_000 };
 * ```
 */
export interface ScriptResolverOptions {
  maxStatements?: number;
  maxOptionsPerTable?: number;
  offThreadBytes?: number;
}

/**
 * Resolves scripts for the REST API: small ones on the event loop, large ones in a
 * worker thread; both redacted and serialized where they were resolved.
 *
 * @example
 * ```ts
 * const resolver = new ScriptResolver({ offThreadBytes: 64 * 1024 });
 * const { body } = await resolver.resolve(catalog, sql, {});
 * ```
 */
export class ScriptResolver {
  private readonly bounds: { maxStatements?: number; maxOptionsPerTable?: number };
  private offThread: OffThreadResolve | undefined;

  constructor(private readonly options: ScriptResolverOptions = {}) {
    this.bounds = Object.fromEntries(
      Object.entries({ maxStatements: options.maxStatements, maxOptionsPerTable: options.maxOptionsPerTable }).filter(
        ([, v]) => v !== undefined,
      ),
    );
  }

  async resolve(catalog: Catalog, sql: string, request: ResolveRequest): Promise<ResolveAnswer> {
    const { register, secrets } = request;
    const dialect = dialectOption(request.dialect);
    const how = { ...this.bounds, ...(secrets ? { secrets } : {}), dialect };
    if (this.options.offThreadBytes !== undefined && sql.length >= this.options.offThreadBytes) {
      this.offThread ??= new OffThreadResolve();
      const answer = await this.offThread.run(
        { sql, env: catalog.env, options: how, wantTables: register === true },
        catalog.profileSource(),
      );
      if (register && answer.tables && answer.tables.length > 0)
        await catalog.tables.registerResolved(answer.tables as ResolvedTable[], dialect);
      return answer;
    }
    const result = await catalog.resolve(sql, { register, ...how });
    return { body: JSON.stringify(redactResult(result, catalog.registryOf(dialect), secrets)), ...limitOf(result.errors) };
  }

  /** Stops the worker thread, if one was started. */
  async close(): Promise<void> {
    await this.offThread?.close();
  }
}

/**
 * The first diagnostic of a bound a script exceeded, as `{ limit }`, or `{}`.
 *
 * @example
 * ```ts
 * const { limit } = limitOf(result.errors);
 * ```
 */
export function limitOf(errors: readonly Diagnostic[]): { limit?: Diagnostic } {
  const limit = errors.find((e) => LIMIT_CODES.has(e.code));
  return limit ? { limit } : {};
}
