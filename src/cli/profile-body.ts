import type { ProfileDefinition } from '../index.js';
import { UsageError } from './usage-error.js';

/**
 * A profile body read from a file or options, `where` naming it in the error: our shape
 * `{name, connector, config, overridable?, description?}` or Arroyo's (its config is
 * moved into ours when saved). Only what a body holds is kept: an Arroyo export's `id`
 * (and the like) is left behind.
 *
 * @example
 * ```ts
 * const body = asBody(await readJson('cache.json'), 'cache.json');
 * ```
 */
export function asBody(json: unknown, where: string): ProfileDefinition {
  const body = json as Partial<ProfileDefinition> | null;
  if (
    !body ||
    typeof body.name !== 'string' ||
    typeof body.connector !== 'string' ||
    typeof body.config !== 'object' ||
    body.config === null
  ) {
    throw new UsageError(`${where} must be a profile body {name, connector, config, overridable?, description?}`);
  }
  const { name, connector, config, overridable, description } = body as ProfileDefinition;
  return {
    name,
    connector,
    config,
    ...(overridable !== undefined ? { overridable } : {}),
    ...(description !== undefined ? { description } : {}),
  };
}
