import { Char } from './char-codes.js';
import type { ColumnDefinition, GeneratedColumn, MetadataColumn, SqlExpression } from './column-definition.js';
import { checkExpression } from './expression-check.js';
import { isVirtualColumn } from './metadata-call.js';
import { TokenKind } from './scanner.js';
import { TypeReader } from './type-reader.js';

/** An expression waiting for node-sql-parser, once every column name is known. */
interface PendingExpression {
  expression: SqlExpression;
  first: number;
  last: number;
}

/**
 * What the options after a column's type say: `NOT NULL`, `PRIMARY KEY` (in Flink SQL
 * also `CONSTRAINT name PRIMARY KEY`), `METADATA FROM '…'` and `GENERATED ALWAYS AS (…)`
 * (or `AS …`).
 *
 * @example
 * ```ts
 * const options: ColumnOptions = { nullable: false, primaryKey: true, metadata: null, generated: null };
 * ```
 */
export interface ColumnOptions {
  nullable: boolean;
  primaryKey: boolean;
  metadata: MetadataColumn | null;
  generated: GeneratedColumn | null;
}

/**
 * The part of the column reader that reads a column's options after its type, and the
 * SQL expressions in them (and in a watermark): each is kept as written and checked by
 * node-sql-parser at the end, once every column name is known.
 *
 * @example
 * ```ts
 * class Reader extends ColumnOptionReader {
 *   column() { const name = this.readName('a column name'); return { name, type: this.readType(name), ...this.readColumnOptions() }; }
 * }
 * ```
 */
export class ColumnOptionReader extends TypeReader {
  private readonly expressions: PendingExpression[] = [];

  /** The options after column `column`'s type (the column from token `first`), up to the comma or the end of the list. */
  protected readColumnOptions(column: string, first: number): ColumnOptions {
    const options: ColumnOptions = { nullable: true, primaryKey: false, metadata: null, generated: null };
    for (;;) {
      const t = this.i;
      // Where PRIMARY KEY would start: after `CONSTRAINT name` in Flink SQL.
      const key = this.dialect === 'flink' && this.isWord(t, 'CONSTRAINT') ? 2 : 0;
      if (this.isWord(t, 'NOT') && this.isWord(t + 1, 'NULL')) {
        options.nullable = false;
        this.i += 2;
      } else if (this.isWord(t, 'NULL')) {
        this.i++;
      } else if (this.isWord(t + key, 'PRIMARY') && this.isWord(t + key + 1, 'KEY')) {
        options.primaryKey = true;
        this.i += key + 2;
        this.readEnforced(t, true);
      } else if (this.isWord(t, 'METADATA') && (this.isWord(t + 1, 'FROM') || this.dialect === 'flink')) {
        options.metadata = this.readMetadata(column);
      } else if (this.isWord(t, 'GENERATED')) {
        if (this.dialect === 'flink')
          this.problem(
            'ENGINE_REFUSES',
            'warning',
            `'GENERATED ALWAYS AS': Flink SQL takes a computed column as '${column} AS expr', without a type`,
            first,
            t,
          );
        if (!this.isWord(t + 1, 'ALWAYS') || !this.isWord(t + 2, 'AS'))
          this.fail({ expected: `ALWAYS AS after GENERATED`, found: this.found(t + 1) }, t + 1);
        this.i += 3;
        options.generated = { expression: this.readParenthesized('GENERATED ALWAYS AS'), mode: this.readMode(), form: 'generated' };
      } else if (this.isWord(t, 'AS')) {
        const takes =
          this.dialect === 'flink'
            ? `Flink SQL takes '${column} AS expr', without a type`
            : "Arroyo's SQL parser takes 'GENERATED ALWAYS AS (expr)'";
        this.problem('ENGINE_REFUSES', 'warning', `'AS expr' after a type: ${takes}`, t, t);
        this.i++;
        const expression = this.isPunct(this.i, Char.OpenParen) ? this.readParenthesized('AS') : this.readExpression();
        options.generated = { expression, mode: this.readMode(), form: 'as' };
      } else if (this.isWord(t, 'COMMENT') && this.isKind(t + 1, TokenKind.String)) {
        this.i += 2;
      } else {
        return options;
      }
    }
  }

  /**
   * `NOT ENFORCED` after a primary key (and `ENFORCED`, where `alsoEnforced`): whether the
   * key is enforced. In Flink SQL an enforced key, from token `first`, is a problem: Flink
   * takes only NOT ENFORCED ones.
   */
  protected readEnforced(first: number, alsoEnforced: boolean): boolean {
    let enforced = true;
    if (this.isWord(this.i, 'NOT') && this.isWord(this.i + 1, 'ENFORCED')) {
      enforced = false;
      this.i += 2;
    } else if (alsoEnforced && this.isWord(this.i, 'ENFORCED')) {
      this.i++;
    }
    if (enforced && this.dialect === 'flink') {
      const message = 'a PRIMARY KEY without NOT ENFORCED: Flink takes only NOT ENFORCED keys, as it does not own the data to enforce them';
      this.problem('INVALID_COLUMN', 'error', message, first, this.i - 1);
    }
    return enforced;
  }

