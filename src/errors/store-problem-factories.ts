import { defined } from './problem-factories.js';
import type { StoreInUseProblem, StoreOptionProblem, StoreUnavailableProblem } from './store-problem-data.js';

/**
 * `INVALID_ARGUMENT`: the store's `url` or `path` given but empty (an unset environment
 * variable), which would otherwise open a store in memory.
 *
 * @example
 * ```ts
 * throw DdlProfilesError.of(storeOptionEmpty('url'));
 * ```
 */
export function storeOptionEmpty(option: 'url' | 'path'): StoreOptionProblem {
  return { code: 'INVALID_ARGUMENT', option, reason: 'empty' };
}

/**
 * `INVALID_ARGUMENT`: a database URL that is not `postgres://…` (the URL itself is left
 * out: it may hold a password).
 *
 * @example
 * ```ts
 * throw DdlProfilesError.of(notAPostgresUrl());
 * ```
 */
export function notAPostgresUrl(): StoreOptionProblem {
  return { code: 'INVALID_ARGUMENT', option: 'url', reason: 'not-a-postgres-url' };
}

/**
 * `INVALID_ARGUMENT`: a PGlite store path that is a file, not a directory.
 *
 * @example
 * ```ts
 * storePathNotADirectory('./data', 'ENOTDIR');
 * ```
 */
export function storePathNotADirectory(path: string, errno?: string): StoreOptionProblem {
  return defined({ code: 'INVALID_ARGUMENT', option: 'path', reason: 'not-a-directory', path, errno });
}

/**
 * `INVALID_ARGUMENT`: a key rotation without `newKey`, on a store that was given its key
 * (no key file to write a generated one to).
 *
 * @example
 * ```ts
 * throw DdlProfilesError.of(newKeyRequired());
 * ```
 */
export function newKeyRequired(): StoreOptionProblem {
  return { code: 'INVALID_ARGUMENT', option: 'newKey', reason: 'required' };
}

/**
 * `STORE_UNAVAILABLE`: the store failed `during` an operation; `reason` is the driver's or
 * system's words, which the caller has already cleared of credentials and secrets.
 *
 * @example
 * ```ts
 * storeUnavailable('query', { reason: 'connect ECONNREFUSED 127.0.0.1:5432' });
 * storeUnavailable('create-directory', { path: './data', errno: 'EACCES' });
 * ```
 */
export function storeUnavailable(
  during: StoreUnavailableProblem['during'],
  detail: { path?: string; errno?: string; reason?: string } = {},
): StoreUnavailableProblem {
  return defined({ code: 'STORE_UNAVAILABLE', during, path: detail.path, errno: detail.errno, reason: detail.reason });
}

/**
 * `STORE_UNAVAILABLE`: a PGlite store locked by another store, in this process or another.
 *
 * @example
 * ```ts
 * storeInUse('./data', { pid: 4242, sameProcess: false });
 * storeInUse('./data'); // the holder's pid could not be read
 * ```
 */
export function storeInUse(path: string, holder?: StoreInUseProblem['holder']): StoreInUseProblem {
  return defined({ code: 'STORE_UNAVAILABLE', path, holder });
}
