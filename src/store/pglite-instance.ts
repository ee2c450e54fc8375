import { PGlite } from '@electric-sql/pglite';
import { readFileSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** PGlite's version, read from its package.json beside its entry point (the package does not export that file). */
const pgliteVersion: string = JSON.parse(
  readFileSync(join(dirname(fileURLToPath(import.meta.resolve('@electric-sql/pglite'))), '..', 'package.json'), 'utf8'),
).version;

/**
 * Where the snapshot of a freshly initialised, fully migrated in-memory database is
 * cached. Its name carries PGlite's version and the schema's, since data directories are
 * tied to both.
 */
export function snapshotPath(schemaVersion: string): string {
  return join(tmpdir(), 'ddl-profiles', `pglite-${pgliteVersion}-${schemaVersion}.tar.gz`);
}

/**
 * An in-memory PGlite ready to use. The first start pays PGlite's initdb (seconds);
 * `prepare` then migrates it and its data directory is saved as a gzip snapshot, from
 * which every later start loads in a fraction of that time.
 *
 * @example
 * ```ts
 * const pglite = await memoryPGlite('v1', async (pg) => migrate(pg));
 * ```
 */
export async function memoryPGlite(schemaVersion: string, prepare: (pglite: PGlite) => Promise<void>): Promise<PGlite> {
  const path = snapshotPath(schemaVersion);
  try {
    const snapshot = await readFile(path);
    return await PGlite.create({ loadDataDir: new Blob([snapshot]) });
  } catch {
    // No usable snapshot: start cold, then leave one for the next start.
  }
  const pglite = await PGlite.create();
  await prepare(pglite);
  try {
    const dump = await pglite.dumpDataDir('gzip');
    await mkdir(join(tmpdir(), 'ddl-profiles'), { recursive: true });
    const partial = `${path}.${process.pid}.${Date.now()}.tmp`;
    await writeFile(partial, Buffer.from(await dump.arrayBuffer()));
    await rename(partial, path);
  } catch {
    // A cache that cannot be written only costs the next start its speed.
  }
  return pglite;
}
