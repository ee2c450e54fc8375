import type { ConfigField, FieldMatch } from '../connectors/index.js';
import type { OptionValueKind } from '../sql/index.js';

/**
 * A SQL text converted to a field's type, or why it cannot be.
 *
 * @example
 * ```ts
 * const converted = fromSqlText({ kind: 'integer' }, 'ten');
 * if (!converted.ok) converted.message; // "expected a number, got 'ten'"
 * ```
 */
export type ConvertedValue = { ok: true; value: unknown } | { ok: false; message: string };

const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * Converts an option's SQL text to the JSON type its field expects: numbers, booleans
 * (`true`/`false` only) and comma-separated lists. Strings and enums pass as they are,
 * for the connector's schema to judge.
 *
 * @example
 * ```ts
 * fromSqlText({ kind: 'integer', … }, '30');          // { ok: true, value: 30 }
 * fromSqlText({ kind: 'list', … }, 'redis://a, redis://b'); // { ok: true, value: ['redis://a', 'redis://b'] }
 * ```
 */
export function fromSqlText(field: Pick<ConfigField, 'kind'>, text: string): ConvertedValue {
  switch (field.kind) {
    case 'number':
    case 'integer': {
      const trimmed = text.trim();
      if (!NUMBER.test(trimmed)) return { ok: false, message: `expected a number, got '${text}'` };
      const value = Number(trimmed);
      if (field.kind === 'integer' && !Number.isSafeInteger(value)) {
        return { ok: false, message: `expected a whole number, got '${text}'` };
      }
      return { ok: true, value };
    }
    case 'boolean': {
      const lower = text.trim().toLowerCase();
      if (lower === 'true' || lower === 'false') return { ok: true, value: lower === 'true' };
      return { ok: false, message: `expected true or false, got '${text}'` };
    }
    case 'list':
      return {
        ok: true,
        value: text
          .split(',')
          .map((part) => part.trim())
          .filter((part) => part.length > 0),
      };
    case 'map': {
      // A whole map in one string, as Arroyo's `client_configs` takes it: `k=v,k2=v2`.
      const map: Record<string, string> = {};
      for (const pair of text.split(',')) {
        if (pair.trim() === '') continue;
        const at = pair.indexOf('=');
        if (at <= 0) return { ok: false, message: "expected comma-separated key=value pairs, for example 'linger.ms=5,acks=all'" };
        map[pair.slice(0, at).trim()] = pair.slice(at + 1).trim();
      }
      return { ok: true, value: map };
    }
    default:
      return { ok: true, value: text };
  }
}

/**
 * Renders a config value as the SQL text that {@link fromSqlText} reads back to it.
 *
 * @example
 * ```ts
 * toSqlText(['redis://a:6379', 'redis://b:6379']); // 'redis://a:6379,redis://b:6379'
 * toSqlText(false); // 'false'
 * ```
 */
export function toSqlText(value: unknown): string {
  if (Array.isArray(value)) return value.map(String).join(',');
  return String(value);
}

/**
 * Converts the value of a matched key as it was written: an entry of a map
 * (`connection_properties.acks`) is a string as written; an identifier is taken only
 * where Arroyo reads a column name (`event_time_field = datetime`), and an array only
 * by a list or a list of columns (`[type, app_version]`), as Arroyo's planner reads
 * them; anything else goes through {@link fromSqlText}.
 *
 * @example
 * ```ts
 * fromSqlOption(kafkaConnector.fields.match('connection_properties.acks')!, { value: 'all' }); // { ok: true, value: 'all' }
 * ```
 */
export function fromSqlOption(
  match: FieldMatch,
  written: { value: string; valueKind?: OptionValueKind; items?: readonly string[] },
): ConvertedValue {
  const { field } = match;
  if (match.entry !== undefined)
    return written.valueKind === 'array'
      ? { ok: false, message: 'expected a single value, found an array' }
      : { ok: true, value: written.value };
  if (written.valueKind === 'identifier' && field.engineForm !== 'field' && field.engineForm !== 'fields') {
    return {
      ok: false,
      message: 'expected a single-quoted string, found an identifier (Arroyo reads identifiers only where it takes a column name)',
    };
  }
  if (written.valueKind === 'array') {
    if (field.kind !== 'list') return { ok: false, message: 'expected a single value, found an array' };
    return { ok: true, value: [...(written.items ?? [])] };
  }
  return fromSqlText(field, written.value);
}
