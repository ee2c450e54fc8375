import type {
  ColumnDefinition,
  ColumnProblem,
  ColumnType,
  GeneratedColumn,
  MetadataColumn,
  PrimaryKeyDefinition,
  SqlExpression,
  StructField,
  TableColumns,
  WatermarkDefinition,
} from './column-definition.js';
import { arrayType, scalarType, SCALAR_TYPES, structType, typeInstead } from './column-types.js';
import { checkExpression } from './expression-check.js';
import { scan, TokenKind, type TokenList } from './scanner.js';
import { LineIndex, type SourceSpan } from './source-span.js';
import { SyntaxProblem, TokenCursor } from './token-cursor.js';

const OPEN = 40;
const CLOSE = 41;
const COMMA = 44;
const DOT = 46;
const LESS = 60;
const GREATER = 62;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;

/** Words that start a column option: an unknown type's name stops before them. */
const OPTION_WORDS = new Set(['NOT', 'NULL', 'PRIMARY', 'METADATA', 'GENERATED', 'AS', 'COMMENT', 'CONSTRAINT']);

/** An expression waiting for node-sql-parser, once every column name is known. */
interface PendingExpression {
  expression: SqlExpression;
  first: number;
  last: number;
}

/**
 * Reads a column list from tokens `[from, to)`, the tokens between the list's
 * parentheses: columns with their types and options, the `PRIMARY KEY` and the
 * `WATERMARK`, and every problem, positioned. Malformed text gives `columns: null` and a
 * note saying where it stopped. Linear in the tokens; node-sql-parser is called only for
 * expressions.
 *
 * @example
 * ```ts
 * const sql = "CREATE TABLE t (ts TIMESTAMP, WATERMARK FOR ts)";
 * const { tokens } = scan(sql);
 * readColumns(sql, tokens, 4, tokens.count - 1, new LineIndex(sql)).watermark?.column; // 'ts'
 * ```
 */
export function readColumns(text: string, tokens: TokenList, from: number, to: number, lines: LineIndex): TableColumns {
  return new ColumnReader(text, tokens, from, to, lines).read();
}

/**
 * Reads a column list given as text on its own (what is between a CREATE TABLE's
 * parentheses); positions are in that text.
 *
 * @example
 * ```ts
 * parseColumns('id BIGINT NOT NULL, name VARCHAR(20)').columns!.map((c) => [c.name, c.type!.sql, c.nullable]);
 * // [['id', 'BIGINT', false], ['name', 'TEXT', true]]
 * ```
 */
export function parseColumns(columnsText: string): TableColumns {
  const { tokens } = scan(columnsText);
  return readColumns(columnsText, tokens, 0, tokens.count, new LineIndex(columnsText, tokens.codes));
}

class ColumnReader extends TokenCursor {
  private readonly columns: ColumnDefinition[] = [];
  private readonly problems: ColumnProblem[] = [];
  private readonly expressions: PendingExpression[] = [];
  private readonly keyElements: Array<{ names: Array<{ name: string; t: number }>; span: SourceSpan; enforced: boolean }> = [];
  private readonly watermarks: WatermarkDefinition[] = [];

  constructor(
    text: string,
    tokens: TokenList,
    from: number,
    to: number,
    private readonly lines: LineIndex,
  ) {
    super(text, tokens, from, to);
  }

