import type { ColumnInfo } from '../../../src/connectors/column-rule.js';
import type { ConfigValidator } from '../../../src/connectors/config-validator.js';
export { useFlinkJudge } from '../../support/use-flink-judge.js';

/** One issue of a validated side, as a test compares it. */
export interface Issue {
  path: string;
  code?: string;
  message: string;
}

/** The issues a validator finds in a config: path joined by '/', our diagnostic code, message. */
export function issuesOf(validator: ConfigValidator, config: Record<string, unknown>): Issue[] {
  const parsed = validator.safeParse(config);
  if (parsed.success) return [];
  return parsed.error.issues.map((i) => ({
    path: i.path.join('/'),
    code: (i as { params?: { code?: string } }).params?.code,
    message: i.message,
  }));
}

/** Columns for a column rule: `name TYPE` (a physical column), `name AS` (computed) or `name META` (metadata). */
export function columnsOf(spec: string): ColumnInfo[] {
  return spec.split(',').map((part) => {
    const [name, type] = part.trim().split(/\s+/);
    const computed = type === 'AS';
    return {
      name,
      type: computed ? null : { name: type === 'META' ? 'TEXT' : type, sql: type },
      nullable: true,
      primaryKey: false,
      metadata: type === 'META' ? { key: name } : null,
    };
  });
}

/** The sides a Flink table is used on: the one its `type` names, or both when it names none. */
export function sidesOf(config: Record<string, unknown>): Array<'source' | 'sink'> {
  return config.type === 'source' || config.type === 'sink' ? [config.type] : ['source', 'sink'];
}

/**
 * The CREATE TABLE the Flink judge reads for a table config of ours: each key as it is
 * (Flink's own), our `type` left out, every value a quoted string; the columns and a
 * `PARTITIONED BY` clause (before WITH, where Flink reads it) when given.
 */
export function flinkTableDdl(
  connector: string,
  config: Record<string, unknown>,
  clauses: { columns?: string; partitionedBy?: string } = {},
): string {
  const { type: _side, ...options } = config;
  const quote = (text: unknown) => `'${String(text).replace(/'/g, "''")}'`;
  const entries = [['connector', connector], ...Object.entries(options)].map(([key, value]) => `${quote(key)}=${quote(value)}`);
  const partitioned = clauses.partitionedBy ? ` PARTITIONED BY (${clauses.partitionedBy})` : '';
  return `CREATE TABLE t (${clauses.columns ?? 'id BIGINT, name STRING, dt STRING'})${partitioned} WITH (${entries.join(', ')})`;
}
