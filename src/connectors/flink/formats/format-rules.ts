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

/**
 * {@link formatOfKey}, remembered by key for one prefix: each table of a script asks
 * again for the same few keys, and no slice is cut for any but the first. Bounded, so no
 * script can grow it without end.
 */
function formatsOfKeys(prefix: FormatPrefix): (key: string) => string | undefined {
  const known = new Map<string, string | null>();
  return (key) => {
    const remembered = known.get(key);
    if (remembered !== undefined) return remembered ?? undefined;
    const format = formatOfKey(key, prefix);
    if (known.size < MAX_REMEMBERED) known.set(key, format ?? null);
    return format;
  };
}

const MAX_REMEMBERED = 4096;

const FORMAT_NAMES: ReadonlySet<string> = new Set(FLINK_FORMATS);

/**
 * The checks Flink's format factories make on a format slot, at plan time:
 * - an option of a format the table does not name at `${prefix}format` is an unknown
 *   option (Flink: "Unsupported options found");
 * - JSON's `fail-on-missing-field` and `ignore-parse-errors` may not both be true;
 * - `debezium-json.schema-include` is for reading only: a sink refuses it (a table whose
 *   `type` is not `source` may be either);
 * - CSV may not both set a quote character and disable quoting.
 *
 * @example
 * ```ts
 * const tableRules = [flinkFormatRule(''), flinkFormatRule('key.'), flinkFormatRule('value.')];
 * ```
 */
export function flinkFormatRule(prefix: FormatPrefix): ConfigRule {
  const formatKey = `${prefix}format`;
  const ownerOf = formatsOfKeys(prefix);
  return (config, context) => {
    const format = config[formatKey];
    for (const key in config) {
      const owner = ownerOf(key);
      if (owner !== undefined && owner !== format) {
        const named = typeof format === 'string' ? `the table's ${formatKey} is '${format}'` : `the table names no ${formatKey}`;
        issue(context, key, `'${key}' is an option of the ${owner} format, and ${named}`, 'UNKNOWN_OPTION');
      }
    }
    const option = (name: string) => config[`${prefix}${String(format)}.${name}`];
    if (format === 'json' && isFlinkValue(option('fail-on-missing-field'), 'true') && isFlinkValue(option('ignore-parse-errors'), 'true')) {
      issue(
        context,
        `${prefix}json.ignore-parse-errors`,
        "'json.fail-on-missing-field' and 'json.ignore-parse-errors' may not both be true",
        'INVALID_VALUE',
      );
    }
    if (format === 'debezium-json' && isFlinkValue(option('schema-include'), 'true') && usedAs(config, 'sink')) {
      const message = "'debezium-json.schema-include' is for reading only: a sink cannot write the schema (set type = 'source')";
      issue(context, `${prefix}debezium-json.schema-include`, message, 'INVALID_VALUE');
    }
    if (format === 'csv' && isFlinkValue(option('disable-quote-character'), 'true') && option('quote-character') !== undefined) {
      issue(
        context,
        `${prefix}csv.quote-character`,
        "a CSV table cannot set 'csv.quote-character' and disable quoting at once",
        'INVALID_VALUE',
      );
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
