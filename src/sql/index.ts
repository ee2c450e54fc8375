export { LineIndex, type SourceSpan } from './source-span.js';
export type { SqlProblem } from './sql-problem.js';
export { scan, TokenKind, TokenList, type ScanProblem, type ScanResult } from './scanner.js';
export type { OptionValueKind, ParsedStatement, PartitionField, TableDefinition, TableOption } from './table-definition.js';
export type {
  ColumnDefinition,
  ColumnProblem,
  ColumnType,
  ColumnTypeName,
  GeneratedColumn,
  MetadataColumn,
  PrimaryKeyDefinition,
  SqlExpression,
  StructField,
  TableColumns,
  WatermarkDefinition,
} from './column-definition.js';
export { TYPE_SPELLINGS } from './column-types.js';
export { findTableOption, parseCreateTable, type TableParse } from './table-parser.js';
export { parseColumns, readColumns } from './column-reader.js';
export { parseScript, type ParsedScript } from './parse-script.js';
export { StatementReader, type ParseOptions, type ReadStatement } from './statement-reader.js';
export { rewriteOptions, type SqlOption } from './option-rewriter.js';
export { sqlArray, sqlIdentifier, sqlInterval, sqlString } from './sql-literal.js';
