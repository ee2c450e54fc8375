import { messageOf, type ScriptProblem, type WarningData } from '../errors/index.js';
import type { Position } from './position.js';

/**
 * Stable codes for problems found in a script. They never change meaning between releases.
 *
 * @example
 * ```ts
 * const fatal: DiagnosticCode[] = (await resolve(sql, { profiles })).errors.map((e) => e.code);
 * ```
 */
export type DiagnosticCode = ScriptProblem['code'];

/**
 * A problem in a script, as data: its code's own parameters (a `ScriptProblem`: the
 * profile that does not exist, the connector and its closest registered name, …), the
 * `message` that `messageOf` renders from them, and where it is. `line` and `column` are
 * 1-based and point at the offending key or value (or the statement, when nothing
 * narrower applies). Messages never contain a sensitive value.
 *
 * @example
 * ```ts
 * const { errors } = await resolve(sql, { profiles });
 * for (const e of errors) console.log(`${e.line}:${e.column} ${e.code} ${e.message}`);
 * ```
 */
export type Diagnostic = ScriptProblem & {
  message: string;
  line: number;
  column: number;
  table?: string;
};

/**
 * A problem placed in a script: its data, its message from `messageOf`, its position,
 * and the table it belongs to.
 *
 * @example
 * ```ts
 * diagnosticAt(profileNotFound('p'), option.valueSpan, 'orders');
 * // { code: 'PROFILE_NOT_FOUND', profile: 'p', message: "profile 'p' does not exist", line: 2, column: 25, table: 'orders' }
 * ```
 */
export function diagnosticAt(problem: ScriptProblem, at: Position, table?: string): Diagnostic {
  const placed = { ...problem, message: messageOf(problem), line: at.line, column: at.column };
  return table === undefined ? placed : { ...placed, table };
}

/**
 * A non-fatal note about a statement, as data: its code's own parameters (a
 * `WarningData`), the `message` that `messageOf` renders from them, and where it is.
 *
 * - `COLUMNS_UNPARSED`: the column list is malformed, so it is given as raw text only
 *   (`columns: null`), positioned where reading it stopped; the column rules are skipped;
 * - `EXPRESSION_UNCHECKED`: node-sql-parser's grammar cannot read an expression of the
 *   column list (a computed column's, a watermark's), which is kept as written;
 * - `ENGINE_REFUSES`: a column-list form read here that Arroyo's own parser or planner
 *   refuses (a trailing comma, a `backticked` name, `AS expr`, a `PRIMARY KEY (…)` element);
 * - `PROFILE_NOT_RESOLVED`: a statement passed through untouched (an `ALTER TABLE … SET`,
 *   say) sets `connection_profile` (`written`), which only a CREATE TABLE's WITH clause resolves;
 * - `INLINE_SECRET`: a table writes a secret (`key`) in its own WITH clause, where every
 *   reader of the script sees it, instead of taking it from a profile;
 * - `DUPLICATE_TABLE`: the script creates a table it already created (at `firstLine`);
 * - `NOT_IN_ENGINE_DDL`: the config holds a field (`key`) Arroyo's DDL has no key for (a
 *   Kafka profile's `connection_properties`, TLS files); the rewritten statement leaves it out;
 * - `CONNECTOR_NOT_REGISTERED`: a table of a connector nobody registered passed through
 *   untouched, as `unknownConnectors: 'passthrough'` asks;
 * - `PARTITIONED_BY_IGNORED`: a table has a `PARTITIONED BY (…)` clause its connector
 *   ignores (Arroyo reads it for Iceberg sinks only).
 *
 * @example
 * ```ts
 * const { warnings } = await resolve("ALTER TABLE o SET ('connection_profile' = 'p')");
 * warnings[0]; // { code: 'PROFILE_NOT_RESOLVED', written: 'connection_profile', message: '…', line: 1, column: 1 }
 * ```
 */
export type Warning = WarningData & {
  message: string;
  line: number;
  column: number;
  table?: string;
};

/**
 * A warning placed in a script: its data, its message from `messageOf`, its position,
 * and the table it belongs to.
 *
 * @example
 * ```ts
 * warningAt(inlineSecret('orders', 'authentication.password'), option.valueSpan, 'orders');
 * ```
 */
export function warningAt(warning: WarningData, at: Position, table?: string): Warning {
  const placed = { ...warning, message: messageOf(warning), line: at.line, column: at.column };
  return table === undefined ? placed : { ...placed, table };
}
