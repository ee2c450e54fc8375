import type { Kysely, Transaction } from 'kysely';
import type { StoreDatabase } from './database-schema.js';
import { guard } from './store-errors.js';

/**
 * Runs `one` for every input in one transaction, in order: all of them are written, or
 * none (the first failure rolls back the rest). Errors pass through {@link guard}.
 *
 * @example
 * ```ts
 * const created = await allOrNothing(db, secrets, inputs, (trx, input) => this.create(tenant, input, trx));
 * ```
 */
export function allOrNothing<I, O>(
  db: Kysely<StoreDatabase>,
  secrets: readonly string[],
  inputs: readonly I[],
  one: (trx: Transaction<StoreDatabase>, input: I) => Promise<O>,
): Promise<O[]> {
  return guard(
    () =>
      db.transaction().execute(async (trx) => {
        const done: O[] = [];
        for (const input of inputs) done.push(await one(trx, input));
        return done;
      }),
    secrets,
  );
}
