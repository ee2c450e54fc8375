import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const PACKAGE_NAME = 'ddl-profiles';

let root: string | undefined;

/**
 * The folder of this package's own `package.json`: the nearest folder at or above this
 * module whose `package.json` is named `ddl-profiles`. Found by walking up rather than by a
 * fixed `../..`, so the same code finds it from `src/` (tests), from `dist/` (the library)
 * and from the CLI's bundle in `dist/bin/`, whose modules sit at another depth.
 *
 * @example
 * ```ts
 * const consoleDir = join(packageRoot(), 'dist', 'console');
 * ```
 * @internal
 */
export function packageRoot(): string {
  if (root !== undefined) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === PACKAGE_NAME) {
      root = dir;
      return dir;
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`no package.json named ${PACKAGE_NAME} above ${fileURLToPath(import.meta.url)}`);
    dir = parent;
  }
}

/**
 * This package's version, from its own `package.json`.
 *
 * @example
 * ```ts
 * packageVersion(); // '0.1.0'
 * ```
 * @internal
 */
export function packageVersion(): string {
  return (JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { version: string }).version;
}
