import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCatalog, type Catalog } from '../../src/index.js';
import { serveApi, type TestApi } from '../support/http-server.js';

let catalog: Catalog;
let api: TestApi;
let port: number;

beforeAll(async () => {
  catalog = await openCatalog();
  api = await serveApi({ catalog, tokens: { 'fuzz-token-0001': 'acme' } });
  port = Number(new URL(api.base).port);
}, 60_000);

afterAll(async () => {
  await api?.close();
  await catalog?.close();
});

/** Sends raw bytes, then (unless `hold`) half-closes; resolves with the first status line answered, or '' if none came. */
function raw(bytes: string | Buffer, options: { destroyAfterMs?: number } = {}): Promise<{ status: string; text: string }> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    let text = '';
    const done = () => resolve({ status: /^HTTP\/1\.1 (\d{3})/.exec(text)?.[1] ?? '', text });
    socket.on('data', (d) => (text += d.toString('latin1')));
    socket.on('error', () => undefined);
    socket.on('close', done);
    socket.write(bytes, () => {
      if (options.destroyAfterMs !== undefined) setTimeout(() => socket.destroy(), options.destroyAfterMs);
      else socket.end();
    });
    setTimeout(() => socket.destroy(), 3_000).unref();
  });
}

async function healthy(): Promise<number> {
  return (await fetch(`${api.base}/v1/health`)).status;
}

const line = (requestLine: string, ...headers: string[]) => `${requestLine}\r\n${headers.map((h) => `${h}\r\n`).join('')}\r\n`;

