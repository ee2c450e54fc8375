import { z } from 'zod';
import type { ColumnInfo, ColumnIssue, ColumnRule } from '../column-rule.js';
import { defineConnector, type ConfigRule, type Connector } from '../connector-definition.js';
import { field } from '../field-info.js';
import { flinkBoolean, flinkDuration, flinkInteger } from './flink-values.js';
import { flinkOneSideRule, flinkTableType } from './table-type.js';

/**
 * The options a datagen table takes per column, as `fields.<column>.<option>`
 * (`DataGenConnectorOptions`, Flink 2.2.1), each with what it means.
 *
 * @example
 * ```ts
 * Object.keys(DATAGEN_FIELD_OPTIONS); // ['kind', 'min', 'max', 'max-past', 'length', 'start', 'end', 'null-rate', 'var-len']
 * ```
 */
export const DATAGEN_FIELD_OPTIONS: Readonly<Record<string, string>> = {
  kind: "The column's generator: 'random' (default) or 'sequence', in lower case",
  min: 'Smallest value a random generator makes for a numeric column',
  max: 'Largest value a random generator makes for a numeric column',
  'max-past': 'How far into the past a random TIMESTAMP column may go, a duration',
  length: 'Length of a random string, or size of a random ARRAY or MAP (default 100)',
  start: 'First value of a sequence generator (required with kind sequence)',
  end: 'Last value of a sequence generator (required with kind sequence)',
  'null-rate': 'Share of nulls a random generator makes, a number (default 0.0)',
  'var-len': 'Whether a random VARCHAR, STRING or BYTES value has a random length (default false)',
};

const GENERATOR_KINDS = ['random', 'sequence'];

/** What Java's `Float.parseFloat` takes, without the hexadecimal forms. */
const FLOAT = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?[fd]?$|^[+-]?(?:NaN|Infinity)$/i;

/** The value forms of the options whose form does not depend on the column's type. */
const FIXED_FORMS: Readonly<Record<string, z.ZodType<string>>> = {
  kind: z.string().refine((text) => GENERATOR_KINDS.includes(text), {
    message: "expected 'random' or 'sequence' (Flink compares the generator kind as written, in lower case)",
  }),
  'max-past': flinkDuration(),
  length: flinkInteger({ min: -2_147_483_648, max: 2_147_483_647 }),
  'null-rate': z.string().regex(FLOAT, { message: "expected a number, such as '0.1'" }),
  'var-len': flinkBoolean(),
};

/** A `fields` entry (`id.kind`) split into the column it names and its option. */
function splitEntry(entry: string): { column: string; option: string } {
  const dot = entry.lastIndexOf('.');
  return dot < 0 ? { column: '', option: entry } : { column: entry.slice(0, dot), option: entry.slice(dot + 1) };
}

function fieldEntries(config: Readonly<Record<string, unknown>>): Array<[string, unknown]> {
  const fields = config.fields;
  return typeof fields === 'object' && fields !== null ? Object.entries(fields) : [];
}

/**
 * The checks of a `fields.<column>.<option>` key that need no columns: the option is one
 * of {@link DATAGEN_FIELD_OPTIONS} (else Flink says "Unsupported options found"), and
 * its value has Flink's form: `kind` exactly `random` or `sequence` (Flink compares it
 * case-sensitively: "Unsupported generator kind: SEQUENCE"), `max-past` a duration,
 * `length` a whole number, `null-rate` a number, `var-len` a boolean.
 *
 * @example
 * ```ts
 * flinkDatagenConnector.tableValidator.safeParse({ fields: { 'id.knd': 'random' } }).success; // false
 * ```
 */
export const datagenFieldOptionsRule: ConfigRule = (config, context) => {
  for (const [entry, value] of fieldEntries(config)) {
    const { column, option } = splitEntry(entry);
    const key = `fields.${entry}`;
    if (column === '' || !Object.hasOwn(DATAGEN_FIELD_OPTIONS, option)) {
      const known = Object.keys(DATAGEN_FIELD_OPTIONS).join(', ');
      context.addIssue({
        code: 'custom',
        path: ['fields', entry],
        message: `'${key}' is not a datagen option: a column's options are fields.<column>.<option>, the option one of ${known}`,
        params: { code: 'UNKNOWN_OPTION' },
      });
      continue;
    }
    const form = FIXED_FORMS[option]?.safeParse(value);
    if (form && !form.success) {
      context.addIssue({
        code: 'custom',
        path: ['fields', entry],
        message: `${key}: ${form.error.issues[0]?.message ?? 'invalid value'}`,
        params: { code: 'INVALID_VALUE' },
      });
    }
  }
};

