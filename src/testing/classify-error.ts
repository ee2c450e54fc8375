import type { TestErrorCode } from './test-result.js';
import { TestFailure } from './test-failure.js';

/**
 * A failure's classification, message and hint for a person.
 *
 * @example
 * ```ts
 * const { code, message, hint }: Classification = classifyError(error, 'connect');
 * // 'refused', 'connect ECONNREFUSED 127.0.0.1:9092', 'check the host and port, and that the server is running …'
 * ```
 */
export interface Classification {
  code: TestErrorCode;
  message: string;
  hint: string;
}

interface ErrorLike {
  name?: string;
  message?: string;
  code?: unknown;
  type?: unknown;
  cause?: unknown;
  lastNodeError?: unknown;
  errors?: unknown[];
}

/**
 * The chain of causes under an error: `.cause` (kafkajs wraps its real error in
 * `KafkaJSNumberOfRetriesExceeded`), ioredis's `lastNodeError` for a cluster, and the
 * members of an `AggregateError` (Node tries every address of a host).
 *
 * @example
 * ```ts
 * causeChain(new Error('outer', { cause: new Error('inner') })).map((e) => e.message); // ['outer', 'inner']
 * ```
 */
export function causeChain(error: unknown): ErrorLike[] {
  const chain: ErrorLike[] = [];
  const queue: unknown[] = [error];
  while (queue.length > 0 && chain.length < 16) {
    const next = queue.shift();
    if (!next || typeof next !== 'object' || chain.includes(next as ErrorLike)) continue;
    const e = next as ErrorLike;
    chain.push(e);
    queue.push(e.cause, e.lastNodeError, ...(Array.isArray(e.errors) ? e.errors : []));
  }
  return chain;
}

const HINTS: Record<TestErrorCode, string> = {
  config: 'fix the profile: it cannot be tested as written',
  dns: 'check the host names: they do not resolve from this machine',
  refused: 'check the host and port, and that the server is running and listening there',
  timeout: 'the server did not answer in time: check firewalls, the port, and that it speaks the expected protocol',
  tls: 'check whether the port expects TLS, and the CA, certificate and key',
  auth: 'check the username and password, and that the server enables this mechanism for them',
  not_found: 'create the missing resource, or fix the name the table uses',
  protocol: 'the server answered, but not as expected: check that the port belongs to the right service and version',
  unknown: 'see the message for the server\u2019s own words',
};

/**
 * The hint shown for a classification.
 *
 * @example
 * ```ts
 * hintFor('refused'); // 'check the host and port, and that the server is running and listening there'
 * ```
 */
export function hintFor(code: TestErrorCode): string {
  return HINTS[code];
}

function classifyOne(e: ErrorLike, step: string): TestErrorCode | undefined {
  const code = typeof e.code === 'string' ? e.code : '';
  const text = `${e.name ?? ''} ${e.message ?? ''} ${typeof e.type === 'string' ? e.type : ''}`;
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN' || code === 'EAI_NONAME' || code === 'EAI_FAIL') return 'dns';
  if (code === 'ECONNREFUSED') return 'refused';
  if (code === 'ETIMEDOUT' || code === 'ABORT_ERR' || /\btimed? ?out\b|KafkaJSRequestTimeoutError|KafkaJSConnectionTimeout/i.test(text))
    return 'timeout';
  if (
    code.startsWith('ERR_SSL') ||
    code === 'EPROTO' ||
    code.startsWith('ERR_TLS') ||
    /wrong version number|SSL routines|certificate|self.signed|TLS connection/i.test(text)
  )
    return 'tls';
  if (
    /SASL|WRONGPASS|NOAUTH|NOPERM|invalid username-password|Authentication failed|authentication failed|KafkaJSSASLAuthenticationError|ILLEGAL_SASL_STATE|UNSUPPORTED_SASL_MECHANISM|TOPIC_AUTHORIZATION_FAILED|CLUSTER_AUTHORIZATION_FAILED|Authorization Violation|Permissions Violation|Authentication Expired|Not authorized|Bad user ?name or password/i.test(
      text,
    )
  )
    return 'auth';
  if (/UNKNOWN_TOPIC_OR_PARTITION|does not host this topic-partition/i.test(text)) return 'not_found';
  if (/UNSUPPORTED_VERSION|does not support the requested API version|Protocol error|unexpected response|ERR unknown command/i.test(text))
    return 'protocol';
  if (
    (code === 'ECONNRESET' || code === 'EPIPE' || /socket (hang up|disconnected)|Connection (is )?closed|Closed connection/i.test(text)) &&
    step === 'tls'
  )
    return 'tls';
  return undefined;
}

/**
 * Classifies a failure from its real cause, not from the wrapper a client put around
 * it: the whole chain is read and the first cause with a known meaning wins. `step`
 * helps where a cause means different things at different steps (a reset during a TLS
 * handshake is a TLS problem).
 *
 * @example
 * ```ts
 * classifyError(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), { code: 'ECONNREFUSED' }), 'connect').code; // 'refused'
 * ```
 */
export function classifyError(error: unknown, step: string): Classification {
  if (error instanceof TestFailure) return { code: error.code, message: error.message, hint: error.hint };
  const chain = causeChain(error);
  for (const e of chain) {
    const code = classifyOne(e, step);
    if (code) return { code, message: e.message || String(e.code ?? code), hint: HINTS[code] };
  }
  const root = chain.at(-1);
  const message = root?.message || (error instanceof Error ? error.message : String(error));
  return { code: 'unknown', message, hint: HINTS.unknown };
}