  /** `METADATA FROM 'key' [VIRTUAL]`; in Flink SQL also `METADATA [VIRTUAL]`, the key being the column's name. */
  private readMetadata(column: string): MetadataColumn {
    const m = this.i;
    const from = this.isWord(m + 1, 'FROM');
    this.i += from ? 2 : 1;
    const k = this.i;
    if (from && !this.isKind(k, TokenKind.String))
      this.fail({ expected: `the metadata field as a string after METADATA FROM`, found: this.found(k) }, k);
    if (from) this.i++;
    const virtual = this.isWord(this.i, 'VIRTUAL');
    if (virtual && this.dialect === 'flink') {
      this.i++;
    } else if (virtual) {
      this.problem(
        'ENGINE_REFUSES',
        'warning',
        "VIRTUAL after METADATA FROM: Arroyo's SQL parser refuses it (a metadata column is never written)",
        this.i,
        this.i,
      );
      this.i++;
    }
    return from ? { key: this.unquoted(k), keySpan: this.span(k, k), virtual } : { key: column, keySpan: this.span(m, m), virtual };
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

  /**
   * An expression running to the next comma outside parentheses and brackets, or the end
   * of the list; in Flink SQL, also to a `COMMENT '…'` after it, which it steps over.
   */
  protected readExpression(): SqlExpression {
    const first = this.i;
    let depth = 0;
    for (; this.i < this.to; this.i++) {
      if (this.kinds[this.i] !== TokenKind.Punct) {
        if (depth === 0 && this.isFlinkComment(this.i)) break;
        continue;
      }
      const c = this.codes[this.starts[this.i]];
      if (c === Char.OpenParen || c === Char.OpenBracket) depth++;
      else if (c === Char.CloseParen || c === Char.CloseBracket) depth--;
      else if (c === Char.Comma && depth === 0) break;
    }
    if (this.i === first) this.fail({ expected: `an expression`, found: this.found(first) }, first);
    const expression = this.expression(first, this.i - 1);
    if (this.isFlinkComment(this.i)) this.i += 2;
    return expression;
  }

  /** Whether token t starts a Flink SQL `COMMENT '…'`, which may follow a computed column's expression. */
  private isFlinkComment(t: number): boolean {
    return this.dialect === 'flink' && this.isWord(t, 'COMMENT') && this.isKind(t + 1, TokenKind.String);
  }

  /** `( expression )`, the parentheses not part of the expression. */
  private readParenthesized(after: string): SqlExpression {
    const open = this.i;
    if (!this.isPunct(open, Char.OpenParen)) this.fail({ expected: `'(' after ${after}`, found: this.found(open) }, open);
    this.skipBalanced(Char.OpenParen, Char.CloseParen);
    if (this.i - 2 < open + 1) this.fail({ expected: `an expression in the parentheses after ${after}` }, open);
    return this.expression(open + 1, this.i - 2);
  }

  private expression(first: number, last: number): SqlExpression {
    const expression = { text: this.text.slice(this.starts[first], this.ends[last]), span: this.span(first, last), checked: false };
    this.expressions.push({ expression, first, last });
    return expression;
  }

  /**
   * Each expression through node-sql-parser, with the table's column names in backticks;
   * then each column it names must be a physical one (Arroyo plans a computed column and
   * a watermark over the columns that are not computed), else `INVALID_COLUMN` at the name.
   */
  protected checkExpressions(columns: readonly ColumnDefinition[], watermark: SqlExpression | null): void {
    if (this.expressions.length === 0) return;
    const names = new Set(columns.map((c) => c.name.toLowerCase()));
    for (const { expression, first, last } of this.expressions) {
      let prepared = '';
      for (let t = first; t <= last; t++) {
        if (t > first) prepared += this.text.slice(this.ends[t - 1], this.starts[t]);
        const word =
          this.kinds[t] === TokenKind.Word &&
          names.has(this.raw(t).toLowerCase()) &&
          !this.isPunct(t + 1, Char.OpenParen) &&
          !this.isPunct(t - 1, Char.Dot);
        prepared += word ? `\`${this.raw(t)}\`` : this.raw(t);
      }
      const read = checkExpression(prepared);
      if ('columns' in read) {
        expression.checked = true;
        for (const name of read.columns) this.checkNamed(name, columns, expression === watermark, first, last);
        continue;
      }
      const shown = expression.text.length > 60 ? `${expression.text.slice(0, 57)}…` : expression.text;
      this.problems.push({
        code: 'EXPRESSION_UNCHECKED',
        severity: 'warning',
        message: `the expression '${shown}' was not checked: ${read.why}; it is kept as written`,
        span: expression.span,
      });
    }
  }

  /**
   * A column an expression (tokens `first..last`) names: a problem at the name unless it
   * is physical. A computed column's expression sees no computed column; a watermark's
   * sees the `metadata('key')` ones, which Arroyo reads as metadata columns, and in Flink
   * SQL every column.
   */
  private checkNamed(name: string, columns: readonly ColumnDefinition[], inWatermark: boolean, first: number, last: number): void {
    const lower = name.toLowerCase();
    const column = columns.find((c) => c.name.toLowerCase() === lower);
    // Flink plans a watermark over any column, a computed one too.
    if (column && (!column.generated || (inWatermark && (this.dialect === 'flink' || !isVirtualColumn(column))))) return;
    let at = first;
    for (let t = first; t <= last; t++) {
      if (this.isName(t) && this.unquoted(t).toLowerCase() === lower) {
        at = t;
        break;
      }
    }
    const physical = columns.filter((c) => !c.generated || (inWatermark && !isVirtualColumn(c))).map((c) => c.name);
    this.problems.push({
      code: 'INVALID_COLUMN',
      severity: 'error',
      message: column
        ? `the expression names '${name}', a computed column: ${this.dialect === 'flink' ? 'Flink' : 'Arroyo'} computes each expression from the columns that are not computed`
        : `the expression names '${name}', which is not a column of the table`,
      span: this.span(at, at),
      written: column ? undefined : name,
      candidates: column ? undefined : physical,
    });
  }
}
