import { DdlProfilesError, notOneOf } from '../errors/index.js';

/**
 * What a resolve does with the secrets it writes into `options` and the rewritten SQL:
 *
 * - `redact` (the default): each is `********`, unless `showSecrets`;
 * - `template`: each is written as the `{{ NAME }}` template its profile holds, byte for
 *   byte and unfilled, for Arroyo to fill in its var-str fields from its own environment
 *   at run time. A secret held as a value, in a profile or in the table, is then a
 *   `SECRET_NOT_TEMPLATED` error: nothing secret ever leaves the preprocessor.
 *
 * @example
 * ```ts
 * const { tables } = await resolve(sql, { profiles, secrets: 'template' });
 * tables[0].sql; // … 'auth.password' = '{{ KAFKA_PASSWORD }}' …
 * ```
 */
export type SecretsMode = 'redact' | 'template';

const SECRETS_MODES: readonly SecretsMode[] = ['redact', 'template'];

/**
 * A caller's `secrets` option checked: `redact` when unset, or `INVALID_ARGUMENT` naming
 * `argument` (the CLI passes `--secrets`).
 *
 * @example
 * ```ts
 * secretsModeOption(undefined); // 'redact'
 * secretsModeOption('plain', '--secrets'); // throws: "--secrets takes redact or template, got 'plain'"
 * ```
 */
export function secretsModeOption(value: unknown, argument = 'secrets'): SecretsMode {
  if (value === undefined) return 'redact';
  if (SECRETS_MODES.includes(value as SecretsMode)) return value as SecretsMode;
  throw DdlProfilesError.of(notOneOf(argument, SECRETS_MODES, value));
}