  read(): TableColumns {
    try {
      while (this.i < this.to) {
        this.readElement();
        if (this.i >= this.to) break;
        if (!this.isPunct(this.i, COMMA)) this.fail(`expected ',' or the end of the column list, found ${this.describe(this.i)}`, this.i);
        this.i++;
        if (this.i >= this.to) {
          this.problem(
            'ENGINE_REFUSES',
            'warning',
            "a trailing comma before ')': Arroyo's SQL parser refuses it in a column list",
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
        note: `${error.message} (line ${at.line}, column ${at.column}); columns kept as raw text`,
        noteSpan: at,
      };
    }
    const primaryKey = this.checkKeys();
    const watermark = this.checkWatermark();
    this.checkExpressions();
    return { columns: this.columns, primaryKey, watermark, problems: this.problems };
  }

  private span(first: number, last: number): SourceSpan {
    return this.lines.span(this.starts[first], this.ends[last]);
  }

  private problem(
    code: ColumnProblem['code'],
    severity: ColumnProblem['severity'],
    message: string,
    first: number,
    last: number,
    extra: Partial<ColumnProblem> = {},
  ): void {
    this.problems.push({ code, severity, message, span: this.span(first, last), ...extra });
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

  /** A name: a bare word (keywords included), a "quoted" or a `backticked` identifier. */
  private readName(what: string): string {
    const t = this.i;
    const kind = this.kinds[t];
    if (t >= this.to || (kind !== TokenKind.Word && kind !== TokenKind.Quoted && kind !== TokenKind.Backtick))
      this.fail(`expected ${what}, found ${this.describe(t)}`, t);
    this.i++;
    if (kind === TokenKind.Word) return this.raw(t);
    if (kind === TokenKind.Backtick) {
      this.problem(
        'ENGINE_REFUSES',
        'warning',
        'a `backticked` name: Arroyo\'s SQL parser takes "double quotes" around a name, not backticks',
        t,
        t,
      );
    }
    return this.unquoted(t);
  }

  private readColumn(): void {
    const first = this.i;
    const name = this.readName('a column name, WATERMARK FOR or PRIMARY KEY');
    let type: ColumnType | null = null;
    let typeSpan: SourceSpan | null = null;
    let nullable = true;
    let primaryKey = false;
    let metadata: MetadataColumn | null = null;
    let generated: GeneratedColumn | null = null;
    if (this.isWord(this.i, 'AS')) {
      this.problem(
        'ENGINE_REFUSES',
        'warning',
        `'${name} AS expr': Arroyo's SQL parser takes a computed column as '${name} TYPE GENERATED ALWAYS AS (expr)'`,
        this.i,
        this.i,
      );
      this.i++;
      generated = { expression: this.readExpression(), mode: null, form: 'as' };
    } else {
      const typeFirst = this.i;
      type = this.readType(name);
      typeSpan = this.span(typeFirst, this.i - 1);
      for (;;) {
        const t = this.i;
        if (this.isWord(t, 'NOT') && this.isWord(t + 1, 'NULL')) {
          nullable = false;
          this.i += 2;
        } else if (this.isWord(t, 'NULL')) {
          this.i++;
        } else if (this.isWord(t, 'PRIMARY') && this.isWord(t + 1, 'KEY')) {
          primaryKey = true;
          this.i += 2;
          if (this.isWord(this.i, 'NOT') && this.isWord(this.i + 1, 'ENFORCED')) this.i += 2;
          else if (this.isWord(this.i, 'ENFORCED')) this.i++;
        } else if (this.isWord(t, 'METADATA') && this.isWord(t + 1, 'FROM')) {
          metadata = this.readMetadata();
        } else if (this.isWord(t, 'GENERATED')) {
          if (!this.isWord(t + 1, 'ALWAYS') || !this.isWord(t + 2, 'AS'))
            this.fail(`expected ALWAYS AS after GENERATED, found ${this.describe(t + 1)}`, t + 1);
          this.i += 3;
          generated = { expression: this.readParenthesized('GENERATED ALWAYS AS'), mode: this.readMode(), form: 'generated' };
        } else if (this.isWord(t, 'AS')) {
          this.problem('ENGINE_REFUSES', 'warning', `'AS expr' after a type: Arroyo's SQL parser takes 'GENERATED ALWAYS AS (expr)'`, t, t);
          this.i++;
          const expression = this.isPunct(this.i, OPEN) ? this.readParenthesized('AS') : this.readExpression();
          generated = { expression, mode: this.readMode(), form: 'as' };
        } else if (this.isWord(t, 'COMMENT') && this.kinds[t + 1] === TokenKind.String && t + 1 < this.to) {
          this.i += 2;
        } else {
          break;
        }
      }
    }
    const last = this.i - 1;
    this.columns.push({
      name,
      type,
      nullable,
      primaryKey,
      metadata,
      generated,
      text: this.text.slice(this.starts[first], this.ends[last]),
      span: this.span(first, last),
      nameSpan: this.span(first, first),
      typeSpan,
    });
  }

  private readMetadata(): MetadataColumn {
    this.i += 2;
    const k = this.i;
    if (k >= this.to || this.kinds[k] !== TokenKind.String)
      this.fail(`expected the metadata field as a string after METADATA FROM, found ${this.describe(k)}`, k);
    this.i++;
    const virtual = this.isWord(this.i, 'VIRTUAL');
    if (virtual) {
      this.problem(
        'ENGINE_REFUSES',
        'warning',
        "VIRTUAL after METADATA FROM: Arroyo's SQL parser refuses it (a metadata column is never written)",
        this.i,
        this.i,
      );
      this.i++;
    }
    return { key: this.unquoted(k), keySpan: this.span(k, k), virtual };
  }

  private readMode(): GeneratedColumn['mode'] {
    if (this.isWord(this.i, 'STORED')) {
      this.i++;
      return 'stored';
    }
    if (this.isWord(this.i, 'VIRTUAL')) {
      this.i++;
      return 'virtual';
    }
    return null;
  }

  /** A type: scalar, `STRUCT<…>` or `ARRAY<…>`, then any `[]`. Null when unknown (a problem is recorded). */
  private readType(column: string): ColumnType | null {
    const first = this.i;
    let type = this.readBaseType(column);
    while (this.isPunct(this.i, OPEN_BRACKET) && this.isPunct(this.i + 1, CLOSE_BRACKET)) {
      this.i += 2;
      type = this.arrayOf(type, first, column);
    }
    return type;
  }

  private arrayOf(element: ColumnType | null, first: number, column: string): ColumnType | null {
    if (element?.name === 'ARRAY') {
      this.problem('INVALID_COLUMN', 'error', `column '${column}': ${element.sql}[]: Arroyo takes no array of arrays`, first, this.i - 1);
      return null;
    }
    return element && arrayType(element);
  }

  private readBaseType(column: string): ColumnType | null {
    const t = this.i;
    if (t >= this.to || this.kinds[t] !== TokenKind.Word) this.fail(`expected a type for column '${column}', found ${this.describe(t)}`, t);
    this.i++;
    const word = this.raw(t).toUpperCase();
    if (word === 'STRUCT' && this.isPunct(this.i, LESS)) return this.readStruct(column);
    if (word === 'ARRAY' && this.isPunct(this.i, LESS)) {
      this.i++;
      const element = this.readType(column);
      this.expect(GREATER, "'>' after the ARRAY's element type");
      return this.arrayOf(element, t, column);
    }
    const spelling = SCALAR_TYPES.get(word);
    if (!spelling) return this.unknownType(t, word, column);
    if (word === 'DOUBLE' && this.isWord(this.i, 'PRECISION')) this.i++;
    const numbers = this.readNumbers();
    let name = spelling.name;
    if (spelling.unsigned && this.isWord(this.i, 'UNSIGNED')) {
      name = spelling.unsigned;
      this.i++;
    }
    const zone = this.readTimeZone();
    const written = this.text.slice(this.starts[t], this.ends[this.i - 1]);
    const invalid = (message: string): null => {
      this.problem('INVALID_COLUMN', 'error', `column '${column}': ${message}`, t, this.i - 1);
      return null;
    };
    if (zone === 'with' && (name === 'TIMESTAMP' || name === 'TIME'))
      return invalid(`${written}: Arroyo takes ${name} without a time zone`);
    if (zone === 'without' && name === 'TIMESTAMP')
      return invalid(`${written}: Arroyo's planner takes plain TIMESTAMP, not TIMESTAMP WITHOUT TIME ZONE`);
    if (zone !== null && name !== 'TIMESTAMP' && name !== 'TIME')
      return invalid(`${written}: only TIME and TIMESTAMP take a time zone clause`);
    if (numbers === null) return name === 'DECIMAL' ? scalarType(name, { precision: 38, scale: 10 }) : scalarType(name);
    const [p, s] = numbers;
    switch (spelling.parameters) {
      case 'none':
        return invalid(`${written}: ${word} takes no parameters`);
      case 'ignored':
        return numbers.length === 1 ? scalarType(name) : invalid(`${written}: ${word} takes at most one parameter`);
      case 'length':
        return numbers.length === 1 ? scalarType(name, { length: p }) : invalid(`${written}: ${word} takes one length`);
      case 'timestamp':
        if (numbers.length !== 1 || ![0, 3, 6, 9].includes(p))
          return invalid(`${written}: Arroyo takes TIMESTAMP precision 0 (seconds), 3 (milliseconds), 6 (microseconds) or 9 (nanoseconds)`);
        return scalarType(name, { precision: p });
      case 'decimal': {
        if (numbers.length > 2) return invalid(`${written}: DECIMAL takes a precision and a scale`);
        const scale = s ?? 0;
        if (p === 0 || p > 38 || scale > p)
          return invalid(`${written}: Arroyo takes DECIMAL(precision, scale) with 0 < precision <= 38 and scale <= precision`);
        return scalarType(name, { precision: p, scale });
      }
    }
  }

  /** `(n [, m …])` after a type name, or null when there is none. */
  private readNumbers(): number[] | null {
    if (!this.isPunct(this.i, OPEN)) return null;
    this.i++;
    const numbers: number[] = [];
    for (;;) {
      const t = this.i;
      if (t >= this.to || this.kinds[t] !== TokenKind.Number || !/^\d+$/.test(this.raw(t)))
        this.fail(`expected a whole number in a type's parameters, found ${this.describe(t)}`, t);
      numbers.push(Number(this.raw(t)));
      this.i++;
      if (this.isPunct(this.i, COMMA)) this.i++;
      else break;
    }
    this.expect(CLOSE, "')' after a type's parameters");
    return numbers;
  }

  /** `WITH TIME ZONE` / `WITHOUT TIME ZONE` after TIME or TIMESTAMP. */
  private readTimeZone(): 'with' | 'without' | null {
    const t = this.i;
    const zone = this.isWord(t, 'WITH') ? 'with' : this.isWord(t, 'WITHOUT') ? 'without' : null;
    if (zone === null || !this.isWord(t + 1, 'TIME') || !this.isWord(t + 2, 'ZONE')) return null;
    this.i += 3;
    return zone;
  }

  private readStruct(column: string): ColumnType | null {
    this.i++;
    const fields: StructField[] = [];
    let known = true;
    for (;;) {
      const name = this.readName('a STRUCT field name');
      const type = this.readType(column);
      if (type) fields.push({ name, type });
      else known = false;
      if (this.isPunct(this.i, COMMA)) this.i++;
      else break;
    }
    this.expect(GREATER, "',' or '>' in a STRUCT's fields");
    return known ? structType(fields) : null;
  }

  /** An unknown type: its words, parameters and `<…>` are stepped over, and it is a problem at the type. */
  private unknownType(t: number, word: string, column: string): null {
    while (this.i < this.to && this.kinds[this.i] === TokenKind.Word && !OPTION_WORDS.has(this.raw(this.i).toUpperCase())) this.i++;
    if (this.isPunct(this.i, LESS)) this.skipBalanced(LESS, GREATER);
    if (this.isPunct(this.i, OPEN)) this.skipBalanced(OPEN, CLOSE);
    const instead = typeInstead(word);
    const typeText = this.text.slice(this.starts[t], this.ends[this.i - 1]);
    const message = `column '${column}': unknown type '${typeText}'` + (instead ? `; Arroyo has ${instead} instead` : '');
    const extra = { written: word, columnName: column, typeText, ...(instead ? { suggestion: instead } : {}) };
    this.problem('UNKNOWN_TYPE', 'error', message, t, this.i - 1, extra);
    return null;
  }

  private skipBalanced(open: number, close: number): void {
    const start = this.i;
    let depth = 0;
    for (; this.i < this.to; this.i++) {
      if (this.isPunct(this.i, open)) depth++;
      else if (this.isPunct(this.i, close) && --depth === 0) {
        this.i++;
        return;
      }
    }
    this.fail(`'${String.fromCharCode(open)}' is never closed`, start);
  }

  private expect(code: number, what: string): void {
    if (!this.isPunct(this.i, code)) this.fail(`expected ${what}, found ${this.describe(this.i)}`, this.i);
    this.i++;
  }

  /** An expression running to the next comma outside parentheses and brackets, or the end of the list. */
  private readExpression(): SqlExpression {
    const first = this.i;
    let depth = 0;
    for (; this.i < this.to; this.i++) {
      if (this.kinds[this.i] !== TokenKind.Punct) continue;
      const c = this.codes[this.starts[this.i]];
      if (c === OPEN || c === OPEN_BRACKET) depth++;
      else if (c === CLOSE || c === CLOSE_BRACKET) depth--;
      else if (c === COMMA && depth === 0) break;
    }
    if (this.i === first) this.fail(`expected an expression, found ${this.describe(first)}`, first);
    return this.expression(first, this.i - 1);
  }

  /** `( expression )`, the parentheses not part of the expression. */
  private readParenthesized(after: string): SqlExpression {
    const open = this.i;
    if (!this.isPunct(open, OPEN)) this.fail(`expected '(' after ${after}, found ${this.describe(open)}`, open);
    this.skipBalanced(OPEN, CLOSE);
    if (this.i - 2 < open + 1) this.fail(`expected an expression in the parentheses after ${after}`, open);
    return this.expression(open + 1, this.i - 2);
  }

  private expression(first: number, last: number): SqlExpression {
    const expression = { text: this.text.slice(this.starts[first], this.ends[last]), span: this.span(first, last), checked: false };
    this.expressions.push({ expression, first, last });
    return expression;
  }

  private readWatermark(): void {
    const first = this.i;
    this.i += 2;
    const t = this.i;
    const column = this.readName('the column after WATERMARK FOR');
    const expression = this.isWord(this.i, 'AS') ? (this.i++, this.readExpression()) : null;
    this.watermarks.push({ column, columnSpan: this.span(t, t), expression, span: this.span(first, this.i - 1) });
  }

  private readKeyElement(first: number): void {
    this.i += 2;
    this.expect(OPEN, "'(' after PRIMARY KEY");
    const names: Array<{ name: string; t: number }> = [];
    for (;;) {
      const t = this.i;
      names.push({ name: this.readName('a column name in PRIMARY KEY (…)'), t });
      if (this.isPunct(this.i, COMMA)) this.i++;
      else break;
    }
    this.expect(CLOSE, "',' or ')' in PRIMARY KEY (…)");
    let enforced = true;
    if (this.isWord(this.i, 'NOT') && this.isWord(this.i + 1, 'ENFORCED')) {
      enforced = false;
      this.i += 2;
    }
    this.problem(
      'ENGINE_REFUSES',
      'warning',
      "a PRIMARY KEY (…) element: Arroyo's planner refuses table constraints other than WATERMARK; write PRIMARY KEY after the column",
      first,
      this.i - 1,
    );
    this.keyElements.push({ names, span: this.span(first, this.i - 1), enforced });
  }

  /** Duplicate names, and the key elements' columns: the table's primary key. */
  private checkKeys(): PrimaryKeyDefinition | null {
    const byName = new Map<string, ColumnDefinition>();
    for (const column of this.columns) {
      const before = byName.get(column.name);
      if (before)
        this.problems.push({
          code: 'INVALID_COLUMN',
          severity: 'error',
          message: `column '${column.name}' is declared twice (first at line ${before.span.line}, column ${before.span.column})`,
          span: column.nameSpan,
        });
      else byName.set(column.name, column);
    }
    const onColumns = this.columns.filter((c) => c.primaryKey);
    let key: PrimaryKeyDefinition | null =
      onColumns.length > 0 ? { columns: onColumns.map((c) => c.name), form: 'column', enforced: true, span: onColumns[0].span } : null;
    for (const element of this.keyElements) {
      if (key) {
        this.problems.push({
          code: 'INVALID_COLUMN',
          severity: 'error',
          message: `the primary key is declared twice (first at line ${key.span.line}, column ${key.span.column})`,
          span: element.span,
        });
        continue;
      }
      for (const { name, t } of element.names) {
        const column = byName.get(name);
        if (column) column.primaryKey = true;
        else this.problem('INVALID_COLUMN', 'error', `PRIMARY KEY names '${name}', which is not a column of the table`, t, t);
      }
      key = { columns: element.names.map((n) => n.name), form: 'element', enforced: element.enforced, span: element.span };
    }
    return key;
  }

  private checkWatermark(): WatermarkDefinition | null {
    const [watermark, ...others] = this.watermarks;
    for (const other of others)
      this.problems.push({ code: 'INVALID_COLUMN', severity: 'error', message: 'a table takes one WATERMARK FOR only', span: other.span });
    if (!watermark) return null;
    const column = this.columns.find((c) => c.name === watermark.column);
    if (!column) {
      this.problems.push({
        code: 'INVALID_COLUMN',
        severity: 'error',
        message: `WATERMARK FOR names '${watermark.column}', which is not a column of the table`,
        span: watermark.columnSpan,
      });
    } else if (column.type && column.type.name !== 'TIMESTAMP') {
      this.problems.push({
        code: 'INVALID_COLUMN',
        severity: 'error',
        message: `WATERMARK FOR '${watermark.column}': the column is ${column.type.sql}, and Arroyo takes a TIMESTAMP column`,
        span: watermark.columnSpan,
      });
    }
    return watermark;
  }

  /** Each expression through node-sql-parser, with the table's column names in backticks. */
  private checkExpressions(): void {
    if (this.expressions.length === 0) return;
    const names = new Set(this.columns.map((c) => c.name.toLowerCase()));
    for (const { expression, first, last } of this.expressions) {
      let prepared = '';
      for (let t = first; t <= last; t++) {
        if (t > first) prepared += this.text.slice(this.ends[t - 1], this.starts[t]);
        const word =
          this.kinds[t] === TokenKind.Word &&
          names.has(this.raw(t).toLowerCase()) &&
          !this.isPunct(t + 1, OPEN) &&
          !this.isPunct(t - 1, DOT);
        prepared += word ? `\`${this.raw(t)}\`` : this.raw(t);
      }
      const why = checkExpression(prepared);
      if (why === null) {
        expression.checked = true;
        continue;
      }
      const shown = expression.text.length > 60 ? `${expression.text.slice(0, 57)}…` : expression.text;
      this.problems.push({
        code: 'EXPRESSION_UNCHECKED',
        severity: 'warning',
        message: `the expression '${shown}' was not checked: ${why}; it is kept as written`,
        span: expression.span,
      });
    }
  }
}
