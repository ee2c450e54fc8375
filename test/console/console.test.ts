import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../support/free-port.mjs';
import { KAFKA_USERS, startKafka, type KafkaBroker } from '../support/kafka-broker.mjs';
import { startRedis, type RedisServer } from '../support/redis-server.mjs';
import { startServe, type ServeProcess } from '../support/serve-process.js';
import { startSilentServer, type SilentServer } from '../support/silent-server.mjs';

// The web console in headless Chromium (Debian's, at /usr/bin/chromium), against
// `ddl-profiles serve` on loopback with a PGlite store directory, a real Redis (with a
// password) and a real Kafka broker (SASL). The tests run in order on one page, as one
// person's session would.

const TOKEN = 'console-token-0123456789';
const REDIS_PASSWORD = 'redis-canary-5f1d9e';
const KAFKA_USER = 'alice';
const KAFKA_PASSWORD = KAFKA_USERS[KAFKA_USER];
const SECRETS = [REDIS_PASSWORD, KAFKA_PASSWORD];

let dir: string;
let redis: RedisServer | undefined;
let kafka: KafkaBroker | undefined;
let silent: SilentServer | undefined;
let serve: ServeProcess | undefined;
let browser: Browser | undefined;
let page: Page;
let origin: string;
const consoleErrors: string[] = [];
const requests: string[] = [];
const responseBodies: string[] = [];
let pendingBodies: Array<Promise<unknown>> = [];

