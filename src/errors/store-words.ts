import type { SecretKeyInvalidProblem } from './library-problem-data.js';
import type { StoreInUseProblem, StoreOptionProblem, StoreUnavailableProblem } from './store-problem-data.js';

/**
 * The words of a store's problem (its options, its key, an outage, its lock), for
 * `messageOf`, which is the only caller: nothing else words these shapes.
 *
 * @example
 * ```ts
 * storeWords({ code: 'STORE_UNAVAILABLE', during: 'query', reason: 'timeout' }); // 'the profile store is unavailable: timeout'
 * ```
 */
export function storeWords(problem: StoreOptionProblem | StoreUnavailableProblem | StoreInUseProblem | SecretKeyInvalidProblem): string {
  if ('option' in problem) return optionWords(problem);
  if ('during' in problem) return unavailableWords(problem);
  if (problem.code === 'STORE_UNAVAILABLE') return inUseWords(problem);
  return secretKeyInvalidWords(problem);
}

function optionWords(problem: StoreOptionProblem): string {
  switch (problem.reason) {
    case 'empty':
      return `the store's ${problem.option} is given but empty (an unset environment variable?); leave ${problem.option} out for a store in memory`;
    case 'not-a-postgres-url':
      return 'the database URL must look like postgres://user:password@host:5432/database';
    case 'not-a-directory':
      return `the PGlite store path ${problem.path} is a file, not a directory`;
    case 'required':
      return 'this store was given its key, so give the new key too: it is yours to keep';
  }
}

function unavailableWords(problem: StoreUnavailableProblem): string {
  switch (problem.during) {
    case 'query':
      return `the profile store is unavailable: ${problem.reason}`;
    case 'migration':
      return `the store's migrations failed: ${problem.reason}`;
    case 'open':
      return `cannot open the PGlite store at ${problem.path}: ${problem.reason}`;
    case 'create-directory':
      return `cannot create the PGlite store directory ${problem.path} (${problem.errno ?? 'error'})`;
    case 'lock':
      return `cannot lock the PGlite store at ${problem.path}: ${problem.reason}`;
  }
}

function inUseWords(problem: StoreInUseProblem): string {
  const holder = problem.holder;
  const who = holder === undefined ? 'another process' : holder.sameProcess ? 'another store in this process' : `process ${holder.pid}`;
  return `the PGlite store at ${problem.path} is in use by ${who}; a PGlite store serves one process at a time (use PostgreSQL to share one)`;
}

function secretKeyInvalidWords(problem: SecretKeyInvalidProblem): string {
  const errno = problem.errno ?? 'error';
  switch (problem.file) {
    case 'missing':
      return `no such secret key file: ${problem.path}`;
    case 'unreadable':
      return `cannot read the secret key file ${problem.path} (${errno})`;
    case 'exists':
      return `the secret key file ${problem.path} already exists`;
    case 'unwritable':
      return `cannot write the secret key file ${problem.path} (${errno})`;
    default:
      return `${problem.key} is not a secret key: expected the base64 of 32 random bytes (openssl rand -base64 32)`;
  }
}
