import type { ParsedStatement, TableDefinition } from '../sql/index.js';
import { columnsUnparsed, duplicateTable, inlineSecret, notInEngineDdl, profileNotResolved as notResolved } from '../errors/index.js';
import { type Warning, warningAt } from './diagnostic.js';
import type { EngineOptions } from './engine-options.js';
import type { MergedTable } from './merge-table.js';
import { PROFILE_KEY } from './table-input.js';

/** Whether any secret of the table came from the table itself: most tables write none. */
function writesSecret(merged: MergedTable): boolean {
  for (const key of merged.sensitive) if (merged.provenance[key] === 'table') return true;
  return false;
}

/**
 * The warnings of a resolved table: a malformed column list kept as raw text (`COLUMNS_UNPARSED`), and
 * secrets the table writes in its own DDL (`INLINE_SECRET`, at the value, never quoting it).
 *
 * @example
 * ```ts
 * warnings.push(...tableWarnings(statement, table, merged));
 * ```
 */
export function tableWarnings(statement: ParsedStatement, table: TableDefinition, merged: MergedTable): Warning[] {
  const warnings: Warning[] = [];
  if (table.columns === null && table.columnsNote) {
    const at = table.columnsNoteSpan ?? statement.span;
    warnings.push(warningAt(columnsUnparsed(table.columnsNote, at), at, table.name));
  }
  if (!writesSecret(merged)) return warnings;
  // One pass over the options, not one per secret: a table may write thousands of them.
  const warned = new Set<string>();
  for (const option of table.options) {
    const key = merged.connector.fields.match(option.key)?.key;
    if (key === undefined || warned.has(key) || !merged.sensitive.has(key) || merged.provenance[key] !== 'table') continue;
    warned.add(key);
    warnings.push(warningAt(inlineSecret(table.name, key), option.valueSpan, table.name));
  }
  return warnings;
}

/**
 * The warning for a statement passed through untouched that still sets
 * `connection_profile` (an `ALTER TABLE … SET`, say), or sets it in another case
 * (`CONNECTION_PROFILE`: option keys are case-sensitive), which nothing will resolve.
 *
 * @example
 * ```ts
 * const written = reader.optionKeyLike(index, PROFILE_KEY); // 'CONNECTION_PROFILE'
 * if (written !== undefined) warnings.push(profileNotResolved(statement, written));
 * ```
 */
export function profileNotResolved(statement: ParsedStatement, written: string): Warning {
  return warningAt(notResolved(written), statement.span);
}

/**
 * The warning for a table the script creates a second time: with IF NOT EXISTS the first
 * stands; without it, running (or registering) the script fails on the second.
 *
 * @example
 * ```ts
 * createdAgain(statement, table, 3).message; // "table 'orders' was already created at line 3; …"
 * ```
 */
export function createdAgain(statement: ParsedStatement, table: TableDefinition, firstLine: number): Warning {
  return warningAt(duplicateTable(table.name, firstLine, table.ifNotExists), statement.span, table.name);
}

/**
 * The warnings for what a table's config holds and Arroyo's DDL cannot say
 * (`NOT_IN_ENGINE_DDL`): one per field left out of the rewritten statement, at the option
 * that set it, or else at the table's `connection_profile`, or else at the statement.
 *
 * @example
 * ```ts
 * warnings.push(...unsaidWarnings(statement, table, merged, engineOptions(merged, false).unsaid));
 * // { code: 'NOT_IN_ENGINE_DDL', message: "… 'connection_properties' (2 keys, from profile 'p') …", … }
 * ```
 */
export function unsaidWarnings(
  statement: ParsedStatement,
  table: TableDefinition,
  merged: MergedTable,
  unsaid: EngineOptions['unsaid'],
): Warning[] {
  if (unsaid.length === 0) return [];
  const written = new Map<object, TableDefinition['options'][number]>();
  for (const option of table.options) {
    const field = merged.connector.fields.match(option.key)?.field;
    if (field && !written.has(field)) written.set(field, option);
  }
  const profileOption = table.options.find((o) => o.key === PROFILE_KEY);
  return unsaid.map(({ field, keys }) => {
    const option = written.get(field);
    const at = option?.keySpan ?? profileOption?.valueSpan ?? statement.span;
    const profile = option ? undefined : (merged.profile ?? undefined);
    const warning = notInEngineDdl(field.key, { keys: field.kind === 'map' ? keys.length : undefined, profile });
    return warningAt(warning, at, table.name);
  });
}
