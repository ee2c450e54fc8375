// Bundles the console into dist/console: one script, one stylesheet, one page. Nothing
// is loaded from another host at run time.
import { build } from 'esbuild';
import { copyFile, mkdir, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUNDLE_SETTINGS } from './bundle-settings.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, '..', 'dist', 'console');
await rm(out, { recursive: true, force: true });
await mkdir(out, { recursive: true });
const result = await build({
  ...BUNDLE_SETTINGS,
  entryPoints: { app: join(here, 'src', 'main.tsx') },
  outdir: out,
  metafile: true,
  logLevel: 'warning',
});
await copyFile(join(here, 'index.html'), join(out, 'index.html'));
await copyFile(join(here, 'styles.css'), join(out, 'app.css'));
await copyFile(join(here, 'favicon.svg'), join(out, 'favicon.svg'));
const bytes = Object.values(result.metafile.outputs).reduce((sum, o) => sum + o.bytes, 0);
console.log(`console: dist/console (app.js ${(bytes / 1024).toFixed(1)} KiB)`);
