import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page, type Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../support/free-port.mjs';
import { startServe, type ServeProcess } from '../support/serve-process.js';

// The console's Dialect picker in headless Chromium (Debian's, at /usr/bin/chromium),
// against `ddl-profiles serve` on loopback with a PGlite store directory. Resolving needs
// no broker, so none is started. The tests run in order on one page.

const TOKEN = 'dialect-console-token-01';
const PROFILE = { name: 'events', connector: 'kafka', config: { bootstrap_servers: 'kafka-broker:9092' } };
/**
 * The profile the table form is tried on: the form looks its topics up live, so its
 * broker is a loopback port nothing listens on (refused at once, and never another host).
 */
let loopbackProfile: { name: string; connector: string; config: { bootstrap_servers: string } };
const ARROYO_TABLE = "CREATE TABLE orders (id BIGINT) WITH (connection_profile = 'events', topic = 'orders', format = 'json');";
// FLIP-529's USING CONNECTION: a profile reference in Flink SQL, and no part of Arroyo's SQL.
const USING_CONNECTION =
  "CREATE TABLE clicks (id BIGINT) USING CONNECTION events WITH ('connector' = 'kafka', 'topic' = 'clicks', 'format' = 'json', 'scan.startup.mode' = 'earliest-offset');";

let dir: string;
let serve: ServeProcess | undefined;
let browser: Browser | undefined;
let page: Page;
let origin: string;
const consoleErrors: string[] = [];
/** Live calls (topic lookups, tests) the page made on a profile whose broker is not on loopback: there must be none. */
const liveCallsOffLoopback: string[] = [];

