import { z } from 'zod';
import type { ConfigRule } from '../connector-definition.js';
import { field } from '../field-info.js';

/**
 * Our own `type` option of a Flink table (`'source'` or `'sink'`): Flink has no such key,
 * so it is checked here, then left out of the rewritten DDL (`engineKey: null`).
 * Side-specific checks apply to the side it names, and to both when it is absent.
 *
 * @example
 * ```ts
 * const table = z.strictObject({ path: z.string(), type: flinkTableType().optional() });
 * ```
 */
export function flinkTableType(): z.ZodEnum<{ source: 'source'; sink: 'sink' }> {
  return field(z.enum(['source', 'sink']), {
    engineKey: null,
    description:
      "Which side this table is (ours, not Flink's: left out of the rewritten DDL): 'source' or 'sink'; checks of the other side are skipped",
  });
}

/**
 * A rule for a Flink connector that makes one side only (`print` writes, `datagen`
 * reads): a table whose `type` names the other side is refused in Flink's words.
 *
 * @example
 * ```ts
 * const rule = flinkOneSideRule('print', 'sink');
 * // type = 'source' → "Connector 'print' can only be used as a sink. It cannot be used as a source."
 * ```
 */
export function flinkOneSideRule(connector: string, side: 'source' | 'sink'): ConfigRule {
  const other = side === 'source' ? 'sink' : 'source';
  const message = `Connector '${connector}' can only be used as a ${side}. It cannot be used as a ${other}.`;
  return (config, context) => {
    if (config.type === other) context.addIssue({ code: 'custom', path: ['type'], message, params: { code: 'INVALID_VALUE' } });
  };
}

/**
 * Whether a Flink table is used on `side`: the side its `type` names, or either when it
 * names none.
 *
 * @example
 * ```ts
 * usedAs({ type: 'sink' }, 'source'); // false
 * usedAs({}, 'source');               // true
 * ```
 */
export function usedAs(config: Record<string, unknown>, side: 'source' | 'sink'): boolean {
  return config.type === undefined || config.type === side;
}
