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
  options: readonly TableOptionInput[];
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
  const all = table.options;
  // A set only where it pays: most tables have a handful of options, which a scan checks faster.
  const seen = all.length > SCANNED_UP_TO ? new Set<string>() : undefined;
  // A table that repeats no key keeps its own list; one that does gets a list without the repeats.
  let kept: TableOptionInput[] | undefined;
  let connectorOption: TableOptionInput | undefined;
  let profileOption: TableOptionInput | undefined;
  for (let i = 0; i < all.length; i++) {
    const option = all[i];
    if (seen ? seen.has(option.key) : isKept(kept ?? all, kept ? kept.length : i, option.key)) {
      problems.report(duplicateOption(option.key, table.name), problems.keyAt(option));
      kept ??= all.slice(0, i);
      continue;
    }
    seen?.add(option.key);
    kept?.push(option);
    if (option.key === CONNECTOR_KEY) connectorOption = option;
    else if (option.key === PROFILE_KEY) profileOption = option;
  }
  return { options: kept ?? all, connectorOption, profileOption };
}

/** Up to this many options, a key is looked for among those kept so far; past it, in a set (linear in all). */
const SCANNED_UP_TO = 16;

function isKept(options: readonly TableOptionInput[], count: number, key: string): boolean {
  for (let i = 0; i < count; i++) if (options[i].key === key) return true;
  return false;
}
