import { defined } from './problem-factories.js';
import type { SyntaxDetail } from './sql-problem-data.js';
import type {
  ColumnNoteWarning,
  ColumnsUnparsedWarning,
  ConnectorNotRegisteredWarning,
  DuplicateTableWarning,
  InlineSecretWarning,
  NotInEngineDdlWarning,
  PartitionedByIgnoredWarning,
  ProfileNotResolvedWarning,
} from './warning-data.js';

/**
 * `COLUMNS_UNPARSED`: a column list the reader stopped reading at `stoppedAt`, for `syntax`.
 *
 * @example
 * ```ts
 * columnsUnparsed({ expected: "',' or the end of the column list", found: { kind: 'word', length: 7 } }, { line: 2, column: 9 });
 * ```
 */
export function columnsUnparsed(syntax: SyntaxDetail, stoppedAt: { line: number; column: number }): ColumnsUnparsedWarning {
  return { code: 'COLUMNS_UNPARSED', syntax, stoppedAt: { line: stoppedAt.line, column: stoppedAt.column } };
}

/**
 * `EXPRESSION_UNCHECKED` or `ENGINE_REFUSES`: a note of the SQL reader about a column
 * list, in its words.
 *
 * @example
 * ```ts
 * columnNote('ENGINE_REFUSES', "a trailing comma before ')': Arroyo's SQL parser refuses it in a column list");
 * ```
 */
export function columnNote(code: ColumnNoteWarning['code'], reason: string): ColumnNoteWarning {
  return { code, reason };
}

/**
 * `PROFILE_NOT_RESOLVED`: a statement left untouched that sets the key spelled `written`.
 *
 * @example
 * ```ts
 * profileNotResolved('connection_profile');
 * ```
 */
export function profileNotResolved(written: string): ProfileNotResolvedWarning {
  return { code: 'PROFILE_NOT_RESOLVED', written };
}

/**
 * `INLINE_SECRET`: a table writing the secret at `key` in its own DDL.
 *
 * @example
 * ```ts
 * inlineSecret('orders', 'authentication.password');
 * ```
 */
export function inlineSecret(table: string, key: string): InlineSecretWarning {
  return { code: 'INLINE_SECRET', table, key };
}

/**
 * `DUPLICATE_TABLE`: a table created again, first at `firstLine`.
 *
 * @example
 * ```ts
 * duplicateTable('orders', 3, false);
 * ```
 */
export function duplicateTable(table: string, firstLine: number, ifNotExists: boolean): DuplicateTableWarning {
  return { code: 'DUPLICATE_TABLE', table, firstLine, ifNotExists };
}

/**
 * `NOT_IN_ENGINE_DDL`: a field Arroyo's DDL cannot say, left out of the rewrite.
 *
 * @example
 * ```ts
 * notInEngineDdl('connection_properties', { keys: 2, profile: 'production-kafka' });
 * ```
 */
export function notInEngineDdl(key: string, from: { keys?: number; profile?: string } = {}): NotInEngineDdlWarning {
  return defined({ code: 'NOT_IN_ENGINE_DDL', key, keys: from.keys, profile: from.profile });
}

/**
 * `CONNECTOR_NOT_REGISTERED`: a table passed through because nobody registered its connector.
 *
 * @example
 * ```ts
 * connectorNotRegistered('lake', 'events');
 * ```
 */
export function connectorNotRegistered(connector: string, table: string): ConnectorNotRegisteredWarning {
  return { code: 'CONNECTOR_NOT_REGISTERED', connector, table };
}

/**
 * `PARTITIONED_BY_IGNORED`: a `PARTITIONED BY` clause the table's connector ignores;
 * `readBy` names the connectors that read it.
 *
 * @example
 * ```ts
 * partitionedByIgnored('kafka', 'orders', ['iceberg']);
 * ```
 */
export function partitionedByIgnored(connector: string, table: string, readBy: readonly string[]): PartitionedByIgnoredWarning {
  return { code: 'PARTITIONED_BY_IGNORED', connector, table, readBy };
}
