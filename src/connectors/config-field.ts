import type { z } from 'zod';
import { fieldInfo, type EngineForm, type FieldInfo } from './field-info.js';

/**
 * Which side of a table's config a field belongs to.
 *
 * @example
 * ```ts
 * kafkaConnector.fields.match('topic')?.field.level;             // 'table'
 * kafkaConnector.fields.match('bootstrap_servers')?.field.level; // 'profile'
 * ```
 */
export type FieldLevel = 'profile' | 'table';

/**
 * The shape of a leaf value, which decides how a SQL string is converted to it.
 *
 * @example
 * ```ts
 * kafkaConnector.fields.match('idle_micros')?.field.kind; // 'integer'
 * kafkaConnector.fields.match('format')?.field.kind;      // 'enum'
 * ```
 */
export type FieldKind = 'string' | 'number' | 'integer' | 'boolean' | 'enum' | 'list' | 'map';

/**
 * One config field of a connector, derived from its zod schema: where it sits in the
 * nested config, its canonical SQL key and how its SQL text is converted.
 * A `map` field (a string record) stands for every key below it: `connection_properties.*`.
 *
 * @example
 * ```ts
 * const f = kafkaConnector.fields.byKey('authentication.password');
 * // { key: 'authentication.password', path: ['authentication', 'password'],
 * //   level: 'profile', kind: 'string', sensitive: true, … }
 * ```
 */
export interface ConfigField {
  key: string;
  path: readonly string[];
  level: FieldLevel;
  kind: FieldKind;
  sensitive: boolean;
  /** A profile may fill it from a `{{ NAME }}` template (see `FieldInfo.templatable`). */
  templatable: boolean;
  endpoint: boolean;
  aliases: readonly string[];
  /** The key Arroyo's planner reads for the field; null when its DDL cannot say it. */
  engineKey: string | null;
  /** How Arroyo reads the value, and so how a rewritten statement writes it. */
  engineForm: EngineForm;
  /** Where Arroyo's profile JSON holds the field, when not at `path`. */
  arroyoPath?: readonly string[];
  values?: readonly string[];
  description?: string;
}

/** The form Arroyo reads a field of this kind in, unless its field info says otherwise. */
function defaultForm(kind: FieldKind): EngineForm {
  switch (kind) {
    case 'number':
    case 'integer':
      return 'number';
    case 'boolean':
      return 'boolean';
    case 'list':
      return 'list';
    case 'map':
      return 'entries';
    default:
      return 'string';
  }
}

interface Unwrapped {
  core: z.ZodType;
  info: FieldInfo;
}

/** Peels optional/default/nullable wrappers, merging the field info found on each layer. */
function unwrap(schema: z.ZodType): Unwrapped {
  let current = schema;
  let info: FieldInfo = { ...fieldInfo.get(current) };
  for (;;) {
    const def = current._zod.def as { type: string; innerType?: z.ZodType; in?: z.ZodType };
    const inner = def.innerType ?? (def.type === 'pipe' ? def.in : undefined);
    if (!inner) return { core: current, info };
    current = inner;
    info = { ...fieldInfo.get(current), ...info };
  }
}

function leafKind(core: z.ZodType): { kind: FieldKind; values?: string[] } {
  const def = core._zod.def as {
    type: string;
    entries?: Record<string, string>;
    values?: unknown[];
    checks?: Array<{ _zod: { def: { format?: string } } }>;
  };
  switch (def.type) {
    case 'number': {
      const integer = (def.checks ?? []).some((c) => /int/.test(c._zod.def.format ?? ''));
      return { kind: integer ? 'integer' : 'number' };
    }
    case 'boolean':
      return { kind: 'boolean' };
    case 'enum':
      return { kind: 'enum', values: Object.values(def.entries ?? {}) };
    case 'literal':
      return { kind: 'enum', values: (def.values ?? []).map(String) };
    case 'array':
      return { kind: 'list' };
    case 'record':
      return { kind: 'map' };
    default:
      return { kind: 'string' };
  }
}

/**
 * Lists the fields of a connector's profile or table schema by walking its zod
 * object shapes. Nested objects become dotted keys; string records become `map` fields.
 *
 * @example
 * ```ts
 * const fields = describeFields(z.object({ tls: z.object({ ca: z.string() }) }), 'profile');
 * fields[0].key; // 'tls.ca'
 * ```
 */
export function describeFields(schema: z.ZodType, level: FieldLevel): ConfigField[] {
  const fields: ConfigField[] = [];
  const visit = (node: z.ZodType, path: string[]): void => {
    const { core, info } = unwrap(node);
    const def = core._zod.def as { type: string; shape?: Record<string, z.ZodType> };
    if (def.type === 'object' && def.shape) {
      for (const [name, child] of Object.entries(def.shape)) visit(child, [...path, name]);
      return;
    }
    const { kind, values } = leafKind(core);
    const key = info.sqlKey ?? path.join('.');
    fields.push({
      key,
      path,
      level,
      kind,
      sensitive: info.sensitive === true,
      templatable: info.templatable ?? info.sensitive === true,
      endpoint: info.endpoint === true,
      aliases: info.aliases ?? [],
      engineKey: info.engineKey === undefined ? key : info.engineKey,
      engineForm: info.engineForm ?? defaultForm(kind),
      ...(info.arroyoPath ? { arroyoPath: info.arroyoPath.split('.') } : {}),
      ...(values ? { values } : {}),
      ...(info.description ? { description: info.description } : {}),
    });
  };
  visit(schema, []);
  return fields;
}
