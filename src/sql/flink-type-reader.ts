import { Char } from './char-codes.js';
import type { ColumnType } from './column-definition.js';
import {
  FLINK_MAX_LENGTH,
  FLINK_SCALAR_TYPES,
  FLINK_TYPE_SPELLINGS,
  type FlinkRowField,
  flinkCollectionType,
  flinkMapType,
  flinkRowType,
  flinkScalarType,
  flinkTypeInstead,
} from './flink-types.js';
import { TokenKind } from './scanner.js';
import { TypeCursor } from './type-cursor.js';

/** The words of Flink's `INTERVAL …` types, which its parser reads and refuses in a column list. */
const INTERVAL_WORDS = new Set(['YEAR', 'MONTH', 'DAY', 'HOUR', 'MINUTE', 'SECOND', 'TO']);

/** The largest precision Flink takes for each type, a larger one being read as this (Calcite's bound). */
const MAX_PRECISION: Readonly<Record<string, number>> = { TIME: 9, TIMESTAMP: 9, TIMESTAMP_LTZ: 9, DECIMAL: 38 };

/**
 * The part of the column reader that reads Flink SQL's types, as Flink 2.2.1's DDL takes
 * them: the scalars of {@link FLINK_SCALAR_TYPES} with their parameters and time zone
 * clauses, `ARRAY<t>` and `t ARRAY`, `MULTISET<t>` and `t MULTISET`, `MAP<k, v>`, `ROW<name
 * t ['comment'], …>` and `ROW(…)`, `RAW('class', 'snapshot')`, and `NOT NULL` on a type
 * held in another. A type Flink refuses is null, with its problem at the type.
 *
 * @example
 * ```ts
 * class Reader extends FlinkTypeReader {
 *   column() { return [this.readName('a column name'), this.readFlinkType('c')]; }
 * }
 * ```
 */
export class FlinkTypeReader extends TypeCursor {
  /** A Flink type, then any `ARRAY` or `MULTISET` after it (`INT NOT NULL ARRAY`). Null when Flink refuses it. */
  protected readFlinkType(column: string): ColumnType | null {
    let type = this.readFlinkBase(column);
    for (;;) {
      const notNull = this.isWord(this.i, 'NOT') && this.isWord(this.i + 1, 'NULL');
      const at = notNull ? this.i + 2 : this.i;
      const name = this.isWord(at, 'ARRAY') ? 'ARRAY' : this.isWord(at, 'MULTISET') ? 'MULTISET' : null;
      if (name === null) return type;
      this.i = at + 1;
      type = type && flinkCollectionType(name, type, notNull);
    }
  }

  /** A type held in another (`ARRAY<…>`, `MAP<…>`, a ROW field), with its own `NOT NULL` or `NULL`. */
  private readHeld(column: string): { type: ColumnType | null; notNull: boolean } {
    const type = this.readFlinkType(column);
    const notNull = this.isWord(this.i, 'NOT') && this.isWord(this.i + 1, 'NULL');
    if (notNull) this.i += 2;
    else if (this.isWord(this.i, 'NULL')) this.i++;
    return { type, notNull };
  }

  private readFlinkBase(column: string): ColumnType | null {
    const t = this.i;
    if (!this.isKind(t, TokenKind.Word)) this.fail({ expected: `a type for column '${column}'`, found: this.found(t) }, t);
    this.i++;
    const word = this.raw(t).toUpperCase();
    if ((word === 'ARRAY' || word === 'MULTISET') && this.isPunct(this.i, Char.Less)) {
      this.i++;
      const { type, notNull } = this.readHeld(column);
      this.expect(Char.Greater, `'>' after the ${word}'s element type`);
      return type && flinkCollectionType(word, type, notNull);
    }
    if (word === 'MAP' && this.isPunct(this.i, Char.Less)) {
      this.i++;
      const key = this.readHeld(column);
      this.expect(Char.Comma, "',' between the MAP's key and value types");
      const value = this.readHeld(column);
      this.expect(Char.Greater, "'>' after the MAP's value type");
      return key.type && value.type && flinkMapType(key.type, key.notNull, value.type, value.notNull);
    }
    if (word === 'ROW' && (this.isPunct(this.i, Char.Less) || this.isPunct(this.i, Char.OpenParen))) return this.readRow(t, column);
    if (word === 'RAW' && this.isPunct(this.i, Char.OpenParen)) return this.readRaw(t, column);
    if (word === 'INTERVAL') return this.refusedInterval(t, column);
    const spelling = FLINK_SCALAR_TYPES.get(word);
    if (!spelling) return this.unknownFlinkType(t, word, column);
    if (word === 'DOUBLE' && this.isWord(this.i, 'PRECISION')) this.i++;
    const varying = word === 'CHARACTER' && this.isWord(this.i, 'VARYING');
    if (varying) this.i++;
    const numbers = this.readNumbers();
    const zone = this.readTimeZone();
    const name = zone === 'local' && spelling.name === 'TIMESTAMP' ? 'TIMESTAMP_LTZ' : varying ? 'VARCHAR' : spelling.name;
    if (zone === 'with') return this.invalidType(column, t, "Flink SQL's parser takes WITH LOCAL TIME ZONE, not WITH TIME ZONE");
    if (zone === 'local' && spelling.name === 'TIME') return this.invalidType(column, t, 'Flink SQL takes no TIME WITH LOCAL TIME ZONE');
    if (zone !== null && (name === 'TIMESTAMP_LTZ' ? spelling.name !== 'TIMESTAMP' : name !== 'TIMESTAMP' && name !== 'TIME'))
      return this.invalidType(column, t, 'only TIME and TIMESTAMP take a time zone clause');
    if (numbers === null) return flinkScalarType(name, spelling.parameters, [spelling.otherwise ?? 0, 0]);
    const [p, s] = numbers;
    switch (spelling.parameters) {
      case 'none':
        return this.invalidType(column, t, `${word} takes no parameters in Flink SQL`);
      case 'length':
        if (numbers.length !== 1) return this.invalidType(column, t, `${word} takes one length`);
        if (p > FLINK_MAX_LENGTH) return this.invalidType(column, t, `Flink SQL takes a length of at most ${FLINK_MAX_LENGTH}`);
        return flinkScalarType(name, 'length', [p]);
      case 'precision':
        if (numbers.length !== 1) return this.invalidType(column, t, `${word} takes one precision`);
        return flinkScalarType(name, 'precision', [Math.min(p, MAX_PRECISION[name])]);
      case 'decimal': {
        if (numbers.length > 2) return this.invalidType(column, t, 'DECIMAL takes a precision and a scale');
        const precision = Math.min(p, MAX_PRECISION.DECIMAL);
        const scale = s ?? 0;
        if (precision === 0 || scale > precision)
          return this.invalidType(column, t, 'Flink SQL takes DECIMAL(precision, scale) with 1 <= precision <= 38 and scale <= precision');
        return flinkScalarType(name, 'decimal', [precision, scale]);
      }
    }
  }