async function apiCall(
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<{ status: number; json: any; headers: Headers }> {
  const response = await fetch(origin + path, {
    method,
    headers: { authorization: `Bearer ${TOKEN}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  return { status: response.status, json: text ? JSON.parse(text) : undefined, headers: response.headers };
}

/** Every text the page shows or holds: its HTML, and the current value of each input. */
async function pageText(): Promise<string> {
  return page.evaluate(
    () =>
      document.documentElement.outerHTML +
      [...document.querySelectorAll('input, textarea, select')].map((e) => (e as HTMLInputElement).value).join('\n'),
  );
}

/** Polls `read` until its assertion holds: a loaded machine may take seconds for a save with a live test. */
function eventually<T>(read: () => T | Promise<T>) {
  return expect.poll(read, { timeout: 15_000, interval: 100 });
}

async function signIn(): Promise<void> {
  await page.goto(`${origin}/`);
  await page.getByLabel('API token').fill(TOKEN);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await eventually(() => page.getByTestId('tenant').textContent()).toBe('acme');
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ddl-console-'));
  try {
    [redis, kafka, silent] = await Promise.all([startRedis({ password: REDIS_PASSWORD }), startKafka(), startSilentServer()]);
    await writeFile(join(dir, 'tokens.txt'), `${TOKEN} acme\n`);
    const port = await freePort();
    serve = await startServe(['--port', String(port), '--token-file', join(dir, 'tokens.txt'), '--store', join(dir, 'store')], {
      cwd: dir,
    });
    if (!serve.stdout().includes('listening on')) throw new Error(`serve did not start: ${serve.stderr()}`);
    origin = `http://127.0.0.1:${port}`;
    browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
    page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
    page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
    page.on('pageerror', (e) => consoleErrors.push(e.message));
    page.on('request', (r) => requests.push(r.url()));
    page.on('response', (r) => {
      pendingBodies.push(
        r.text().then(
          (t) => responseBodies.push(t),
          () => undefined,
        ),
      );
    });
  } catch (error) {
    await Promise.allSettled([browser?.close(), serve?.stop(), redis?.stop(), kafka?.stop(), silent?.close()]);
    throw error;
  }
});

afterAll(async () => {
  await Promise.allSettled([browser?.close(), serve?.stop(), redis?.stop(), kafka?.stop(), silent?.close()]);
  await rm(dir, { recursive: true, force: true });
});

describe('the console', () => {
  it('serves its assets with a policy that allows no other origin, and --no-console turns it off', async () => {
    const response = await fetch(`${origin}/`);
    expect(response.status).toBe(200);
    const csp = response.headers.get('content-security-policy')!;
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toMatch(/unsafe-inline|https?:/);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).not.toMatch(/<script>|<script(?![^>]*\ssrc=)[^>]*>/);
    const port = await freePort();
    const off = await startServe(['--port', String(port), '--token-file', join(dir, 'tokens.txt'), '--store', ':memory:', '--no-console'], {
      cwd: dir,
    });
    try {
      // A loaded machine may take longer than startServe waits to open an in-memory store.
      await expect.poll(() => off.stdout(), { timeout: 60_000, interval: 200 }).toContain('listening on');
      expect((await fetch(`http://127.0.0.1:${port}/`)).status).toBe(404);
      expect((await fetch(`http://127.0.0.1:${port}/v1/health`)).status).toBe(200);
    } finally {
      await off.stop();
    }
  }, 120_000);

  it('refuses a wrong token, signs in with a right one and shows its tenant', async () => {
    await page.goto(`${origin}/`);
    await page.getByLabel('API token').fill('not-the-token');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await eventually(() => page.getByRole('alert').textContent()).toContain('That token was refused');
    expect(await page.evaluate(() => sessionStorage.length + localStorage.length)).toBe(0);
    await signIn();
    expect(await page.evaluate(() => Object.keys(localStorage).length)).toBe(0);
    expect(await page.evaluate(() => document.cookie)).toBe('');
  });

  it('lists every registered connector with its description and whether it takes a profile', async () => {
    await page.getByRole('link', { name: 'Connectors' }).click();
    const connectors = (await apiCall('GET', '/v1/connectors')).json.data as Array<{ name: string; description: string }>;
    const rows = page.locator('tbody tr');
    await eventually(() => rows.count()).toBe(connectors.length);
    const kafkaRow = page.locator('tbody tr', { has: page.locator('th', { hasText: /^kafka$/ }) });
    expect(await kafkaRow.textContent()).toContain(connectors.find((c) => c.name === 'kafka')!.description);
    expect(await kafkaRow.locator('td').nth(1).textContent()).toBe('yes');
  });

  it('creates a Kafka profile with SASL through the form: a bad value shows at its field, fixed it saves, and its secret is never shown', async () => {
    await page.getByRole('link', { name: 'New kafka profile' }).click();
    await page.getByRole('textbox', { name: 'Name', exact: true }).fill('orders-kafka');
    const brokers = page.getByRole('textbox', { name: 'bootstrap_servers', exact: true });
    await brokers.fill('not a broker list');
    await page.getByRole('radio', { name: 'SASL' }).check();
    // Only SASL's own fields show; IAM's region does not.
    expect(await page.getByLabel('authentication.region', { exact: true }).count()).toBe(0);
    await page.getByLabel('authentication.sasl_mechanism', { exact: true }).selectOption('SCRAM-SHA-256');
    await page.getByLabel('authentication.username', { exact: true }).fill(KAFKA_USER);
    const password = page.getByLabel('authentication.password', { exact: true });
    expect(await password.getAttribute('type')).toBe('password');
    await password.fill(KAFKA_PASSWORD);
    await page.getByRole('button', { name: 'Save profile' }).click();
    const problem = page.locator('#config-bootstrap_servers-problems');
    await eventually(() => problem.textContent()).toContain('host:port');
    expect(await brokers.getAttribute('aria-invalid')).toBe('true');
    expect(await brokers.getAttribute('aria-describedby')).toContain('config-bootstrap_servers-problems');

    await brokers.fill(kafka!.sasl);
    await page.getByRole('button', { name: 'Save profile' }).click();
    await eventually(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Connection profiles');
    const saved = await apiCall('GET', '/v1/connection_profiles/orders-kafka');
    expect(saved.status).toBe(200);
    expect(saved.json.config).toEqual({
      bootstrap_servers: kafka!.sasl,
      authentication: { type: 'sasl', sasl_mechanism: 'SCRAM-SHA-256', username: KAFKA_USER, password: '********' },
    });
    expect(await pageText()).not.toContain(KAFKA_PASSWORD);
    // The stored credentials work: the saved profile passes its live test.
    expect((await apiCall('POST', '/v1/connection_profiles/orders-kafka/test')).json.ok).toBe(true);
  });

  it('creates a Redis profile, saved only if its test passes', async () => {
    // Straight from another connector's half-filled form: nothing of it carries over.
    await page.goto(`${origin}/#/profiles/new/kafka`);
    await page.getByRole('textbox', { name: 'bootstrap_servers', exact: true }).fill('left-over:9092');
    await page.goto(`${origin}/#/profiles/new/redis`);
    await page.getByRole('textbox', { name: 'Name', exact: true }).fill('cache');
    await page.getByRole('textbox', { name: 'address', exact: true }).fill(redis!.url);
    await page.getByLabel('password', { exact: true }).fill(REDIS_PASSWORD);
    await page.getByLabel('Save only if the test passes').check();
    await page.getByRole('button', { name: 'Save profile' }).click();
    await eventually(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Connection profiles');
    await eventually(() => page.locator('tbody tr').count()).toBe(2);
    const saved = await apiCall('GET', '/v1/connection_profiles/cache');
    expect(saved.json.config).toEqual({ address: redis!.url, password: '********' });
    expect(await pageText()).not.toContain(REDIS_PASSWORD);
  });

  it('tests a draft against a refused port and against the real Redis, step by step', async () => {
    await page.goto(`${origin}/#/profiles/new/redis`);
    const address = page.getByRole('textbox', { name: 'address', exact: true });
    await address.fill(`redis://127.0.0.1:${await freePort()}`);
    await page.getByRole('button', { name: 'Test connection' }).click();
    const verdict = page.locator('.verdict');
    await eventually(() => verdict.textContent()).toContain('refused');
    expect(await page.locator('.steps li').allTextContents()).toEqual([
      expect.stringMatching(/^✓ dns \d+(\.\d+)? ms — /),
      expect.stringMatching(/^✗ connect \d+(\.\d+)? ms — /),
    ]);
    expect(await verdict.textContent()).toContain('Hint:');

    await address.fill(redis!.url);
    await page.getByLabel('password', { exact: true }).fill(REDIS_PASSWORD);
    await page.getByRole('button', { name: 'Test connection' }).click();
    await eventually(() => verdict.textContent()).toContain('The test passed');
    const steps = await page.locator('.steps li').allTextContents();
    expect(steps.length).toBeGreaterThanOrEqual(3);
    for (const step of steps) expect(step).toMatch(/^✓ \w+ \d+(\.\d+)? ms — /);
  });

  it('shows the steps of a running test as they end, and stops a test against a silent server', async () => {
    await page.getByRole('textbox', { name: 'address', exact: true }).fill(`redis://127.0.0.1:${silent!.port}`);
    await page.getByRole('button', { name: 'Test connection' }).click();
    // dns and connect have ended while the test still waits for the silent server.
    await eventually(() => page.locator('.steps li.ok').count()).toBe(2);
    expect(await page.locator('.steps li.running').count()).toBe(1);
    const stopped = Date.now();
    await page.getByRole('button', { name: 'Stop the test' }).click();
    await eventually(() => page.getByText('The test was stopped.').count()).toBe(1);
    expect(Date.now() - stopped).toBeLessThan(3_000);
    expect(await page.locator('.steps li.running').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Stop the test' }).count()).toBe(0);
  });

  it('says a concurrent change is a conflict, and an edit that leaves the password alone keeps it', async () => {
    await page.goto(`${origin}/#/profiles/cache`);
    const description = page.getByLabel('Description', { exact: true });
    await description.waitFor();
    // The stored secret is not shown: the field is empty and says it is kept.
    const password = page.getByLabel('password', { exact: true });
    expect(await password.inputValue()).toBe('');
    expect(await password.getAttribute('placeholder')).toContain('stored');
    const before = await apiCall('GET', '/v1/connection_profiles/cache');
    const concurrent = await apiCall(
      'PUT',
      '/v1/connection_profiles/cache',
      { description: 'changed through the API' },
      { 'if-match': `"${before.json.version}"` },
    );
    expect(concurrent.status).toBe(200);
    await description.fill('changed in the console');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await eventually(() => page.getByRole('alert').first().textContent()).toContain('Someone else changed this profile');
    expect((await apiCall('GET', '/v1/connection_profiles/cache')).json.description).toBe('changed through the API');

    await page.getByRole('button', { name: 'Reload the profile' }).click();
    await eventually(() => description.inputValue()).toBe('changed through the API');
    await description.fill('changed in the console');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await eventually(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Connection profiles');
    const after = await apiCall('GET', '/v1/connection_profiles/cache');
    expect(after.json.description).toBe('changed in the console');
    expect(after.json.version).toBe(before.json.version + 2);
    // The real Redis still accepts the stored password: the edit kept it.
    const test = await apiCall('POST', '/v1/connection_profiles/cache/test');
    expect(test.json.error).toBeUndefined();
    expect(test.json.ok).toBe(true);
  });

  it('offers the topics of the real Kafka broker when registering a table', async () => {
    await kafka!.createTopic('console-orders');
    const listed = await apiCall('GET', '/v1/connection_profiles/orders-kafka/autocomplete');
    expect(listed.status).toBe(200);
    expect(listed.json.values.topic).toContain('console-orders');
    await page.goto(`${origin}/#/tables/new/orders-kafka`);
    await eventually(() =>
      page.locator('#table-topic-list option').evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value)),
    ).toContain('console-orders');
    expect(await page.getByLabel('topic', { exact: true }).getAttribute('list')).toBe('table-topic-list');
    await page.getByLabel('Table name').fill('orders');
    await page.getByLabel('topic', { exact: true }).fill('console-orders');
    await page.getByLabel('format', { exact: true }).selectOption('json');
    await page.getByRole('button', { name: 'Register the table' }).click();
    await eventually(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Table orders');
  });

  it('shows a table with provenance, masked secrets and rewritten SQL, and tests it', async () => {
    const rows = page.locator('tbody tr');
    await eventually(() => rows.count()).toBeGreaterThan(3);
    const provenance = Object.fromEntries(
      await rows.evaluateAll((trs) => trs.map((tr) => [tr.querySelector('th')!.textContent, tr.querySelectorAll('td')[1].textContent])),
    );
    expect(provenance).toMatchObject({ bootstrap_servers: 'the profile', topic: 'the table', 'authentication.password': 'the profile' });
    expect(await rows.filter({ hasText: 'authentication.password' }).locator('td').first().textContent()).toBe('********');
    expect(await page.locator('pre.sql').textContent()).toContain("'topic' = 'console-orders'");
    expect(await pageText()).not.toContain(KAFKA_PASSWORD);
    await page.getByRole('button', { name: 'Test the table' }).click();
    await eventually(() => page.locator('.verdict').textContent()).toContain('The test passed');
    expect(await page.locator('.steps li').allTextContents()).toContainEqual(expect.stringMatching(/^✓ topic /));
  });

  it('refuses to delete a profile in use, naming the table; once the table is dropped, deletes it', async () => {
    await page.goto(`${origin}/#/profiles/orders-kafka`);
    await page.getByRole('button', { name: 'Delete profile' }).click();
    await page.getByRole('button', { name: 'Yes, delete it' }).click();
    const alert = page.getByRole('alert').first();
    await eventually(() => alert.textContent()).toContain('PROFILE_IN_USE');
    expect(await alert.getByRole('link', { name: 'orders' }).count()).toBe(1);
    expect((await apiCall('GET', '/v1/connection_profiles/orders-kafka')).status).toBe(200);

    await alert.getByRole('link', { name: 'orders' }).click();
    await page.getByRole('button', { name: 'Drop table orders' }).click();
    await eventually(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Registered tables');
    await page.goto(`${origin}/#/profiles/orders-kafka`);
    await page.getByRole('button', { name: 'Delete profile' }).click();
    await page.getByRole('button', { name: 'Yes, delete it' }).click();
    await eventually(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Connection profiles');
    expect((await apiCall('GET', '/v1/connection_profiles/orders-kafka')).status).toBe(404);
  });

  it('resolves a script with three errors in the playground, each at its line:column', async () => {
    const script = [
      "CREATE TABLE a WITH (connection_profile = 'cache', type = 'sink', format = 'jsn', target = 'string', 'target.key_prefix' = 'a:');",
      "CREATE TABLE b WITH (connection_profile = 'missing-profile', topic = 't', format = 'json');",
      "CREATE TABLE c WITH (connection_profile = 'cache', type = 'sink', format = 'json', target = 'string', 'target.key_prefix' = 'c:', tagret = 'x');",
    ].join('\n');
    const expected = (await apiCall('POST', '/v1/resolve', { sql: script })).json.errors as Array<{
      line: number;
      column: number;
      code: string;
    }>;
    expect(expected.map((e) => e.code).sort()).toEqual(['INVALID_VALUE', 'PROFILE_NOT_FOUND', 'UNKNOWN_OPTION']);
    await page.getByRole('link', { name: 'Resolve playground' }).click();
    await page.getByRole('textbox', { name: 'Script', exact: true }).fill(script);
    await page.getByRole('button', { name: 'Resolve' }).click();
    const items = page.locator('ol.diagnostics li');
    await eventually(() => items.count()).toBe(3);
    const listed = await items.allTextContents();
    for (const [i, e] of expected.entries()) expect(listed[i]).toMatch(new RegExp(`^${e.line}:${e.column} ${e.code} `));
    const marks = await page
      .locator('pre.positioned mark')
      .evaluateAll((ms) => ms.map((m) => [(m as HTMLElement).dataset.position, m.textContent]));
    expect(marks).toEqual([
      [`${expected[0].line}:${expected[0].column}`, "'jsn'"],
      [`${expected[1].line}:${expected[1].column}`, expect.stringContaining('missing-profile')],
      [`${expected[2].line}:${expected[2].column}`, 'tagret'],
    ]);
    expect(await items.nth(2).textContent()).toContain('did you mean');
    // "Go to" puts the caret at the diagnostic in the script.
    await items.nth(2).getByRole('button').click();
    const caret = await page
      .getByRole('textbox', { name: 'Script', exact: true })
      .evaluate((t) => (t as HTMLTextAreaElement).selectionStart);
    expect(script.slice(caret).startsWith('tagret')).toBe(true);
  });

  it('works with the keyboard alone: sign out, sign in and reach the profile form', async () => {
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByLabel('API token').waitFor();
    expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
    await page.getByLabel('API token').focus();
    await page.keyboard.type(TOKEN);
    await page.keyboard.press('Enter');
    await eventually(() => page.getByTestId('tenant').textContent()).toBe('acme');
    // The page shown moves the focus to its heading (after its first paint: tabbing before
    // then raced it, and the focus could leave the link before Enter). From there, back
    // through the header to the Connectors link, and follow it.
    await eventually(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    for (let i = 0; i < 10 && (await page.evaluate(() => document.activeElement?.textContent)) !== 'Connectors'; i++)
      await page.keyboard.press('Shift+Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Connectors');
    await page.keyboard.press('Enter');
    await eventually(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Connectors');
  });

  it('fits a 390-pixel-wide window, in light and dark mode', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await page.setViewportSize({ width: 390, height: 800 });
      await page.goto(`${origin}/#/profiles/new/kafka`);
      await page.getByRole('textbox', { name: 'Name', exact: true }).waitFor();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      const colors = await page.evaluate(() => [getComputedStyle(document.body).backgroundColor, getComputedStyle(document.body).color]);
      expect(colors[0]).not.toBe(colors[1]);
      expect(colors[0]).toBe(colorScheme === 'dark' ? 'rgb(15, 18, 22)' : 'rgb(255, 255, 255)');
    }
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.emulateMedia({ colorScheme: 'light' });
  });

  it('had no console errors, sent no request off its origin, and no response held a secret', async () => {
    await Promise.all(pendingBodies);
    pendingBodies = [];
    // Chromium logs every 4xx answer as an error; the refusals these tests provoke on
    // purpose (a wrong token, an invalid form, a conflict, a profile in use) are expected.
    const provoked = /^Failed to load resource: the server responded with a status of (401|409|412|422) /;
    expect(consoleErrors.filter((e) => !provoked.test(e))).toEqual([]);
    expect(consoleErrors.length).toBeGreaterThan(0);
    expect(requests.length).toBeGreaterThan(20);
    expect(requests.filter((url) => !url.startsWith(`${origin}/`))).toEqual([]);
    expect(responseBodies.length).toBeGreaterThan(20);
    for (const secret of SECRETS) expect(responseBodies.filter((b) => b.includes(secret))).toEqual([]);
  });
});
