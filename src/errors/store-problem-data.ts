import type { ProblemBase } from './problem-base.js';

/**
 * A store option refused before any connection: `url` or `path` given but empty, a `url`
 * that is not a PostgreSQL URL (never quoted: it may hold a password), a `path` that is a
 * file (with the system's `errno`), or a key rotation on a store given its key with no
 * `newKey`.
 *
 * @example
 * ```ts
 * const p: StoreOptionProblem = { code: 'INVALID_ARGUMENT', option: 'path', reason: 'not-a-directory', path: './data', errno: 'ENOTDIR' };
 * ```
 */
export interface StoreOptionProblem extends ProblemBase {
  code: 'INVALID_ARGUMENT';
  option: 'url' | 'path' | 'newKey';
  reason: 'empty' | 'not-a-postgres-url' | 'not-a-directory' | 'required';
  path?: string;
  errno?: string;
}

/**
 * A store that cannot serve: what it was doing (`during`: a `query`, its `migration`,
 * opening the PGlite store at `path`, creating its directory, locking it), the system's
 * `errno`, and the driver's or system's own words (`reason`, with the credentials of a
 * connection URL and every known secret replaced).
 *
 * @example
 * ```ts
 * const p: StoreUnavailableProblem = { code: 'STORE_UNAVAILABLE', during: 'query', reason: 'connect ECONNREFUSED 127.0.0.1:5432' };
 * ```
 */
export interface StoreUnavailableProblem extends ProblemBase {
  code: 'STORE_UNAVAILABLE';
  during: 'query' | 'migration' | 'open' | 'create-directory' | 'lock';
  path?: string;
  errno?: string;
  reason?: string;
}

/**
 * A PGlite store at `path` already locked by a process that still runs: `holder` is that
 * process's pid when its lock file says, and whether it is this very process.
 *
 * @example
 * ```ts
 * const p: StoreInUseProblem = { code: 'STORE_UNAVAILABLE', path: './data', holder: { pid: 4242, sameProcess: false } };
 * ```
 */
export interface StoreInUseProblem extends ProblemBase {
  code: 'STORE_UNAVAILABLE';
  path: string;
  holder?: { pid: number; sameProcess: boolean };
}
