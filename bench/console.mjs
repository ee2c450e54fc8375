import { build } from 'esbuild';
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { BUNDLE_SETTINGS } from '../console/bundle-settings.mjs';
import { openCatalog } from '../dist/index.js';
import { createHandler, DEFAULT_CONSOLE_DIR, loadConsoleAssets, toNodeListener, TokenAuth } from '../dist/http/index.js';
import { alternatingMedians, printRows } from './timing.mjs';

const TOKEN = 'bench-console-token';

/** The peer of the bundle: the same esbuild settings over a page that only renders one Preact element. */
async function minimalPreactBytes() {
  const result = await build({
    ...BUNDLE_SETTINGS,
    stdin: {
      contents: "import { render } from 'preact'; render(<p>console</p>, document.body);",
      loader: 'tsx',
      resolveDir: fileURLToPath(new URL('..', import.meta.url)),
    },
    write: false,
  });
  return result.outputFiles[0].contents;
}

/**
 * The console's production bundle (what `npm run build` writes to dist/console), beside a
 * bundle of Preact alone; then the time from navigation to a usable Kafka profile form
 * (its first field visible and editable, the connector schemas fetched and drawn), beside
 * the same browser loading a static file from the same server, measured in alternation.
 */
export async function benchConsole() {
  const app = await readFile(new URL('app.js', `file://${DEFAULT_CONSOLE_DIR}`));
  const css = await readFile(new URL('app.css', `file://${DEFAULT_CONSOLE_DIR}`));
  const html = (await stat(new URL('index.html', `file://${DEFAULT_CONSOLE_DIR}`))).size;
  const preact = await minimalPreactBytes();
  const kib = (n) => n / 1024;
  const rows = [
    { name: 'bundle: app.js + app.css + index.html', value: kib(app.length + css.length + html), unit: 'KiB' },
    { name: 'bundle: the same, gzip', value: kib(gzipSync(app).length + gzipSync(css).length), unit: 'KiB' },
    { name: 'peer: Preact alone (one render), gzip', value: kib(gzipSync(preact).length), unit: 'KiB' },
    { name: 'bundle gzip / Preact alone gzip', value: (gzipSync(app).length + gzipSync(css).length) / gzipSync(preact).length, unit: 'x' },
  ];

  const catalog = await openCatalog();
  const handler = createHandler({ catalog, auth: new TokenAuth({ [TOKEN]: 'bench' }), console: await loadConsoleAssets() });
  const server = createServer(toNodeListener(handler));
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await context.addInitScript((token) => sessionStorage.setItem('ddl-profiles.token', token), TOKEN);
    const page = await context.newPage();
    const medians = await alternatingMedians(
      {
        form: async () => {
          await page.goto('about:blank');
          await page.goto(`${origin}/#/profiles/new/kafka`);
          await page.locator('#config-bootstrap_servers').waitFor({ state: 'visible' });
          await page.locator('#config-bootstrap_servers').fill('kafka-1:9092');
        },
        static: async () => {
          await page.goto('about:blank');
          await page.goto(`${origin}/favicon.svg`);
        },
      },
      { rounds: 15, warmup: 3 },
    );
    rows.push(
      { name: 'navigation to a usable Kafka profile form (median)', value: medians.form, unit: 'ms' },
      { name: 'peer: navigation to a static file of the same server', value: medians.static, unit: 'ms' },
      { name: 'profile form / static file', value: medians.form / medians.static, unit: 'x' },
    );
  } finally {
    await browser.close();
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    await catalog.close();
  }
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) printRows('web console', await benchConsole());
