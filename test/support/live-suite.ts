import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { openCatalog, testProfile, type ProfileDefinition, type TestResult } from '../../src/index.js';
import { serveApi } from './http-server.js';
import type { SilentServer } from './silent-server.mjs';

/** `[code, step]` of a failed verdict, `['ok']` for a pass. */
export const verdictOf = (result: TestResult) => (result.ok ? ['ok'] : [result.error?.code, result.error?.step]);

/**
 * What the cases every live connector shares need to know about one connector: how to
 * write its profile for a host and port, a working one and one with a wrong password
 * (and that password, which must never be echoed), one that meets an untrusted TLS
 * certificate, and the steps a pass takes.
 */
export interface LiveConnector {
  connector: string;
  at(host: string, port: number): Record<string, unknown>;
  working(): Record<string, unknown>;
  workingSteps: string[];
  wrongPassword(): Record<string, unknown>;
  wrongPasswordText: string;
  untrustedTls(): Record<string, unknown>;
}

export const draft = (connector: string, config: Record<string, unknown>): ProfileDefinition => ({ name: 'draft', connector, config });

/** Reads a server-sent event stream to its end: `[event, data]` pairs. */
async function readEvents(response: Response): Promise<Array<{ event: string; data: Record<string, unknown> }>> {
  const events: Array<{ event: string; data: Record<string, unknown> }> = [];
  const text = await response.text();
  for (const block of text.split('\n\n').filter((b) => b.trim() !== '')) {
    events.push({ event: /^event: (.+)$/m.exec(block)![1], data: JSON.parse(/^data: (.+)$/m.exec(block)![1]) });
  }
  return events;
}

/**
 * The cases every live connector passes, against its real server: a working profile, a
 * wrong password (`auth`, never echoed), a refused port (`refused` in under 250 ms), a
 * silent server (`timeout` within the deadline plus 10%, and no reconnect afterwards),
 * an untrusted certificate (`tls`), an abort in the middle, the verdicts over HTTP as
 * JSON and as server-sent events, and a child process that exits by itself after
 * passing and failing tests (no socket, timer or reconnect loop left).
 */
export function liveConnectorCases(c: LiveConnector, silent: () => SilentServer): void {
  const test = (config: Record<string, unknown>, options?: Parameters<typeof testProfile>[1]) =>
    testProfile(draft(c.connector, config), options);

  it('passes a working profile, step by step', async () => {
    const result = await test(c.working());
    expect(result.ok, JSON.stringify(result.error)).toBe(true);
    expect(result.steps.map((s) => s.name)).toEqual(c.workingSteps);
  });

  it('gives auth at authenticate for a wrong password, without echoing it', async () => {
    const result = await test(c.wrongPassword());
    expect(verdictOf(result)).toEqual(['auth', 'authenticate']);
    expect(result.error?.hint).not.toBe('');
    expect(JSON.stringify(result)).not.toContain(c.wrongPasswordText);
  });

  it('gives refused at connect in under 250 ms', async () => {
    const result = await test(c.at('127.0.0.1', 1));
    expect(verdictOf(result)).toEqual(['refused', 'connect']);
    expect(result.durationMs).toBeLessThan(250);
  });

  it('gives dns at dns for a name that resolves nowhere', async () => {
    const result = await test(c.at('broker.invalid', 4000));
    expect(verdictOf(result)).toEqual(['dns', 'dns']);
  });

  it('gives timeout within the deadline plus 10% for a silent server, and does not reconnect', async () => {
    const before = silent().accepted();
    const result = await test(c.at('127.0.0.1', silent().port), { deadlineMs: 1_500 });
    expect(verdictOf(result)).toEqual(['timeout', 'authenticate']);
    expect(result.durationMs).toBeGreaterThanOrEqual(1_490);
    expect(result.durationMs).toBeLessThan(1_650);
    // The probe and the client: two connections. A client that reconnects (mqtt.js
    // after 1 s, NATS after 2 s by default) would open more.
    const afterVerdict = silent().accepted();
    expect(afterVerdict - before).toBe(2);
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    expect(silent().accepted()).toBe(afterVerdict);
  });

  it('gives tls at tls for a certificate it cannot trust', async () => {
    const result = await test(c.untrustedTls());
    expect(verdictOf(result)).toEqual(['tls', 'tls']);
    expect(result.error?.message).toMatch(/certificate/);
  });

  it('stops promptly when aborted in the middle', async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 300);
    const started = performance.now();
    const result = await test(c.at('127.0.0.1', silent().port), { signal: controller.signal });
    expect(performance.now() - started).toBeLessThan(600);
    expect(verdictOf(result)).toEqual(['timeout', 'authenticate']);
    expect(result.error?.message).toBe('the test was aborted by its caller');
  });

  it('gives its verdicts over HTTP, as JSON and as server-sent events', async () => {
    const catalog = await openCatalog();
    const api = await serveApi({ catalog, tokens: { 'live-token-0001': 'acme' }, testDeadlineMs: 3_000 });
    const post = (config: Record<string, unknown>, accept = 'application/json') =>
      fetch(`${api.base}/v1/connection_profiles/test`, {
        method: 'POST',
        headers: { authorization: 'Bearer live-token-0001', 'content-type': 'application/json', accept },
        body: JSON.stringify(draft(c.connector, config)),
      });
    try {
      const passed = await post(c.working());
      expect(passed.status).toBe(200);
      expect(await passed.json()).toMatchObject({ ok: true, connector: c.connector });
      const refused = await (await post(c.wrongPassword())).text();
      expect(JSON.parse(refused)).toMatchObject({ ok: false, error: { code: 'auth', step: 'authenticate' } });
      expect(refused).not.toContain(c.wrongPasswordText);
      const stream = await post(c.wrongPassword(), 'text/event-stream');
      expect(stream.headers.get('content-type')).toContain('text/event-stream');
      const events = await readEvents(stream);
      const upToAuthenticate = c.workingSteps.slice(0, c.workingSteps.indexOf('authenticate') + 1);
      expect(events.map((e) => (e.event === 'step' ? e.data.name : e.event))).toEqual([...upToAuthenticate, 'result']);
      expect(events.at(-1)!.data).toMatchObject({ ok: false, error: { code: 'auth', step: 'authenticate' } });
      expect(JSON.stringify(events)).not.toContain(c.wrongPasswordText);
    } finally {
      await api.close();
      await catalog.close();
    }
  });

  it('leaves no socket, timer or reconnect loop behind: the process exits by itself', async () => {
    const drafts = [
      { connector: c.connector, config: c.working() },
      { connector: c.connector, config: c.wrongPassword() },
      { connector: c.connector, config: c.at('127.0.0.1', 1) },
      // 65000 marks the silent server's port, which only the child knows.
      { connector: c.connector, config: c.at('127.0.0.1', 65_000) },
      { connector: c.connector, config: c.untrustedTls() },
    ];
    const child = spawn(process.execPath, [join(import.meta.dirname, '../testing/leak-check.mjs')], {
      env: { ...process.env, LEAK_DRAFTS: JSON.stringify(drafts).replaceAll('65000', '{{SILENT}}') },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    child.stdout.on('data', (d) => (stdout += d));
    const code = await new Promise<number | null>((resolve) => {
      const timer = setTimeout(() => (child.kill('SIGKILL'), resolve(null)), 20_000);
      child.on('exit', (exit) => (clearTimeout(timer), resolve(exit)));
    });
    expect(code, 'the child had to be killed: something kept it alive').toBe(0);
    expect(JSON.parse(stdout)).toEqual(['ok', 'auth', 'refused', 'timeout', 'tls']);
  });
}
