import { duplicateOption } from '../errors/index.js';
import { CONNECTOR_KEY, PROFILE_KEY, type TableInput, type TableOptionInput } from './table-input.js';
import type { TableProblems } from './table-problems.js';

/**
 * A table's WITH options once read: each key's first option, and the two that steer
 * the merge (`connector`, `connection_profile`).
 *
 * @example
 * ```ts
 * const read: ReadOptions = readOptions(table, problems);
 * read.profileOption?.value; // 'production-kafka'
 * ```
 */
export interface ReadOptions {
  /** Each key's first option, in the order written. */
  options: TableOptionInput[];
  connectorOption?: TableOptionInput;
  profileOption?: TableOptionInput;
}

/**
 * Step 1 of a merge: reads a table's options in one pass, reporting a key written twice
 * (`DUPLICATE_OPTION`, at the second). Linear in the number of options.
 *
 * @example
 * ```ts
 * const { options, connectorOption } = readOptions(table, problems);
 * ```
 */
export function readOptions(table: TableInput, problems: TableProblems): ReadOptions {
  const read: ReadOptions = { options: [] };
  const seen = new Set<string>();
  for (const option of table.options) {
    if (seen.has(option.key)) {
      problems.report(duplicateOption(option.key, table.name), problems.keyAt(option));
      continue;
    }
    seen.add(option.key);
    read.options.push(option);
    if (option.key === CONNECTOR_KEY) read.connectorOption = option;
    else if (option.key === PROFILE_KEY) read.profileOption = option;
  }
  return read;
}
