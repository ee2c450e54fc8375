import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { RequestHandler } from './create-handler.js';

/**
 * The headers of every console asset. The policy allows this origin alone: scripts,
 * styles and API calls come from it, no inline script runs, nothing may frame the page.
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

/** Where `npm run build` puts the console: `dist/console`, beside this module's folder. */
export const DEFAULT_CONSOLE_DIR = fileURLToPath(new URL('../console/', import.meta.url));

/**
 * The web console's built assets, read once from `dir`, served at `/` with
 * {@link CONSOLE_SECURITY_HEADERS}. The handler answers `undefined` for any other path,
 * for the API to answer. A missing build is an error at start-up, not at the first visit.
 *
 * @example
 * ```ts
 * const assets = await consoleAssets();
 * const handler: RequestHandler = async (request) => (await assets(request)) ?? api(request);
 * ```
 */
export async function consoleAssets(dir = DEFAULT_CONSOLE_DIR): Promise<(request: Request) => Promise<Response | undefined>> {
  const bodies = new Map<string, Buffer>();
  for (const { file } of Object.values(FILES)) {
    if (bodies.has(file)) continue;
    try {
      bodies.set(file, await readFile(new URL(file, `file://${dir.endsWith('/') ? dir : `${dir}/`}`)));
    } catch {
      throw new Error(`the console is not built (no ${file} in ${dir}): run npm run build, or pass --no-console`);
    }
  }
  return async (request) => {
    const asset = FILES[new URL(request.url).pathname];
    if (!asset || (request.method !== 'GET' && request.method !== 'HEAD')) return undefined;
    const body = bodies.get(asset.file)!;
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), {
      status: 200,
      headers: { 'content-type': asset.type, 'content-length': String(body.length), 'cache-control': 'no-cache', ...CONSOLE_SECURITY_HEADERS },
    });
  };
}

/**
 * The API handler with the console in front of it: `/`, `/app.js` and `/app.css` are
 * the console's, everything else the API's.
 *
 * @example
 * ```ts
 * const handler = withConsole(createHandler({ catalog, auth }), await consoleAssets());
 * ```
 */
export function withConsole(api: RequestHandler, assets: (request: Request) => Promise<Response | undefined>): RequestHandler {
  return async (request) => (await assets(request)) ?? api(request);
}
