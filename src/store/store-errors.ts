import { DdlProfilesError, REDACTED, scrubSecrets, storeUnavailable } from '../errors/index.js';

// Network errors, server shutdown or overload, and a server that refuses us
// (wrong password, unknown database): the store cannot be used either way.
const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'EPIPE',
  '57P01',
  '57P02',
  '57P03',
  '53300',
  '28P01',
  '28000',
  '3D000',
]);
const UNAVAILABLE_WORDS =
  /connection terminated|timeout exceeded when trying to connect|connection timeout|Query read timeout|PGlite is closed|Client has encountered a connection error|Connection terminated unexpectedly|the database system is (starting up|shutting down)/i;

/** The SQLSTATE of a database error, if it has one. */
export function sqlState(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/**
 * Removes credentials from any `scheme://user:password@host` in a text.
 *
 * @example
 * ```ts
 * withoutCredentials('postgres://app:s3cret@db:5432/x'); // 'postgres://app:********@db:5432/x'
 * ```
 */
export function withoutCredentials(text: string): string {
  return text.replace(/([a-z][a-z0-9+.-]*:\/\/[^:/@\s]*):[^@\s]*@/gi, `$1:${REDACTED}@`);
}

/**
 * Whether an error means the database cannot be reached (down, refusing, timing out),
 * as opposed to a query the database refused.
 */
export function isUnavailable(error: unknown): boolean {
  const code = sqlState(error);
  if (code && (UNAVAILABLE_CODES.has(code) || code.startsWith('08'))) return true;
  const message = error instanceof Error ? error.message : String(error);
  if (UNAVAILABLE_WORDS.test(message)) return true;
  const errors = (error as { errors?: unknown[] } | null)?.errors;
  return Array.isArray(errors) && errors.some(isUnavailable);
}

/**
 * Runs a store operation and turns an outage into `STORE_UNAVAILABLE`, keeping the
 * driver's own words but never the credentials of the connection URL (`secrets` are
 * replaced as well).
 *
 * @example
 * ```ts
 * return guard(() => db.selectFrom('connection_profiles').selectAll().execute(), [password]);
 * ```
 */
export async function guard<T>(operation: () => Promise<T>, secrets: readonly string[] = []): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    if (error instanceof DdlProfilesError || !isUnavailable(error)) throw error;
    const words = withoutCredentials(
      error instanceof Error && error.message ? error.message : String((error as { code?: unknown })?.code ?? error),
    );
    throw DdlProfilesError.of(storeUnavailable('query', { reason: scrubSecrets(words, secrets) }), { cause: error });
  }
}
