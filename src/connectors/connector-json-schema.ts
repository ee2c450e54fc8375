import { z } from 'zod';
import { fieldInfo, type FieldVariants } from './field-info.js';

type JsonObject = Record<string, unknown>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An object field with `variants`, restated as `oneOf`: one alternative per value of its key `by`. */
function variantsAsOneOf(node: JsonObject, variants: FieldVariants): void {
  const properties = (node.properties ?? {}) as Record<string, JsonObject>;
  // The discriminator takes one value per alternative: `const`, not the enum of all.
  const { enum: _all, ...by } = properties[variants.by] ?? {};
  node.oneOf = Object.entries(variants.of).map(([value, variant]) => ({
    title: variant.title,
    type: 'object',
    properties: {
      [variants.by]: { ...by, const: value },
      ...Object.fromEntries(variant.keys.filter((key) => key in properties).map((key) => [key, properties[key]])),
    },
    required: [variants.by, ...(variant.required ?? [])],
    additionalProperties: false,
  }));
  delete node.properties;
  delete node.additionalProperties;
}

/** Gives every field below `node` its title, marks secrets for JSON Schema tools and states variants. */
function annotate(node: JsonObject, path: readonly string[]): void {
  if (!isObject(node.properties)) return;
  for (const [key, child] of Object.entries(node.properties)) {
    if (!isObject(child)) continue;
    const keyPath = [...path, key];
    child.title ??= typeof child.sqlKey === 'string' ? child.sqlKey : keyPath.join('.');
    if (child.sensitive === true) {
      child.writeOnly = true;
      child.format = 'password';
    }
    annotate(child, keyPath);
    if (isObject(child.variants)) {
      variantsAsOneOf(child, child.variants as unknown as FieldVariants);
      delete child.variants;
    }
  }
}

/**
 * The JSON Schema (2020-12, input side) of a connector's profile or table schema, as
 * `/v1/connectors` serves it: every field has a `title` (its own, or its SQL key) and its
 * `description`; a sensitive field says so three ways (`sensitive`, `writeOnly: true`,
 * `format: "password"`); an object with `variants` is a `oneOf` whose alternatives fix its
 * discriminating key with `const`.
 *
 * @example
 * ```ts
 * const schema = connectorJsonSchema(kafkaProfileSchema);
 * schema.properties.bootstrap_servers.title; // 'bootstrap_servers'
 * schema.properties.authentication.oneOf[1].properties.password.writeOnly; // true
 * ```
 */
export function connectorJsonSchema(schema: z.ZodObject): JsonObject {
  const json = z.toJSONSchema(schema, { io: 'input', metadata: fieldInfo, unrepresentable: 'any' }) as JsonObject;
  annotate(json, []);
  return json;
}
