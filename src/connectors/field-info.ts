import { z } from 'zod';

/**
 * What the library knows about one config field beyond its zod type.
 *
 * - `sensitive`: the value is a secret, redacted on every surface by default.
 * - `endpoint`: the value says where credentials are sent (brokers, addresses, registry URL);
 *   a table may override it only when its profile lists the key itself in `overridable`.
 * - `sqlKey`: the canonical SQL key, when it is not the field's dotted path.
 * - `aliases`: other SQL keys accepted for the field (Arroyo's `auth.mechanism`, …).
 * - `title`, `description`: what a form or a JSON Schema tool shows for the field (the
 *   title defaults to its SQL key).
 * - `variants`: on an object field, alternatives chosen by one of its keys (`by`), each
 *   with the other keys it takes; the JSON Schema states them as `oneOf`.
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
  endpoint?: boolean;
  sqlKey?: string;
  aliases?: readonly string[];
  title?: string;
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