  /** `ROW<name type ['comment'], …>` or `ROW(…)` after the word ROW (token `t`). */
  private readRow(t: number, column: string): ColumnType | null {
    const close = this.isPunct(this.i, Char.Less) ? Char.Greater : Char.CloseParen;
    this.i++;
    const fields: FlinkRowField[] = [];
    let known = true;
    while (!this.isPunct(this.i, close)) {
      const name = this.readName('a ROW field name');
      const { type, notNull } = this.readHeld(column);
      if (this.isKind(this.i, TokenKind.String)) this.i++;
      if (type) fields.push({ name, type, notNull });
      else known = false;
      if (!this.isPunct(this.i, Char.Comma)) break;
      this.i++;
    }
    this.expect(close, `',' or '${String.fromCharCode(close)}' in a ROW's fields`);
    const seen = new Set<string>();
    const twice = fields.find((f) => seen.size === seen.add(f.name).size);
    if (twice) return this.invalidType(column, t, `the ROW names field '${twice.name}' twice (Flink wants unique field names)`);
    return known ? flinkRowType(fields) : null;
  }

  /** `RAW('class', 'serializer snapshot')` after the word RAW (token `t`): kept as written, as Flink cannot be asked the class here. */
  private readRaw(t: number, column: string): ColumnType | null {
    const open = this.i;
    this.skipBalanced(Char.OpenParen, Char.CloseParen);
    const twoStrings =
      this.i - open === 5 &&
      this.isKind(open + 1, TokenKind.String) &&
      this.isPunct(open + 2, Char.Comma) &&
      this.isKind(open + 3, TokenKind.String);
    if (!twoStrings) return this.invalidType(column, t, "Flink SQL takes RAW('class', 'serializer snapshot')");
    return { name: 'RAW', sql: this.text.slice(this.starts[t], this.ends[this.i - 1]) };
  }

  /** `INTERVAL …`: a type of Flink's documentation that Flink 2.2.1's DDL parser refuses in a column list. */
  private refusedInterval(t: number, column: string): null {
    while (this.isKind(this.i, TokenKind.Word) && INTERVAL_WORDS.has(this.raw(this.i).toUpperCase())) {
      this.i++;
      if (this.isPunct(this.i, Char.OpenParen)) this.skipBalanced(Char.OpenParen, Char.CloseParen);
    }
    return this.invalidType(column, t, "Flink 2.2.1's SQL parser takes no INTERVAL type in a column list");
  }

  /** A type Flink SQL does not have: stepped over, and a problem at it naming the spellings to suggest from. */
  private unknownFlinkType(t: number, word: string, column: string): null {
    const typeText = this.stepOverUnknownType(t);
    const instead = flinkTypeInstead(word);
    const message = `column '${column}': unknown type '${typeText}'${instead ? `; Flink SQL has ${instead} instead` : ''}`;
    const extra = {
      written: word,
      columnName: column,
      typeText,
      candidates: FLINK_TYPE_SPELLINGS,
      ...(instead ? { suggestion: instead } : {}),
    };
    this.problem('UNKNOWN_TYPE', 'error', message, t, this.i - 1, extra);
    return null;
  }
}
