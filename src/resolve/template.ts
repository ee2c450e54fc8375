/**
 * The environment `{{ NAME }}` templates are filled from: only what the caller hands in.
 *
 * @example
 * ```ts
 * const env: TemplateEnv = { KAFKA_PASSWORD: process.env.KAFKA_PASSWORD };
 * await resolve(sql, { profiles, env });
 * ```
 */
export type TemplateEnv = Readonly<Record<string, string | undefined>>;

/**
 * The outcome of expanding one profile value.
 *
 * @example
 * ```ts
 * expandTemplate('{{ USER }}@{{ HOST }}', { USER: 'svc' });
 * // { value: 'svc@{{ HOST }}', usedEnv: true, missing: ['HOST'] }
 * ```
 */
export interface ExpandedTemplate {
  value: string;
  /** True when at least one `{{ NAME }}` was replaced. */
  usedEnv: boolean;
  /** Names referenced but absent from the environment. */
  missing: string[];
}

const TEMPLATE = /\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;

/**
 * Replaces every `{{ NAME }}` in a profile value with `env[NAME]`. Only profile values
 * are templated, and only from the environment handed in.
 *
 * @example
 * ```ts
 * expandTemplate('{{ KAFKA_PASSWORD }}', { KAFKA_PASSWORD: 'hunter2' });
 * // { value: 'hunter2', usedEnv: true, missing: [] }
 * ```
 */
export function expandTemplate(value: string, env: TemplateEnv): ExpandedTemplate {
  const missing: string[] = [];
  let usedEnv = false;
  const expanded = value.replace(TEMPLATE, (whole, name: string) => {
    const replacement = env[name];
    if (replacement === undefined) {
      missing.push(name);
      return whole;
    }
    usedEnv = true;
    return replacement;
  });
  return { value: expanded, usedEnv, missing };
}

/**
 * Whether a profile value holds a `{{ NAME }}` template.
 *
 * @example
 * ```ts
 * hasTemplate('{{ KAFKA_PASSWORD }}'); // true
 * hasTemplate('kafka-1:9092');         // false
 * ```
 */
export function hasTemplate(value: string): boolean {
  return value.includes('{{') && new RegExp(TEMPLATE.source).test(value);
}
