import type { ResolveResult } from '../index.js';
import { formatDiagnostic } from '../resolve/format-diagnostic.js';

/**
 * The readable form of a resolve result: each table with its options and where each
 * came from, the untouched statements, then the problems.
 *
 * @example
 * ```ts
 * io.out(renderResolveText('orders.sql', result));
 * ```
 */
export function renderResolveText(file: string, result: ResolveResult): string {
  const lines: string[] = [];
  for (const table of result.tables) {
    lines.push(`table ${table.table} (${table.connector}${table.profile ? `, profile ${table.profile}` : ''}) at ${file}:${table.line}`);
    const width = Math.max(0, ...Object.keys(table.options).map((k) => k.length));
    for (const [key, value] of Object.entries(table.options)) {
      lines.push(`  ${key.padEnd(width)} = ${JSON.stringify(value)}  [${table.provenance[key]}]`);
    }
  }
  for (const statement of result.passthrough) {
    const firstLine = statement.sql.trim().split(/\r?\n/, 1)[0];
    lines.push(`passthrough ${file}:${statement.line}: ${firstLine.length > 60 ? `${firstLine.slice(0, 57)}...` : firstLine}`);
  }
  for (const warning of result.warnings)
    lines.push(`${file}:${warning.line}:${warning.column}: warning ${warning.code} ${warning.message}`);
  for (const error of result.errors) lines.push(formatDiagnostic(file, error));
  lines.push(`${result.tables.length} table(s) resolved, ${result.passthrough.length} passed through, ${result.errors.length} error(s)`);
  return lines.join('\n');
}
