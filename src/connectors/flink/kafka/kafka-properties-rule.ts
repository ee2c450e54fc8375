import type { z } from 'zod';
import { closestMatch } from '../../../resolve/closest-match.js';
import type { ConfigRule } from '../../connector-definition.js';
import { readJaasConfig, SASL_LOGIN_MODULES } from './jaas-config.js';
import {
  FLINK_KAFKA_SOURCE_PROPERTIES,
  KAFKA_CLIENT_CONFIGS,
  KAFKA_CLIENTS_VERSION,
  KAFKA_CONFIG_VALUES,
  type KafkaConfigType,
  kafkaPropertyType,
} from './kafka-client-configs.js';

const KNOWN_NAMES = [...Object.keys(KAFKA_CLIENT_CONFIGS), ...Object.keys(FLINK_KAFKA_SOURCE_PROPERTIES)];

const INT_RANGES: Partial<Record<KafkaConfigType, readonly [number, number]>> = {
  SHORT: [-32768, 32767],
  INT: [-2147483648, 2147483647],
};
const WHOLE_NUMBER = /^[+-]?\d+$/;

/** `Double.parseDouble`'s decimal forms: a sign, digits with an optional point and exponent, an `f`/`d` suffix; NaN, Infinity. */
const JAVA_DOUBLE = /^[+-]?(?:NaN|Infinity|(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?[fFdD]?)$/;

/**
 * What `ConfigDef.parseType` would refuse in a value of this type, trimmed as it trims:
 * a whole number within a `SHORT`'s or an `INT`'s range (a `LONG` is not held to its
 * range), a Java double, `true` or `false` in any case.
 */
function typeProblem(type: KafkaConfigType, text: string): string | undefined {
  const range = INT_RANGES[type];
  if (range) {
    const [min, max] = range;
    const within = WHOLE_NUMBER.test(text) && Number(text) >= min && Number(text) <= max;
    return within ? undefined : `expected a whole number from ${min} to ${max}`;
  }
  if (type === 'LONG') return WHOLE_NUMBER.test(text) ? undefined : 'expected a whole number';
  if (type === 'DOUBLE') return JAVA_DOUBLE.test(text) ? undefined : 'expected a number';
  if (type === 'BOOLEAN') return /^(?:true|false)$/i.test(text) ? undefined : "expected 'true' or 'false'";
  return undefined;
}

/** The problem of one value of a known name: its type, its known values, a JAAS line that does not read (the value is never repeated). */
function valueProblem(
  name: string,
  type: KafkaConfigType,
  text: string,
  mechanism: unknown,
): { message: string; suggestion?: string } | undefined {
  const known = KAFKA_CONFIG_VALUES[name];
  if (known && !known.accepts(text.trim())) {
    const suggestion = closestMatch(text.trim(), known.values);
    const expected = known.values.map((v) => `'${v}'`).join(', ');
    return {
      message: `properties.${name}: '${text}' is not one of ${expected}`,
      suggestion,
    };
  }
  if (name === 'sasl.jaas.config') {
    const jaas = readJaasConfig(text);
    if (jaas.problem !== undefined) return { message: `properties.sasl.jaas.config: ${jaas.problem}` };
    const expected = mechanismModule(mechanism);
    if (expected && jaas.module !== expected)
      return {
        message: `properties.sasl.jaas.config: sasl.mechanism '${String(mechanism).trim()}' logs in with ${expected}, not ${jaas.module}`,
      };
    return undefined;
  }
  const problem = typeProblem(type, text.trim());
  return problem ? { message: `properties.${name}: ${problem}, not '${text}'` } : undefined;
}

/** The login module a mechanism logs in with; undefined for one without a fixed module (GSSAPI, OAUTHBEARER, a custom one). */
function mechanismModule(mechanism: unknown): string | undefined {
  if (typeof mechanism !== 'string' || !Object.hasOwn(SASL_LOGIN_MODULES, mechanism.trim())) return undefined;
  return SASL_LOGIN_MODULES[mechanism.trim() as keyof typeof SASL_LOGIN_MODULES];
}

function report(context: z.RefinementCtx, name: string, message: string, params: Record<string, unknown>): void {
  context.addIssue({ code: 'custom', path: ['properties', name], message, params });
}

/**
 * Checks a Flink Kafka table's `properties.<name>` entries against the Java Kafka client
 * they are handed to (kafka-clients {@link KAFKA_CLIENTS_VERSION}). Flink passes every
 * `properties.*` key through unchecked: its planner accepts `properties.bogus.name`,
 * `properties.security.protocol = 'SASL_PLAINTXT'`, `properties.max.poll.records = 'lots'`
 * and a `sasl.jaas.config` that does not parse, on both sides (measured with Flink 2.2.1's
 * planner; it looks at one only: a source's `properties.key.deserializer` class must load).
 * The client refuses them only when the job starts. This rule reports them at plan time:
 *
 * - a name the client does not know, as `UNKNOWN_OPTION` with the closest known name;
 * - a value outside a config's known values (`KAFKA_CONFIG_VALUES`), as `INVALID_VALUE`
 *   with the values and the closest one;
 * - a number or boolean the client's `ConfigDef` would not parse;
 * - a `sasl.jaas.config` that Kafka would not read, or whose login module is not the one
 *   `sasl.mechanism` logs in with, as `INVALID_VALUE` without repeating the value.
 *
 * It reads `config.properties` without assuming its type; a non-string value is left to the schema.
 *
 * @example
 * ```ts
 * const table = z.strictObject({ properties: z.record(z.string(), z.string()).optional() }).superRefine(kafkaPropertiesRule);
 * table.safeParse({ properties: { 'security.protocol': 'SASL_PLAINTXT' } }).error?.issues[0].params;
 * // { code: 'INVALID_VALUE', suggestion: 'SASL_PLAINTEXT' }
 * ```
 */
export const kafkaPropertiesRule: ConfigRule = (config, context) => {
  const properties = config.properties;
  if (typeof properties !== 'object' || properties === null) return;
  const entries = Object.entries(properties as Record<string, unknown>);
  const mechanism = (properties as Record<string, unknown>)['sasl.mechanism'];
  for (const [name, value] of entries) {
    const type = kafkaPropertyType(name);
    if (type === undefined) {
      const closest = closestMatch(name, KNOWN_NAMES);
      const suggestion = closest === undefined ? undefined : `properties.${closest}`;
      report(context, name, `properties.${name} is not a config of the Kafka client ${KAFKA_CLIENTS_VERSION}`, {
        code: 'UNKNOWN_OPTION',
        suggestion,
      });
      continue;
    }
    if (typeof value !== 'string') continue;
    const problem = valueProblem(name, type, value, mechanism);
    if (problem) report(context, name, problem.message, { code: 'INVALID_VALUE', suggestion: problem.suggestion });
  }
};