/** How datagen's generators treat a column type (`RandomGeneratorVisitor`, `SequenceGeneratorVisitor`). */
type TypeFamily = 'integer' | 'decimal' | 'string' | 'boolean' | 'timestamp' | 'temporal' | 'composite';

const FAMILIES: Readonly<Record<string, TypeFamily>> = {
  TINYINT: 'integer',
  SMALLINT: 'integer',
  INT: 'integer',
  BIGINT: 'integer',
  FLOAT: 'decimal',
  DOUBLE: 'decimal',
  DECIMAL: 'decimal',
  CHAR: 'string',
  VARCHAR: 'string',
  BINARY: 'string',
  VARBINARY: 'string',
  BOOLEAN: 'boolean',
  TIMESTAMP: 'timestamp',
  TIMESTAMP_LTZ: 'timestamp',
  DATE: 'temporal',
  TIME: 'temporal',
  ARRAY: 'composite',
  MULTISET: 'composite',
  MAP: 'composite',
  ROW: 'composite',
};

/** The options each generator takes for a column of each family, besides `kind` (measured against Flink 2.2.1). */
const RANDOM_OPTIONS: Readonly<Record<Exclude<TypeFamily, 'composite'>, readonly string[]>> = {
  integer: ['min', 'max', 'null-rate'],
  decimal: ['min', 'max', 'null-rate'],
  string: ['length', 'null-rate', 'var-len'],
  boolean: ['null-rate'],
  timestamp: ['max-past', 'null-rate'],
  temporal: [],
};
const SEQUENCE_FAMILIES: readonly TypeFamily[] = ['integer', 'decimal', 'string'];
const SEQUENCE_OPTIONS = ['start', 'end'];

const INT_RANGE = { min: -2_147_483_648n, max: 2_147_483_647n };
const LONG_RANGE = { min: -9_223_372_036_854_775_808n, max: 9_223_372_036_854_775_807n };

/**
 * Whether `text` is a value Flink reads for `option` of a column of this type: a sequence's
 * bounds are whole numbers (a `long`; an `int` for INT and smaller), as are a random
 * integer column's `min` and `max`; a random FLOAT, DOUBLE or DECIMAL column's are numbers.
 */
function boundProblem(option: string, family: TypeFamily, typeName: string, text: unknown): string | undefined {
  if (typeof text !== 'string') return undefined;
  if (family === 'decimal' && (option === 'min' || option === 'max')) return FLOAT.test(text) ? undefined : 'expected a number';
  const range = typeName === 'BIGINT' || family !== 'integer' ? LONG_RANGE : INT_RANGE;
  if (!/^[+-]?\d+$/.test(text)) return 'expected a whole number';
  const value = BigInt(text);
  return value < range.min || value > range.max ? `expected a whole number from ${range.min} to ${range.max}` : undefined;
}

/** The column a `fields` entry's column part names, or the composite column it reaches into (`arr.element`). */
function columnOf(name: string, columns: readonly ColumnInfo[]): { column: ColumnInfo; nested: boolean } | undefined {
  const direct = columns.find((c) => c.name === name);
  if (direct) return { column: direct, nested: false };
  const outer = columns.find((c) => name.startsWith(`${c.name}.`) && FAMILIES[c.type?.name ?? ''] === 'composite');
  return outer ? { column: outer, nested: true } : undefined;
}

function isPhysical(column: ColumnInfo): boolean {
  return column.type !== null && column.metadata === null;
}

/**
 * The checks of a datagen table's `fields.<column>.<option>` keys against its columns,
 * as `DataGenTableSourceFactory` makes them at plan time:
 *
 * - `<column>` names a physical column, as written (Flink matches names case-sensitively
 *   and makes no generator for a computed or metadata column);
 * - a `sequence` column has both `start` and `end` ("Could not find required property
 *   'fields.id.start' for sequence generator"), and is numeric or a string;
 * - each option is one its generator takes for the column's type (a random BIGINT takes
 *   `min`, `max`, `null-rate`; a sequence only `start` and `end`), else Flink says
 *   "Unsupported options found";
 * - `min`, `max`, `start` and `end` parse as the column's numbers.
 *
 * Options of a column inside an ARRAY, MAP or ROW column (`fields.tags.element.length`)
 * are not checked further.
 *
 * @example
 * ```ts
 * datagenColumnRule({ columns, config: { fields: { 'id.kind': 'sequence' } } });
 * // [{ key: 'fields.id.kind', message: "Could not find required property 'fields.id.start' for sequence generator." }]
 * ```
 */
