import { z } from 'zod';
import { secret } from './field-info.js';

const HEADER = /^[^:,]+:[^,]*$/;

/**
 * HTTP headers as Arroyo's HTTP connectors take them (`headers`): a comma-separated list of
 * colon-separated `name: value` pairs. Sensitive, since they usually carry an
 * `Authorization` value.
 *
 * @example
 * ```ts
 * const table = z.strictObject({ headers: headersOption().optional() });
 * table.parse({ headers: 'Authorization: Bearer x,Content-Type: application/json' });
 * ```
 */
export function headersOption(): z.ZodString {
  return secret(
    z.string().refine((v) => v.split(',').every((pair) => HEADER.test(pair.trim())), {
      message: 'Invalid format for headers; should be a comma-separated list of colon-separated key value pairs',
    }),
  );
}

/**
 * An HTTP(S) endpoint: the URL a source reads or a sink posts to.
 *
 * @example
 * ```ts
 * httpEndpoint(['http', 'https']).parse('https://example.com/events');
 * ```
 */
export function httpEndpoint(schemes: readonly string[]): z.ZodString {
  return z.string().regex(new RegExp(`^(?:${schemes.join('|')})://[^\\s/]+`, 'i'), {
    message: `expected a ${schemes.map((s) => `${s}://`).join(' or ')} URL`,
  });
}
