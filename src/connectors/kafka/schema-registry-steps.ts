import { hintFor, TestFailure, type TestContext } from '../../testing/index.js';

/**
 * A Confluent-compatible schema registry as a profile names it: endpoint, and the
 * registry's own key and secret (basic auth), which are not the cluster's.
 *
 * @example
 * ```ts
 * const registry: SchemaRegistry = { endpoint: 'https://psrc-1.us-east-2.aws.confluent.cloud', api_key: 'K', api_secret: 'S' };
 * ```
 */
export interface SchemaRegistry {
  endpoint: string;
  api_key?: string | undefined;
  api_secret?: string | undefined;
}

async function get(registry: SchemaRegistry, path: string, signal: AbortSignal): Promise<Response> {
  const headers: Record<string, string> = { accept: 'application/vnd.schemaregistry.v1+json, application/json' };
  if (registry.api_key !== undefined)
    headers.authorization = `Basic ${Buffer.from(`${registry.api_key}:${registry.api_secret ?? ''}`).toString('base64')}`;
  const base = registry.endpoint.endsWith('/') ? registry.endpoint : `${registry.endpoint}/`;
  // A redirect is reported, never followed: a test reaches only the hosts its profile names.
  const response = await fetch(new URL(path, base), { headers, signal, redirect: 'manual' });
  await response.body?.cancel();
  if (response.status === 401 || response.status === 403)
    throw new TestFailure(
      'auth',
      `the schema registry answered ${response.status} ${response.statusText}`,
      'check schema_registry.api_key and api_secret: the registry has its own, not the cluster\u2019s',
    );
  return response;
}

/**
 * The registry's endpoint, host and port, for the test's declared targets.
 *
 * @example
 * ```ts
 * registryEndpoint({ endpoint: 'https://sr.example.com' }); // { host: 'sr.example.com', port: 443 }
 * ```
 */
export function registryEndpoint(registry: SchemaRegistry): { host: string; port: number } {
  const url = new URL(registry.endpoint);
  return { host: url.hostname.replace(/^\[|\]$/g, ''), port: Number(url.port || (url.protocol === 'https:' ? 443 : 80)) };
}

/**
 * The `schema_registry` step: `GET /subjects` with the registry's credentials must
 * answer 2xx. 401 or 403 is `auth`; any other answer (a redirect included) `protocol`.
 *
 * @example
 * ```ts
 * await schemaRegistryStep(context, profile.schema_registry);
 * ```
 */
export async function schemaRegistryStep(context: TestContext, registry: SchemaRegistry): Promise<void> {
  await context.targets([registryEndpoint(registry)]);
  await context.step('schema_registry', async (signal) => {
    const response = await get(registry, 'subjects', signal);
    if (!response.ok)
      throw new TestFailure('protocol', `the schema registry answered ${response.status} ${response.statusText}`, hintFor('protocol'));
    return { message: `the schema registry answered ${response.status}`, value: undefined };
  });
}

/**
 * The `subject` step of a table whose format reads its schema from the registry: the
 * subject has a latest version. 404 is `not_found`; the subject is never created.
 *
 * @example
 * ```ts
 * await subjectStep(context, registry, 'orders-value');
 * ```
 */
export async function subjectStep(context: TestContext, registry: SchemaRegistry, subject: string): Promise<void> {
  await context.step('subject', async (signal) => {
    const response = await get(registry, `subjects/${encodeURIComponent(subject)}/versions/latest`, signal);
    if (response.status === 404)
      throw new TestFailure(
        'not_found',
        `schema subject '${subject}' does not exist`,
        'register the schema under this subject, or fix value.subject; the test never registers one',
      );
    if (!response.ok)
      throw new TestFailure('protocol', `the schema registry answered ${response.status} ${response.statusText}`, hintFor('protocol'));
    return { message: `schema subject '${subject}' has a latest version`, value: undefined };
  });
}

/**
 * The schema subject a Kafka table reads through the registry, or undefined when its
 * format does not use one: `json.confluent_schema_registry` or
 * `avro.confluent_schema_registry` set, subject `value.subject` or `<topic>-value`.
 *
 * @example
 * ```ts
 * subjectOf({ topic: 'orders', format: 'avro', avro: { confluent_schema_registry: true } }); // 'orders-value'
 * ```
 */
export function subjectOf(table: {
  topic: string;
  format?: string | undefined;
  json?: unknown;
  avro?: unknown;
  value?: { subject?: string | undefined } | undefined;
}): string | undefined {
  const on = (group: unknown) => {
    const flag = (group as Record<string, unknown> | undefined)?.confluent_schema_registry;
    return flag === true || flag === 'true';
  };
  const uses = (table.format === 'avro' && on(table.avro)) || (table.format === 'json' && on(table.json));
  return uses ? (table.value?.subject ?? `${table.topic}-value`) : undefined;
}
