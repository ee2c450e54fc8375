import { mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DdlProfilesError } from '../errors/index.js';

/** The lock file's name inside a PGlite store directory. */
export const LOCK_FILE = 'ddl-profiles.lock';

/** A held lock on a store directory. */
export interface DirectoryLock {
  /** Gives the lock up; safe to call more than once. */
  release(): void;
}

function holderOf(file: string): number | undefined {
  try {
    const pid = Number.parseInt(readFileSync(file, 'utf8'), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Takes the lock on a PGlite store directory, creating the directory if needed. PGlite
 * is one process's database: two processes (or two stores in one) on the same directory
 * would each overwrite the other's writes, so the second is refused with
 * `STORE_UNAVAILABLE`. The lock file holds the owner's process id; a lock left by a
 * process that no longer runs is taken over. Released on `release()` or at exit.
 *
 * @example
 * ```ts
 * const lock = lockDirectory('./.ddl-profiles');
 * try { … } finally { lock.release(); }
 * ```
 */
export function lockDirectory(path: string): DirectoryLock {
  mkdirSync(path, { recursive: true });
  const file = join(path, LOCK_FILE);
  for (let attempt = 0; ; attempt++) {
    try {
      writeFileSync(file, `${process.pid}\n`, { flag: 'wx' });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
        throw new DdlProfilesError('STORE_UNAVAILABLE', `cannot lock the PGlite store at ${path}: ${(error as Error).message}`, undefined, { cause: error });
      }
      const holder = holderOf(file);
      if (attempt > 0 || (holder !== undefined && isAlive(holder))) {
        const who = holder === process.pid ? 'another store in this process' : holder !== undefined ? `process ${holder}` : 'another process';
        throw new DdlProfilesError(
          'STORE_UNAVAILABLE',
          `the PGlite store at ${path} is in use by ${who}; a PGlite store serves one process at a time (use PostgreSQL to share one)`,
        );
      }
      try {
        unlinkSync(file); // left by a process that has ended
      } catch {
        // already taken over by another process: the next attempt says so
      }
    }
  }
  let held = true;
  const release = (): void => {
    if (!held) return;
    held = false;
    process.removeListener('exit', release);
    if (holderOf(file) === process.pid) unlinkSync(file);
  };
  process.once('exit', release);
  return { release };
}
