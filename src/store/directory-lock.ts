import { mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { resolve as resolvePath } from 'node:path';
import { DdlProfilesError, storeInUse, storePathNotADirectory, storeUnavailable } from '../errors/index.js';

/** The lock file's name inside a PGlite store directory. */
export const LOCK_FILE = 'ddl-profiles.lock';

/** A held lock on a store directory. */
export interface DirectoryLock {
  /** Gives the lock up; safe to call more than once. */
  release(): void;
}

/** What a lock file says of its owner: its process id and, where the OS tells, when that process started. */
interface LockHolder {
  pid: number;
  startedAt?: string;
}

/** Lock files this process holds, by path: a second store here is refused, a file of our pid that is not here is stale. */
const heldHere = new Set<string>();

/**
 * What Linux's /proc says of process `pid` (undefined elsewhere, or when it is gone): its
 * state (`Z` for a zombie: ended, not yet reaped by its parent) and when it started, in
 * clock ticks since boot, which with its pid tells it apart from a later process given
 * the same pid.
 */
function procStat(pid: number): { state: string; startedAt: string } | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name, which may hold spaces: state is field 3, starttime field 22.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return { state: fields[0], startedAt: fields[19] };
  } catch {
    return undefined;
  }
}

function holderOf(file: string): LockHolder | undefined {
  try {
    const [pidText, startedAt] = readFileSync(file, 'utf8').split('\n');
    const pid = Number.parseInt(pidText, 10);
    if (!Number.isInteger(pid) || pid <= 0) return undefined;
    return startedAt ? { pid, startedAt } : { pid };
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
 * Whether the lock's owner still runs. A lock of this very pid is live only if this
 * process took it (after a crash, a container's restarted process often gets the same
 * pid); another pid is live if a process runs under it that started when the lock says
 * and has not ended as a zombie.
 */
function holds(holder: LockHolder, file: string): boolean {
  if (holder.pid === process.pid) return heldHere.has(file);
  if (!isAlive(holder.pid)) return false;
  const stat = procStat(holder.pid);
  // A zombie has ended: kill(pid, 0) still finds it until its parent reaps it.
  if (stat?.state === 'Z') return false;
  return holder.startedAt === undefined || stat === undefined || stat.startedAt === holder.startedAt;
}

/**
 * Takes the lock on a PGlite store directory, creating the directory if needed. PGlite
 * is one process's database: two processes (or two stores in one) on the same directory
 * would each overwrite the other's writes, so the second is refused with
 * `STORE_UNAVAILABLE`. The lock file holds the owner's process id and, on Linux, when
 * that process started; a lock left by a process that no longer runs is taken over,
 * including when a later process got the same pid (a restarted container's often does).
 * Released on `release()` or at exit.
 *
 * @example
 * ```ts
 * const lock = lockDirectory('./.ddl-profiles');
 * try { … } finally { lock.release(); }
 * ```
 */
export function lockDirectory(path: string): DirectoryLock {
  try {
    mkdirSync(path, { recursive: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST' || code === 'ENOTDIR') throw DdlProfilesError.of(storePathNotADirectory(path, code), { cause: error });
    throw DdlProfilesError.of(storeUnavailable('create-directory', { path, errno: code }), { cause: error });
  }
  const file = resolvePath(path, LOCK_FILE);
  const startedAt = procStat(process.pid)?.startedAt;
  for (let attempt = 0; ; attempt++) {
    try {
      writeFileSync(file, `${process.pid}\n${startedAt ?? ''}\n`, { flag: 'wx' });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
        const errno = (error as NodeJS.ErrnoException).code;
        throw DdlProfilesError.of(storeUnavailable('lock', { path, errno, reason: (error as Error).message }), { cause: error });
      }
      const holder = holderOf(file);
      if (attempt > 0 || (holder !== undefined && holds(holder, file))) {
        const by = holder === undefined ? undefined : { pid: holder.pid, sameProcess: holder.pid === process.pid };
        throw DdlProfilesError.of(storeInUse(path, by));
      }
      try {
        unlinkSync(file); // left by a process that has ended, or by an earlier one under the same pid
      } catch {
        // already taken over by another process: the next attempt says so
      }
    }
  }
  heldHere.add(file);
  let held = true;
  const release = (): void => {
    if (!held) return;
    held = false;
    heldHere.delete(file);
    process.removeListener('exit', release);
    if (holderOf(file)?.pid === process.pid) unlinkSync(file);
  };
  process.once('exit', release);
  return { release };
}