async function apiCall(method: string, path: string, body?: unknown): Promise<{ status: number; json: any }> {
  const response = await fetch(origin + path, {
    method,
    headers: { authorization: `Bearer ${TOKEN}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  return { status: response.status, json: text ? JSON.parse(text) : undefined };
}

function eventually<T>(read: () => T | Promise<T>) {
  return expect.poll(read, { timeout: 15_000, interval: 100 });
}

/** The next POST /v1/resolve the page sends, once `act` has run. */
async function nextResolve(act: () => Promise<unknown>): Promise<Request> {
  const request = page.waitForRequest((r) => r.method() === 'POST' && new URL(r.url()).pathname === '/v1/resolve');
  await act();
  return request;
}

const picker = () => page.getByRole('combobox', { name: 'Dialect' });
const script = () => page.getByRole('textbox', { name: 'Script', exact: true });
const resolveButton = () => page.getByRole('button', { name: 'Resolve' });
const resultHeading = () => page.getByRole('region', { name: 'Result' }).getByRole('heading', { level: 2 }).textContent();
const hash = () => page.evaluate(() => location.hash);

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ddl-console-dialect-'));
  try {
    await writeFile(join(dir, 'tokens.txt'), `${TOKEN} acme\n`);
    const port = await freePort();
    serve = await startServe(['--port', String(port), '--token-file', join(dir, 'tokens.txt'), '--store', join(dir, 'store')], {
      cwd: dir,
    });
    if (!serve.stdout().includes('listening on')) throw new Error(`serve did not start: ${serve.stderr()}`);
    origin = `http://127.0.0.1:${port}`;
    expect((await apiCall('POST', '/v1/connection_profiles', PROFILE)).status).toBe(201);
    loopbackProfile = { name: 'local-events', connector: 'kafka', config: { bootstrap_servers: `127.0.0.1:${await freePort()}` } };
    expect((await apiCall('POST', '/v1/connection_profiles', loopbackProfile)).status).toBe(201);
    browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
    page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
    // The one error expected: the table form's topic lookup on a broker that is not there,
    // which the browser logs by itself (the form goes on without suggestions).
    const expected = (url: string) => url.endsWith(`/v1/connection_profiles/${loopbackProfile.name}/autocomplete`);
    page.on('console', (m) => m.type() === 'error' && !expected(m.location().url) && consoleErrors.push(m.text()));
    page.on('pageerror', (e) => consoleErrors.push(e.message));
    page.on('request', (r) => {
      const path = new URL(r.url()).pathname;
      if (path.startsWith(`/v1/connection_profiles/${PROFILE.name}/`) && /\/(autocomplete|test)$/.test(path))
        liveCallsOffLoopback.push(path);
    });
    await page.goto(`${origin}/`);
    await page.getByLabel('API token').fill(TOKEN);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByTestId('tenant').waitFor({ timeout: 15_000 });
  } catch (error) {
    await Promise.allSettled([browser?.close(), serve?.stop()]);
    throw error;
  }
});

afterAll(async () => {
  await Promise.allSettled([browser?.close(), serve?.stop()]);
  await rm(dir, { recursive: true, force: true });
});

describe('the Dialect picker', () => {
  it('is a labelled, described select of the dialects in the playground, Arroyo by default', async () => {
    await page.getByRole('link', { name: 'Resolve playground' }).click();
    await eventually(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Resolve playground');
    expect(await picker().inputValue()).toBe('arroyo');
    const options = await picker()
      .locator('option')
      .evaluateAll((os) => os.map((o) => [(o as HTMLOptionElement).value, o.textContent]));
    expect(options).toEqual([
      ['arroyo', 'Arroyo'],
      ['flink', 'Flink SQL'],
    ]);
    const described = await picker().evaluate((s) => document.getElementById(s.getAttribute('aria-describedby')!)?.textContent);
    expect(described).toMatch(/SQL the script is written in/);
  });

  it('is reached and changed with the keyboard, keeps the focus, and keeps its choice in the hash', async () => {
    await script().focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('dialect');
    await page.keyboard.press('ArrowDown');
    await eventually(() => picker().inputValue()).toBe('flink');
    expect(await hash()).toBe('#/playground/flink');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('dialect');
    await page.keyboard.press('ArrowUp');
    await eventually(() => hash()).toBe('#/playground');
    expect(await picker().inputValue()).toBe('arroyo');
  });

  it('sends the dialect picked with the script, and a reload keeps it', async () => {
    await picker().selectOption('flink');
    await script().fill(USING_CONNECTION);
    const flink = await nextResolve(() => resolveButton().click());
    expect(flink.postDataJSON()).toEqual({ sql: USING_CONNECTION, register: false, dialect: 'flink' });
    await eventually(resultHeading).toMatch(/^1 table\(s\), 0 passthrough, 0 error\(s\)/);
    expect(await page.locator('details summary').first().textContent()).toBe('Table clicks (kafka, profile events)');
    await page.reload();
    await eventually(() => picker().inputValue()).toBe('flink');
    expect(await hash()).toBe('#/playground/flink');
  });

  it('shows what the Arroyo dialect makes of a Flink script: WRONG_DIALECT at the clause', async () => {
    await picker().selectOption('arroyo');
    await script().fill(USING_CONNECTION);
    const arroyo = await nextResolve(() => resolveButton().click());
    expect(arroyo.postDataJSON()).toMatchObject({ dialect: 'arroyo' });
    const first = page.locator('ol.diagnostics li').first();
    await eventually(() => first.textContent()).toMatch(new RegExp(`^1:${USING_CONNECTION.indexOf('USING') + 1} WRONG_DIALECT `));
    expect(await resultHeading()).toMatch(/^0 table\(s\)/);
  });

  it('registers the tables of either dialect, and the tables pages show and resolve each in its own', async () => {
    const register = page.getByRole('checkbox', { name: 'Register the tables (all or none)' });
    await picker().selectOption('flink');
    await script().fill(USING_CONNECTION);
    await register.check();
    expect(await register.isDisabled()).toBe(false);
    const flink = await nextResolve(() => resolveButton().click());
    expect(flink.postDataJSON()).toEqual({ sql: USING_CONNECTION, register: true, dialect: 'flink' });
    await eventually(() => page.getByRole('status').textContent()).toContain('The tables were registered');
    await picker().selectOption('arroyo');
    await script().fill(ARROYO_TABLE);
    const arroyo = await nextResolve(() => resolveButton().click());
    expect(arroyo.postDataJSON()).toEqual({ sql: ARROYO_TABLE, register: true, dialect: 'arroyo' });
    await eventually(() => page.getByRole('status').textContent()).toContain('The tables were registered');
    const stored = (await apiCall('GET', '/v1/connection_tables')).json.data.map((t: { name: string; dialect: string }) => [
      t.name,
      t.dialect,
    ]);
    expect(stored).toEqual([
      ['clicks', 'flink'],
      ['orders', 'arroyo'],
    ]);
    // The tables page names each table's dialect.
    await page.evaluate(() => {
      location.hash = '#/tables';
    });
    const rows = page.getByRole('region', { name: 'Tables of profile events' }).getByRole('row');
    await eventually(async () => (await rows.allTextContents()).slice(1)).toEqual([
      expect.stringMatching(/^clickskafkaFlink SQL/),
      expect.stringMatching(/^orderskafkaArroyo(?! SQL)/),
    ]);
    // The Flink table's page resolves it as Flink SQL: Flink's keys, from the profile.
    const opened = await nextResolve(() => page.getByRole('link', { name: 'clicks' }).click());
    expect(opened.postDataJSON()).toMatchObject({ dialect: 'flink' });
    await eventually(() => page.getByLabel('Rewritten SQL').textContent()).toContain(
      "'properties.bootstrap.servers' = 'kafka-broker:9092'",
    );
    expect(await page.locator('p.muted').first().textContent()).toMatch(/^kafka · Flink SQL · profile events/);
  });

  it('follows a hash edited by hand, and reads a dialect there is not as Arroyo', async () => {
    await page.evaluate(() => {
      location.hash = '#/playground/flink';
    });
    await eventually(() => picker().inputValue()).toBe('flink');
    await page.evaluate(() => {
      location.hash = '#/playground/spark';
    });
    await eventually(() => picker().inputValue()).toBe('arroyo');
  });

  it("registers a table from the form in Flink SQL, choosing among the connectors that take the profile's", async () => {
    const lookup = page.waitForResponse(
      (r) => new URL(r.url()).pathname === `/v1/connection_profiles/${loopbackProfile.name}/autocomplete`,
    );
    await page.evaluate(() => {
      location.hash = '#/tables/new/local-events';
    });
    // Nothing listens at the profile's broker: the topic lookup is refused, and the form goes on.
    expect((await lookup).status()).toBe(422);
    const dialect = page.getByRole('combobox', { name: 'Dialect' });
    await eventually(() => page.getByText('A kafka table in Arroyo on').count()).toBe(1);
    // Arroyo has one connector for a kafka profile: no choice to make.
    expect(await page.getByRole('combobox', { name: 'Connector' }).count()).toBe(0);
    await dialect.selectOption('flink');
    const connector = page.getByRole('combobox', { name: 'Connector' });
    await eventually(() => connector.locator('option').allTextContents()).toEqual(['kafka', 'upsert-kafka']);
    await eventually(() => page.getByText('A kafka table in Flink SQL on').count()).toBe(1);
    await page.getByLabel('Table name').fill('form_clicks');
    await page.getByLabel('topic', { exact: true }).fill('form-clicks');
    await page.getByLabel('format', { exact: true }).selectOption('json');
    await page.getByLabel('type', { exact: true }).selectOption('sink');
    const sent = page.waitForRequest((r) => r.method() === 'POST' && new URL(r.url()).pathname === '/v1/connection_tables');
    await page.getByRole('button', { name: 'Register the table' }).click();
    expect((await sent).postDataJSON()).toMatchObject({ name: 'form_clicks', connector: 'kafka', dialect: 'flink' });
    await eventually(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Table form_clicks');
    await eventually(() => page.getByLabel('Rewritten SQL').textContent()).toContain(
      `'properties.bootstrap.servers' = '${loopbackProfile.config.bootstrap_servers}'`,
    );
    const stored = (await apiCall('GET', '/v1/connection_tables')).json.data.find((t: { name: string }) => t.name === 'form_clicks');
    expect([stored.dialect, stored.config]).toEqual(['flink', { topic: 'form-clicks', format: 'json', type: 'sink' }]);
  });

  it("offers Flink's own profile connector, jdbc, beside Arroyo's when creating a profile", async () => {
    await page.evaluate(() => {
      location.hash = '#/profiles/new';
    });
    const links = page.getByRole('list').getByRole('link');
    await eventually(() => links.allTextContents()).toContain('jdbc');
    const names = await links.allTextContents();
    expect(names).toContain('kafka');
    expect(names).not.toContain('upsert-kafka');
    expect(names.filter((n) => n === 'kafka')).toHaveLength(1);
  });

  it('asked nothing live of the profile whose broker is not on loopback', () => {
    expect(liveCallsOffLoopback).toEqual([]);
  });

  it('had no console errors', () => {
    expect(consoleErrors).toEqual([]);
  });
});
