import { Char } from './char-codes.js';
import { checkKeys, checkWatermark, type KeyElement } from './column-checks.js';
import type { ColumnDefinition, ColumnType, TableColumns, WatermarkDefinition } from './column-definition.js';
import { ColumnOptionReader, type ColumnOptions } from './column-options.js';
import { scan, type TokenList } from './scanner.js';
import { LineIndex, type SourceSpan } from './source-span.js';
import type { SqlDialect } from './sql-dialect.js';
import { SyntaxProblem } from './token-cursor.js';

/**
 * Reads a column list from tokens `[from, to)`, the tokens between the list's
 * parentheses: columns with their types and options, the `PRIMARY KEY` and the
 * `WATERMARK`, and every problem, positioned. Malformed text gives `columns: null` and a
 * note saying where it stopped. Linear in the tokens; node-sql-parser is called only for
 * expressions. `dialect` (default `arroyo`) is the SQL it is written in: its types, its
 * quotes and its own forms.
 *
 * @example
 * ```ts
 * const sql = "CREATE TABLE t (ts TIMESTAMP, WATERMARK FOR ts)";
 * const { tokens } = scan(sql);
 * readColumns(tokens, 4, tokens.count - 1, new LineIndex(sql)).watermark?.column; // 'ts'
 * ```
 */
export function readColumns(tokens: TokenList, from: number, to: number, lines: LineIndex, dialect: SqlDialect = 'arroyo'): TableColumns {
  return new ColumnReader(tokens, from, to, lines, dialect).read();
}

/**
 * Reads a column list given as text on its own (what is between a CREATE TABLE's
 * parentheses), in `dialect` (default `arroyo`); positions are in that text.
 *
 * @example
 * ```ts
 * parseColumns('id BIGINT NOT NULL, name VARCHAR(20)').columns!.map((c) => [c.name, c.type!.sql, c.nullable]);
 * // [['id', 'BIGINT', false], ['name', 'TEXT', true]]
 * parseColumns('`ts` TIMESTAMP_LTZ(3)', 'flink').columns![0].type; // { name: 'TIMESTAMP_LTZ', sql: 'TIMESTAMP_LTZ(3)', precision: 3 }
 * ```
 */
export function parseColumns(columnsText: string, dialect: SqlDialect = 'arroyo'): TableColumns {
  const { tokens } = scan(columnsText);
  return readColumns(tokens, 0, tokens.count, new LineIndex(columnsText), dialect);
}

/**
 * The column reader: the elements of a column list (columns, `WATERMARK FOR`, `PRIMARY
 * KEY (…)`) in order, each column's name and type ({@link TypeReader}) and options
 * ({@link ColumnOptionReader}), then the checks that need the whole list.
 */
class ColumnReader extends ColumnOptionReader {
  private readonly columns: ColumnDefinition[] = [];
  private readonly keyElements: KeyElement[] = [];
  private readonly watermarks: WatermarkDefinition[] = [];

  read(): TableColumns {
    try {
      while (this.i < this.to) {
        this.readElement();
        if (this.i >= this.to) break;
        if (!this.isPunct(this.i, Char.Comma))
          this.fail({ expected: `',' or the end of the column list`, found: this.found(this.i) }, this.i);
        this.i++;
        if (this.i >= this.to) {
          const engine = this.dialect === 'flink' ? "Flink SQL's" : "Arroyo's SQL";
          this.problem(
            'ENGINE_REFUSES',
            'warning',
            `a trailing comma before ')': ${engine} parser refuses it in a column list`,
            this.i - 1,
            this.i - 1,
          );
        }
      }
    } catch (error) {
      if (!(error instanceof SyntaxProblem)) throw error;
      const at = this.lines.span(error.offset, error.offset);
      return {
        columns: null,
        primaryKey: null,
        watermark: null,
        problems: [],
        note: error.syntax,
        noteSpan: at,
      };
    }
    const primaryKey = checkKeys(this.columns, this.keyElements, this.problems);
    const watermark = checkWatermark(this.columns, this.watermarks, this.problems, this.dialect);
    this.checkExpressions(this.columns, watermark?.expression ?? null);
    return { columns: this.columns, primaryKey, watermark, problems: this.problems };
  }

