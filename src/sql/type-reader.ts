import { Char } from './char-codes.js';
import type { ColumnType, StructField } from './column-definition.js';
import { arrayType, SCALAR_TYPES, scalarType, structType, typeInstead } from './column-types.js';
import { FlinkTypeReader } from './flink-type-reader.js';
import { TokenKind } from './scanner.js';

/**
 * The part of the column reader that reads names and column types (scalar, `STRUCT<…>`,
 * `ARRAY<…>`, `type[]`, with their parameters and time zone clauses) and records the
 * problems found in them; in Flink SQL, Flink's types ({@link FlinkTypeReader}). A type
 * the engine refuses is null, with its problem positioned at the type; the reader carries
 * on after it.
 *
 * @example
 * ```ts
 * class Reader extends TypeReader {
 *   column() { return [this.readName('a column name'), this.readType('c')]; }
 * }
 * ```
 */
export class TypeReader extends FlinkTypeReader {
  /** A type: scalar, `STRUCT<…>` or `ARRAY<…>`, then any `[]` (in Flink SQL, a Flink type). Null when unknown (a problem is recorded). */
  protected readType(column: string): ColumnType | null {
    if (this.dialect === 'flink') return this.readFlinkType(column);
    const first = this.i;
    let type = this.readBaseType(column);
    while (this.isPunct(this.i, Char.OpenBracket) && this.isPunct(this.i + 1, Char.CloseBracket)) {
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
    if (!this.isKind(t, TokenKind.Word)) this.fail({ expected: `a type for column '${column}'`, found: this.found(t) }, t);
    this.i++;
    const word = this.raw(t).toUpperCase();
    if (word === 'STRUCT' && this.isPunct(this.i, Char.Less)) return this.readStruct(column);
    if (word === 'ARRAY' && this.isPunct(this.i, Char.Less)) {
      this.i++;
      const element = this.readType(column);
      this.expect(Char.Greater, "'>' after the ARRAY's element type");
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
    if (zone === 'with' && (name === 'TIMESTAMP' || name === 'TIME'))
      return this.invalidType(column, t, `Arroyo takes ${name} without a time zone`);
    if (zone === 'without' && name === 'TIMESTAMP')
      return this.invalidType(column, t, "Arroyo's planner takes plain TIMESTAMP, not TIMESTAMP WITHOUT TIME ZONE");
    if (zone !== null && name !== 'TIMESTAMP' && name !== 'TIME')
      return this.invalidType(column, t, 'only TIME and TIMESTAMP take a time zone clause');
    if (numbers === null) return name === 'DECIMAL' ? scalarType(name, { precision: 38, scale: 10 }) : scalarType(name);
    const [p, s] = numbers;
    switch (spelling.parameters) {
      case 'none':
        return this.invalidType(column, t, `${word} takes no parameters`);
      case 'ignored':
        return numbers.length === 1 ? scalarType(name) : this.invalidType(column, t, `${word} takes at most one parameter`);
      case 'length':
        return numbers.length === 1 ? scalarType(name, { length: p }) : this.invalidType(column, t, `${word} takes one length`);
      case 'timestamp':
        if (numbers.length !== 1 || ![0, 3, 6, 9].includes(p))
          return this.invalidType(
            column,
            t,
            'Arroyo takes TIMESTAMP precision 0 (seconds), 3 (milliseconds), 6 (microseconds) or 9 (nanoseconds)',
          );
        return scalarType(name, { precision: p });
      case 'decimal': {
        if (numbers.length > 2) return this.invalidType(column, t, 'DECIMAL takes a precision and a scale');
        const scale = s ?? 0;
        if (p === 0 || p > 38 || scale > p)
          return this.invalidType(column, t, 'Arroyo takes DECIMAL(precision, scale) with 0 < precision <= 38 and scale <= precision');
        return scalarType(name, { precision: p, scale });
      }
    }
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
      if (this.isPunct(this.i, Char.Comma)) this.i++;
      else break;
    }
    this.expect(Char.Greater, "',' or '>' in a STRUCT's fields");
    return known ? structType(fields) : null;
  }

  /** An unknown type: its words, parameters and `<…>` are stepped over, and it is a problem at the type. */
  private unknownType(t: number, word: string, column: string): null {
    const typeText = this.stepOverUnknownType(t);
    const instead = typeInstead(word);
    const message = `column '${column}': unknown type '${typeText}'${instead ? `; Arroyo has ${instead} instead` : ''}`;
    const extra = { written: word, columnName: column, typeText, ...(instead ? { suggestion: instead } : {}) };
    this.problem('UNKNOWN_TYPE', 'error', message, t, this.i - 1, extra);
    return null;
  }
}
