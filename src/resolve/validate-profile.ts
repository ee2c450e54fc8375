import type { ConnectorRegistry } from '../connectors/index.js';
import type { ProfileDefinition } from '../store/profile-source.js';
import { closestMatch } from './closest-match.js';
import { addProfileValues, validateCandidates, type Reporter } from './config-candidates.js';
import type { Diagnostic } from './diagnostic.js';
import type { TemplateEnv } from './template.js';

/**
 * Checks a profile body before it is saved or tested: a known connector, known keys,
 * values each field accepts, and the connector's cross-field rules. Values holding
 * `{{ NAME }}` templates the environment cannot fill yet are not judged. Returns every
 * problem (positions are 0: a profile has no script).
 *
 * @example
 * ```ts
 * validateProfile(createRegistry(), { name: 'p', connector: 'kafka', config: { bootstrap_servers: 'nope' } });
 * // [{ code: 'INVALID_VALUE', key: 'bootstrap_servers', message: … }]
 * ```
 */
export function validateProfile(registry: ConnectorRegistry, profile: ProfileDefinition, env: TemplateEnv = {}): Diagnostic[] {
  const problems: Diagnostic[] = [];
  const report: Reporter = (code, message, at, extra = {}) => problems.push({ code, message, line: at.line, column: at.column, ...extra });
  const at = { line: 0, column: 0 };
  const connector = registry.get(profile.connector);
  if (!connector) {
    const suggestion = closestMatch(profile.connector, registry.names());
    report('UNKNOWN_CONNECTOR', `connector '${profile.connector}' is not registered (known: ${registry.names().join(', ')})`, at, {
      key: 'connector',
      ...(suggestion ? { suggestion } : {}),
    });
    return problems;
  }
  const set = { values: new Map(), deferred: new Set<string>() };
  addProfileValues(set, connector, profile, { env, lenient: true, at }, report);
  for (const entry of profile.overridable ?? []) {
    const key = entry.endsWith('.*') ? entry.slice(0, -2) : entry;
    const match = connector.fields.match(key) ?? connector.fields.all.find((f) => f.key === key || f.key.startsWith(key + '.'));
    if (!match) report('UNKNOWN_OPTION', `overridable lists '${entry}', which is not an option of the ${connector.name} connector`, at, { key: entry });
  }
  validateCandidates(set, connector, ['profile'], { subject: `profile '${profile.name}'`, at }, report);
  return problems;
}
