import type { z } from 'zod';
import type { ConfigRule } from '../../connector-definition.js';
import type { ColumnRule } from '../../column-rule.js';
import { isFlinkValue } from '../flink-values.js';
import { usedAs } from '../table-type.js';
import { FLINK_FORMATS, type FormatPrefix } from './format-names.js';

function issue(context: z.RefinementCtx, path: string, message: string, code: 'INVALID_VALUE' | 'UNKNOWN_OPTION'): void {
  context.addIssue({ code: 'custom', path: [path], message, params: { code } });
}

/** The format a key belongs to (`value.json.ignore-parse-errors` → `json` under `value.`), if any. */
function formatOfKey(key: string, prefix: FormatPrefix): string | undefined {
  if (!key.startsWith(prefix)) return undefined;
  const dot = key.indexOf('.', prefix.length);
  if (dot <= prefix.length) return undefined;
  const format = key.slice(prefix.length, dot);
  return FORMAT_NAMES.has(format) ? format : undefined;
}

/** The format a key belongs to and its slot's format key (`value.json.ignore-parse-errors` → `json`, `value.format`). */
interface FormatOwner {
  format: string;
  formatKey: string;
}

/** A format slot's keys, spelt once: its `format` key and the format options its cross-field checks read. */
function slotKeys(prefix: FormatPrefix) {
  return {
    prefix,
    format: `${prefix}format`,
    failOnMissing: `${prefix}json.fail-on-missing-field`,
    ignoreErrors: `${prefix}json.ignore-parse-errors`,
    schemaInclude: `${prefix}debezium-json.schema-include`,
    disableQuote: `${prefix}csv.disable-quote-character`,
    quoteCharacter: `${prefix}csv.quote-character`,
  };
}

const FORMAT_NAMES: ReadonlySet<string> = new Set(FLINK_FORMATS);
const MAX_REMEMBERED = 4096;

/**
 * The checks Flink's format factories make on the format slots `prefixes` names, at plan
 * time, in one pass over the table's keys:
 * - an option of a format the table does not name at `${prefix}format` is an unknown
 *   option (Flink: "Unsupported options found");
 * - JSON's `fail-on-missing-field` and `ignore-parse-errors` may not both be true;
 * - `debezium-json.schema-include` is for reading only: a sink refuses it (a table whose
 *   `type` is not `source` may be either);
 * - CSV may not both set a quote character and disable quoting.
 *
 * @example
 * ```ts
 * const tableRules = [flinkFormatRule(['', 'value.', 'key.'])];
 * ```
 */
export function flinkFormatRule(prefixes: readonly FormatPrefix[]): ConfigRule {
  const slots = prefixes.map(slotKeys);
  // Each key's slot and format, remembered (bounded): the tables of a script ask again for
  // the same few keys, and no slice is cut for any but the first.
  const owners = new Map<string, FormatOwner | null>();
  const ownerOf = (key: string): FormatOwner | null => {
    let owner = owners.get(key);
    if (owner === undefined) {
      owner = null;
      for (const slot of slots) {
        const format = formatOfKey(key, slot.prefix);
        if (format !== undefined) owner = { format, formatKey: slot.format };
      }
      if (owners.size < MAX_REMEMBERED) owners.set(key, owner);
    }
    return owner;
  };
  return (config, context) => {
    for (const key in config) {
      const owner = ownerOf(key);
      if (owner === null) continue;
      const { formatKey } = owner;
      const format = config[formatKey];
      if (owner.format !== format) {
        const named = typeof format === 'string' ? `the table's ${formatKey} is '${format}'` : `the table names no ${formatKey}`;
        issue(context, key, `'${key}' is an option of the ${owner.format} format, and ${named}`, 'UNKNOWN_OPTION');
      }
    }
    for (const slot of slots) {
      const format = config[slot.format];
      if (format === 'json' && isFlinkValue(config[slot.failOnMissing], 'true') && isFlinkValue(config[slot.ignoreErrors], 'true'))
        issue(
          context,
          slot.ignoreErrors,
          "'json.fail-on-missing-field' and 'json.ignore-parse-errors' may not both be true",
          'INVALID_VALUE',
        );
      if (format === 'debezium-json' && isFlinkValue(config[slot.schemaInclude], 'true') && usedAs(config, 'sink')) {
        const message = "'debezium-json.schema-include' is for reading only: a sink cannot write the schema (set type = 'source')";
        issue(context, slot.schemaInclude, message, 'INVALID_VALUE');
      }
      if (format === 'csv' && isFlinkValue(config[slot.disableQuote], 'true') && config[slot.quoteCharacter] !== undefined)
        issue(context, slot.quoteCharacter, "a CSV table cannot set 'csv.quote-character' and disable quoting at once", 'INVALID_VALUE');
    }
  };
}

/**
 * Flink's `raw` format reads and writes one physical column: a table whose format (at
 * `${prefix}format`) is `raw` must have exactly one column that is neither a metadata
 * nor a computed column, besides those `excluded` names (a Kafka table's key columns
 * when its value leaves them out).
 *
 * @example
 * ```ts
 * const columnRules = [rawFormatColumnRule('')];
 * ```
 */
export function rawFormatColumnRule(
  prefix: FormatPrefix,
  excluded: (config: Readonly<Record<string, unknown>>) => readonly string[] = () => [],
): ColumnRule {
  const formatKey = `${prefix}format`;
  return ({ columns, config }) => {
    if (config[formatKey] !== 'raw') return [];
    const left = new Set(excluded(config));
    const physical = columns.filter((c) => c.metadata === null && c.type !== null && !left.has(c.name));
    if (physical.length === 1) return [];
    const names = physical.map((c) => c.name).join(', ') || 'none';
    return [
      {
        message: `the 'raw' format reads and writes a single physical column; this table has ${physical.length} (${names})`,
        key: formatKey,
        code: 'INVALID_VALUE',
      },
    ];
  };
}
