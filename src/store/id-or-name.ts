import type { ExpressionBuilder, ExpressionWrapper, SqlBool } from 'kysely';
import { isUuid } from './stored-records.js';

/**
 * @internal The one way a row is found by what a caller typed: a UUID may be an id or a
 * name (a name may look like a UUID), anything else is a name. `alias` qualifies the
 * columns (`t` in a joined table query).
 *
 * @example
 * ```ts
 * db.selectFrom('connection_profiles').selectAll().where('tenant', '=', tenant).where(byIdOrName('cache'));
 * ```
 */
export function byIdOrName(value: string, alias?: 't') {
  const id = alias ? (`${alias}.id` as const) : 'id';
  const name = alias ? (`${alias}.name` as const) : 'name';
  // Kysely's builder is typed per table; both tables have `id` and `name`, so one loose builder serves.
  return (eb: ExpressionBuilder<any, any>): ExpressionWrapper<any, any, SqlBool> =>
    isUuid(value) ? eb.or([eb(id, '=', value), eb(name, '=', value)]) : eb(name, '=', value);
}
