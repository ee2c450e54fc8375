// Bundles the CLI (dist/cli/main.js, as tsc built it) into dist/bin, the `ddl-profiles` bin.
// Why: Node 20 has no module compile cache, and loading the ~230 small ES modules of a
// `resolve` one by one cost more than the resolve itself (issue 12's start-up targets). The
// bundle is split at every dynamic import, so each command still loads only what it uses.
// Inlined: the pure-ESM packages on the start-up path (zod, and hono with its zod-openapi,
// which must share our one zod). Kept as packages: the clients, drivers and parsers that
// a command loads only when it needs them, some of which read their own files at run time
// (PGlite's wasm, node-sql-parser's grammar builds).
import { build } from 'esbuild';
import { readFile, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * zod's namespace re-exports all of its ~60 locales (`z.locales`), which the CLI never
 * selects: its messages are English, the locale zod registers by itself. In the bundle,
 * zod's locale index offers English alone, which keeps 0.3 MB of other languages out of
 * every command's start-up.
 */
const englishOnlyZodLocales = {
  name: 'english-only-zod-locales',
  setup(builder) {
    builder.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) =>
      args.importer.includes(join('node_modules', 'zod'))
        ? { path: join(dirname(args.importer), '..', 'locales', 'en.js'), namespace: 'zod-english' }
        : undefined,
    );
    builder.onLoad({ filter: /.*/, namespace: 'zod-english' }, (args) => ({
      contents: `export { default as en } from ${JSON.stringify(args.path)};`,
      resolveDir: dirname(args.path),
    }));
  },
};

const INLINED = new Set(['zod', 'jsonc-parser', 'fastest-levenshtein', 'hono', '@hono/node-server', '@hono/zod-openapi']);

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const manifest = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));
const external = Object.keys(manifest.dependencies)
  .filter((name) => !INLINED.has(name))
  .flatMap((name) => [name, `${name}/*`]);
const outdir = join(root, 'dist', 'bin');
await rm(outdir, { recursive: true, force: true });
const result = await build({
  entryPoints: { 'ddl-profiles': join(root, 'dist', 'cli', 'main.js') },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  mainFields: ['module', 'main'],
  external,
  plugins: [englishOnlyZodLocales],
  minifySyntax: true,
  minifyWhitespace: true,
  legalComments: 'none',
  metafile: true,
  logLevel: 'warning',
});
const files = Object.entries(result.metafile.outputs);
const bytes = files.reduce((sum, [, output]) => sum + output.bytes, 0);
console.log(`cli: dist/bin (${files.length} files, ${(bytes / 1024).toFixed(0)} KiB)`);
