import type { ConnectorRegistry } from '../connectors/index.js';
import { unknownConnector, unknownOption, withMessage } from '../errors/index.js';
import type { ProfileDefinition } from '../store/profile-source.js';
import { closestMatch } from './closest-match.js';
import { prepareProfile, type Problem } from './prepare-profile.js';
import { parseConfigSide } from './parse-config-side.js';
import type { TemplateEnv } from './template.js';

/**
 * Checks a profile body before it is saved or tested: a known connector, known
 * profile-level keys, values each field accepts, and the connector's cross-field rules.
 * Values holding `{{ NAME }}` templates the environment cannot fill yet are not judged.
 * Returns every problem.
 *
 * @example
 * ```ts
 * validateProfile(createRegistry(), { name: 'p', connector: 'kafka', config: { bootstrap_servers: 'nope' } });
 * // [{ code: 'INVALID_VALUE', key: 'bootstrap_servers', message: … }]
 * ```
 */
export function validateProfile(registry: ConnectorRegistry, profile: ProfileDefinition, env: TemplateEnv = {}): Problem[] {
  const connector = registry.get(profile.connector);
  if (!connector) {
    const suggestion = closestMatch(profile.connector, registry.names());
    return [withMessage(unknownConnector(profile.connector, suggestion, { known: registry.names() }))];
  }
  const prepared = prepareProfile(connector, profile, { env, lenient: true });
  const problems = [...prepared.problems];
  for (const entry of profile.overridable ?? []) {
    const key = entry.endsWith('.*') ? entry.slice(0, -2) : entry;
    const known =
      entry === '*' || connector.fields.match(key) || connector.fields.all.some((f) => f.key === key || f.key.startsWith(`${key}.`));
    if (!known) problems.push(withMessage(unknownOption({ key: entry, connector: connector.name, where: 'overridable' })));
  }
  problems.push(...parseConfigSide(connector, 'profile', prepared.values.values(), prepared.deferred, { profile: profile.name }).problems);
  return problems;
}
