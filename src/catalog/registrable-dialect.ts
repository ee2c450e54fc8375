import type { Dialect } from '../connectors/index.js';
import { DdlProfilesError, notOneOf } from '../errors/index.js';

/**
 * Refuses to register the tables of a script in another dialect than Arroyo's: the store
 * keeps Arroyo tables, and not yet a table's dialect. `INVALID_ARGUMENT` when `register`
 * is asked with `dialect` `flink`; nothing otherwise.
 *
 * @example
 * ```ts
 * checkRegistrable(true, 'arroyo'); // fine
 * checkRegistrable(true, 'flink');  // throws INVALID_ARGUMENT: dialect of a script to register takes arroyo, got 'flink'
 * ```
 */
export function checkRegistrable(register: boolean | undefined, dialect: Dialect): void {
  if (register && dialect !== 'arroyo') throw DdlProfilesError.of(notOneOf('dialect of a script to register', ['arroyo'], dialect));
}
