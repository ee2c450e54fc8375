import { z } from 'zod';

/** Profile names: letters, digits, `.`, `_` and `-`, starting with a letter or digit. */
export const profileName = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, { message: 'a name holds letters, digits, ., _ and -, and starts with a letter or digit' });

/**
 * The body of `POST /v1/connection_profiles` (and of the seed's curl request).
 *
 * @example
 * ```ts
 * profileCreateBody.parse({ name: 'production-kafka', connector: 'kafka', config: { bootstrap_servers: 'kafka-broker:9092' } });
 * ```
 */
export const profileCreateBody = z.strictObject({
  name: profileName,
  connector: z.string().min(1),
  config: z.record(z.string(), z.unknown()),
  overridable: z.array(z.string()).optional(),
  description: z.string().max(2000).nullable().optional(),
});

/** The body of `PUT /v1/connection_profiles/{id}`; `version` may come as `If-Match` instead. */
export const profileUpdateBody = z.strictObject({
  config: z.record(z.string(), z.unknown()).optional(),
  overridable: z.array(z.string()).optional(),
  description: z.string().max(2000).nullable().optional(),
  version: z.number().int().positive().optional(),
});

/** The body of `POST /v1/connection_profiles/test`: a draft, not saved. */
export const profileTestBody = z.strictObject({
  name: z.string().optional(),
  connector: z.string().min(1),
  config: z.record(z.string(), z.unknown()),
});

/** The body of `POST /v1/connection_tables`: a table's own options and the profile it uses. */
export const tableCreateBody = z.strictObject({
  name: z.string().min(1).max(200),
  connection_profile_id: z.union([z.string().min(1), z.number().int()]).nullable().optional(),
  connector: z.string().min(1).optional(),
  config: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])),
  schema: z.unknown().optional(),
});

/** The body of `POST /v1/resolve`. */
export const resolveBody = z.strictObject({
  sql: z.string(),
  /** Register every table the script creates, all or none, when it has no errors. */
  register: z.boolean().optional(),
});

/** A profile on the wire; secrets are always `********`. */
export const profileResponse = z.object({
  id: z.string(),
  name: z.string(),
  connector: z.string(),
  config: z.record(z.string(), z.unknown()),
  overridable: z.array(z.string()),
  description: z.string().nullable(),
  version: z.number().int(),
  created_at: z.string(),
  updated_at: z.string(),
});

/** A registered table on the wire. */
export const tableResponse = z.object({
  id: z.string(),
  name: z.string(),
  connector: z.string(),
  connection_profile_id: z.string().nullable(),
  connection_profile: z.string().nullable(),
  config: z.record(z.string(), z.string()),
  schema: z.unknown(),
  created_at: z.string(),
});

/** Every error: a stable code, a message for people, and details as data. */
export const errorResponseSchema = z.object({
  error: z.object({ code: z.string(), message: z.string(), details: z.record(z.string(), z.unknown()).optional() }),
});

/** A live test's verdict. */
export const testResultResponse = z.object({
  ok: z.boolean(),
  connector: z.string(),
  durationMs: z.number(),
  steps: z.array(z.object({ name: z.string(), ok: z.boolean(), durationMs: z.number(), message: z.string() })),
  error: z.object({ code: z.string(), message: z.string(), hint: z.string(), step: z.string().optional() }).optional(),
});

/** What `POST /v1/resolve` returns. */
export const resolveResponse = z.object({
  tables: z.array(z.record(z.string(), z.unknown())),
  passthrough: z.array(z.object({ sql: z.string(), line: z.number() })),
  errors: z.array(z.object({ code: z.string(), message: z.string(), line: z.number(), column: z.number(), table: z.string().optional(), key: z.string().optional(), suggestion: z.string().optional() })),
  warnings: z.array(z.record(z.string(), z.unknown())),
  columnRules: z.enum(['checked', 'skipped']),
});
