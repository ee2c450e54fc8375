import { CONNECTOR_KEY, PROFILE_KEY, type TableInput } from '../resolve/index.js';
import type { StoredTable } from '../store/index.js';

/**
 * A registered table as merge input: its own options plus its connector and profile.
 * Stored tables have no script, so positions are 0.
 *
 * @example
 * ```ts
 * mergeTable(storedTableInput(table, 'production-kafka'), context);
 * ```
 */
export function storedTableInput(table: StoredTable, profileName: string | null): TableInput {
  const position = { line: 0, column: 0 };
  return {
    name: table.name,
    position,
    options: [
      { key: CONNECTOR_KEY, value: table.connector },
      ...(profileName ? [{ key: PROFILE_KEY, value: profileName }] : []),
      ...Object.entries(table.config).map(([key, value]) => ({ key, value: String(value) })),
    ],
  };
}
