import { z } from 'zod';
import { commonTableOptions } from '../common-table-options.js';
import type { ConfigRule } from '../connector-definition.js';
import { field } from '../field-info.js';

const common = commonTableOptions({ formats: ['json', 'raw_string', 'raw_bytes'] });

/**
 * The Redis table. `target` is the data structure a sink writes; its options use Arroyo's
 * SQL keys (`target.key_prefix`, …) and sit beside it in the config, since `target`
 * itself holds a plain value.
 *
 * @example
 * ```ts
 * redisTableSchema.parse({ type: 'sink', format: 'json', target: 'string', key_prefix: 'k:' });
 * ```
 */
export const redisTableSchema = z.strictObject({
  type: z.enum(['sink', 'lookup']),
  target: z.enum(['string', 'list', 'hash']).optional(),
  key_prefix: field(z.string(), { sqlKey: 'target.key_prefix' }).optional(),
  key_column: field(z.string().min(1), { sqlKey: 'target.key_column' }).optional(),
  ttl_secs: field(z.number().int().positive(), { sqlKey: 'target.ttl_secs' }).optional(),
  max_length: field(z.number().int().positive(), { sqlKey: 'target.max_length' }).optional(),
  operation: field(z.enum(['append', 'prepend']), { sqlKey: 'target.operation' }).optional(),
  field_column: field(z.string().min(1), { sqlKey: 'target.field_column' }).optional(),
  ...common.shape,
});

/**
 * The parsed Redis table config.
 *
 * @example
 * ```ts
 * const table = redisConnector.tableValidator.parse({ type: 'lookup', format: 'json' }) as RedisTableConfig;
 * ```
 */
export type RedisTableConfig = z.output<typeof redisTableSchema>;

function missing(context: z.RefinementCtx, path: string, key: string, why: string): void {
  context.addIssue({ code: 'custom', path: [path], message: `${key} is required ${why}`, params: { code: 'MISSING_OPTION' } });
}

function misplaced(context: z.RefinementCtx, path: string, key: string, why: string): void {
  context.addIssue({ code: 'custom', path: [path], message: `${key} applies only ${why}`, params: { code: 'INVALID_VALUE' } });
}

/** A sink needs a target and a key prefix; a hash needs its field column; list options only on lists. */
export const redisTargetRule: ConfigRule = (config, context) => {
  const table = config as RedisTableConfig;
  if (table.target !== undefined && !['string', 'list', 'hash'].includes(table.target)) return;
  if (table.type === 'sink') {
    if (table.target === undefined) missing(context, 'target', 'target', 'for a sink');
    if (table.key_prefix === undefined) missing(context, 'key_prefix', 'target.key_prefix', 'for a sink');
  }
  if (table.target === 'hash' && table.field_column === undefined) {
    missing(context, 'field_column', 'target.field_column', "when target is 'hash'");
  }
  if (table.target !== 'hash' && table.field_column !== undefined) {
    misplaced(context, 'field_column', 'target.field_column', "when target is 'hash'");
  }
  for (const key of ['max_length', 'operation'] as const) {
    if (table.target !== 'list' && table[key] !== undefined) misplaced(context, key, `target.${key}`, "when target is 'list'");
  }
};

/** Every rule of a Redis table: the common options' rules, then its target rule. */
export const redisTableRules: readonly ConfigRule[] = [...common.rules, redisTargetRule];
