import type { ProfileDefinition } from '../store/profile-source.js';
import { runConnectorTest, type TestError } from '../testing/index.js';
import { liveProfile, type TestProfileOptions } from './test-profile.js';

/**
 * What {@link autocompleteProfile} found: values by table key, or the classified error
 * of the live call (as a test reports it).
 *
 * @example
 * ```ts
 * const found: AutocompleteResult = await catalog.profiles.autocomplete('production-kafka');
 * if (found.ok) found.values.topic; // ['orders', 'payments']
 * ```
 */
export type AutocompleteResult =
  | { ok: true; values: Record<string, string[]> }
  | { ok: false; values: Record<string, never>; error: TestError };

/**
 * Lists, live, the values a table on this profile may name (a Kafka profile's topics
 * under `topic`), bounded like a live test: its deadline, its abort signal, secrets
 * scrubbed from errors. A connector with nothing to offer gives `{}`. Never throws.
 *
 * @example
 * ```ts
 * const found = await autocompleteProfile(definition, { deadlineMs: 5_000, env });
 * ```
 */
export async function autocompleteProfile(profile: ProfileDefinition, options: TestProfileOptions = {}): Promise<AutocompleteResult> {
  const live = liveProfile(profile, options);
  if ('failure' in live) return { ok: false, values: {}, error: live.failure.error! };
  const autocomplete = live.connector.autocomplete;
  if (!autocomplete) return { ok: true, values: {} };
  let values: Record<string, string[]> = {};
  const { env: _env, registry: _registry, ...bounds } = options;
  const result = await runConnectorTest<Record<string, unknown>, Record<string, unknown>>(
    live.connector.name,
    async (input, context) => {
      values = await autocomplete(input, context);
    },
    { profile: live.config, secrets: live.secrets },
    bounds,
  );
  return result.ok ? { ok: true, values } : { ok: false, values: {}, error: result.error! };
}