  private readElement(): void {
    const t = this.i;
    if (this.isWord(t, 'WATERMARK') && this.isWord(t + 1, 'FOR')) return this.readWatermark();
    if (this.isWord(t, 'PRIMARY') && this.isWord(t + 1, 'KEY')) return this.readKeyElement(t);
    if (this.isWord(t, 'CONSTRAINT') && this.isWord(t + 2, 'PRIMARY') && this.isWord(t + 3, 'KEY')) {
      this.i += 2;
      return this.readKeyElement(t);
    }
    this.readColumn();
  }

  private readColumn(): void {
    const first = this.i;
    const name = this.readName('a column name, WATERMARK FOR or PRIMARY KEY');
    let type: ColumnType | null = null;
    let typeSpan: SourceSpan | null = null;
    let options: ColumnOptions;
    if (this.isWord(this.i, 'AS')) {
      if (this.dialect !== 'flink') {
        this.problem(
          'ENGINE_REFUSES',
          'warning',
          `'${name} AS expr': Arroyo's SQL parser takes a computed column as '${name} TYPE GENERATED ALWAYS AS (expr)'`,
          this.i,
          this.i,
        );
      }
      this.i++;
      options = {
        nullable: true,
        primaryKey: false,
        metadata: null,
        generated: { expression: this.readExpression(), mode: null, form: 'as' },
      };
    } else {
      const typeFirst = this.i;
      type = this.readType(name);
      typeSpan = this.span(typeFirst, this.i - 1);
      options = this.readColumnOptions(name, first);
    }
    const last = this.i - 1;
    // One literal, its options named (a spread in the middle of it is V8's slow path).
    this.columns.push({
      name,
      type,
      nullable: options.nullable,
      primaryKey: options.primaryKey,
      metadata: options.metadata,
      generated: options.generated,
      text: this.text.slice(this.starts[first], this.ends[last]),
      span: this.span(first, last),
      nameSpan: this.span(first, first),
      typeSpan,
    });
  }

  private readWatermark(): void {
    const first = this.i;
    this.i += 2;
    const t = this.i;
    const column = this.readName('the column after WATERMARK FOR');
    const expression = this.isWord(this.i, 'AS') ? (this.i++, this.readExpression()) : null;
    if (expression === null && this.dialect === 'flink')
      this.problem(
        'ENGINE_REFUSES',
        'warning',
        "'WATERMARK FOR column' without AS: Flink SQL's parser wants 'WATERMARK FOR column AS expr'",
        first,
        this.i - 1,
      );
    this.watermarks.push({ column, columnSpan: this.span(t, t), expression, span: this.span(first, this.i - 1) });
  }

  private readKeyElement(first: number): void {
    this.i += 2;
    this.expect(Char.OpenParen, "'(' after PRIMARY KEY");
    const names: KeyElement['names'] = [];
    for (;;) {
      const t = this.i;
      names.push({ name: this.readName('a column name in PRIMARY KEY (…)'), span: this.span(t, t) });
      if (this.isPunct(this.i, Char.Comma)) this.i++;
      else break;
    }
    this.expect(Char.CloseParen, "',' or ')' in PRIMARY KEY (…)");
    const enforced = this.readEnforced(first, false);
    if (this.dialect !== 'flink') {
      this.problem(
        'ENGINE_REFUSES',
        'warning',
        "a PRIMARY KEY (…) element: Arroyo's planner refuses table constraints other than WATERMARK; write PRIMARY KEY after the column",
        first,
        this.i - 1,
      );
    }
    this.keyElements.push({ names, span: this.span(first, this.i - 1), enforced });
  }
}
