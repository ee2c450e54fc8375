import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { packageRoot } from '../../package-root.js';
import type { ApiApp } from '../api-app.js';

/**
 * The headers of every console asset. The policy allows this origin alone: scripts,
 * styles, the icon and API calls come from it, no inline script or style runs, and
 * nothing may frame the page.
 *
 * @example
 * ```ts
 * new Response(html, { headers: { ...CONSOLE_SECURITY_HEADERS, 'content-type': 'text/html' } });
 * ```
 */
export const CONSOLE_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy':
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
};

const FILES: Record<string, { file: string; type: string }> = {
  '/': { file: 'index.html', type: 'text/html; charset=utf-8' },
  '/index.html': { file: 'index.html', type: 'text/html; charset=utf-8' },
  '/app.js': { file: 'app.js', type: 'text/javascript; charset=utf-8' },
  '/app.css': { file: 'app.css', type: 'text/css; charset=utf-8' },
  '/favicon.svg': { file: 'favicon.svg', type: 'image/svg+xml' },
};

/**
 * Where `npm run build` puts the console: `dist/console`, beside the `http` folder of the build.
 *
 * @example
 * ```ts
 * const assets = await loadConsoleAssets(DEFAULT_CONSOLE_DIR);
 * ```
 */
export const DEFAULT_CONSOLE_DIR = join(packageRoot(), 'dist', 'console');

/**
 * The web console's built files, by the path they are served at.
 *
 * @example
 * ```ts
 * const assets: ConsoleAssets = await loadConsoleAssets();
 * assets.get('/app.js')?.type; // 'text/javascript; charset=utf-8'
 * ```
 */
export type ConsoleAssets = ReadonlyMap<string, { body: Uint8Array; type: string }>;

/**
 * Reads the console's built files once, from `dir` (default `dist/console`). A missing
 * build is an error at start-up, not at the first visit.
 *
 * @example
 * ```ts
 * const handler = createHandler({ catalog, auth, console: await loadConsoleAssets() });
 * ```
 */
export async function loadConsoleAssets(dir = DEFAULT_CONSOLE_DIR): Promise<ConsoleAssets> {
  const base = pathToFileURL(dir.endsWith('/') ? dir : `${dir}/`);
  const assets = new Map<string, { body: Uint8Array; type: string }>();
  for (const [path, { file, type }] of Object.entries(FILES)) {
    try {
      assets.set(path, { body: new Uint8Array(await readFile(new URL(file, base))), type });
    } catch {
      throw new Error(`the console is not built (no ${file} in ${dir}): run npm run build, or pass --no-console`);
    }
  }
  return assets;
}

/**
 * Mounts the web console: `/` and its assets, with {@link CONSOLE_SECURITY_HEADERS}. No
 * token is needed to load it; everything it shows comes from the API, which needs one.
 *
 * @example
 * ```ts
 * consoleRoutes(await loadConsoleAssets())(app);
 * ```
 */
export function consoleRoutes(assets: ConsoleAssets): (app: ApiApp) => void {
  return (app) => {
    for (const [path, asset] of assets) {
      // Hono answers HEAD from the GET route, without the body.
      app.get(
        path,
        () =>
          new Response(asset.body as Uint8Array<ArrayBuffer>, {
            status: 200,
            headers: { ...CONSOLE_SECURITY_HEADERS, 'content-type': asset.type, 'cache-control': 'no-cache' },
          }),
      );
    }
  };
}
