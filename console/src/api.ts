/**
 * The REST API, over HTTP on the console's own origin. The bearer token lives in this
 * module's memory and in session storage (so a reload keeps it, a closed tab drops it),
 * never in local storage or a cookie.
 */

const STORAGE_KEY = 'ddl-profiles.token';
let token: string | undefined = sessionStorage.getItem(STORAGE_KEY) ?? undefined;

/** The token in use, if signed in. */
export function currentToken(): string | undefined {
  return token;
}

/** Keeps `next` for this tab, or forgets the token (sign-out). */
export function setToken(next: string | undefined): void {
  token = next;
  if (next === undefined) sessionStorage.removeItem(STORAGE_KEY);
  else sessionStorage.setItem(STORAGE_KEY, next);
}

/** An error answer of the API: `{ error: { code, message, details? } }` and its status. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

/** A successful answer: its JSON body and headers. */
export interface ApiAnswer<T> {
  data: T;
  headers: Headers;
}

function headersFor(extra: Record<string, string> = {}): Record<string, string> {
  return { ...(token ? { authorization: `Bearer ${token}` } : {}), ...extra };
}

async function errorOf(response: Response): Promise<ApiError> {
  try {
    const body = (await response.json()) as { error?: { code: string; message: string; details?: Record<string, unknown> } };
    if (body.error) return new ApiError(response.status, body.error.code, body.error.message, body.error.details);
  } catch {
    // not JSON: fall through
  }
  return new ApiError(response.status, `HTTP_${response.status}`, `the server answered ${response.status} ${response.statusText}`);
}

/**
 * Calls the API; a non-2xx answer throws an {@link ApiError}.
 *
 * @example
 * ```ts
 * const { data } = await api<{ data: Profile[] }>('GET', '/v1/connection_profiles');
 * ```
 */
export async function api<T>(
  method: string,
  path: string,
  options: { body?: unknown; headers?: Record<string, string>; signal?: AbortSignal } = {},
): Promise<ApiAnswer<T>> {
  const response = await fetch(path, {
    method,
    headers: headersFor({ ...(options.body === undefined ? {} : { 'content-type': 'application/json' }), ...options.headers }),
    ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
    signal: options.signal,
  });
  if (!response.ok) throw await errorOf(response);
  const data = (response.status === 204 ? undefined : await response.json()) as T;
  return { data, headers: response.headers };
}

/** One server-sent event: its name and its JSON data. */
export interface StreamEvent {
  event: string;
  data: unknown;
}

/**
 * POSTs to a live-test route asking for `text/event-stream`, and yields each event as it
 * arrives. Aborting `signal` closes the request, which stops the test on the server.
 *
 * @example
 * ```ts
 * for await (const e of streamEvents('/v1/connection_profiles/test', draft, controller.signal)) show(e);
 * ```
 */
export async function* streamEvents(path: string, body: unknown, signal: AbortSignal): AsyncGenerator<StreamEvent> {
  const response = await fetch(path, {
    method: 'POST',
    headers: headersFor({ accept: 'text/event-stream', ...(body === undefined ? {} : { 'content-type': 'application/json' }) }),
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    signal,
  });
  if (!response.ok || !response.body) throw await errorOf(response);
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return;
    buffer += value;
    let end: number;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const event = /^event: (.*)$/m.exec(block)?.[1] ?? 'message';
      const data = /^data: (.*)$/m.exec(block)?.[1];
      yield { event, data: data === undefined ? undefined : JSON.parse(data) };
    }
  }
}

/** A path segment, encoded. */
export const seg = encodeURIComponent;
