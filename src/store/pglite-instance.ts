import { PGlite } from '@electric-sql/pglite';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LOCK_FILE } from './directory-lock.js';

/** PGlite's version, read from its package.json beside its entry point (the package does not export that file). */
const pgliteVersion: string = JSON.parse(
  readFileSync(join(dirname(fileURLToPath(import.meta.resolve('@electric-sql/pglite'))), '..', 'package.json'), 'utf8'),
).version;

/**
 * Where the snapshot of a freshly initialised, fully migrated database is cached. Its
 * name carries PGlite's version and the schema's, since data directories are tied to both.
 */
function snapshotPath(schemaVersion: string): string {
  return join(tmpdir(), 'ddl-profiles', `pglite-${pgliteVersion}-${schemaVersion}.tar.gz`);
}

async function readSnapshot(schemaVersion: string): Promise<Blob | undefined> {
  try {
    return new Blob([await readFile(snapshotPath(schemaVersion))]);
  } catch {
    return undefined;
  }
}

async function saveSnapshot(pglite: PGlite, schemaVersion: string): Promise<void> {
  try {
    const dump = await pglite.dumpDataDir('gzip');
    await mkdir(dirname(snapshotPath(schemaVersion)), { recursive: true });
    const partial = `${snapshotPath(schemaVersion)}.${process.pid}.${Date.now()}.tmp`;
    await writeFile(partial, Buffer.from(await dump.arrayBuffer()));
    await rename(partial, snapshotPath(schemaVersion));
  } catch {
    // A cache that cannot be written only costs the next start its speed.
  }
}

/**
 * An in-memory PGlite ready to use. The first start on a machine pays PGlite's initdb
 * (seconds); `prepare` then migrates it and its data directory is saved as a gzip
 * snapshot, from which every later start loads in a fraction of that time.
 *
 * @example
 * ```ts
 * const pglite = await memoryPGlite('v1', async (pg) => migrate(pg));
 * ```
 */
export async function memoryPGlite(schemaVersion: string, prepare: (pglite: PGlite) => Promise<void>): Promise<PGlite> {
  const snapshot = await readSnapshot(schemaVersion);
  if (snapshot) {
    try {
      return await PGlite.create({ loadDataDir: snapshot });
    } catch {
      // A damaged snapshot: start cold and replace it.
    }
  }
  const pglite = await PGlite.create();
  await prepare(pglite);
  await saveSnapshot(pglite, schemaVersion);
  return pglite;
}

/**
 * A PGlite on a data directory. A new directory (empty, or holding only the store's
 * lock file) is seeded from the snapshot when one is cached, which skips initdb; an
 * existing one is simply opened.
 *
 * @example
 * ```ts
 * const pglite = await directoryPGlite('./.ddl-profiles', 'v1');
 * ```
 */
export async function directoryPGlite(path: string, schemaVersion: string): Promise<PGlite> {
  const isNew = !existsSync(path) || readdirSync(path).every((name) => name === LOCK_FILE);
  const snapshot = isNew ? await readSnapshot(schemaVersion) : undefined;
  return snapshot ? PGlite.create({ dataDir: path, loadDataDir: snapshot }) : PGlite.create(path);
}