/** Malformed requests: request lines, methods, hosts, header bytes, and bodies that stop short. */
const corpus: Array<[string, string | Buffer, { destroyAfterMs?: number }?]> = [
  ['TRACE with a plain host', line('TRACE / HTTP/1.1', 'Host: x')],
  ['TRACE on a route', line('TRACE /v1/health HTTP/1.1', 'Host: x')],
  ['TRACK', line('TRACK / HTTP/1.1', 'Host: x')],
  ['CONNECT', line('CONNECT x:443 HTTP/1.1', 'Host: x:443')],
  ['an unknown method', line('FROB /v1/health HTTP/1.1', 'Host: x')],
  ['a lowercase method', line('get /v1/health HTTP/1.1', 'Host: x')],
  ['Host a%zz', line('GET / HTTP/1.1', 'Host: a%zz')],
  ['Host [', line('GET / HTTP/1.1', 'Host: [')],
  ['Host a b', line('GET / HTTP/1.1', 'Host: a b')],
  ['Host with credentials', line('GET / HTTP/1.1', 'Host: u:p@x')],
  ['Host with a path', line('GET /v1/health HTTP/1.1', 'Host: x/v1/connection_profiles?')],
  ['Host with a fragment', line('GET /v1/health HTTP/1.1', 'Host: x#/v1/connectors')],
  ['an empty Host', line('GET /v1/health HTTP/1.1', 'Host: ')],
  ['no Host on HTTP/1.1', line('GET /v1/health HTTP/1.1')],
  ['two Hosts', line('GET /v1/health HTTP/1.1', 'Host: a', 'Host: b')],
  ['Host of control bytes', line('GET /v1/health HTTP/1.1', 'Host: \u0001\u0002')],
  ['garbage for a request line', 'GARBAGE\r\n\r\n'],
  ['a method alone', 'GET\r\n\r\n'],
  ['HTTP/9.9', line('GET /v1/health HTTP/9.9', 'Host: x')],
  ['a relative target', line('GET v1/health HTTP/1.1', 'Host: x')],
  ['an asterisk target', line('GET * HTTP/1.1', 'Host: x')],
  ['an absolute target with a broken host', line('GET http://[::1/v1/health HTTP/1.1', 'Host: x')],
  ['an absolute target elsewhere', line('GET http://elsewhere.invalid/v1/health HTTP/1.1', 'Host: x')],
  ['broken percent-encoding', line('GET /v1/connection_profiles/%zz HTTP/1.1', 'Host: x')],
  ['a NUL in the target', line('GET /v1/health\u0000 HTTP/1.1', 'Host: x')],
  ['a backslash path', line('GET /v1\\..\\health HTTP/1.1', 'Host: x')],
  ['dot segments', line('GET /v1/../../etc/passwd HTTP/1.1', 'Host: x')],
  ['a non-ASCII method', Buffer.from('G\u00c9T / HTTP/1.1\r\nHost: x\r\n\r\n', 'latin1')],
  ['a 100 KB target', line(`GET /${'a'.repeat(100_000)} HTTP/1.1`, 'Host: x')],
  ['a 64 KB header', line('GET /v1/health HTTP/1.1', 'Host: x', `X-Big: ${'b'.repeat(65_536)}`)],
  ['a header without a colon', line('GET /v1/health HTTP/1.1', 'Host: x', 'NoColonHere')],
  ['a header name with a space', line('GET /v1/health HTTP/1.1', 'Host: x', 'Bad Name: v')],
  ['control bytes in a header value', line('GET /v1/health HTTP/1.1', 'Host: x', 'X-C: \u0000\u007f')],
  ['an obsolete folded header', line('GET /v1/health HTTP/1.1', 'Host: x', 'X-Folded: a', ' b')],
  ['a negative Content-Length', line('POST /v1/resolve HTTP/1.1', 'Host: x', 'Content-Length: -1')],
  ['a Content-Length of letters', line('POST /v1/resolve HTTP/1.1', 'Host: x', 'Content-Length: abc')],
  ['two different Content-Lengths', `${line('POST /v1/resolve HTTP/1.1', 'Host: x', 'Content-Length: 1', 'Content-Length: 2')}ab`],
  [
    'Content-Length with chunked',
    `${line('POST /v1/resolve HTTP/1.1', 'Host: x', 'Content-Length: 4', 'Transfer-Encoding: chunked')}0\r\n\r\n`,
  ],
  [
    'a broken chunk size',
    `${line(
      'POST /v1/resolve HTTP/1.1',
      'Host: x',
      'Authorization: Bearer fuzz-token-0001',
      'Content-Type: application/json',
      'Transfer-Encoding: chunked',
    )}zz\r\n{}\r\n0\r\n\r\n`,
  ],
  [
    'a body that stops short, half-closed',
    `${line(
      'POST /v1/resolve HTTP/1.1',
      'Host: x',
      'Authorization: Bearer fuzz-token-0001',
      'Content-Type: application/json',
      'Content-Length: 100',
    )}{"sql": "CRE`,
  ],
  [
    'a body that stops short, reset',
    `${line(
      'POST /v1/resolve HTTP/1.1',
      'Host: x',
      'Authorization: Bearer fuzz-token-0001',
      'Content-Type: application/json',
      'Content-Length: 100',
    )}{"sql": "CRE`,
    { destroyAfterMs: 50 },
  ],
  [
    'a chunked body cut off',
    `${line(
      'POST /v1/connection_profiles HTTP/1.1',
      'Host: x',
      'Authorization: Bearer fuzz-token-0001',
      'Content-Type: application/json',
      'Transfer-Encoding: chunked',
    )}5\r\n{"nam`,
    { destroyAfterMs: 50 },
  ],
  ['a body on GET', `${line('GET /v1/health HTTP/1.1', 'Host: x', 'Content-Length: 5')}hello`],
  ['an upgrade request', line('GET /v1/health HTTP/1.1', 'Host: x', 'Connection: Upgrade', 'Upgrade: websocket')],
  ['pipelined garbage after a good request', `${line('GET /v1/health HTTP/1.1', 'Host: x')}\u0000\u0001\u0002 NOT HTTP\r\n\r\n`],
  ['only bytes, no line end', Buffer.from([0xff, 0xfe, 0x00, 0x01])],
];

describe('the Node listener under malformed requests', () => {
  it.each(corpus)('survives %s, answering 4xx or nothing, then still answers /v1/health', async (_name, bytes, options) => {
    const answer = await raw(bytes, options);
    expect(answer.status === '' || /^[1-4]\d\d$/.test(answer.status) || answer.status === '505' || answer.status === '501').toBe(true);
    expect(await healthy()).toBe(200);
  });

  it('takes the path from the request line alone: a Host carrying a path gets 400, not the profiles route', async () => {
    const answer = await raw(line('GET /v1/health HTTP/1.1', 'Host: x/v1/connection_profiles?'));
    expect(answer.status).toBe('400');
    expect(answer.text).toContain('"code":"INVALID_REQUEST"');
    const plain = await raw(line('GET /v1/health HTTP/1.1', 'Host: some-name.example:8000'));
    expect(plain.status).toBe('200');
  });

  it('never logged a 500 (a reset body included) and never answered one', () => {
    expect(api.logs.filter((l) => l.status >= 500)).toEqual([]);
    expect(api.logs.some((l) => l.code === 'BODY_INCOMPLETE')).toBe(true);
  });
});
