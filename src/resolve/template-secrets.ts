import { secretNotTemplated } from '../errors/index.js';
import type { ParsedStatement, TableDefinition } from '../sql/index.js';
import { realOptions } from './assemble-merged.js';
import { type Diagnostic, diagnosticAt } from './diagnostic.js';
import type { MergedTable } from './merge-table.js';
import { PROFILE_KEY } from './table-input.js';
import { hasTemplate } from './template.js';

/**
 * The `SECRET_NOT_TEMPLATED` errors of a merged table under `secrets: 'template'`: one per
 * secret whose value holds no `{{ NAME }}` template, at the option that wrote it (a
 * table's own secret) or at the table's `connection_profile` value (its profile's).
 *
 * @example
 * ```ts
 * const errors = untemplatedSecrets(statement, table, merged);
 * errors[0]?.code; // 'SECRET_NOT_TEMPLATED'
 * ```
 */
export function untemplatedSecrets(statement: ParsedStatement, table: TableDefinition, merged: MergedTable): Diagnostic[] {
  if (merged.sensitive.size === 0) return [];
  const values = realOptions(merged);
  const errors: Diagnostic[] = [];
  for (const key of merged.sensitive) {
    const value = values[key];
    if (value === undefined || hasTemplate(value)) continue;
    const own = merged.provenance[key] === 'table';
    const option = own
      ? table.options.find((o) => merged.connector.fields.match(o.key)?.key === key)
      : table.options.find((o) => o.key === PROFILE_KEY);
    const problem = secretNotTemplated(key, table.name, own ? undefined : (merged.profile ?? undefined));
    errors.push(diagnosticAt(problem, option?.valueSpan ?? statement.span, table.name));
  }
  return errors;
}
