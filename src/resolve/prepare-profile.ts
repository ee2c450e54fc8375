import type { Connector, FieldMatch } from '../connectors/index.js';
import type { ProfileDefinition } from '../store/profile-source.js';
import { invalidValue, missingEnvVar, type ScriptProblem, unknownOption, withMessage } from '../errors/index.js';
import { closestMatch } from './closest-match.js';
import { flattenConfig } from './flatten-config.js';
import { fromSqlOption } from './option-value.js';
import type { Provenance } from './resolved-table.js';
import { isSensitive } from './sensitive-keys.js';
import { expandTemplate, hasTemplate, type TemplateEnv } from './template.js';
import type { ParsedConfigSide } from './parse-config-side.js';
import type { SideOutputs } from './side-outputs.js';

/**
 * One value on its way into a config: its field, its typed value and its origin.
 *
 * @example
 * ```ts
 * const match = kafkaConnector.fields.match('topic')!;
 * const candidate: Candidate = { match, value: 'orders', source: 'table' };
 * ```
 */
export interface Candidate {
  match: FieldMatch;
  value: unknown;
  source: Provenance;
}

/**
 * A problem not yet tied to a position, with its message: a profile's problems are
 * reported at each table that uses it.
 *
 * @example
 * ```ts
 * const problems: Problem[] = validateProfile(registry, { name: 'p', connector: 'kafka', config: { bootstrap_server: 'k:9092' } });
 * problems[0].message; // "profile 'p' sets 'bootstrap_server', which is not an option of the kafka connector; did you mean 'bootstrap_servers'?"
 * ```
 */
export type Problem = ScriptProblem & { message: string };

/**
 * A profile made ready for merging once per resolve: values templated and converted,
 * problems found, and (lazily) its profile-level side validated and that side's outputs
 * worked out, so the hundreds of tables that share a profile do not redo that work.
 *
 * @example
 * ```ts
 * const prepared: PreparedProfile = prepareProfile(kafkaConnector, profile, { env: {}, lenient: true });
 * prepared.deferred.has('authentication.password'); // true when it is '{{ KAFKA_PASSWORD }}'
 * ```
 */
export interface PreparedProfile {
  values: Map<string, Candidate>;
  /** Keys whose `{{ NAME }}` the environment cannot fill: not judged by validation. */
  deferred: Set<string>;
  problems: Problem[];
  validated?: ParsedConfigSide;
  /** The validated side's outputs, for the tables that leave the profile's side as it is. */
  outputs?: SideOutputs;
}

/**
 * Prepares a profile's values: templates filled from `env` (provenance `env`), strings
 * converted to their field's type, unknown keys and missing variables reported. With
 * `lenient`, a value whose variable is missing is deferred instead of reported. With
 * `keepTemplates`, a templated value is kept as its template text, byte for byte, for
 * the engine to fill at run time (provenance `env` still: that is where it comes from).
 *
 * @example
 * ```ts
 * const prepared = prepareProfile(kafkaConnector, profile, { env: { KAFKA_PASSWORD: 'x' }, lenient: false });
 * prepared.values.get('authentication.password')?.source; // 'env'
 * ```
 */
export function prepareProfile(
  connector: Connector,
  profile: ProfileDefinition,
  options: { env: TemplateEnv; lenient: boolean; keepTemplates?: boolean },
): PreparedProfile {
  const prepared: PreparedProfile = { values: new Map(), deferred: new Set(), problems: [] };
  if (!connector.takesProfile) {
    const reason = `profile '${profile.name}' is a ${connector.name} profile, but the ${connector.name} connector takes no connection profile: its tables set their options themselves`;
    prepared.problems.push(withMessage(invalidValue('connector', reason, { standalone: true })));
  }
  const flat = flattenConfig(connector, profile.config);
  for (const key of flat.unknown) {
    const suggestion = closestMatch(key, connector.fields.spellings());
    prepared.problems.push(
      withMessage(unknownOption({ key, connector: connector.name, where: 'profile', profile: profile.name, suggestion })),
    );
  }
  for (const entry of flat.entries) {
    if (entry.match.field.level === 'table') {
      const problem = unknownOption({
        key: entry.key,
        connector: connector.name,
        where: 'profile',
        profile: profile.name,
        tableOption: true,
      });
      prepared.problems.push(withMessage(problem));
      continue;
    }
    let value = entry.value;
    let source: Provenance = 'profile';
    if (typeof value === 'string') {
      // Templating is a privilege: it fills credential fields only, so that no field shown
      // anywhere (an address, a topic, an error quoting a bad value) can read the environment.
      if (!entry.match.field.templatable && hasTemplate(value)) {
        const reason = `a {{ NAME }} template fills only a credential field (a username, password, key, secret, token or TLS file), and ${entry.key} is not one: write its value`;
        prepared.problems.push(withMessage(invalidValue(entry.key, reason, { profile: profile.name })));
        prepared.deferred.add(entry.key); // reported once: not again as missing
        continue;
      }
      if (options.keepTemplates && hasTemplate(value)) {
        prepared.values.set(entry.key, { match: entry.match, value, source: 'env' });
        continue;
      }
      const expanded = expandTemplate(value, options.env);
      if (expanded.missing.length > 0) {
        prepared.deferred.add(entry.key);
        if (!options.lenient) {
          prepared.problems.push(withMessage(missingEnvVar(entry.key, profile.name, expanded.missing)));
        }
        continue;
      }
      if (expanded.usedEnv) source = 'env';
      const converted = fromSqlOption(entry.match, { value: expanded.value });
      if (!converted.ok) {
        // Neither a secret nor a value from the environment is ever quoted.
        const detail = isSensitive(entry.match) || expanded.usedEnv ? 'the value is not valid' : converted.message;
        prepared.problems.push(withMessage(invalidValue(entry.key, detail, { profile: profile.name })));
        continue;
      }
      value = converted.value;
    }
    prepared.values.set(entry.key, { match: entry.match, value, source });
  }
  return prepared;
}
