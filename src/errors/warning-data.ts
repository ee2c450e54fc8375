import type { ProblemBase } from './problem-base.js';
import type { SyntaxDetail } from './sql-problem-data.js';

/**
 * A malformed column list, kept as raw text with the column rules skipped: `syntax` says
 * what the reader expected and found where it stopped (`stoppedAt`).
 *
 * @example
 * ```ts
 * const w: ColumnsUnparsedWarning = { code: 'COLUMNS_UNPARSED', syntax: { unclosed: "'('" }, stoppedAt: { line: 2, column: 9 } };
 * ```
 */
export interface ColumnsUnparsedWarning extends ProblemBase {
  code: 'COLUMNS_UNPARSED';
  syntax: SyntaxDetail;
  stoppedAt: { line: number; column: number };
}

/**
 * A note the SQL reader made about a column list, in its own words (`reason`):
 * `EXPRESSION_UNCHECKED` (node-sql-parser's grammar cannot read an expression, kept as
 * written), `ENGINE_REFUSES` (a form Arroyo's own parser or planner refuses).
 *
 * @example
 * ```ts
 * const w: ColumnNoteWarning = { code: 'ENGINE_REFUSES', reason: "a trailing comma before ')': …" };
 * ```
 */
export interface ColumnNoteWarning extends ProblemBase {
  code: 'EXPRESSION_UNCHECKED' | 'ENGINE_REFUSES';
  reason: string;
}

/**
 * A statement passed through untouched that sets `connection_profile` (an `ALTER TABLE
 * … SET`), or a key spelled `written` in another case, which nothing resolves.
 *
 * @example
 * ```ts
 * const w: ProfileNotResolvedWarning = { code: 'PROFILE_NOT_RESOLVED', written: 'CONNECTION_PROFILE' };
 * ```
 */
export interface ProfileNotResolvedWarning extends ProblemBase {
  code: 'PROFILE_NOT_RESOLVED';
  written: string;
}

/**
 * A table writing a secret (at config path `key`) in its own WITH clause. Never the value.
 *
 * @example
 * ```ts
 * const w: InlineSecretWarning = { code: 'INLINE_SECRET', table: 'orders', key: 'authentication.password' };
 * ```
 */
export interface InlineSecretWarning extends ProblemBase {
  code: 'INLINE_SECRET';
  table: string;
  key: string;
}

/**
 * A table the script creates again; it was first created at `firstLine`.
 *
 * @example
 * ```ts
 * const w: DuplicateTableWarning = { code: 'DUPLICATE_TABLE', table: 'orders', firstLine: 3, ifNotExists: false };
 * ```
 */
export interface DuplicateTableWarning extends ProblemBase {
  code: 'DUPLICATE_TABLE';
  table: string;
  firstLine: number;
  ifNotExists: boolean;
}

/**
 * A config field Arroyo's DDL has no key for, left out of the rewritten statement: set
 * by the table, or (`profile`) from that profile; `keys` counts a free map's entries.
 *
 * @example
 * ```ts
 * const w: NotInEngineDdlWarning = { code: 'NOT_IN_ENGINE_DDL', key: 'connection_properties', keys: 2, profile: 'k' };
 * ```
 */
export interface NotInEngineDdlWarning extends ProblemBase {
  code: 'NOT_IN_ENGINE_DDL';
  key: string;
  keys?: number;
  profile?: string;
}

/**
 * A table of an unregistered connector passed through untouched
 * (`unknownConnectors: 'passthrough'`).
 *
 * @example
 * ```ts
 * const w: ConnectorNotRegisteredWarning = { code: 'CONNECTOR_NOT_REGISTERED', connector: 'lake', table: 'events' };
 * ```
 */
export interface ConnectorNotRegisteredWarning extends ProblemBase {
  code: 'CONNECTOR_NOT_REGISTERED';
  connector: string;
  table: string;
}

/**
 * A `PARTITIONED BY (…)` clause on a table whose connector Arroyo does not partition
 * by it: the engine ignores the clause.
 *
 * @example
 * ```ts
 * const w: PartitionedByIgnoredWarning = { code: 'PARTITIONED_BY_IGNORED', connector: 'kafka', table: 'orders', readBy: ['delta', 'filesystem', 'iceberg'] };
 * ```
 */
export interface PartitionedByIgnoredWarning extends ProblemBase {
  code: 'PARTITIONED_BY_IGNORED';
  connector: string;
  table: string;
  readBy: readonly string[];
}

/**
 * A non-fatal note about a statement, as data: one shape per warning code, keyed by
 * `code`. `messageOf` renders its words, as it does a problem's.
 *
 * @example
 * ```ts
 * import { messageOf, type WarningData } from 'ddl-profiles';
 * const warning: WarningData = { code: 'INLINE_SECRET', table: 'orders', key: 'authentication.password' };
 * messageOf(warning); // "table 'orders' writes the secret 'authentication.password' in its DDL, …"
 * ```
 */
export type WarningData =
  | ColumnsUnparsedWarning
  | ColumnNoteWarning
  | ProfileNotResolvedWarning
  | InlineSecretWarning
  | DuplicateTableWarning
  | NotInEngineDdlWarning
  | ConnectorNotRegisteredWarning
  | PartitionedByIgnoredWarning;
