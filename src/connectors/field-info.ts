import { z } from 'zod';

/**
 * What the library knows about one config field beyond its zod type.
 *
 * - `sensitive`: the value is a secret, redacted on every surface by default.
 * - `templatable`: a profile may fill the value from a `{{ NAME }}` template: a credential
 *   field, one Arroyo marks `var-str` (usernames, passwords, API keys and secrets,
 *   tokens, JWTs, NKey seeds, TLS material, NATS `servers`). Defaults to `sensitive`; a
 *   template anywhere else is refused, so no tenant can read the environment through it.
 * - `endpoint`: the value says where credentials are sent (brokers, addresses, registry URL);
 *   a table may override it only when its profile lists the key itself in `overridable`.
 * - `sqlKey`: the canonical SQL key, when it is not the field's dotted path.
 * - `aliases`: other SQL keys accepted for the field (Arroyo's `auth.mechanism`, …).
 * - `title`, `description`: what a form or a JSON Schema tool shows for the field (the
 *   title defaults to its SQL key).
 * - `variants`: on an object field, alternatives chosen by one of its keys (`by`), each
 *   with the other keys it takes; the JSON Schema states them as `oneOf`.
 * - `engineKey`: the key Arroyo's planner reads for the field, which the rewritten
 *   statement uses (default: the canonical SQL key); `null` when Arroyo's DDL cannot say
 *   it (a profile's `connection_properties`, TLS files), which the result then reports.
 * - `engineForm`: the value form Arroyo reads for it (default: from the field's type); see
 *   {@link EngineForm}.
 * - `arroyoPath`: where Arroyo's own profile JSON holds the field (dotted, camelCase:
 *   `schemaRegistryEnum.apiKey`), when that is not the field's config path; a profile
 *   config in Arroyo's shape is converted through it.
 *
 * @example
 * ```ts
 * const info: FieldInfo = { endpoint: true, aliases: ['brokers'] };
 * const profile = z.strictObject({
 *   bootstrap_servers: field(z.string(), info),
 *   password: field(z.string(), { sensitive: true }),
 * });
 * ```
 */
export interface FieldInfo {
  sensitive?: boolean;
  templatable?: boolean;
  endpoint?: boolean;
  sqlKey?: string;
  aliases?: readonly string[];
  title?: string;
  engineKey?: string | null;
  engineForm?: EngineForm;
  arroyoPath?: string;
  description?: string;
  variants?: FieldVariants;
}

/**
 * Alternatives of an object field, told apart by the value of its key `by`: each names
 * its title, the other keys it takes and which of them it requires.
 *
 * @example
 * ```ts
 * const auth: FieldVariants = {
 *   by: 'type',
 *   of: { none: { title: 'None', keys: [] }, sasl: { title: 'SASL', keys: ['username', 'password'], required: ['username'] } },
 * };
 * ```
 */
export interface FieldVariants {
  by: string;
  of: Record<string, { title: string; keys: readonly string[]; required?: readonly string[] }>;
}

/**
 * How Arroyo's planner reads a value (`crates/arroyo-rpc/src/lib.rs`, the `pull_*`
 * functions), and so how the rewritten statement writes it:
 *
 * - `string`: a single-quoted string (`pull_opt_str`, the only form it takes);
 * - `number`, `boolean`: a bare number, `true`/`false`;
 * - `duration`: an interval, `INTERVAL '1 hour 30 minutes'` (`pull_opt_duration`);
 * - `field`: a bare identifier naming a column (`pull_opt_field`);
 * - `fields`: an array of identifiers, `[type, app_version]` (`pull_opt_array`);
 * - `list`: one string of comma-separated values (`cluster.addresses`);
 * - `pairs`: a map as one string of `key=value` pairs joined by commas (Kafka's `client_configs`);
 * - `entries`: a map as one key per entry, `prefix.entry = 'value'`.
 *
 * @example
 * ```ts
 * const table = z.strictObject({ ttl: field(z.string(), { sqlKey: 'lookup.cache.ttl', engineForm: 'duration' }) });
 * ```
 */
export type EngineForm = 'string' | 'number' | 'boolean' | 'duration' | 'field' | 'fields' | 'list' | 'pairs' | 'entries';

/**
 * The zod registry that holds {@link FieldInfo} for connector fields. `z.toJSONSchema`
 * reads it, so exported JSON Schemas carry `sensitive: true` on secret fields.
 *
 * @example
 * ```ts
 * import { z } from 'zod';
 * import { fieldInfo } from 'ddl-profiles';
 * const password = z.string().register(fieldInfo, { sensitive: true });
 * fieldInfo.get(password); // { sensitive: true }
 * ```
 */
export const fieldInfo = z.registry<FieldInfo>();

/**
 * Marks a schema with field information and returns the same schema, for inline use
 * inside `z.object({ … })`.
 *
 * @example
 * ```ts
 * const schema = z.object({ password: field(z.string(), { sensitive: true }) });
 * ```
 */
export function field<T extends z.ZodType>(schema: T, info: FieldInfo): T {
  fieldInfo.add(schema, info);
  return schema;
}

/**
 * Shorthand for `field(schema, { sensitive: true, … })`.
 *
 * @example
 * ```ts
 * const schema = z.object({ api_secret: secret(z.string()).optional() });
 * ```
 */
export function secret<T extends z.ZodType>(schema: T, info: Omit<FieldInfo, 'sensitive'> = {}): T {
  return field(schema, { ...info, sensitive: true });
}
