import type { ConnectorRegistry } from '../connectors/index.js';
import { connectorNotRegistered, DdlProfilesError, notOneOf } from '../errors/index.js';
import type { TableDefinition } from '../sql/index.js';
import { type Warning, warningAt } from './diagnostic.js';
import { CONNECTOR_KEY, PROFILE_KEY } from './table-input.js';

/**
 * What to do with a table whose connector nobody registered:
 *
 * - `error` (the default): `UNKNOWN_CONNECTOR`, with the closest registered name as
 *   suggestion;
 * - `passthrough`: the statement passes through untouched, listed with a
 *   `CONNECTOR_NOT_REGISTERED` warning, so that a planner can hand over whole scripts that
 *   also hold tables of connectors it resolves itself. A table that names a
 *   `connection_profile` is still an error: its profile cannot be applied.
 *
 * @example
 * ```ts
 * const { passthrough, warnings } = await resolve(sql, { unknownConnectors: 'passthrough' });
 * ```
 */
export type UnknownConnectors = 'error' | 'passthrough';

/**
 * The values {@link UnknownConnectors} takes, for parsers of flags and request bodies.
 *
 * @example
 * ```ts
 * UNKNOWN_CONNECTORS.includes(flag as UnknownConnectors);
 * ```
 */
export const UNKNOWN_CONNECTORS: readonly UnknownConnectors[] = ['error', 'passthrough'];

/**
 * The one check of an `unknownConnectors` value, wherever it comes from (an option of
 * `resolve`, a request, the CLI's `--unknown-connectors`, named by `argument`): undefined
 * is the default, `error`; anything else but the two values is `INVALID_ARGUMENT`.
 *
 * @example
 * ```ts
 * unknownConnectorsOption(options.unknownConnectors); // 'error' | 'passthrough', or throws INVALID_ARGUMENT
 * unknownConnectorsOption('skip', '--unknown-connectors'); // throws: "--unknown-connectors takes error or passthrough, got 'skip'"
 * ```
 */
export function unknownConnectorsOption(value: unknown, argument = 'unknownConnectors'): UnknownConnectors {
  if (value === undefined) return 'error';
  if (UNKNOWN_CONNECTORS.includes(value as UnknownConnectors)) return value as UnknownConnectors;
  throw DdlProfilesError.of(notOneOf(argument, UNKNOWN_CONNECTORS, value));
}

/**
 * The warning for a table passed through because its connector is not registered, when
 * that is what the caller asked for; undefined when the table is to be resolved (its
 * connector is registered, or it names a profile, or it names no connector).
 *
 * @example
 * ```ts
 * const warning = unregisteredPassthrough(table, registry);
 * if (warning) { result.passthrough.push({ sql: statement.text, line: statement.span.line }); warnings.push(warning); }
 * ```
 */
export function unregisteredPassthrough(table: TableDefinition, registry: ConnectorRegistry): Warning | undefined {
  let connector: TableDefinition['options'][number] | undefined;
  for (const option of table.options) {
    if (option.key === PROFILE_KEY) return undefined;
    if (option.key === CONNECTOR_KEY) connector ??= option;
  }
  if (!connector || registry.get(connector.value)) return undefined;
  return warningAt(connectorNotRegistered(connector.value, table.name), connector.valueSpan, table.name);
}