export const datagenColumnRule: ColumnRule = ({ columns, config }) => {
  if (columns.length === 0) return [];
  const issues: ColumnIssue[] = [];
  const fields = new Map(fieldEntries(config));
  const physical = columns.filter(isPhysical).map((c) => c.name);
  for (const [entry, value] of fields) {
    const { column: name, option } = splitEntry(entry);
    if (name === '' || !Object.hasOwn(DATAGEN_FIELD_OPTIONS, option)) continue;
    const key = `fields.${entry}`;
    const found = columnOf(name, columns);
    if (!found || !isPhysical(found.column)) {
      const why = found ? `'${name}' is not a physical column` : `the table has no column '${name}'`;
      issues.push({ key, message: `${key}: ${why}; datagen generates the physical columns ${physical.join(', ')}` });
      continue;
    }
    if (found.nested) continue;
    const typeName = found.column.type?.name ?? '';
    const family = FAMILIES[typeName];
    if (family === undefined || family === 'composite' || option === 'kind') continue;
    const kind = fields.get(`${name}.kind`) ?? 'random';
    const takes = kind === 'sequence' ? SEQUENCE_OPTIONS : kind === 'random' ? RANDOM_OPTIONS[family] : undefined;
    if (takes === undefined) continue;
    if (!takes.includes(option)) {
      const others = takes.length > 0 ? `it takes ${takes.map((o) => `fields.${name}.${o}`).join(', ')}` : 'it takes no option but kind';
      issues.push({ key, message: `${key} does not apply to the ${kind} generator of ${typeName} column '${name}': ${others}` });
      continue;
    }
    const problem = ['min', 'max', 'start', 'end'].includes(option) ? boundProblem(option, family, typeName, value) : undefined;
    if (problem) issues.push({ key, message: `${key}: ${problem} for ${typeName} column '${name}'` });
  }
  for (const column of columns) {
    if (fields.get(`${column.name}.kind`) !== 'sequence' || !isPhysical(column)) continue;
    const key = `fields.${column.name}.kind`;
    const family = FAMILIES[column.type?.name ?? ''];
    if (family !== undefined && !SEQUENCE_FAMILIES.includes(family)) {
      issues.push({ key, message: `${key}: a sequence generator makes numbers or strings, and '${column.name}' is ${column.type?.name}` });
      continue;
    }
    for (const bound of SEQUENCE_OPTIONS) {
      if (!fields.has(`${column.name}.${bound}`))
        issues.push({
          key: `fields.${column.name}.${bound}`,
          column: column.name,
          code: 'MISSING_OPTION',
          message: `Could not find required property 'fields.${column.name}.${bound}' for sequence generator.`,
        });
    }
  }
  return issues;
};

/**
 * Flink's `datagen` source (`DataGenTableSourceFactory`, Flink 2.2.1): rows made up at a
 * given rate, each column by a random or sequence generator set with
 * `fields.<column>.<option>` keys (a map, checked by {@link datagenFieldOptionsRule} and,
 * against the columns, {@link datagenColumnRule}). A source only, with no profile.
 *
 * @example
 * ```ts
 * flinkDatagenConnector.tableValidator.parse({ 'rows-per-second': '5', fields: { 'id.kind': 'sequence', 'id.start': '1', 'id.end': '9' } });
 * ```
 */
export const flinkDatagenConnector: Connector = defineConnector({
  name: 'datagen',
  description: 'Flink datagen source: generated rows, random or in sequence, per column',
  dialect: 'flink',
  roles: ['source'],
  takesProfile: false,
  profile: z.strictObject({}),
  table: z
    .strictObject({
      'rows-per-second': field(flinkInteger(), { description: 'Rows made per second (default 10000)' }),
      'number-of-rows': field(flinkInteger(), { description: 'Rows made in all; unbounded when unset' }),
      'scan.parallelism': field(flinkInteger({ min: 1 }), {
        description: 'Parallelism of the source (at least 1); the planner derives it when unset',
      }),
      fields: field(z.record(z.string(), z.string()), {
        description: `Per-column generator options, fields.<column>.<option>: ${Object.keys(DATAGEN_FIELD_OPTIONS).join(', ')}`,
      }),
      type: flinkTableType(),
    })
    .partial(),
  tableRules: [datagenFieldOptionsRule, flinkOneSideRule('datagen', 'source')],
  columnRules: [datagenColumnRule],
});
