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
  // A set only where it pays: most tables have a handful of options, which a scan checks faster.
  const seen = table.options.length > SCANNED_UP_TO ? new Set<string>() : undefined;
  for (const option of table.options) {
    if (seen ? seen.has(option.key) : isKept(read.options, option.key)) {
      problems.report(duplicateOption(option.key, table.name), problems.keyAt(option));
      continue;
    }
    seen?.add(option.key);
    read.options.push(option);
    if (option.key === CONNECTOR_KEY) read.connectorOption = option;
    else if (option.key === PROFILE_KEY) read.profileOption = option;
  }
  return read;
}

/** Up to this many options, a key is looked for among those kept so far; past it, in a set (linear in all). */
const SCANNED_UP_TO = 16;

function isKept(options: readonly TableOptionInput[], key: string): boolean {
  for (let i = 0; i < options.length; i++) if (options[i].key === key) return true;
  return false;
}
